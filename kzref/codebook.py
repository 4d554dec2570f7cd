"""The codebook: every field of every record model, its type, allowed values and counts.

Event datasets publish a codebook (GTD and UCDP do) so that a researcher can
read a column without reading the code.  kzref's is generated from the models
and from the definitions in :mod:`kzref.model.vocabulary`, with the number of
bundled records that use each value, and written to ``docs/reference/codebook.md``
by ``python -m kzref.codebook``; a test fails when the committed page is stale.

Derived fields (computed from the authored ones, never stored in the records)
are listed after each model's authored fields and marked as derived.

This module also reads the two committed lists the codebook reports on:
``undated.json`` (why each undated event has no date) and ``unclassified.json``
(why each record typed ``other`` fits no other type).
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from kzref.model import dates, entities, evidence, figures, ids, records, vocabulary
from kzref.model.vocabulary import Term

UNDATED = "undated.json"
UNCLASSIFIED = "unclassified.json"
PAGE = Path("docs") / "reference" / "codebook.md"
COMMAND = "python -m kzref.maintain.codebook"


def _reasons(name: str) -> dict[str, str]:
    path = resources.files("kzref") / "data" / name
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def undated_reasons() -> dict[str, str]:
    """Why each event without a date of its own has none, by event id."""
    return _reasons(UNDATED)


def unclassified_reasons() -> dict[str, str]:
    """Why each record typed ``other`` fits no defined type, by id."""
    return _reasons(UNCLASSIFIED)


MODELS: tuple[type[BaseModel], ...] = (
    entities.Organization,
    entities.Person,
    entities.Place,
    entities.Event,
    entities.Agreement,
    entities.Document,
    entities.Participant,
    records.Relation,
    records.Designation,
    dates.FuzzyDate,
    figures.Figure,
    evidence.Evidence,
    evidence.Quote,
    evidence.Note,
    evidence.Claim,
)
"""The models described, in the order of the page."""

DEFINED: dict[str, dict[str, Term]] = {
    **{name: terms for name, (_alias, terms) in vocabulary.VOCABULARIES.items()},
    "Certainty": vocabulary.CERTAINTIES,
    "Approximation": vocabulary.APPROXIMATIONS,
}
"""Definitions by the name of the ``Literal`` alias a field is annotated with."""

ALIASES: dict[str, object] = {
    **{name: alias for name, (alias, _terms) in vocabulary.VOCABULARIES.items()},
    "Certainty": evidence.Certainty,
    "Approximation": figures.Approximation,
    "Qualifier": dates.Qualifier,
    "Granularity": dates.Granularity,
    "Responsibility": entities.Responsibility,
}

DERIVED: dict[type[BaseModel], tuple[tuple[str, str, str], ...]] = {
    entities.Event: (
        (
            "date_precision",
            "Granularity | None",
            "The unit of the event's own date: day, month, season, year, decade, "
            "century, or open for an interval the article bounds on one side only "
            "(for an interval, the coarser of its ends).",
        ),
        (
            "fatalities",
            "Estimate | None",
            "Low, best and high number killed: the sum of the figures measured "
            "`killed`; best only where every figure is a point value (exact, about, "
            "some); 'more than 50' gives a low of 51 and no best.",
        ),
        (
            "injuries",
            "Estimate | None",
            "As fatalities, from the figures measured `injured`.",
        ),
        (
            "responsibility",
            "Responsibility | None",
            "The strongest standing of any perpetrator or suspect: established (a "
            "perpetrator the article states or a court convicted), claimed (a "
            "perpetrator that asserts it itself), alleged (anyone else says, suspects, "
            "charges or reports it).",
        ),
    ),
    dates.FuzzyDate: (
        ("lower", "date", "The earliest day the date can mean."),
        ("upper", "date", "The latest day the date can mean."),
        ("granularity", "Granularity", "As the event's date_precision."),
    ),
}
"""Computed fields per model: name, type, how it is derived."""


FIELD_MEANINGS: dict[str, str] = {
    "id": "Permanent identifier `kind:slug`; never reused or deleted (ledger and redirects).",
    "evidence": "Where the article says it: section path and a short verbatim excerpt.",
    "notes": "Data-quality notes where the article is garbled or contradicts itself.",
    "tags": "Lowercase words for filtering.",
    "org_type": "What kind of organization, as far as the article says.",
    "place_type": "What kind of place.",
    "event_type": "What kind of event.",
    "agreement_type": "What kind of agreement.",
    "document_type": "What kind of document.",
    "citizenship": "The states the article says the person is a citizen of.",
    "birthplace": "Where the article says the person was born.",
    "located_in": "The place it lies in, where the article says.",
    "date": "When, exactly as precisely as the article says (EDTF with the article's words).",
    "places": "Where it happened or applies.",
    "participants": "Who or what took part, each in a role and with a certainty.",
    "parties": "Who is party to it, each in a role and with a certainty.",
    "figures": "Numbers the article gives, with their hedges.",
    "quotes": "Words the article attributes to someone, verbatim.",
    "part_of": "The larger event this one is a part of.",
    "authors": "Who wrote or issued it.",
    "recipients": "To whom it was addressed.",
    "certainty": "How the article knows it: stated, or whose claim, allegation or report.",
    "asserted_by": "Who makes the claim, allegation or report.",
    "disputed_by": "Who disputes or denies it.",
    "ref": "The entity taking part.",
    "role": "The part it plays in the event or agreement.",
    "subject": "The entity the relation or designation is about.",
    "predicate": "The kind of tie.",
    "object": "The entity at the other end of the tie.",
    "action": "What was done about the organization.",
    "authority": "The body that acted.",
    "requested_by": "Who asked for it.",
    "jurisdiction": "Where it applies.",
    "event": "The event in which it happened or was made.",
    "value": "The number (its lower end for a range).",
    "approximation": "The hedge the article puts on the number.",
    "section": "The heading path in the article, headings joined by ' > '.",
    "quote": "A short verbatim excerpt of that section.",
    "text": "The article's words, verbatim.",
}
"""What a field means, for fields whose model has no docstring under them."""


def _field_docs(model: type[BaseModel]) -> dict[str, str]:
    """The docstrings written under each field, for the model and its bases."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        try:
            tree = ast.parse(inspect.getsource(cls))
        except (OSError, TypeError):  # pragma: no cover - source not shipped
            continue
        body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
        for node, after in itertools.pairwise(body):
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[node.target.id] = " ".join(after.value.value.split())
    return docs


