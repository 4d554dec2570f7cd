"""Ask the dataset questions: fuzzy search, timelines, everything tied to an entity.

Every function takes an optional ``dataset`` (a :class:`kzref.store.Dataset`,
e.g. ``kzref.store.load(path)``) and defaults to the bundled data.  The indexes
each query needs are built once per dataset and kept.  Results come in a
stable order, so the same question always gets the same answer.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from kzref import store
from kzref.errors import UnknownIdError
from kzref.links import Link, links, role_at
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase
from kzref.model.ids import ID_RE, KINDS, Kind, kind_of
from kzref.names import name_index, normalize
from kzref.registry import AmbiguousNameError
from kzref.store import Dataset
from kzref.validate import references

if TYPE_CHECKING:
    import pandas as pd

DATED_KINDS: tuple[Kind, ...] = ("event", "agreement", "document")
"""Kinds that carry a ``date`` and so can appear on a timeline."""
_SPACES = re.compile(r"[\W_]+")
_INDEX = re.compile(r"\[\d+\]")
_CACHE_SIZE = 8


class UnknownKindError(ValueError):
    """A kind (or table) name that kzref does not have."""

    def __init__(self, kind: str, known: tuple[str, ...]) -> None:
        self.kind = kind
        super().__init__(f"unknown kind {kind!r}; choose one of {', '.join(known)}")


class DateRangeError(ValueError):
    """A date bound that does not parse, or a range that ends before it starts."""


class MissingDependencyError(ImportError):
    """An optional dependency is not installed; the message says which extra to install."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: the entity, how well it matched (0-100) and on which name."""

    entity: EntityBase
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated record on a timeline, with the bounds it was placed by."""

    entity: EntityBase
    date: FuzzyDate
    roles: tuple[str, ...] = ()
    """With ``involving``: how that entity takes part (roles, or the field that names it)."""

    @property
    def lower(self) -> dt.date:
        """The earliest day the record can be dated to."""
        return self.date.lower

    @property
    def upper(self) -> dt.date:
        """The latest day the record can be dated to."""
        return self.date.upper

    @property
    def uncertain(self) -> bool:
        """True unless the record is dated to one certain day."""
        return not self.date.is_exact


def search_key(text: str) -> str:
    """Fold case, accents and punctuation but keep word breaks ("Öskemen-Ust" → "oskemen ust")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare).strip()


@dataclass(frozen=True, slots=True)
class _Index:
    names: dict[str, tuple[str, ...]]
    """Compact normalized name → ids."""
    choices: tuple[tuple[str, str, str], ...]
    """(search key, id, name as written) for every name and alias."""


_indexes: list[tuple[Dataset, _Index]] = []


def _build_index(data: Dataset) -> _Index:
    choices = tuple(
        (search_key(name), entity.id, name)
        for entity in data.entities.values()
        for name in (entity.name, *entity.aliases)
    )
    return _Index(name_index(data.entities.values()), choices)


def _data(dataset: Dataset | None) -> Dataset:
    return dataset if dataset is not None else store.dataset()


def _index(data: Dataset) -> _Index:
    """Return the index of *data*, built once (datasets are unhashable: match by identity)."""
    for known, index in _indexes:
        if known is data:
            return index
    index = _build_index(data)
    _indexes.insert(0, (data, index))
    del _indexes[_CACHE_SIZE:]
    return index


def _check_kind(kind: str | None, known: tuple[str, ...] = KINDS) -> None:
    if kind is not None and kind not in known:
        raise UnknownKindError(kind, known)


def suggest(key: str, *, dataset: Dataset | None = None, limit: int = 3) -> list[str]:
    """Ids whose id, name or alias is close to *key*, for "did you mean" messages."""
    import difflib

    data = _data(dataset)
    close = difflib.get_close_matches(key, [*data.entities, *data.redirects], n=limit, cutoff=0.6)
    found = [data.resolve(i) for i in close]
    name = key.partition(":")[2] if ID_RE.match(key) else key
    if search_key(name):
        found += [hit.entity.id for hit in search(name, limit=limit, dataset=data)]
    return list(dict.fromkeys(found))[:limit]


