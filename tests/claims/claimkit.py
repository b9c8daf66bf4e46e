"""Hand-built Articles for the claims and render tests: spans are given by their text (the nth occurrence)."""

from __future__ import annotations

from pipeline.records import Article, Attribution, Entity, Hedge, Span


def find(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def build(text: str, *, entities=(), hedges=(), attributions=(), article_id: str = "t", meta=None) -> Article:
    """entities: (phrase, label[, attrs]); hedges: phrases; attributions: (source or None, cue, content[,
    source entity phrase]) with phrases taken at their first occurrence (write ``phrase#2`` for the second)."""

    def span(phrase: str) -> Span:
        phrase, _, nth = phrase.partition("#")
        return find(text, phrase, int(nth) - 1 if nth else 0)

    article = Article(article_id, text, dict(meta or {}))
    for n, item in enumerate(entities, 1):
        s = span(item[0])
        article.entities.append(Entity(f"T{n}", s.start, s.end, item[1], s.text, dict(item[2]) if len(item) > 2 else {}))
    for n, phrase in enumerate(hedges, 1):
        s = span(phrase)
        article.hedges.append(Hedge(f"H{n}", s.start, s.end, s.text))
    for n, item in enumerate(attributions, 1):
        source, cue, content = item[:3]
        referent = None
        if len(item) > 3:
            target = span(item[3])
            referent = next(e.id for e in article.entities if (e.start, e.end) == (target.start, target.end))
        article.attributions.append(Attribution(f"A{n}", span(source) if source else None, span(cue), span(content),
                                                source_entity=referent))
    return article


BUS_A = ("Bus falls into ravine near Ocros, killing 23\n\n"
         "A bus fell into a ravine near Ocros in Ayacucho on Tuesday, killing 23 people, the national police said. "
         "At least 30 passengers were injured.")
BUS_B = ("Ocros bus crash: 27 dead\n\n"
         "Twenty-seven people died when a bus fell into a ravine near Ocros in Ayacucho on Tuesday, the regional "
         "health director said. She said 34 passengers were injured.")
FLOOD = "Floods in Mindanao\n\nFloods swept through Cagayan de Oro on Monday. Six people drowned, the mayor said."


def bus_articles():
    a = build(BUS_A, article_id="g/a", entities=[("Ocros", "GPE"), ("Ayacucho", "GPE")],
              attributions=[("the national police", "said", "A bus fell into a ravine near Ocros in Ayacucho on "
                                                            "Tuesday, killing 23 people")])
    b = build(BUS_B, article_id="g/b", entities=[("Ocros", "GPE"), ("Ayacucho", "GPE")],
              attributions=[("the regional health director", "said", "Twenty-seven people died when a bus fell into "
                             "a ravine near Ocros in Ayacucho on Tuesday"),
                            ("She", "said#2", "34 passengers were injured")])
    c = build(FLOOD, article_id="h/c", entities=[("Cagayan de Oro", "GPE"), ("Mindanao", "GPE")],
              attributions=[("the mayor", "said", "Six people drowned")])
    return [a, b, c]
