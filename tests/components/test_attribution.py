"""Unit tests of news_attribution on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest

from pipeline.components.attribution import trimmed
from tests.conftest import attributions_of, iob, ministry_said_count, parsed

# -- news_attribution ----------------------------------------------------------


def test_attribution_subject_said_ccomp(doc_maker, component):
    doc = ministry_said_count(doc_maker, [("12", "nummod", None)])
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [("The Interior Ministry", "said", "12 people were killed", None)]
    # one span group, labelled parts sharing their attribution's id (what displaCy shows)
    assert sorted((s.label_, s.text, s.id_) for s in doc.spans["attributions"]) == [
        ("CONTENT", "12 people were killed", "A1"), ("CUE", "said", "A1"), ("SOURCE", "The Interior Ministry", "A1")]


def test_attribution_content_drops_that(doc_maker, component):
    # "Officials said that the bridge was destroyed ."
    rows = [
        ("Officials", "NOUN", "nsubj", 1, "official"),
        ("said", "VERB", "ROOT", 1, "say"),
        ("that", "SCONJ", "mark", 6),
        ("the", "DET", "det", 4),
        ("bridge", "NOUN", "nsubjpass", 6),
        ("was", "AUX", "auxpass", 6, "be"),
        ("destroyed", "VERB", "ccomp", 1, "destroy"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Officials", "said", "the bridge was destroyed", None)]


def test_attribution_that_taken_for_an_object(doc_maker, component):
    # "The study states that few if any schools teach Latin ." with `that` parsed as the object
    rows = [
        ("The", "DET", "det", 1),
        ("study", "NOUN", "nsubj", 2),
        ("states", "VERB", "ROOT", 2, "state"),
        ("that", "SCONJ", "dobj", 2),
        ("few", "ADJ", "preconj", 3),
        ("if", "SCONJ", "mark", 8),
        ("any", "DET", "det", 7),
        ("schools", "NOUN", "nsubj", 8, "school"),
        ("teach", "VERB", "advcl", 2),
        ("Latin", "PROPN", "dobj", 8),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("The study", "states", "few if any schools teach Latin", None)]


def test_attribution_belief_whose_subject_the_parser_made_an_adverb(doc_maker, component):
    # "Some folks believe wikiHow is friendly ." with the unknown name parsed as an adverb of the verb
    rows = [
        ("Some", "DET", "det", 1),
        ("folks", "NOUN", "nsubj", 2, "folk"),
        ("believe", "VERB", "ROOT", 2),
        ("wikiHow", "ADV", "advmod", 2, "wikihow"),
        ("is", "AUX", "ccomp", 2, "be"),
        ("friendly", "ADJ", "acomp", 4),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Some folks", "believe", "wikiHow is friendly", None)]


@pytest.mark.parametrize("order", ["source-first", "source-last"])
def test_attribution_according_to(doc_maker, component, order):
    if order == "source-first":
        # "According to the governor , three villages were shelled ."
        rows = [
            ("According", "VERB", "prep", 8, "accord"),
            ("to", "ADP", "prep", 0),
            ("the", "DET", "det", 3),
            ("governor", "NOUN", "pobj", 1),
            (",", "PUNCT", "punct", 8),
            ("three", "NUM", "nummod", 6),
            ("villages", "NOUN", "nsubjpass", 8, "village"),
            ("were", "AUX", "auxpass", 8, "be"),
            ("shelled", "VERB", "ROOT", 8, "shell"),
            (".", "PUNCT", "punct", 8),
        ]
        content = "three villages were shelled"
    else:
        # "Three villages were shelled , according to the governor ."
        rows = [
            ("Three", "NUM", "nummod", 1),
            ("villages", "NOUN", "nsubjpass", 3, "village"),
            ("were", "AUX", "auxpass", 3, "be"),
            ("shelled", "VERB", "ROOT", 3, "shell"),
            (",", "PUNCT", "punct", 3),
            ("according", "VERB", "prep", 3, "accord"),
            ("to", "ADP", "prep", 5),
            ("the", "DET", "det", 8),
            ("governor", "NOUN", "pobj", 6),
            (".", "PUNCT", "punct", 3),
        ]
        content = "Three villages were shelled"
    doc = component("news_attribution")(parsed(doc_maker, rows))
    cue = "According to" if order == "source-first" else "according to"
    assert attributions_of(doc) == [("the governor", cue, content, None)]


def test_attribution_according_to_stays_in_its_sentence(doc_maker, component):
    # "The road was closed . According to police , two cars burned ."
    rows = [
        ("The", "DET", "det", 1),
        ("road", "NOUN", "nsubjpass", 3),
        ("was", "AUX", "auxpass", 3, "be"),
        ("closed", "VERB", "ROOT", 3, "close"),
        (".", "PUNCT", "punct", 3),
        ("According", "VERB", "prep", 11, "accord"),
        ("to", "ADP", "prep", 5),
        ("police", "NOUN", "pobj", 6),
        (",", "PUNCT", "punct", 11),
        ("two", "NUM", "nummod", 10),
        ("cars", "NOUN", "nsubj", 11, "car"),
        ("burned", "VERB", "ROOT", 11, "burn"),
        (".", "PUNCT", "punct", 11),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("police", "According to", "two cars burned", None)]


def test_attribution_quote_closed_by_he_said_over_two_sentences(doc_maker, component):
    text = 'Ivan Petrenko reached the site. "The convoy was hit twice. Nobody survived," he said.'
    rows = [
        ("Ivan", "PROPN", "compound", 1),
        ("Petrenko", "PROPN", "nsubj", 2),
        ("reached", "VERB", "ROOT", 2, "reach"),
        ("the", "DET", "det", 4),
        ("site", "NOUN", "dobj", 2),
        (".", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 10),
        ("The", "DET", "det", 8),
        ("convoy", "NOUN", "nsubjpass", 10),
        ("was", "AUX", "auxpass", 10, "be"),
        ("hit", "VERB", "ROOT", 10),
        ("twice", "ADV", "advmod", 10),
        (".", "PUNCT", "punct", 10),
        ("Nobody", "PRON", "nsubj", 14),
        ("survived", "VERB", "ccomp", 18, "survive"),
        (",", "PUNCT", "punct", 18),
        ('"', "PUNCT", "punct", 18),
        ("he", "PRON", "nsubj", 18),
        ("said", "VERB", "ROOT", 18, "say"),
        (".", "PUNCT", "punct", 18),
    ]
    doc = doc_maker(
        text,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows],
        ents=iob(len(rows), (0, 2, "PERSON")),
    )
    assert doc.text == text
    assert len(list(doc.sents)) == 3
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [
        ("he", "said", "The convoy was hit twice. Nobody survived", "Ivan Petrenko")
    ]


def test_attribution_quote_opened_after_colon(doc_maker, component):
    text = 'The mayor said: "We will rebuild. Nobody will leave."'
    rows = [
        ("The", "DET", "det", 1),
        ("mayor", "NOUN", "nsubj", 2),
        ("said", "VERB", "ROOT", 2, "say"),
        (":", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 7),
        ("We", "PRON", "nsubj", 7),
        ("will", "AUX", "aux", 7),
        ("rebuild", "VERB", "ccomp", 2),
        (".", "PUNCT", "punct", 7),
        ("Nobody", "PRON", "nsubj", 11),
        ("will", "AUX", "aux", 11),
        ("leave", "VERB", "ROOT", 11),
        (".", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 11),
    ]
    doc = doc_maker(text, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
                    lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows])
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [("The mayor", "said", "We will rebuild. Nobody will leave", None)]


def test_attribution_quote_after_colon_ends_at_its_closing_quote(doc_maker, component):
    text = 'The mayor said: "We will rebuild." Residents doubted it: "It is too late."'
    rows = [
        ("The", "DET", "det", 1),
        ("mayor", "NOUN", "nsubj", 2),
        ("said", "VERB", "ROOT", 2, "say"),
        (":", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 2),
        ("We", "PRON", "nsubj", 7),
        ("will", "AUX", "aux", 7),
        ("rebuild", "VERB", "ccomp", 2),
        (".", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 2),
        ("Residents", "NOUN", "nsubj", 11, "resident"),
        ("doubted", "VERB", "ROOT", 11, "doubt"),
        ("it", "PRON", "dobj", 11),
        (":", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 16),
        ("It", "PRON", "nsubj", 16),
        ("is", "AUX", "ccomp", 11, "be"),
        ("too", "ADV", "advmod", 18),
        ("late", "ADJ", "acomp", 16),
        (".", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 11),
    ]
    doc = doc_maker(text, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
                    lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows])
    assert doc.text == text
    doc = component("news_attribution")(doc)
    # the first quote ends at its closing mark; `doubted` is belief with a source (v2), a second attribution
    assert attributions_of(doc) == [("The mayor", "said", "We will rebuild", None),
                                    ("Residents", "doubted", "It is too late", None)]


def test_attribution_parenthetical_he_said(doc_maker, component):
    # "The road was closed , he said ."
    rows = [
        ("The", "DET", "det", 1),
        ("road", "NOUN", "nsubjpass", 3),
        ("was", "AUX", "auxpass", 3, "be"),
        ("closed", "VERB", "ROOT", 3, "close"),
        (",", "PUNCT", "punct", 3),
        ("he", "PRON", "nsubj", 6),
        ("said", "VERB", "parataxis", 3, "say"),
        (".", "PUNCT", "punct", 3),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("he", "said", "The road was closed", None)]


@pytest.mark.parametrize("pronoun,entity", [("He", "Ivan Petrenko"), ("It", "Red Cross"), ("They", "Red Cross")])
def test_attribution_pronoun_linked_to_nearest_entity(doc_maker, component, pronoun, entity):
    # "Anna Berg met Ivan Petrenko at the Red Cross . He said the road was closed ."
    rows = [
        ("Anna", "PROPN", "compound", 1),
        ("Berg", "PROPN", "nsubj", 2),
        ("met", "VERB", "ROOT", 2, "meet"),
        ("Ivan", "PROPN", "compound", 4),
        ("Petrenko", "PROPN", "dobj", 2),
        ("at", "ADP", "prep", 2),
        ("the", "DET", "det", 8),
        ("Red", "PROPN", "compound", 8),
        ("Cross", "PROPN", "pobj", 5),
        (".", "PUNCT", "punct", 2),
        (pronoun, "PRON", "nsubj", 11),
        ("said", "VERB", "ROOT", 11, "say"),
        ("the", "DET", "det", 13),
        ("road", "NOUN", "nsubjpass", 15),
        ("was", "AUX", "auxpass", 15, "be"),
        ("closed", "VERB", "ccomp", 11, "close"),
        (".", "PUNCT", "punct", 11),
    ]
    ents = [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 9, "ORG")]
    doc = component("news_attribution")(parsed(doc_maker, rows, ents=ents))
    assert attributions_of(doc) == [(pronoun, "said", "the road was closed", entity)]


def test_attribution_pronoun_carries_on_the_subject_not_the_nearer_name(doc_maker, component):
    # "Anna Berg thanked Maria Lopez . She said the road was closed ." (both women: the subject is carried on)
    rows = [
        ("Anna", "PROPN", "compound", 1),
        ("Berg", "PROPN", "nsubj", 2),
        ("thanked", "VERB", "ROOT", 2, "thank"),
        ("Maria", "PROPN", "compound", 4),
        ("Lopez", "PROPN", "dobj", 2),
        (".", "PUNCT", "punct", 2),
        ("She", "PRON", "nsubj", 7),
        ("said", "VERB", "ROOT", 7, "say"),
        ("the", "DET", "det", 9),
        ("road", "NOUN", "nsubjpass", 11),
        ("was", "AUX", "auxpass", 11, "be"),
        ("closed", "VERB", "ccomp", 7, "close"),
        (".", "PUNCT", "punct", 7),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows, ents=[(0, 2, "PERSON"), (3, 5, "PERSON")]))
    assert attributions_of(doc) == [("She", "said", "the road was closed", "Anna Berg")]


def test_attribution_pronoun_of_a_speaker_without_a_name_links_no_entity(doc_maker, component):
    # "Ivan Petrenko left . A spokesman said the road was closed . He said it was safe ."
    rows = [
        ("Ivan", "PROPN", "compound", 1),
        ("Petrenko", "PROPN", "nsubj", 2),
        ("left", "VERB", "ROOT", 2, "leave"),
        (".", "PUNCT", "punct", 2),
        ("A", "DET", "det", 5),
        ("spokesman", "NOUN", "nsubj", 6),
        ("said", "VERB", "ROOT", 6, "say"),
        ("the", "DET", "det", 8),
        ("road", "NOUN", "nsubjpass", 10),
        ("was", "AUX", "auxpass", 10, "be"),
        ("closed", "VERB", "ccomp", 6, "close"),
        (".", "PUNCT", "punct", 6),
        ("He", "PRON", "nsubj", 13),
        ("said", "VERB", "ROOT", 13, "say"),
        ("it", "PRON", "nsubj", 15),
        ("was", "AUX", "ccomp", 13, "be"),
        ("safe", "ADJ", "acomp", 15),
        (".", "PUNCT", "punct", 13),
    ]
    tags = ["NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "DT", "NN", "VBD", "VBN", ".", "PRP", "VBD", "PRP", "VBD",
            "JJ", "."]
    doc = component("news_attribution")(parsed(doc_maker, rows, ents=[(0, 2, "PERSON")], tags=tags))
    assert attributions_of(doc) == [("A spokesman", "said", "the road was closed", None),
                                    ("He", "said", "it was safe", None)]


def test_attribution_participle_inherits_subject(doc_maker, component):
    # "The ministry issued a statement , stating that the dam was intact ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("issued", "VERB", "ROOT", 2, "issue"),
        ("a", "DET", "det", 4),
        ("statement", "NOUN", "dobj", 2),
        (",", "PUNCT", "punct", 2),
        ("stating", "VERB", "advcl", 2, "state"),
        ("that", "SCONJ", "mark", 10),
        ("the", "DET", "det", 9),
        ("dam", "NOUN", "nsubj", 10),
        ("was", "AUX", "ccomp", 6, "be"),
        ("intact", "ADJ", "acomp", 10),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("The ministry", "stating", "the dam was intact", None)]


def test_attribution_participle_object_is_the_addressee_not_the_source(doc_maker, component):
    # "The governor visited the site , telling reporters that 12 people had died ."
    rows = [
        ("The", "DET", "det", 1),
        ("governor", "NOUN", "nsubj", 2),
        ("visited", "VERB", "ROOT", 2, "visit"),
        ("the", "DET", "det", 4),
        ("site", "NOUN", "dobj", 2),
        (",", "PUNCT", "punct", 2),
        ("telling", "VERB", "advcl", 2, "tell"),
        ("reporters", "NOUN", "dobj", 6, "reporter"),
        ("that", "SCONJ", "mark", 12),
        ("12", "NUM", "nummod", 10),
        ("people", "NOUN", "nsubj", 12),
        ("had", "AUX", "aux", 12, "have"),
        ("died", "VERB", "ccomp", 6, "die"),
        (".", "PUNCT", "punct", 2),
    ]
    tags = ["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "NNS", "IN", "CD", "NNS", "VBD", "VBN", "."]
    doc = component("news_attribution")(parsed(doc_maker, rows, tags=tags))
    assert attributions_of(doc) == [("The governor", "telling", "12 people had died", None)]


def test_attribution_dateline_parsed_as_a_second_subject(doc_maker, component):
    # "NAIROBI ( Reuters ) - Kenyan police said that five people died ."
    rows = [
        ("NAIROBI", "PROPN", "nsubj", 7),
        ("(", "PUNCT", "punct", 0),
        ("Reuters", "PROPN", "appos", 0),
        (")", "PUNCT", "punct", 2),
        ("-", "PUNCT", "punct", 0),
        ("Kenyan", "ADJ", "amod", 6),
        ("police", "NOUN", "nsubj", 7),
        ("said", "VERB", "ROOT", 7, "say"),
        ("that", "SCONJ", "mark", 11),
        ("five", "NUM", "nummod", 10),
        ("people", "NOUN", "nsubj", 11),
        ("died", "VERB", "ccomp", 7, "die"),
        (".", "PUNCT", "punct", 7),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Kenyan police", "said", "five people died", None)]


def test_attribution_content_ends_before_a_coordinated_report(doc_maker, component):
    # "Witnesses said soldiers opened fire , and officials said 10 people died ."
    rows = [
        ("Witnesses", "NOUN", "nsubj", 1, "witness"),
        ("said", "VERB", "ROOT", 1, "say"),
        ("soldiers", "NOUN", "nsubj", 3, "soldier"),
        ("opened", "VERB", "ccomp", 1, "open"),
        ("fire", "NOUN", "dobj", 3),
        (",", "PUNCT", "punct", 3),
        ("and", "CCONJ", "cc", 3),
        ("officials", "NOUN", "nsubj", 8, "official"),
        ("said", "VERB", "conj", 3, "say"),
        ("10", "NUM", "nummod", 10),
        ("people", "NOUN", "nsubj", 11),
        ("died", "VERB", "ccomp", 8, "die"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [
        ("Witnesses", "said", "soldiers opened fire", None),
        ("officials", "said", "10 people died", None),
    ]


def test_attribution_two_cues_two_attributions(doc_maker, component):
    # "The ministry confirmed the strike and said it was investigating ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("confirmed", "VERB", "ROOT", 2, "confirm"),
        ("the", "DET", "det", 4),
        ("strike", "NOUN", "dobj", 2),
        ("and", "CCONJ", "cc", 2),
        ("said", "VERB", "conj", 2, "say"),
        ("it", "PRON", "nsubj", 9),
        ("was", "AUX", "aux", 9, "be"),
        ("investigating", "VERB", "ccomp", 6, "investigate"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [
        ("The ministry", "confirmed", "the strike", None),
        ("The ministry", "said", "it was investigating", None),
    ]


@pytest.mark.parametrize("dep", ["acl", "amod"])
def test_attribution_modifier_participle_is_not_a_cue(doc_maker, component, dep):
    # "The list named fighters alleged to be held in the camp ."
    rows = [
        ("The", "DET", "det", 1),
        ("list", "NOUN", "nsubj", 2),
        ("named", "VERB", "ROOT", 2, "name"),
        ("fighters", "NOUN", "dobj", 2, "fighter"),
        ("alleged", "VERB", dep, 3, "allege"),
        ("to", "PART", "aux", 7),
        ("be", "AUX", "auxpass", 7),
        ("held", "VERB", "xcomp", 4, "hold"),
        ("in", "ADP", "prep", 7),
        ("the", "DET", "det", 10),
        ("camp", "NOUN", "pobj", 8),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


def test_attribution_clause_only_verb_with_object_is_not_a_cue(doc_maker, component):
    # "Rescuers found the bodies of two pilots ."
    rows = [
        ("Rescuers", "NOUN", "nsubj", 1, "rescuer"),
        ("found", "VERB", "ROOT", 1, "find"),
        ("the", "DET", "det", 3),
        ("bodies", "NOUN", "dobj", 1, "body"),
        ("of", "ADP", "prep", 3),
        ("two", "NUM", "nummod", 6),
        ("pilots", "NOUN", "pobj", 4, "pilot"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


def test_attribution_clause_only_verb_with_clause_is_a_cue(doc_maker, component):
    # "Investigators found that the engine had failed ."
    rows = [
        ("Investigators", "NOUN", "nsubj", 1, "investigator"),
        ("found", "VERB", "ROOT", 1, "find"),
        ("that", "SCONJ", "mark", 6),
        ("the", "DET", "det", 4),
        ("engine", "NOUN", "nsubj", 6),
        ("had", "AUX", "aux", 6, "have"),
        ("failed", "VERB", "ccomp", 1, "fail"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Investigators", "found", "the engine had failed", None)]


def test_attribution_object_content_for_non_clause_verb(doc_maker, component):
    # "The ministry published a list of names ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("published", "VERB", "ROOT", 2, "publish"),
        ("a", "DET", "det", 4),
        ("list", "NOUN", "dobj", 2),
        ("of", "ADP", "prep", 4),
        ("names", "NOUN", "pobj", 5, "name"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("The ministry", "published", "a list of names", None)]


def test_attribution_non_reporting_verb(doc_maker, component):
    # "The ministry declined to provide details ." (not a report)
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("declined", "VERB", "ROOT", 2, "decline"),
        ("to", "PART", "aux", 4),
        ("provide", "VERB", "xcomp", 2),
        ("details", "NOUN", "dobj", 4, "detail"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the bridge was destroyed.", "the bridge was destroyed"),
        ("that the bridge was destroyed.", "the bridge was destroyed"),
        ('"That the bridge was destroyed,"', "the bridge was destroyed"),
        ("“Nobody survived.”", "Nobody survived"),
        ("  thatched roofs burned!  ", "thatched roofs burned"),
        ("— we will rebuild —", "we will rebuild"),
        ('".",', None),
    ],
)
def test_attribution_trimming(text, expected):
    offsets = trimmed(text, 0, len(text))
    assert (text[offsets[0] : offsets[1]] if offsets else None) == expected