def _alias_name(annotation: Any) -> str | None:
    """The vocabulary a field's annotation uses, if any (looking inside Optional/tuples)."""
    for name, alias in ALIASES.items():
        if annotation == alias:
            return name
    for arg in get_args(annotation):
        found = _alias_name(arg)
        if found:
            return found
    return None


ID_TYPES = (
    "EntityId",
    "OrgId",
    "PersonId",
    "PlaceId",
    "EventId",
    "AgreementId",
    "DocumentId",
    "ActorId",
)
"""The id types of :mod:`kzref.model.ids`, named in the page instead of ``str``."""


def _id_type(metadata: Iterable[Any]) -> str | None:
    """The id type a required field was annotated with (pydantic moves it to metadata)."""
    for item in metadata:
        for name in ID_TYPES:
            if item in get_args(getattr(ids, name))[1:]:
                return name
    return None


def _type_text(annotation: Any) -> str:
    """A short readable type: ``EventType``, ``tuple[Participant, ...] | None``."""
    origin, args = get_origin(annotation), get_args(annotation)
    for name in ID_TYPES:
        if annotation == getattr(ids, name):
            return name
    if origin is typing.Literal:
        return _alias_name(annotation) or " | ".join(repr(arg) for arg in args)
    if origin is typing.Annotated:
        text = _type_text(args[0])
    elif origin in (types.UnionType, typing.Union):
        text = " | ".join(_type_text(arg) for arg in args)
    elif origin is tuple:
        text = f"tuple[{_type_text(args[0])}, ...]"
    else:
        text = (
            "None" if annotation is type(None) else getattr(annotation, "__name__", str(annotation))
        )
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _counts(data: Any) -> dict[tuple[str, str, str], Counter[str]]:
    """Uses of each value, by (model, field, vocabulary) over the bundled records."""
    from kzref.model.ids import walk

    counts: dict[tuple[str, str, str], Counter[str]] = {}
    for _file, _label, record in data.records():
        for _path, value in walk(record):
            if not isinstance(value, BaseModel):
                continue
            model = type(value).__name__
            for name, info in type(value).model_fields.items():
                vocab = _alias_name(info.annotation)
                if vocab is None:
                    continue
                field_value = getattr(value, name)
                values = field_value if isinstance(field_value, tuple) else (field_value,)
                bucket = counts.setdefault((model, name, vocab), Counter())
                bucket.update(str(v) for v in values if v is not None)
    return counts


def _derived_counts(data: Any) -> dict[str, Counter[str]]:
    events = [e for e in data.entities.values() if isinstance(e, entities.Event)]
    return {
        "date_precision": Counter(str(e.date_precision) for e in events),
        "responsibility": Counter(str(e.responsibility) for e in events),
        "fatalities": Counter("given" if e.fatalities else "None" for e in events),
        "injuries": Counter("given" if e.injuries else "None" for e in events),
    }


