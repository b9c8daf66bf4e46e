"""Features of a pair of articles of one collection, for the learned linking of articles about one event
(grouping.py): how alike their texts and their headlines are, the particular names their openings and their
whole texts share (and whether openings or headlines that both name places share none, or the places one's
headline names are missing from the other's text), the classes of event
their headlines tell (events.py), how much of each one's lede the other uses, whether their calendar dates are
too far apart, and the two tests the hand-set rules used (a strong similarity; a weak one with a name the
openings share; the numbers in data/grouping.json).
"""

from __future__ import annotations

from ..records import Article
from .events import event_classes, event_sites, headline, opening_sentence, related_kinds_of_event, same_kind_of_event
from .likeness import (article_names, dates_apart, days, headline_places, lede_cover, none_mentioned, particular_words,
                       settings, shared_names, similarities)
from .scope import OPENING

def link_features(articles: list[Article]) -> dict[tuple[int, int], dict[str, float]]:
    """(i, j) -> the features of articles i < j."""
    texts = [a.text for a in articles]
    sims = similarities(texts)
    headline_sims = similarities([headline(t) for t in texts])
    covers = lede_cover([f"{headline(t)}\n{opening_sentence(t)}" for t in texts], texts)
    particular = particular_words(articles)  # of the whole collection, once for the three kinds of names
    opening, whole = article_names(articles, OPENING, particular), article_names(articles, None, particular)
    headlines = article_names(articles, [len(headline(t)) + 1 for t in texts], particular)
    dated = [days(a) for a in articles]
    classes = [event_classes(t) for t in texts]
    sites = [event_sites(t) for t in texts]
    places = [headline_places(a, particular) for a in articles]
    strong, weak = settings()["strong"], settings()["weak"]
    found = {}
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            named = shared_names(opening[i], opening[j])
            sim = sims[i][j]
            found[(i, j)] = {
                "sim": sim,
                "headline_sim": headline_sims[i][j],
                "lede_cover": covers[i][j],
                "named": float(bool(named)),
                "opening_names": min(len(named), 4) / 4,
                "text_names": min(len(shared_names(whole[i], whole[j])), 8) / 8,
                "headline_names": float(bool(shared_names(headlines[i], headlines[j]))),
                "openings_apart": float(bool(opening[i] and opening[j] and not named)),
                "headlines_apart": float(bool(headlines[i] and headlines[j]
                                              and not shared_names(headlines[i], headlines[j]))),
                "same_class": float(same_kind_of_event(classes[i], classes[j])),
                "related_class": float(related_kinds_of_event(classes[i], classes[j])),
                "class_unknown": float(not classes[i] or not classes[j]),
                "classes_apart": float(bool(classes[i] and classes[j] and not classes[i] & classes[j])),
                "dates_apart": float(dates_apart(dated[i], dated[j])),
                "sites_apart": float(bool(sites[i] and sites[j] and not sites[i] & sites[j])),
                "place_unmentioned": float(none_mentioned(places[i], texts[j]) or none_mentioned(places[j], texts[i])),
                "rule_strong": float(sim >= strong),
                "rule_named": float(sim >= weak and bool(named)),
            }
    return found