def resolve(key: str, kind: Kind | None = None, *, dataset: Dataset | None = None) -> EntityBase:
    """Return the entity an id, a retired id, a name or an alias stands for.

    Raises :class:`~kzref.errors.UnknownIdError` with suggestions, or
    :class:`~kzref.registry.AmbiguousNameError` when a name fits several entities.
    """
    data = _data(dataset)
    key = key.strip()
    found = data.entities.get(key)
    if found is None and key in data.redirects:
        found = data.entities.get(data.resolve(key))
    if found is not None and (kind is None or found.kind == kind):
        return found
    ids = [
        i
        for i in _index(data).names.get(normalize(key), ())
        if kind is None or i.startswith(f"{kind}:")
    ]
    if len(ids) == 1:
        return data.entities[ids[0]]
    if ids:
        raise AmbiguousNameError(key, ids)
    raise UnknownIdError(key, suggest(key, dataset=data))


def search(
    text: str,
    kind: Kind | None = None,
    limit: int = 10,
    *,
    dataset: Dataset | None = None,
    min_score: float = 75.0,
) -> list[SearchHit]:
    """Entities whose name or alias resembles *text*, best first.

    Scores come from ``rapidfuzz`` (``WRatio``) on accent- and punctuation-free
    names; a name that is equal once all punctuation is dropped scores 100.
    Ties are broken by the entity's own name before an alias, then by kind and id.
    """
    from rapidfuzz import fuzz, process

    _check_kind(kind)
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    data = _data(dataset)
    query, compact = search_key(text), normalize(text)
    if not query:
        raise ValueError("search text is empty once punctuation is removed")
    choices = [c for c in _index(data).choices if kind is None or c[1].startswith(f"{kind}:")]
    scored = process.extract(
        query,
        [c[0] for c in choices],
        scorer=fuzz.WRatio,
        processor=None,
        limit=None,
        score_cutoff=min_score,
    )
    best: dict[str, tuple[float, bool, str]] = {}
    for _, score, position in scored:
        _, entity_id, written = choices[position]
        score = 100.0 if normalize(written) == compact else score  # noqa: PLW2901  # exact wins
        is_alias = written != data.entities[entity_id].name
        current = best.get(entity_id)
        if current is None or (round(score, 2), not is_alias) > (current[0], not current[1]):
            best[entity_id] = (round(score, 2), is_alias, written)
    if text.strip() in data.entities:
        entity = data.entities[text.strip()]
        best[entity.id] = (100.0, False, entity.name)

    def order(item: tuple[str, tuple[float, bool, str]]) -> tuple[float, bool, int, str]:
        entity_id, (score, is_alias, _) = item
        return (-score, is_alias, KINDS.index(kind_of(entity_id)), entity_id)

    ranked = sorted(best.items(), key=order)[:limit]
    return [SearchHit(data.entities[i], score, written) for i, (score, _, written) in ranked]


def parse_bound(value: str | dt.date | None, end: bool) -> dt.date | None:
    """Return the first (for the *end* of a range: last) day a ``--from``/``--to`` value means.

    Accepts a :class:`datetime.date` or an EDTF string such as ``2004``, ``2004-03``,
    ``2004-03-28`` or ``2004-21`` (spring), so ``to="2004"`` means to 31 December 2004.
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        lower, upper, _ = parse_bounds(value.strip())
    except ValueError as error:
        hint = "try 2004, 2004-03 or 2004-03-28"
        raise DateRangeError(f"{value!r} is not a date ({hint}): {error}") from None
    return upper if end else lower


def _roles(entity: EntityBase, target: str) -> tuple[str, ...]:
    """List how *target* figures in *entity*'s record: participant roles, else field names."""
    roles = [
        role_at(entity, path) or _INDEX.sub("", path)
        for path, value in references(entity)
        if value == target
    ]
    return tuple(dict.fromkeys(roles))


def timeline(
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    involving: str | None = None,
    kind: Kind | None = None,
    *,
    event_type: str | None = None,
    strict: bool = False,
    dataset: Dataset | None = None,
) -> list[TimelineEntry]:
    """Dated records in date order (by earliest, then latest possible day, then id).

    A record is kept when its date *can* fall inside ``[start, end]``; with
    ``strict=True`` only when it certainly does.  An event dated "2004" is inside
    2004-01..2004-12 and is marked uncertain, never placed on 1 January.
    Records without a date cannot be placed and are left out.  *kind* is one of
    ``event``, ``agreement``, ``document`` (default: all three); *involving* is an
    id or name, matched wherever the record names it (participants, places, …).
    """
    _check_kind(kind, DATED_KINDS)
    lower, upper = parse_bound(start, end=False), parse_bound(end, end=True)
    if lower is not None and upper is not None and lower > upper:
        raise DateRangeError(f"the range ends ({end}) before it starts ({start})")
    data = _data(dataset)
    target = resolve(involving, dataset=data).id if involving is not None else None
    entries = []
    for entity in data.entities.values():
        date = getattr(entity, "date", None)
        if not isinstance(date, FuzzyDate):
            continue
        if kind is not None and entity.kind != kind:
            continue
        if event_type is not None and getattr(entity, "event_type", None) != event_type:
            continue
        inside = (lower is None or date.lower >= lower) and (upper is None or date.upper <= upper)
        if not (inside if strict else date.overlaps(lower, upper)):
            continue
        roles: tuple[str, ...] = ()
        if target is not None:
            roles = _roles(entity, target)
            if not roles:
                continue
        entries.append(TimelineEntry(entity, date, roles))
    return sorted(entries, key=lambda e: (e.lower, e.upper, e.entity.id))


