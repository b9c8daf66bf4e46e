"""Fine-tuning the base pipeline's entity recogniser on the guideline labels.

Gold entities of the guideline labels are the targets; where gold has none,
the base model's own entities of labels outside the guideline set (NORP,
MONEY, PERCENT, ...) stay in the targets (rehearsal), so the recogniser does
not forget them. The rule components then run on top. With combine="check"
(the default) the base recogniser stays in the pipeline, before the fine-tuned
one, and the rules start from its entities less the bodies and places the
fine-tuned one does not confirm.
"""

from __future__ import annotations

import random
from typing import Callable

from ..records import ENTITY_LABELS, Article

NEW_LABELS = ("MEDIA", "AIRCRAFT", "WEAPON", "COUNT")
# learn="base": the recogniser keeps the base model's labels; the gold's labels are taught as these (the
# rules of news_entities and news_counts make MEDIA, AIRCRAFT, WEAPON and COUNT), COUNT not at all.
BASE_TARGETS = {"PERSON": "PERSON", "ORG": "ORG", "MEDIA": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
                "DATE": "DATE", "TIME": "TIME", "AIRCRAFT": "PRODUCT", "WEAPON": "PRODUCT"}


def examples(nlp, articles: list[Article], base_docs: list, *, learn: str = "all") -> list:
    """spaCy Examples: gold guideline entities plus the base model's other entities where gold has none.

    learn="new": only the new labels come from the gold; every other target is the base model's own
    prediction (rehearsal of all its labels), so the recogniser learns MEDIA, AIRCRAFT, WEAPON and COUNT
    without unlearning what it knew of PERSON, ORG or GPE. learn="base": the recogniser keeps its own label
    set (as fast as the base one) and learns the gold in it (BASE_TARGETS); the base model's numbers stay
    where the gold has a COUNT.
    """
    from spacy.training import Example
    from spacy.util import filter_spans

    result = []
    rehearsed = set(NEW_LABELS) if learn == "new" else set(ENTITY_LABELS)
    for article, base_doc in zip(articles, base_docs):
        doc = nlp.make_doc(article.text)
        if learn == "base":
            gold = [doc.char_span(e.start, e.end, BASE_TARGETS[e.label], alignment_mode="contract")
                    for e in article.entities if e.label in BASE_TARGETS]
        else:
            gold = [doc.char_span(e.start, e.end, e.label, alignment_mode="contract") for e in article.entities
                    if learn != "new" or e.label in NEW_LABELS]
        gold = [s for s in gold if s is not None]
        taken = {i for s in gold for i in range(s.start, s.end)}
        rehearsal = [doc.char_span(e.start_char, e.end_char, e.label_) for e in base_doc.ents
                     if e.label_ not in rehearsed]
        rehearsal = [s for s in rehearsal if s is not None and not any(i in taken for i in range(s.start, s.end))]
        spans = filter_spans(gold + rehearsal)
        result.append(Example.from_dict(doc, {"entities": [(s.start_char, s.end_char, s.label_) for s in spans]}))
    return result


def train_pipeline(train: list[Article], *, config: dict, base_model: str | None = None,
                   log: Callable[[str], None] | None = None):
    """A pipeline whose recogniser is fine-tuned on `train` (only its real articles when the config says
    train_on = "real"), with the rule components after it."""
    from spacy.util import fix_random_seed, minibatch

    from ..nlp import add_components, customise_tokenizer, load_base
    from .corpus import is_real

    log = log or (lambda message: None)
    if config.get("train_on") == "real":
        train = [a for a in train if is_real(a)]
    fix_random_seed(config["seed"])
    nlp = customise_tokenizer(load_base(base_model))
    ner = nlp.get_pipe("ner")
    if config.get("learn") != "base":
        for label in NEW_LABELS:
            ner.add_label(label)
    base_docs = list(nlp.pipe(a.text for a in train))
    train_examples = examples(nlp, train, base_docs, learn=config.get("learn", "all"))
    rng = random.Random(config["seed"])
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(1, config["epochs"] + 1):
            rng.shuffle(train_examples)
            losses: dict = {}
            for batch in minibatch(train_examples, size=config["batch_size"]):
                nlp.update(batch, drop=config["dropout"], sgd=optimizer, losses=losses)
            log(f"epoch {epoch:>2}/{config['epochs']}  ner loss {losses.get('ner', 0.0):9.2f}")
    nlp = add_components(nlp)
    if config.get("combine", "check") == "check":
        # the base recogniser runs before the fine-tuned one; its entities are kept aside for news_entities,
        # which keeps those the fine-tuned one confirms (components/entities/__init__.py)
        nlp.add_pipe("ner", name="base_ner", source=load_base(base_model), before="ner")
        nlp.add_pipe("news_entities", name="news_base_entities", config={"stash": True},
                     after="base_ner").initialize(lambda: [], nlp=nlp)
    return nlp
