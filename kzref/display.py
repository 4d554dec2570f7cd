"""Human wording: dates in words and labels for field names and vocabulary words.

Readers should never meet ``participants.ref``, ``located_in``, ``ties-with`` or
``2004-21/2004-22`` on a page, in the CLI or in a picture.  This module is the one
place that turns the data's machine words into English:

- :func:`human_date` words a :class:`~kzref.model.dates.FuzzyDate` ("spring 2004",
  "1990s", "after 11 September 2001", "until May 2004", "24–26 August 2006"), at
  exactly the precision the record has: a year stays a year, an open end stays open.
- :func:`label` gives the label of any model field name, reference path
  (``participants.ref``) or closed-vocabulary word (``terrorist-organization``,
  ``sending-state``, ``claimed``); :func:`kind_label` names the six kinds;
  :func:`relation_label` words a relation from either end ("member of" /
  "members"); :func:`link_label` words one :class:`~kzref.links.Link`.

Everything here is a pure function of its arguments and imports nothing heavy, so
the Sphinx layer, the CLI and :mod:`kzref.pictures` can all share it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kzref.links import Link
    from kzref.model.dates import FuzzyDate

MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASONS: Final = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
"""EDTF's season codes; the article's seasons are northern-hemisphere ones."""

_PART = re.compile(
    r"^(?P<year>\d{4}|\d{3}X|\d{2}XX)"
    r"(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
    r"(?P<mark>[?~%])?$"
)
_OPEN = ("", "..")


# --------------------------------------------------------------------------- dates


def _year_words(year: str) -> str:
    if year.endswith("XX"):
        return f"{year[:2]}00s"
    if year.endswith("X"):
        return f"{year[:3]}0s"
    return str(int(year))


def _parts(text: str) -> tuple[int | None, str | None, str, str]:
    """(day, month or season word, year words, uncertainty mark) of one EDTF date."""
    match = _PART.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not an EDTF date kzref can word")
    month_number = int(match["month"]) if match["month"] else None
    month = None
    if month_number is not None:
        month = SEASONS.get(month_number) or MONTHS[month_number - 1]
    day = int(match["day"]) if match["day"] else None
    return day, month, _year_words(match["year"]), match["mark"] or ""


def _qualified(words: str, qualifier: str | None) -> str:
    if qualifier is None:
        return words
    if qualifier == "mid":
        return f"mid-{words}"
    return f"{qualifier} {words}"


def _marked(words: str, mark: str) -> str:
    if mark == "~":
        return f"about {words}"
    if mark == "?":
        return f"{words} (uncertain)"
    if mark == "%":
        return f"about {words} (uncertain)"
    return words


def edtf_words(text: str, qualifier: str | None = None) -> str:
    """One EDTF date (no interval) in words: ``2004-21`` → "spring 2004"."""
    day, month, year, mark = _parts(text)
    words = " ".join(str(piece) for piece in (day, month, year) if piece is not None)
    return _marked(_qualified(words, qualifier), mark)


def _span(start: str, end: str, qualifier: str | None) -> str:
    """A closed interval, sharing what both ends share: "24–26 August 2006"."""
    d1, m1, y1, mark1 = _parts(start)
    d2, m2, y2, mark2 = _parts(end)
    if qualifier is None and not mark1 and not mark2 and y1 == y2:
        if d1 is not None and d2 is not None and m1 == m2:
            return f"{d1}–{d2} {m1} {y1}" if d1 != d2 else f"{d1} {m1} {y1}"
        if d1 is not None and d2 is not None:
            return f"{d1} {m1} – {d2} {m2} {y1}"
        if d1 is None and d2 is None and m1 is not None and m2 is not None:
            return f"{m1}–{m2} {y1}" if m1 != m2 else f"{m1} {y1}"
    if qualifier is None and not mark1 and not mark2 and (m1, m2, d1, d2) == (None,) * 4:
        return f"{y1}–{y2}"
    return f"{edtf_words(start, qualifier)} – {edtf_words(end)}"


def _members(edtf: str) -> str:
    """An EDTF set: ``[a,b]`` is one of them ("a or b"), ``{a,b}`` all of them."""
    members = [member.strip() for member in edtf[1:-1].split(",")]
    joiner = " or " if edtf.startswith("[") else " and "
    parts = [_parts(member) for member in members]
    same_month = {(m, y, mark) for _, m, y, mark in parts}
    if len(same_month) == 1 and all(d is not None for d, *_ in parts):
        _, month, year, mark = parts[0]
        days = [str(d) for d, *_ in parts]
        words = ", ".join(days[:-1]) + joiner + days[-1] if len(days) > 1 else days[0]
        return _marked(f"{words} {month} {year}", mark)
    worded = [edtf_words(member) for member in members]
    return ", ".join(worded[:-1]) + joiner + worded[-1] if len(worded) > 1 else worded[0]


def human_date(date: FuzzyDate | None, undated: str = "undated") -> str:
    """*date* in words, exactly as precise as the record: never an ISO day or EDTF code.

    ``2004-21`` → "spring 2004"; ``199X`` → "1990s"; ``2001-09-11/..`` → "after
    11 September 2001"; ``../2004-05`` → "until May 2004"; ``2002`` with qualifier
    ``mid`` → "mid-2002"; ``2006-08-24/2006-08-26`` → "24–26 August 2006".
    """
    if date is None:
        return undated
    return edtf_phrase(date.edtf, date.qualifier)


def edtf_phrase(edtf: str, qualifier: str | None = None) -> str:
    """Any EDTF string kzref uses, in words (see :func:`human_date`)."""
    if edtf.startswith(("[", "{")):
        return _members(edtf)
    if "/" not in edtf:
        return edtf_words(edtf, qualifier)
    start, _, end = edtf.partition("/")
    if start in _OPEN and end in _OPEN:
        return "at an unknown time"
    if end in _OPEN:
        return f"after {edtf_words(start, qualifier)}"
    if start in _OPEN:
        return f"until {edtf_words(end, qualifier)}"
    return _span(start, end, qualifier)


def open_end(date: FuzzyDate) -> str | None:
    """``"after"`` or ``"until"`` for a half-open interval, else ``None``."""
    if "/" not in date.edtf or date.edtf.startswith(("[", "{")):
        return None
    start, _, end = date.edtf.partition("/")
    if end in _OPEN and start not in _OPEN:
        return "after"
    if start in _OPEN and end not in _OPEN:
        return "until"
    return None


# --------------------------------------------------------------------------- kinds

KIND_LABELS: Final = {
    "org": ("organization", "organizations"),
    "person": ("person", "people"),
    "place": ("place", "places"),
    "event": ("event", "events"),
    "agreement": ("agreement", "agreements"),
    "document": ("document", "documents"),
}


def kind_label(kind: str, *, plural: bool = False) -> str:
    """The reader's word for a kind: ``org`` → "organization" (or "organizations")."""
    singular, many = KIND_LABELS[kind]
    return many if plural else singular


