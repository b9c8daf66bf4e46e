"""Label Studio: one JSON list of tasks, for the labeling config ``configs/labelstudio.xml``.

A task is ``{"data": {"id", "text", "meta"}, "annotations": [{"result": [...]}]}``
(``"predictions": [{"model_version", "result"}]`` for pre-annotations). Its
results are, per region, a ``labels`` result (``from_name`` ``label``) whose
``id`` is the region id (``T1``, ``H1``, ``A1.cue`` ...), a ``textarea`` result
with the same ``id`` per attribute (``from_name`` ``role``, ``value`` or
``unit`` of an entity; ``source_type``, ``status`` or ``shape`` of an
attribution's cue), and ``relation`` results between region ids.

A task nobody annotated holds only the model's predictions: it is left out
(reported as skipped) unless ``include_predictions`` is set, and then its
article's meta says ``"from_prediction"`` (the model version, or true).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import Errors
from ..output import write_atomic
from ..records import Article
from .flat import FlatArticle, Region, Relation, to_flat
from .rebuild import from_flat
from .toolio import (
    as_dict,
    as_id,
    as_list,
    attr_text,
    attr_value,
    one_item,
    read_json,
    require,
    settle,
    skip,
    text_attr_problems,
)

TOOL = "labelstudio"
LABELS_NAME = "label"
"""``name`` of the Labels tag in the labeling config."""
TEXT_NAME = "text"
"""``name`` of the Text tag in the labeling config."""


def export(articles: list[Article], *, predictions: bool = False, model_version: str | None = None) -> list[dict]:
    """Label Studio tasks for articles: as ``annotations``, or as ``predictions`` tagged with ``model_version``."""
    tasks = []
    for article in articles:
        flat = to_flat(article)
        problems = text_attr_problems(article)
        if problems:
            settle(problems, None)
        item: dict = {"result": _results(flat)}
        if predictions:
            if model_version is not None:
                item["model_version"] = model_version
            tasks.append({"data": _data(flat), "predictions": [item]})
        else:
            tasks.append({"data": _data(flat), "annotations": [item]})
    return tasks


def _data(flat: FlatArticle) -> dict:
    return {"id": flat.id, "text": flat.text, "meta": flat.meta}


def _results(flat: FlatArticle) -> list[dict]:
    results: list[dict] = []
    for region in flat.regions:
        span = {"start": region.start, "end": region.end}
        results.append({"id": region.key, "from_name": LABELS_NAME, "to_name": TEXT_NAME, "type": "labels",
                        "value": {**span, "text": region.text, "labels": [region.label]}})
        for name, value in region.attrs.items():
            results.append({"id": region.key, "from_name": name, "to_name": TEXT_NAME, "type": "textarea",
                            "value": {**span, "text": [attr_text(name, value)]}})
    for relation in flat.relations:
        results.append({"from_id": relation.head, "to_id": relation.child, "type": "relation",
                        "direction": "right", "labels": [relation.label]})
    return results


def import_(tasks: list[dict], *, warnings: list[str] | None = None, skipped: list[str] | None = None,
            include_predictions: bool = False) -> list[Article]:
    """Articles from Label Studio tasks (its JSON export, or tasks written by :func:`export`).

    Of a task, the first annotation that was not cancelled is read; a task
    without one is skipped, or with ``include_predictions`` its first
    prediction is read. Further annotations are reported, as is everything in
    them that makes no valid span or attribution.
    """
    articles, problems = [], []
    for number, task in enumerate(tasks, 1):
        with one_item(problems, f"task {number}"):
            data = as_dict(task.get("data"))
            article_id = as_id(data.get("id"), as_id(task.get("id"), f"task-{number}"))
            flat = FlatArticle(article_id, data.get("text", ""), as_dict(data.get("meta")))
            chosen = _chosen(task, article_id, problems, include_predictions)
            if chosen is None:
                skip(Errors.E189.format(where=f"task {number} ({article_id})",
                                        reason="nobody annotated it (its predictions are not gold; "
                                               "--include-predictions imports them)"), skipped, problems)
                continue
            results, prediction = chosen
            if prediction is not None:
                flat.meta["from_prediction"] = prediction.get("model_version") or True
            _read_results(results, flat, problems)
            articles.append(from_flat(flat, problems))
    settle(problems, warnings)
    return articles


def _chosen(task: dict, article_id: str, problems: list[str], include_predictions: bool) -> tuple[list, dict | None] | None:
    """(results to read, the prediction they come from or None) of a task; None when there are none to read."""
    for kind in ("annotations", "predictions") if include_predictions else ("annotations",):
        items = [as_dict(item) for item in as_list(task.get(kind))]
        items = [item for item in items if not item.get("was_cancelled")]
        if items:
            if len(items) > 1:
                problems.append(Errors.E120.format(article_id=article_id, where="task",
                                                   reason=f"{len(items)} {kind}; only the first is imported"))
            return list(as_list(items[0].get("result"))), items[0] if kind == "predictions" else None
    return None


def _read_results(results: list[dict], flat: FlatArticle, problems: list[str]) -> None:
    """Fill a flat article with the regions, attributes and relations of Label Studio results."""

    def report(where: str, reason: str) -> None:
        problems.append(Errors.E120.format(article_id=flat.id, where=where, reason=reason))

    attributes: list[dict] = []
    for number, result in enumerate(results, 1):
        result = as_dict(result)
        kind = result.get("type")
        value = as_dict(result.get("value"))
        if kind == "relation":
            labels = as_list(result.get("labels"))
            if not labels:
                report(f"relation {result.get('from_id')}->{result.get('to_id')}", "relation has no label")
            for label in labels:
                flat.relations.append(Relation(str(result.get("from_id")), str(result.get("to_id")), label))
        elif kind == "labels":
            labels = as_list(value.get("labels"))
            key = str(result.get("id") or f"#{number}")
            where = f"region {value.get('start')}-{value.get('end')}"
            if len(labels) != 1:
                report(where, f"region has {len(labels)} labels, needs exactly one")
                continue
            flat.regions.append(Region(key, labels[0], value.get("start"), value.get("end"), value.get("text"),
                                       str(result["id"]) if result.get("id") else None))
        elif kind == "textarea":
            attributes.append(result)
        else:
            report(f"result {number}", f"result type {kind!r} is not imported")
    regions = {region.key: region for region in flat.regions}
    for result in attributes:
        region = regions.get(str(result.get("id")))
        name = str(result.get("from_name"))
        texts = as_dict(result.get("value")).get("text") or []
        if isinstance(texts, str):  # a TextArea given one string, not Label Studio's list of strings
            texts = [texts]
        if region is None:
            report(f"attribute {name}", f"names region {result.get('id')!r}, which is missing")
            continue
        region.attrs[name] = attr_value(name, "\n".join(map(str, as_list(texts))))


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the tasks of :func:`export` to one JSON file."""
    tasks = export(articles, predictions=predictions, model_version=model_version)
    write_atomic(path, [json.dumps(tasks, ensure_ascii=False, indent=2), "\n"])


def read(path: Path, *, warnings: list[str] | None = None, skipped: list[str] | None = None,
         include_predictions: bool = False) -> list[Article]:
    """Articles of a Label Studio JSON export, or PipelineError if the file is not one."""
    tasks = read_json(path, TOOL)
    if isinstance(tasks, dict):
        tasks = [tasks]
    require(isinstance(tasks, list), path, TOOL, "expected a JSON list of tasks")
    require(bool(tasks), path, TOOL, "the list of tasks is empty")
    for number, task in enumerate(tasks, 1):
        require(isinstance(task, dict) and isinstance(task.get("data"), dict), path, TOOL,
                f"task {number} has no \"data\" object")
        require(isinstance(task["data"].get("text"), str), path, TOOL, f"task {number} has no data.text string")
    return import_(tasks, warnings=warnings, skipped=skipped, include_predictions=include_predictions)