def _section(
    model: type[BaseModel], counts: dict[tuple[str, str, str], Counter[str]]
) -> Iterator[str]:
    docs = _field_docs(model)
    yield f"## {model.__name__}"
    yield ""
    if model.__doc__:
        yield " ".join(model.__doc__.strip().split("\n\n")[0].split())
        yield ""
    yield "| Field | Type | Meaning |"
    yield "| --- | --- | --- |"
    for name, info in model.model_fields.items():
        meaning = docs.get(name) or FIELD_MEANINGS.get(name, "")
        required = "" if not info.is_required() else " (required)"
        type_text = _id_type(info.metadata) or _type_text(info.annotation)
        yield f"| `{name}` | {_cell(type_text)}{required} | {_cell(meaning)} |"
    for name, type_text, how in DERIVED.get(model, ()):
        yield f"| `{name}` | {_cell(type_text)} | **Derived**, never authored: {_cell(how)} |"
    yield ""
    for name, info in model.model_fields.items():
        vocab = _alias_name(info.annotation)
        if vocab is None:
            continue
        used = counts.get((model.__name__, name, vocab), Counter())
        yield f"### {model.__name__}.{name}: {vocab}"
        yield ""
        yield from _values_table(vocab, used)
        yield ""


def _values_table(vocab: str, used: Counter[str]) -> Iterator[str]:
    terms = DEFINED.get(vocab)
    values = get_args(ALIASES[vocab])
    if terms is None:
        yield "| Value | Records |"
        yield "| --- | --- |"
        for value in values:
            yield f"| `{value}` | {used.get(str(value), 0)} |"
        return
    yield "| Value | Meaning | Use when | Not | Records |"
    yield "| --- | --- | --- | --- | --- |"
    for value in values:
        term = terms[value]
        yield (
            f"| `{value}` | {_cell(term.meaning)} | {_cell(term.use)} | "
            f"{_cell(term.not_)} | {used.get(str(value), 0)} |"
        )


def _reason_table(reasons: dict[str, str]) -> Iterator[str]:
    yield "| Record | Reason |"
    yield "| --- | --- |"
    for record_id, reason in sorted(reasons.items()):
        yield f"| `{record_id}` | {_cell(reason)} |"


def render(data: Any | None = None) -> str:
    """The codebook page, as Markdown (MyST), for *data* (the bundled dataset by default)."""
    from kzref.store import dataset

    data = data if data is not None else dataset()
    counts = _counts(data)
    derived = _derived_counts(data)
    lines = [
        "# Codebook",
        "",
        "<!-- Generated by `" + COMMAND + "` from kzref's models and vocabulary; "
        "do not edit by hand. -->",
        "",
        "Every field of every record model, its type, its allowed values with their "
        "definitions, and how many bundled records use each value "
        f"({len(data.entities)} entities, {len(data.relations)} relations, "
        f"{len(data.designations)} designations). "
        "Fields marked **derived** are computed from the authored fields whenever they "
        "are read; they are never written in the records.",
        "",
    ]
    for model in MODELS:
        lines.extend(_section(model, counts))
    lines += ["## Derived fields in the bundled data", ""]
    values: dict[str, tuple[str, ...]] = {
        "date_precision": (*get_args(dates.Granularity), "None"),
        "responsibility": (*get_args(entities.Responsibility), "None"),
        "fatalities": ("given", "None"),
        "injuries": ("given", "None"),
    }
    for name, counter in derived.items():
        counted = ", ".join(f"`{value}` {counter.get(value, 0)}" for value in values[name])
        lines.append(f"- `Event.{name}` (events): {counted}")
    undated = undated_reasons()
    other = unclassified_reasons()
    lines += [
        "",
        "## Records typed `other`",
        "",
        f"{len(other)} records fit no defined type; each has its reason "
        "(kept in `kzref/data/unclassified.json`).",
        "",
        *_reason_table(other),
        "",
        "## Events without a date of their own",
        "",
        f"{len(undated)} events have no date of their own; each has its reason "
        "(kept in `kzref/data/undated.json`). Sub-events show their parent's date in "
        "queries and pages, marked as the parent's.",
        "",
        *_reason_table(undated),
        "",
    ]
    return "\n".join(lines)


def write_page(checkout: Path) -> bool:
    """Write the codebook page into the source *checkout* if it changed; whether it did."""
    path = checkout / PAGE
    text = render()
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: Iterable[str] | None = None) -> int:
    """Deprecated entry point: ``python -m kzref.maintain.codebook`` writes the page."""
    import warnings

    warnings.warn(
        "python -m kzref.codebook moved to python -m kzref.maintain.codebook",
        DeprecationWarning,
        stacklevel=2,
    )
    if write_page(Path(__file__).resolve().parent.parent):
        print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