def count_label(kind: str, count: int) -> str:
    """A count with its kind, singular or plural: "1 organization", "94 people"."""
    return f"{count} {kind_label(kind, plural=count != 1)}"


# --------------------------------------------------------------------------- relations

RELATION_LABELS: Final[dict[str, tuple[str, str]]] = {
    # predicate: (read from the subject, read from the object)
    "ties-with": ("ties with", "ties with"),
    "affiliated-with": ("affiliated with", "affiliated with"),
    "member-of": ("member of", "members"),
    "splinter-of": ("splinter of", "splinter groups"),
    "part-of": ("part of", "parts"),
    "subordinate-to": ("subordinate to", "subordinates"),
    "banned-in": ("banned in", "banned here"),
    "operates-in": ("operates in", "operating here"),
    "based-in": ("based in", "based here"),
    "located-in": ("located in", "located here"),
    "holds-position": ("holds a position in", "positions held by"),
    "leads": ("leads", "led by"),
    "spokesperson-for": ("spokesperson for", "spokespeople"),
    "represents": ("represents", "represented by"),
    "works-for": ("works for", "staff"),
    "born-in": ("born in", "born here"),
    "citizen-of": ("citizen of", "citizens"),
    "resident-of": ("resident of", "residents"),
    "family-of": ("family of", "family of"),
    "aide-of": ("aide of", "aides"),
    "successor-of": ("successor of", "succeeded by"),
    "controls": ("controls", "controlled by"),
    "uses": ("uses", "used by"),
    "supports": ("supports", "supported by"),
    "opposes": ("opposes", "opposed by"),
    "criticizes": ("criticizes", "criticized by"),
    "party-to": ("party to", "parties"),
    "published-by": ("published by", "publications"),
    "refers-to": ("refers to", "referred to by"),
}
"""Each relation worded from either end; symmetric relations read the same both ways."""


def relation_label(predicate: str, *, inverse: bool = False) -> str:
    """A relation type in words, from its subject ("member of") or its object ("members")."""
    forward, backward = RELATION_LABELS[predicate]
    return backward if inverse else forward


# --------------------------------------------------------------------------- labels

