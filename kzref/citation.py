"""Cite one kzref record: permalinks and five citation styles.

A citation names the record, its permalink and the dataset version, and credits
the source article with its licence.  Dates are carried exactly as precise as
the data: an event dated "spring 2004" is never cited as 1 March 2004.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from typing import Any

from kzref import metadata
from kzref._version import __version__
from kzref.errors import UnknownStyleError as UnknownStyleError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase
from kzref.model.ids import kind_of, slug_of
from kzref.model.kinds import KIND_INFO
from kzref.select import own_date
from kzref.store import Dataset

BASE_URL_ENV = "KZREF_BASE_URL"
"""Environment variable that overrides :data:`kzref.metadata.DEFAULT_BASE_URL`."""
DATASET_TITLE = "kzref: Terrorism and counter-terrorism in Kazakhstan"
AUTHORS = ("kzref developers",)
"""Authors of the dataset, as in ``pyproject.toml``."""
UNVERSIONED = "unversioned"
"""Dataset version shown when ``kzref/data/VERSION.json`` has not been stamped yet."""
KIND_LABELS: dict[str, str] = {kind: info.label for kind, info in KIND_INFO.items()}
_VERSION_DATE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})(?:\.\d+)?$")


def resolve_base_url(override: str | None = None) -> str:
    """Return the docs base URL: *override*, ``$KZREF_BASE_URL`` or the default, ending in '/'."""
    base = override or os.environ.get(BASE_URL_ENV) or metadata.DEFAULT_BASE_URL
    return base if base.endswith("/") else base + "/"


def permalink(entity_id: str, base_url: str | None = None) -> str:
    """Return the page of *entity_id* on the reference site: ``{base}kz/{kind}/{slug}.html``.

    A pure function of the id and the base URL, so the Sphinx extension, the
    citations and the exports always agree.  Raises ``ValueError`` for a malformed id.
    """
    return f"{resolve_base_url(base_url)}kz/{kind_of(entity_id)}/{slug_of(entity_id)}.html"


def dataset_version() -> str:
    """Return the stamped dataset version, or ``"unversioned"`` before the first stamp."""
    try:
        return metadata.dataset_version()
    except FileNotFoundError:
        return UNVERSIONED


def version_date(version: str) -> dt.date | None:
    """Return the release day a dataset version ``YYYY.MM.DD.N`` encodes, if it is one."""
    match = _VERSION_DATE.match(version)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def source_credit() -> str:
    """Credit the source article and its licence in one sentence."""
    source = metadata.SOURCE
    return (
        f"Derived from the {source.publisher} article \u201c{source.title}\u201d "
        f"({source.license}, {source.license_url}; text sha256 {source.sha256})."
    )


def _entity(key: str, dataset: Dataset | None) -> EntityBase:
    from kzref.registry import resolve

    return resolve(key, dataset=dataset)


def _date_words(date: FuzzyDate | None) -> str:
    if date is None:
        return ""
    qualifier = f", {date.qualifier} part" if date.qualifier else ""
    return f"{date.text} (EDTF {date.edtf}{qualifier})"


def bib_escape(text: str) -> str:
    """Escape the characters that are special in BibTeX values."""
    out = text.replace("\\", r"\textbackslash{}")
    for char in "{}&%$#_":
        out = out.replace(char, "\\" + char)
    return out.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")


def _bib_key(entity: EntityBase) -> str:
    return f"kzref-{entity.id.replace(':', '-')}"


def _bib_entry(entry_type: str, key: str, fields: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def _title(entity: EntityBase) -> str:
    return f"{entity.name} ({KIND_LABELS[entity.kind]})"


def _common_note(entity: EntityBase, version: str) -> str:
    parts = [f"kzref record {entity.id}", f"dataset version {version}"]
    if words := _date_words(own_date(entity)):
        parts.append(f"dated {words}")
    return "; ".join(parts) + ". " + source_credit()


def _text(entity: EntityBase, url: str, version: str) -> str:
    date = own_date(entity)
    dated = f", dated {_date_words(date)}" if date else ""
    return (
        f"\u201c{entity.name}\u201d ({KIND_LABELS[entity.kind]}{dated}). "
        f"In {', '.join(AUTHORS)}, {DATASET_TITLE}, dataset version {version} "
        f"(kzref {__version__}). {url}. {source_credit()}\n"
    )


def _bibtex(entity: EntityBase, url: str, version: str) -> str:
    fields = [
        ("author", "{" + bib_escape(" and ".join(AUTHORS)) + "}"),
        ("title", "{" + bib_escape(_title(entity)) + "}"),
        ("howpublished", f"\\url{{{url}}}"),
        ("url", url),
        ("note", bib_escape(f"In {DATASET_TITLE}. " + _common_note(entity, version))),
    ]
    if released := version_date(version):
        fields.insert(3, ("year", str(released.year)))
    return _bib_entry("misc", _bib_key(entity), fields)


def _biblatex(entity: EntityBase, url: str, version: str) -> str:
    fields = [
        ("author", "{" + bib_escape(" and ".join(AUTHORS)) + "}"),
        ("title", "{" + bib_escape(_title(entity)) + "}"),
        ("maintitle", bib_escape(DATASET_TITLE)),
        ("version", bib_escape(version)),
        ("url", url),
        ("note", bib_escape(source_credit())),
    ]
    if released := version_date(version):
        fields.insert(4, ("date", released.isoformat()))
    date = own_date(entity)
    if date is not None:
        # biblatex reads EDTF level 1 in date fields (seasons, '?', 'X', intervals);
        # a qualifier such as "mid" has no code, so the whole period is kept.
        fields.append(("eventdate", date.edtf))
        fields.append(("eventtitleaddon", bib_escape(date.text)))
    return _bib_entry("dataset", _bib_key(entity), fields)


def csl_date(date: FuzzyDate) -> dict[str, Any]:
    """Express *date* in CSL-JSON saying no more than it does: parts, ranges, seasons, circa."""
    parts: list[list[int]]
    result: dict[str, Any] = {"raw": date.edtf}
    precision = date.precision
    lower, upper = date.lower, date.upper
    if precision == "day":
        parts = [[lower.year, lower.month, lower.day]]
    elif precision == "month":
        parts = [[lower.year, lower.month]]
    elif precision == "season":
        parts = [[lower.year]]
        result["season"] = int(date.edtf.rstrip("?~%")[5:7]) - 20
    elif precision == "year":
        parts = [[lower.year]]
    elif precision in ("decade", "century"):
        parts = [[lower.year], [upper.year]]
    else:  # an interval or a set: each end at its own precision, open ends stay open
        parts = [_end_parts(date.edtf, "start"), _end_parts(date.edtf, "end")]
        if not all(parts):
            parts = []
            result["literal"] = date.text
    if parts:
        result["date-parts"] = parts
    if date.edtf.endswith(("?", "~", "%")) or date.qualifier is not None:
        result["circa"] = True
    if date.qualifier is not None:
        result["literal"] = date.text
    return result


def _end_parts(edtf: str, end: str) -> list[int]:
    """Return the date parts of the first or last member of an interval or set; [] if open."""
    if "/" in edtf:
        start_text, _, end_text = edtf.partition("/")
        member = start_text if end == "start" else end_text
    else:
        members = edtf[1:-1].split(",")
        member = (members[0] if end == "start" else members[-1]).strip()
    if member in ("", ".."):
        return []
    lower, upper, precision = parse_bounds(member.strip("[]{}").replace("..", ""))
    day = lower if end == "start" else upper
    if precision == "day":
        return [day.year, day.month, day.day]
    if precision == "month":
        return [day.year, day.month]
    return [day.year]


def _csl(entity: EntityBase, url: str, version: str) -> str:
    item: dict[str, Any] = {
        "id": entity.id,
        "type": "dataset",
        "title": _title(entity),
        "container-title": DATASET_TITLE,
        "author": [{"literal": name} for name in AUTHORS],
        "version": version,
        "URL": url,
        "note": source_credit(),
    }
    if released := version_date(version):
        item["issued"] = {"date-parts": [[released.year, released.month, released.day]]}
    date = own_date(entity)
    if date is not None:
        item["event-date"] = csl_date(date)
    return json.dumps([item], indent=2, ensure_ascii=False) + "\n"


def _ris(entity: EntityBase, url: str, version: str) -> str:
    lines = [
        ("TY", "DATA"),
        *(("AU", name) for name in AUTHORS),
        ("TI", _title(entity)),
        ("T2", DATASET_TITLE),
        ("ET", version),
        ("UR", url),
        ("ID", entity.id),
        *(("KW", tag) for tag in entity.tags),
        ("N1", _common_note(entity, version)),
    ]
    if released := version_date(version):
        lines.insert(4, ("PY", str(released.year)))
        lines.insert(5, ("DA", released.strftime("%Y/%m/%d/")))
    return "".join(f"{tag}  - {value}\n" for tag, value in lines) + "ER  - \n"


STYLES: dict[str, Callable[[EntityBase, str, str], str]] = {
    "text": _text,
    "bibtex": _bibtex,
    "biblatex": _biblatex,
    "csl-json": _csl,
    "ris": _ris,
}
"""Citation styles by name; each takes the entity, its permalink and the dataset version."""


def cite(
    entity_id: str,
    style: str = "text",
    *,
    dataset: Dataset | None = None,
    base_url: str | None = None,
) -> str:
    """Cite one record in *style* (``text bibtex biblatex csl-json ris``).

    *entity_id* may also be a retired id or a name; raises
    :class:`~kzref.errors.UnknownIdError` (with suggestions) or :class:`UnknownStyleError`.
    """
    writer = STYLES.get(style)
    if writer is None:
        raise UnknownStyleError(style, STYLES)
    entity = _entity(entity_id, dataset)
    return writer(entity, permalink(entity.id, base_url), dataset_version())
