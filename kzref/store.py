"""Load, validate and index the records once.

Records are JSON files under ``kzref/data/records/`` (one per part of the
source), read with :mod:`importlib.resources` on first use and cached.  Any
other folder with the same layout can be loaded with :func:`load`, which is how
``kzref validate PATH`` and the benchmarks use edited or synthetic data.
A single bundled record, before the dataset is needed, is read by
:mod:`kzref.bundle`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from kzref import bundle

# RECORDS, bundled_entity and bundled_root are re-exported from their old home (PEP 484 idiom)
from kzref.bundle import RECORDS as RECORDS  # noqa: PLC0414
from kzref.bundle import bundled_entity as bundled_entity  # noqa: PLC0414
from kzref.bundle import bundled_root as bundled_root  # noqa: PLC0414
from kzref.bundle import record_files
from kzref.errors import DataError, Problem
from kzref.model.entities import EntityBase
from kzref.model.ids import ID_RE, KINDS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from kzref.model.records import Designation, RecordFile, Relation

T = TypeVar("T")
LEDGER = "ledger.txt"
REDIRECTS = "redirects.json"
MAX_FILE_BYTES = 32 * 1024 * 1024
"""A data file larger than this is refused unread (the largest bundled file is ~0.2 MB)."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Control characters and line breaks: no text field needs one, and a line break in a
name would end a line of generated reStructuredText or of ``objects.inv``."""


@dataclass(frozen=True, slots=True)
class Dataset:
    """Every record, indexed by id, in a stable order (kind, then id)."""

    entities: dict[str, EntityBase]
    relations: tuple[Relation, ...]
    designations: tuple[Designation, ...]
    redirects: dict[str, str]
    ledger: tuple[str, ...]
    origin: dict[str, str] = field(repr=False)
    """The data file each entity comes from, for error messages."""
    _indexes: dict[Callable[[Dataset], Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def index(self, build: Callable[[Dataset], T]) -> T:
        """What *build* makes of this dataset (a name index, the ties …), made once and kept.

        The dataset owns its indexes, so they live exactly as long as it does;
        *build* is a module-level function, which names the index.
        """
        try:
            built: T = self._indexes[build]
        except KeyError:
            built = self._indexes[build] = build(self)
        return built

    def records(self) -> Iterator[tuple[str, str, BaseModel]]:
        """Every record with its data file and a label that names it in messages."""
        for entity in self.entities.values():
            yield self.origin[entity.id], entity.id, entity
        for index, relation in enumerate(self.relations):
            label = f"relation {relation.subject} {relation.predicate} {relation.object}"
            yield self.origin[f"relation#{index}"], label, relation
        for index, designation in enumerate(self.designations):
            label = f"designation of {designation.subject} ({designation.action})"
            yield self.origin[f"designation#{index}"], label, designation

    def resolve(self, entity_id: str) -> str:
        """Follow redirects from *entity_id* to a current id (unchanged if none applies)."""
        seen = {entity_id}
        while entity_id in self.redirects:
            entity_id = self.redirects[entity_id]
            if entity_id in seen:
                raise DataError([Problem(REDIRECTS, entity_id, "", "redirect loop")])
            seen.add(entity_id)
        return entity_id


def _record_label(raw: Any, key: Any, index: Any) -> str:
    """The id of ``raw[key][index]``, or its position when it has no usable id."""
    try:
        record_id = raw[key][index].get("id")
    except (KeyError, IndexError, TypeError, AttributeError):
        record_id = None
    return record_id if isinstance(record_id, str) and record_id else f"{key}[{index}]"


def _located(file: str, error: ValidationError, raw: Any) -> list[Problem]:
    """Turn a pydantic error into problems that name the file, record id and field."""
    problems = []
    for item in error.errors():
        loc = list(item["loc"])
        record = ""
        if len(loc) >= 2 and isinstance(loc[1], int):
            record = _record_label(raw, loc[0], loc[1])
            loc = loc[2:]
            if loc and loc[0] in KINDS:  # the union's tag, not a field
                loc = loc[1:]
            if not loc and item["type"] in ("union_tag_invalid", "union_tag_not_found"):
                loc = ["kind"]  # the tag itself is what is wrong
            elif not loc and record and repr(record) in item["msg"]:
                loc = ["id"]  # a record-level check about the record's own id
        problems.append(Problem(file, record, ".".join(map(str, loc)), item["msg"]))
    return problems


class _Keys(dict[str, Any]):
    """A JSON object that remembers the keys it saw twice (JSON keeps only the last)."""

    repeated: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]], seen: list[str] | None = None) -> _Keys:
    found = _Keys(pairs)
    if len(found) != len(pairs):
        keys = [key for key, _ in pairs]
        found.repeated = tuple(k for i, k in enumerate(keys) if k in keys[:i])
        if seen is not None:
            seen.extend(found.repeated)
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_SUSPECT_TEXT = re.compile(
    r"\\[bfnrt]|\\u(?:00[0189][0-9a-f]|007f|202[89])|[\x7f-\x9f\u2028\u2029]", re.I
)


def _may_need_text_check(text: str, repeated: list[str]) -> bool:
    r"""Whether a parsed file could hold a control character or a repeated key.

    A control character can only reach a string through an escape (``\n``,
    ``\u0007``) or as a raw C1 or Unicode line-separator character; repeated keys
    were noted while parsing.  Most files need no walk at all.
    """
    return bool(repeated) or _SUSPECT_TEXT.search(text) is not None


def _text_problems(file: str, raw: Any) -> Iterator[Problem]:
    """Repeated keys and control characters anywhere in a parsed file, located by record."""

    def visit(value: Any, record: str, path: str) -> Iterator[Problem]:
        if isinstance(value, _Keys):
            for key in value.repeated:
                where = f"{path}.{key}" if path else key
                yield Problem(
                    file, record, where, f"key {key!r} appears twice; JSON would keep only the last"
                )
        if isinstance(value, dict):
            for key, item in value.items():
                yield from visit(item, record, f"{path}.{key}" if path else str(key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from visit(item, record, f"{path}[{index}]")
        elif isinstance(value, str) and (bad := _CONTROL.search(value)):
            yield Problem(
                file,
                record,
                path,
                f"control character U+{ord(bad.group()):04X} in text (text fields are one line)",
            )

    if not isinstance(raw, dict):
        yield from visit(raw, "", "")
        return
    for key in getattr(raw, "repeated", ()):
        yield Problem(file, "", key, f"key {key!r} appears twice; JSON would keep only the last")
    for key, value in raw.items():
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from visit(item, _record_label(raw, key, index), "")
        else:
            yield from visit(value, "", str(key))


def _too_large(size: int) -> str:
    return f"file too large ({size} bytes; the limit is {MAX_FILE_BYTES})"


def _size(path: Traversable) -> int | None:
    try:
        return path.stat().st_size if isinstance(path, Path) else None
    except OSError:
        return None


def read_files(
    root: Traversable, *, trusted: bool = False
) -> tuple[list[tuple[str, RecordFile]], list[Problem]]:
    """Parse and validate every record file; return what parsed and every problem.

    *trusted* files (the bundled data, which the test suite checks with the
    full path) are validated straight from their bytes by pydantic's core,
    skipping the checks for repeated keys and control characters that
    :mod:`json` needs a Python hook for; a file that fails still goes through
    the full path, for located problems.
    """
    from kzref.model.records import RecordFile  # not needed by a single lookup

    parsed: list[tuple[str, RecordFile]] = []
    problems: list[Problem] = []
    for name, path in sorted(record_files(root)):
        if trusted:
            try:
                parsed.append(
                    (name, RecordFile.model_validate_json(path.read_bytes(), strict=True))
                )
                continue
            except (ValidationError, OSError):
                pass
        record_file, found = _read_checked(name, path)
        problems += found
        if record_file is not None:
            parsed.append((name, record_file))
    return parsed, problems


def _read_checked(  # noqa: PLR0911  # one early return per check, in reading order
    name: str, path: Traversable
) -> tuple[RecordFile | None, list[Problem]]:
    """One record file, with every check: size, encoding, JSON, keys, text, the models."""
    from kzref.model.records import RecordFile

    found: list[Problem] = []
    size = _size(path)  # checked before reading, so a huge file is never loaded
    if size is not None and size > MAX_FILE_BYTES:
        return None, [*found, Problem(name, "", "", _too_large(size))]
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [*found, Problem(name, "", "", f"not UTF-8 (byte {error.start})")]
    except OSError as error:
        return None, [*found, Problem(name, "", "", f"cannot read: {error.strerror or error}")]
    if len(data) > MAX_FILE_BYTES:
        return None, [*found, Problem(name, "", "", _too_large(len(data)))]
    if not text.strip():
        return None, [*found, Problem(name, "", "", "empty file")]
    try:
        repeated: list[str] = []
        hook = functools.partial(_object, seen=repeated)
        raw = json.loads(text, object_pairs_hook=hook, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        return None, [
            *found,
            Problem(name, "", "", f"not JSON: {error.msg} at line {error.lineno}"),
        ]
    except ValueError as error:  # NaN, Infinity
        return None, [*found, Problem(name, "", "", f"not JSON: {error}")]
    except RecursionError:
        return None, [*found, Problem(name, "", "", "not JSON kzref reads: nested too deeply")]
    try:
        if _may_need_text_check(text, repeated):  # the walk is costly; most files pass
            found.extend(_text_problems(name, raw))
    except RecursionError:
        return None, [*found, Problem(name, "", "", "not JSON kzref reads: nested too deeply")]
    try:
        # strict: "47" is not silently read as the number 47
        return RecordFile.model_validate(raw, strict=True), found
    except ValidationError as error:
        found.extend(_located(name, error, raw))
    return None, found


def read_ledger(root: Traversable) -> tuple[tuple[str, ...], dict[str, str]]:
    """The ids ever issued, and the redirects from retired ids to current ones.

    Raises :class:`DataError` if either file cannot be read as a ledger.
    """
    ledger, redirects, problems = read_ledger_checked(root)
    if problems:
        raise DataError(problems)
    return ledger, redirects


def read_ledger_checked(
    root: Traversable,
) -> tuple[tuple[str, ...], dict[str, str], list[Problem]]:
    """Like :func:`read_ledger`, returning what is usable and every problem instead of raising."""
    ledger, problems = _read_ledger_file(root / LEDGER)
    redirects, more = _read_redirects(root / REDIRECTS)
    return ledger, redirects, problems + more


def _read_ledger_file(path: Traversable) -> tuple[tuple[str, ...], list[Problem]]:
    problems: list[Problem] = []
    ledger: dict[str, None] = {}
    if not path.is_file():
        return (), problems
    try:
        lines = path.read_bytes().decode("utf-8").splitlines()
    except UnicodeDecodeError as error:
        return (), [Problem(LEDGER, "", "", f"not UTF-8 (byte {error.start})")]
    for number, line in enumerate(lines, start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if not ID_RE.match(entry):
            message = f"line {number} is not an id of the form kind:slug"
            problems.append(Problem(LEDGER, entry, "", message))
        elif entry in ledger:
            problems.append(Problem(LEDGER, entry, "", f"line {number} repeats an id"))
        else:
            ledger[entry] = None
    return tuple(ledger), problems


def _read_redirects(path: Traversable) -> tuple[dict[str, str], list[Problem]]:
    if not path.is_file():
        return {}, []
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"), object_pairs_hook=_object)
    except UnicodeDecodeError as error:
        return {}, [Problem(REDIRECTS, "", "", f"not UTF-8 (byte {error.start})")]
    except json.JSONDecodeError as error:
        return {}, [Problem(REDIRECTS, "", "", f"not JSON: {error.msg} at line {error.lineno}")]
    if not isinstance(raw, dict):
        return {}, [Problem(REDIRECTS, "", "", "not a JSON object mapping old ids to new ids")]
    problems = [
        Problem(REDIRECTS, key, "", "redirected twice; JSON would keep only the last")
        for key in getattr(raw, "repeated", ())
    ]
    redirects: dict[str, str] = {}
    for old, new in raw.items():
        if isinstance(new, str) and ID_RE.match(old) and ID_RE.match(new):
            redirects[old] = new
        else:
            message = f"{old!r} → {new!r} is not a redirect from one id to another"
            problems.append(Problem(REDIRECTS, old, "", message))
    return redirects, problems


def _kind_order(entity: EntityBase) -> tuple[int, str]:
    return KINDS.index(entity.kind), entity.id


def build(
    root: Traversable | Path | str, *, trusted: bool = False
) -> tuple[Dataset, list[Problem]]:
    """Load a data folder; return the dataset of what is valid and every problem found."""
    if isinstance(root, str):
        root = Path(root)
    if isinstance(root, Path) and not (root / RECORDS).is_dir():
        return _empty(), [Problem(str(root), "", "", f"no {RECORDS}/ folder here")]
    files, problems = read_files(root, trusted=trusted)
    entities: dict[str, EntityBase] = {}
    origin: dict[str, str] = {}
    relations: list[Relation] = []
    designations: list[Designation] = []
    for name, record_file in files:
        for entity in record_file.entities:
            if entity.id in entities:
                problems.append(
                    Problem(name, entity.id, "id", f"duplicate id (also in {origin[entity.id]})")
                )
                continue
            entities[entity.id] = entity
            origin[entity.id] = name
        for relation in record_file.relations:
            origin[f"relation#{len(relations)}"] = name
            relations.append(relation)
        for designation in record_file.designations:
            origin[f"designation#{len(designations)}"] = name
            designations.append(designation)
    ledger, redirects, ledger_problems = read_ledger_checked(root)
    problems += ledger_problems
    ordered = dict((e.id, e) for e in sorted(entities.values(), key=_kind_order))
    dataset = Dataset(ordered, tuple(relations), tuple(designations), redirects, ledger, origin)
    return dataset, problems


def _empty() -> Dataset:
    return Dataset({}, (), (), {}, (), {})


def load(root: Traversable | Path | str | None = None) -> Dataset:
    """Load and validate a data folder (the bundled data by default); raise on any problem."""
    dataset, problems = build(root if root is not None else bundled_root())
    if problems:
        raise DataError(problems)
    return dataset


@functools.cache
def dataset() -> Dataset:
    """The bundled dataset, loaded once (trusted: the test suite checks it in full).

    Records already handed out by :func:`bundled_entity` are kept, so that each
    record is one object for the life of the process.
    """
    data, problems = build(bundled_root(), trusted=True)
    if problems:
        raise DataError(problems)
    bundle.adopt(data.entities)  # from now on the dataset answers
    return data