FIELD_LABELS: Final[dict[str, str]] = {
    # every entity
    "id": "identifier",
    "kind": "kind",
    "name": "name",
    "aliases": "also known as",
    "summary": "summary",
    "evidence": "evidence",
    "notes": "data-quality notes",
    "tags": "tags",
    # organizations, people, places
    "org_type": "type",
    "country": "country",
    "citizenship": "citizenship",
    "birthplace": "birthplace",
    "place_type": "type",
    "located_in": "located in",
    # events, agreements, documents
    "event_type": "type",
    "agreement_type": "type",
    "document_type": "type",
    "date": "date",
    "places": "place",
    "participants": "participants",
    "figures": "figures",
    "quotes": "quotes",
    "part_of": "part of",
    "claim": "claim",
    "parties": "parties",
    "commitments": "commitments",
    "event": "event",
    "authors": "author",
    "recipients": "recipient",
    # participants, claims, quotes, evidence, notes
    "ref": "participant",
    "role": "role",
    "description": "description",
    "certainty": "certainty",
    "asserted_by": "asserted by",
    "disputed_by": "disputed by",
    "speaker": "speaker",
    "section": "section",
    "text": "wording",
    "quote": "excerpt",
    # relations and designations
    "subject": "subject",
    "predicate": "relation",
    "object": "object",
    "title": "title",
    "action": "action",
    "authority": "authority",
    "requested_by": "requested by",
    "jurisdiction": "jurisdiction",
    "on_list": "list",
    # figures and dates
    "measure": "what is counted",
    "value": "number",
    "upper": "up to",
    "unit": "unit",
    "approximation": "approximation",
    "edtf": "EDTF date",
    "qualifier": "qualifier",
    # reference paths (kzref.links): where one record names another
    "participants.ref": "participant",
    "participants.asserted_by": "participation asserted by",
    "participants.disputed_by": "participation disputed by",
    "parties.ref": "party",
    "parties.asserted_by": "party asserted by",
    "parties.disputed_by": "party disputed by",
    "quotes.speaker": "quoted",
    "claim.asserted_by": "asserted by",
    "claim.disputed_by": "disputed by",
}
"""Model field names and reference paths → what a reader sees."""

_VOCABULARY_OVERRIDES: Final[dict[str, str]] = {
    # words that are not simply their hyphens turned into spaces
    "ngo": "NGO",
    "think-tank": "think tank",
    "more-than": "more than",
    "at-least": "at least",
    "up-to": "up to",
    "exact": "exactly",
    "designation.requested": "listing requested",
    "designation.added": "added to a list",
    "designation.approved": "listing approved",
    "designation.banned": "banned",
    "designation.declined": "listing declined",
}


@functools.cache
def vocabulary_words() -> frozenset[str]:
    """Every word of kzref's closed vocabularies (vocabulary, certainty, approximation)."""
    from typing import get_args

    from kzref.model import evidence, figures, vocabulary

    words: set[str] = set()
    for alias in (
        vocabulary.OrganizationType,
        vocabulary.PlaceType,
        vocabulary.EventType,
        vocabulary.Role,
        vocabulary.RelationType,
        vocabulary.AgreementType,
        vocabulary.DocumentType,
        vocabulary.DesignationAction,
        evidence.Certainty,
        figures.Approximation,
    ):
        words.update(get_args(alias))
    return frozenset(words)


def label(word: str) -> str:
    """The reader's label for a field name, reference path or vocabulary word.

    Relation types read from their subject ("ties with"); a relation's asserter
    reads "asserts: member of".  Anything unknown still loses its machine look
    (hyphens, underscores and dots become spaces), so a new word added to a
    vocabulary without a label never shows as code; the tests make sure every
    known word has a deliberate label.
    """
    if word in FIELD_LABELS:
        return FIELD_LABELS[word]
    if word in _VOCABULARY_OVERRIDES:
        return _VOCABULARY_OVERRIDES[word]
    if word in RELATION_LABELS:
        return RELATION_LABELS[word][0]
    head, dot, tail = word.partition(".")
    if dot and head in RELATION_LABELS and tail in FIELD_LABELS:
        return f"{FIELD_LABELS[tail]}: {RELATION_LABELS[head][0]}"
    return re.sub(r"[-_.]+", " ", word).strip()


def sentence(text: str) -> str:
    """*text* with its first letter capitalised, for headings and table cells."""
    return text[:1].upper() + text[1:]


CERTAINTY_WORDS: Final = {
    "stated": "stated as fact",
    "reported": "reported",
    "claimed": "claimed",
    "alleged": "alleged",
    "suspected": "suspected",
    "charged": "charged",
    "convicted": "convicted",
    "denied": "denied",
    "disputed": "disputed",
}
"""How sure the article is, worded for a reader (the vocabulary's comments say more)."""


def link_label(link: Link) -> str:
    """One tie in words, read from the entity that ``link`` belongs to.

    A relation reads by its predicate from the right end ("member of" /
    "members"), with the holder's title where there is one; a reference reads by
    the participant's role or the field ("perpetrator", "place", "quoted"); a
    designation by its action and the field ("listing approved: authority").
    """
    if link.via == "relation":
        predicate, _, field = link.relation.partition(".")
        if field:
            return f"{FIELD_LABELS[field]}: {relation_label(predicate)}"
        worded = relation_label(predicate, inverse=link.direction == "in")
        return f"{worded} ({link.role})" if link.role else worded
    if link.via == "designation":
        field = label(link.role) if link.role else ""
        return f"{label(link.relation)}: {field}" if field else label(link.relation)
    if link.role and link.role in vocabulary_words():
        return label(link.role)
    if link.role:
        return link.role  # a title as the article gives it ("Kazakh President")
    return label(link.relation)
