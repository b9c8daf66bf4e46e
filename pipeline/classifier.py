"""A learned filter over rule candidates: logistic regression on sparse features.

The hedge and attribution components propose candidates by rule; a filter
trained on the gold corpus (scikit-learn's LogisticRegression) keeps the
ones the data says are real. The weights are saved as JSON, not pickled, and
applied with plain Python at annotation time, so loading a model runs no
code and needs no scikit-learn.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

FILE = "filter.json"


class CandidateFilter:
    """Keeps a candidate when the logistic score of its features reaches the threshold."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = 0.5) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-score))

    def keep(self, feature_lists: list[list[str]]) -> list[bool]:
        return [self.probability(features) >= self.threshold for features in feature_lists]

    @classmethod
    def train(cls, feature_lists: list[list[str]], labels: list[bool], *, seed: int = 0,
              threshold: float = 0.5) -> "CandidateFilter | None":
        """Fit on candidates and whether each is in the gold; None when the labels leave nothing to learn."""
        if len(set(labels)) < 2:
            return None
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([{f: 1 for f in features} for features in feature_lists])
        model = LogisticRegression(C=1.0, max_iter=1000, random_state=seed)
        model.fit(matrix, labels)
        weights = {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if w}
        return cls(weights, float(model.intercept_[0]), threshold)

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        data = {"weights": self.weights, "bias": self.bias, "threshold": self.threshold}
        (path / FILE).write_text(json.dumps(data, sort_keys=True), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> "CandidateFilter | None":
        file = path / FILE
        if not file.exists():
            return None
        data = json.loads(file.read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])


def token_context(doc, start: int, end: int, prefix: str) -> list[str]:
    """Features of tokens start..end-1 and their neighbours."""
    first, last = doc[start], doc[end - 1]
    root = doc[start:end].root
    features = [
        f"{prefix}text={doc[start:end].text.lower()}",
        f"{prefix}lemma={root.lemma_.lower()}",
        f"{prefix}tag={root.tag_}",
        f"{prefix}dep={root.dep_}",
        f"{prefix}head={root.head.lemma_.lower()}",
        f"{prefix}prev={doc[start - 1].lower_ if start > 0 else '<s>'}",
        f"{prefix}next={doc[end].lower_ if end < len(doc) else '</s>'}",
        f"{prefix}children={'|'.join(sorted({c.dep_ for c in root.children}))}",
        f"{prefix}sent_start={first.is_sent_start}",
    ]
    quotes_before = sum(t.text in ('"', "“", "”") for t in doc[max(0, first.sent.start - 50) : start])
    features.append(f"{prefix}in_quote={quotes_before % 2 == 1}")
    features.append(f"{prefix}last_tag={last.tag_}")
    return features


def hedge_features(span) -> list[str]:
    return ["bias"] + token_context(span.doc, span.start, span.end, "h_")


def attribution_features(doc, source, cue: tuple[int, int], content: tuple[int, int]) -> list[str]:
    """Features of a candidate attribution: its cue in context, the kind of source and content."""
    cue_span = doc.char_span(*cue, alignment_mode="expand")
    features = ["bias"] + token_context(doc, cue_span.start, cue_span.end, "c_")
    if source is None:
        features.append("source=none")
    else:
        features.append(f"source_pos={source.root.pos_}")
        features.append(f"source_len={min(len(source), 6)}")
        features.append(f"source_side={'before' if source.start_char < cue[0] else 'after'}")
    words = len(doc.text[content[0]:content[1]].split())
    features.append(f"content_len={'1-3' if words <= 3 else '4-10' if words <= 10 else '11+'}")
    features.append(f"content_side={'before' if content[0] < cue[0] else 'after'}")
    return features
