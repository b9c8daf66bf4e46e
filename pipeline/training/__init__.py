"""Training and cross-validation: corpus, settings, the recogniser, the model directory."""

from .config import DEFAULT_TRAINING, read_training_config
from .corpus import data_hash, is_real, load_corpus, split_corpus
from .crossval import cross_validate
from .recogniser import NEW_LABELS, train_pipeline
from .run import train

__all__ = ["DEFAULT_TRAINING", "NEW_LABELS", "cross_validate", "data_hash", "is_real", "load_corpus",
           "read_training_config", "split_corpus", "train", "train_pipeline"]