def related(entity_id: str, *, dataset: Dataset | None = None) -> list[Link]:
    """Everything tied to an entity, in both directions, with the relation and role.

    Covers relations (as subject, object, asserter or disputer), designations,
    the entity's own references (``places``, ``participants.ref`` …) and every
    record that references it.  The entity may be given by id, retired id or name.
    """
    data = _data(dataset)
    return list(links(data).get(resolve(entity_id, dataset=data).id, []))


TABLES: tuple[str, ...] = (*KINDS, "relation", "designation")
"""What :func:`to_frame` and the CSV export make tables of."""


def to_frame(kind: str, *, dataset: Dataset | None = None) -> pd.DataFrame:
    """One kind (or ``relation``/``designation``) as a pandas DataFrame, one row per record.

    Columns are the CSV export's (nested fields flattened with dots), but lists
    stay Python lists.  Rows of an entity kind are indexed by id, an index
    without a name so that ``groupby("id")`` and ``merge(on="id")`` see only
    the column.  A date adds ``date.earliest`` and ``date.latest``: the first
    and last day it can mean (``NaT`` where an interval is open), so rows sort
    and filter by date while ``date.text`` keeps the article's words.
    Vocabulary columns are categoricals over the whole vocabulary.  Needs the
    ``pandas`` extra: ``pip install kzref[pandas]``.
    """
    _check_kind(kind, TABLES)
    try:
        import pandas as pd
    except ImportError as error:
        raise MissingDependencyError(
            "kzref.to_frame needs pandas: pip install 'kzref[pandas]'"
        ) from error
    from kzref.exports import columns, flatten, table_model, table_records

    data = _data(dataset)
    records = table_records(kind, data)
    model = table_model(kind)
    header = columns(model)
    rows = [flatten(record, header, encode=False) for record in records]
    frame = pd.DataFrame(rows, columns=header)
    for column in header:
        vocabulary = _vocabulary(model, column)
        if vocabulary:
            frame[column] = pd.Categorical(frame[column], categories=vocabulary)
    if "date.edtf" in frame:
        dates = [getattr(record, "date", None) for record in records]
        at = header.index("date.qualifier") + 1
        frame.insert(at, "date.earliest", pd.to_datetime([_day(d, "lower") for d in dates]))
        frame.insert(at + 1, "date.latest", pd.to_datetime([_day(d, "upper") for d in dates]))
    if kind in KINDS:
        frame.index = pd.Index(frame["id"].to_list())
    return frame


def _day(date: FuzzyDate | None, end: Literal["lower", "upper"]) -> dt.date | None:
    """One end of *date*, or None where there is no date or the interval is open."""
    if date is None:
        return None
    day: dt.date = getattr(date, end)
    return None if day in (dt.date.min, dt.date.max) else day


def _vocabulary(model: type[BaseModel], column: str) -> list[str]:
    """The allowed values of a flattened column whose field is a ``Literal``, else []."""
    annotation: object = model
    for part in column.split("."):
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        info = annotation.model_fields.get(part)
        if info is None:
            return []
        annotation = _unwrap(info.annotation)
    if get_origin(annotation) is Literal:
        return [str(value) for value in get_args(annotation)]
    return []


def _unwrap(annotation: object) -> object:
    """``X | None`` and ``Annotated[X, …]`` → ``X`` (else the annotation as it is)."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
            continue
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if get_origin(annotation) in (Union, UnionType) and len(args) == 1:
            annotation = args[0]
            continue
        return annotation


__all__ = [
    "DATED_KINDS",
    "TABLES",
    "DateRangeError",
    "Link",
    "MissingDependencyError",
    "SearchHit",
    "TimelineEntry",
    "UnknownKindError",
    "parse_bound",
    "related",
    "resolve",
    "search",
    "search_key",
    "suggest",
    "timeline",
    "to_frame",
]
