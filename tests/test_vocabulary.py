"""Every word of every closed vocabulary is defined once, and ``other`` is explained."""

from __future__ import annotations

from typing import get_args

import pytest

from kzref import codebook
from kzref.model import evidence, figures, vocabulary
from kzref.store import dataset

VOCABULARIES = {
    **vocabulary.VOCABULARIES,
    "Certainty": (evidence.Certainty, vocabulary.CERTAINTIES),
    "Approximation": (figures.Approximation, vocabulary.APPROXIMATIONS),
}


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_word_has_exactly_one_definition(name: str) -> None:
    alias, terms = VOCABULARIES[name]
    words = get_args(alias)
    assert len(set(words)) == len(words), f"{name} lists a word twice"
    assert set(terms) == set(words), f"{name}: define every word, and only those"


@pytest.mark.parametrize(
    ("name", "word"),
    [(name, word) for name, (alias, _terms) in VOCABULARIES.items() for word in get_args(alias)],
)
def test_every_definition_says_what_it_means_and_when_to_use_it(name: str, word: str) -> None:
    term = VOCABULARIES[name][1][word]
    assert term.meaning.strip().endswith(".")
    assert term.use.strip().endswith(".")
    assert not term.not_ or term.not_.strip().endswith(".")


CLOSE_WORDS = [
    ("EventType", "arrest", "detention"),
    ("EventType", "bombing", "suicide-bombing"),
    ("EventType", "bombing", "attack"),
    ("EventType", "shooting", "firefight"),
    ("EventType", "killing", "death"),
    ("EventType", "seizure", "discovery"),
    ("EventType", "raid", "dismantling"),
    ("EventType", "charge", "accusation"),
    ("EventType", "criticism", "accusation"),
    ("EventType", "extradition", "deportation"),
    ("OrganizationType", "terrorist-organization", "extremist-group"),
    ("OrganizationType", "terrorist-organization", "group"),
    ("OrganizationType", "extremist-group", "militant-group"),
    ("OrganizationType", "security-service", "police"),
    ("Role", "arrested", "detained"),
    ("Role", "perpetrator", "suspect"),
    ("Role", "target", "subject"),
    ("RelationType", "leads", "holds-position"),
    ("RelationType", "controls", "uses"),
    ("RelationType", "ties-with", "affiliated-with"),
]


@pytest.mark.parametrize(("name", "one", "other"), CLOSE_WORDS)
def test_near_duplicates_draw_the_line_between_them(name: str, one: str, other: str) -> None:
    """Of two close words, at least one names the other in what it is not."""
    terms = VOCABULARIES[name][1]
    assert other in terms[one].not_ or one in terms[other].not_


def _typed_other() -> set[str]:
    found = set()
    for entity in dataset().entities.values():
        for field in ("event_type", "org_type", "document_type"):
            if getattr(entity, field, None) == "other":
                found.add(entity.id)
    return found


def test_every_record_typed_other_has_a_reason() -> None:
    reasons = codebook.unclassified_reasons()
    missing = sorted(_typed_other() - set(reasons))
    assert missing == [], "give each a reason in kzref/data/unclassified.json (or a real type)"


def test_no_reason_is_kept_for_a_record_no_longer_typed_other() -> None:
    stale = sorted(set(codebook.unclassified_reasons()) - _typed_other())
    assert stale == [], "remove these from kzref/data/unclassified.json"


def test_other_reasons_are_real_sentences() -> None:
    assert all(
        len(r.split()) >= 5 and r.endswith(".") for r in codebook.unclassified_reasons().values()
    )


def test_other_stays_rare_among_events() -> None:
    events = [e for e in dataset().entities.values() if e.kind == "event"]
    other = [e for e in events if getattr(e, "event_type", None) == "other"]
    assert len(other) <= len(events) // 20, "'other' is for the few events that fit nothing"
