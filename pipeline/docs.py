"""spaCy Doc <-> Article, both directions, in one place.

A Doc carries the three layers as spaCy holds them: ``doc.ents`` (with
``span._.role``, ``span._.count_value``, ``span._.count_unit``),
``doc.spans["hedges"]`` and ``doc.spans["attributions"]`` (parts labelled
SOURCE, CUE, CONTENT, CONTINUATION, REFERENT, sharing ``span.id_``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .components.attribution import (
    CONTENT,
    CONTINUATION,
    CUE,
    REFERENT,
    SOURCE,
    attributions,
    trimmed,
)
from .components.attribution import SPANS_KEY as ATTRIBUTIONS_KEY
from .components.hedges import LABEL as HEDGE_LABEL
from .components.hedges import SPANS_KEY as HEDGES_KEY
from .records import Article, Attribution, Entity, Hedge, Span


def add_doc(article: Article, doc: Doc, offset: int = 0, *, hedges_key: str = HEDGES_KEY,
            attributions_key: str = ATTRIBUTIONS_KEY) -> None:
    """Append the annotations of doc, which starts at `offset` in article.text."""
    ids = {}
    for ent in doc.ents:
        entity = Entity(f"T{len(article.entities) + 1}", ent.start_char + offset, ent.end_char + offset,
                        ent.label_, ent.text)
        if ent.label_ == "PERSON" and ent._.role:
            entity.attrs["role"] = ent._.role
        if ent.label_ == "COUNT" and ent._.count_value is not None:
            entity.attrs["value"] = ent._.count_value
            entity.attrs["unit"] = ent._.count_unit or ""
        ids[(ent.start_char, ent.end_char)] = entity.id
        article.entities.append(entity)
    for span in doc.spans.get(hedges_key, []):
        article.hedges.append(Hedge(f"H{len(article.hedges) + 1}", span.start_char + offset,
                                    span.end_char + offset, span.text))
    text = doc.text

    def part(span) -> Span | None:
        offsets = trimmed(text, span.start_char, span.end_char) if span is not None else None
        if offsets is None:
            return None
        return Span(offsets[0] + offset, offsets[1] + offset, text[offsets[0]:offsets[1]])

    for found in attributions(doc, attributions_key):
        cue, content = part(found["cue"]), part(found["content"])
        if cue is None or content is None:
            continue
        referent = found["referent"]
        article.attributions.append(Attribution(
            id=f"A{len(article.attributions) + 1}",
            source=part(found["source"]),
            cue=cue,
            content=content,
            source_entity=ids.get((referent.start_char, referent.end_char)) if referent is not None else None,
            continuation=part(found["continuation"]),
        ))


def doc_to_article(doc: Doc, article_id: str, meta: dict | None = None, **keys) -> Article:
    """The Article of a whole Doc; keys: hedges_key, attributions_key."""
    article = Article(id=article_id, text=doc.text, meta=dict(meta or {}))
    add_doc(article, doc, **keys)
    return article


def article_to_doc(vocab_or_doc: Vocab | Doc, article: Article) -> Doc:
    """A Doc holding an Article's layers, on the given tokenisation (a Doc of article.text) or,
    given a Vocab, split on whitespace. Spans are contracted to whole tokens."""
    doc = vocab_or_doc.copy() if isinstance(vocab_or_doc, Doc) else Doc(vocab_or_doc, words=article.text.split(" "))
    ents = []
    for entity in article.entities:
        span = doc.char_span(entity.start, entity.end, label=entity.label, alignment_mode="contract")
        if span is None:
            continue
        ents.append(span)
        if "role" in entity.attrs:
            span._.role = entity.attrs["role"]
        if "value" in entity.attrs:
            span._.count_value = entity.attrs["value"]
            span._.count_unit = entity.attrs.get("unit")
    doc.ents = ents
    doc.spans[HEDGES_KEY] = [s for s in (doc.char_span(h.start, h.end, label=HEDGE_LABEL, alignment_mode="contract")
                                         for h in article.hedges) if s is not None]
    parts = []
    for attribution in article.attributions:
        referent = article.entity(attribution.source_entity) if attribution.source_entity else None
        for label, offsets in ((SOURCE, attribution.source), (CUE, attribution.cue), (CONTENT, attribution.content),
                               (CONTINUATION, attribution.continuation), (REFERENT, referent)):
            if offsets is None:
                continue
            span = doc.char_span(offsets.start, offsets.end, label=label, alignment_mode="contract",
                                 span_id=attribution.id)
            if span is not None:
                parts.append(span)
    doc.spans[ATTRIBUTIONS_KEY] = parts
    return doc


def write_docbin(articles: Iterable[Article], path: str | Path, *, nlp: Language | None = None) -> int:
    """Write gold Articles to a .spacy file (a DocBin) for `spacy train` and `spacy evaluate`;
    return the number of Docs.

    Each Doc is tokenised by nlp (default: a blank English pipeline, the tokeniser of
    the base and trained pipelines) and holds the article's layers (article_to_doc),
    with the COUNT values and PERSON roles kept as user data.
    """
    import spacy
    from spacy.tokens import DocBin

    nlp = nlp or spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    for article in articles:
        docbin.add(article_to_doc(nlp.make_doc(article.text), article))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # renamed into place: never a half-written file
    try:
        docbin.to_disk(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(docbin)
