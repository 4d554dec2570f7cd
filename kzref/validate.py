"""Integrity checks over a whole data folder, beyond what each model checks.

Every id is well-formed, unique, in the ledger and resolvable; every reference
resolves; every evidence excerpt, attributed quote, date wording and figure
wording occurs verbatim in the named section of the source; no two entities of
one kind share a normalized name; every EDTF string passes the ``edtf`` package.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kzref import source
from kzref.errors import DataError, Problem
from kzref.model.dates import FuzzyDate, edtf_installed, validate_with_edtf
from kzref.model.entities import EntityBase
from kzref.model.evidence import Evidence, Quote
from kzref.model.figures import Figure
from kzref.model.ids import references, walk  # the reference walk lives beside IdCheck
from kzref.model.records import Relation
from kzref.names import normalize
from kzref.store import LEDGER, RECORDS, REDIRECTS, Dataset, _kind_order, build, bundled_root


def check_references(dataset: Dataset) -> Iterator[Problem]:
    """Every reference resolves to a current entity, and nothing points at itself."""
    known = dataset.entities
    for file, record_id, record in dataset.records():
        for field, target in references(record):
            if target in known:
                if isinstance(record, EntityBase) and target == record.id:
                    yield Problem(file, record_id, field, "an entity that refers to itself")
                continue
            try:
                current = dataset.resolve(target)
            except DataError:  # a redirect loop, reported by check_ledger
                current = target
            hint = f"; it now redirects to {current}" if current in known else ""
            yield Problem(file, record_id, field, f"reference to unknown id {target!r}{hint}")
        if isinstance(record, Relation) and record.subject == record.object:
            yield Problem(file, record_id, "object", "a relation to itself")


def check_ledger(dataset: Dataset) -> Iterator[Problem]:
    """Ids are issued once and resolve for ever."""
    ledger = set(dataset.ledger)
    for entity_id in dataset.entities:
        if entity_id not in ledger:
            yield Problem(LEDGER, entity_id, "", "id is not in the ledger; add it")
    yield from check_permanence(dataset)


def check_permanence(dataset: Dataset) -> Iterator[Problem]:
    """Every id ever released still resolves: redirects lead to an entity, without loops.

    The part of :func:`check_ledger` that a documentation build enforces (a new id not
    yet in the ledger is work in progress; a released id that stops resolving is a
    broken link for everyone who cited it).
    """
    for old, new in dataset.redirects.items():
        if old in dataset.entities:
            yield Problem(REDIRECTS, old, "", "a redirected id is still an entity")
        try:
            current = dataset.resolve(old)
        except ValueError:
            yield Problem(REDIRECTS, old, "", "redirect loop")
            continue
        if current not in dataset.entities:
            yield Problem(REDIRECTS, old, "", f"redirects to missing id {new!r}")
    for entity_id in dataset.ledger:
        if entity_id not in dataset.entities and entity_id not in dataset.redirects:
            yield Problem(
                LEDGER,
                entity_id,
                "",
                "a released id no longer resolves; restore the record or add a redirect "
                f"from it to its successor in {REDIRECTS}",
            )


def check_names(dataset: Dataset) -> Iterator[Problem]:
    """No two entities of one kind share a normalized name or alias."""
    seen: dict[tuple[str, str], str] = {}
    for entity in dataset.entities.values():
        own: set[str] = set()
        for name in [entity.name, *entity.aliases]:
            key = normalize(name)
            if key in own:
                yield Problem(
                    dataset.origin[entity.id],
                    entity.id,
                    "aliases",
                    f"{name!r} repeats another name of the same entity",
                )
            own.add(key)
            other = seen.setdefault((entity.kind, key), entity.id)
            if other != entity.id:
                yield Problem(
                    dataset.origin[entity.id],
                    entity.id,
                    "aliases",
                    f"{name!r} is also a name of {other}",
                )


def check_evidence(dataset: Dataset, sections: dict[str, source.Section]) -> Iterator[Problem]:
    """Every excerpt, quote, date and figure wording occurs verbatim in the source."""
    full_text = "\n".join(s.body for s in sections.values())
    for file, record_id, record in dataset.records():
        for field, value in walk(record):
            if isinstance(value, Evidence | Quote):
                excerpt = value.quote if isinstance(value, Evidence) else value.text
                section = sections.get(value.section)
                if section is None:
                    yield Problem(file, record_id, field, f"unknown section {value.section!r}")
                elif excerpt not in section.body:
                    where = " (it is in another section)" if excerpt in full_text else ""
                    yield Problem(
                        file,
                        record_id,
                        field,
                        f"not verbatim in section {value.section!r}{where}: {excerpt!r}",
                    )
            elif isinstance(value, FuzzyDate | Figure) and value.text not in full_text:
                yield Problem(file, record_id, field, f"wording not in the source: {value.text!r}")


def check_dates(dataset: Dataset) -> Iterator[Problem]:
    """Every EDTF string is valid for the ``edtf`` package, not only for kzref's parser."""
    for file, record_id, record in dataset.records():
        for field, value in walk(record):
            if isinstance(value, FuzzyDate) and (error := _edtf_error(value.edtf)):
                yield Problem(file, record_id, field, error)


@functools.cache
def _edtf_error(edtf: str) -> str | None:
    """Why the ``edtf`` package rejects *edtf*, or None; cached, as its parser is slow."""
    try:
        validate_with_edtf(edtf)
    except ValueError as error:
        return str(error)
    return None


@dataclass(frozen=True, slots=True)
class EvidenceSource:
    """The text a data folder's evidence is checked against, and how to name it."""

    sections: dict[str, source.Section] | None
    """The text's sections; ``None`` where it could not be read (see :attr:`problem`)."""
    about: str
    """Which text it is, in words for the person running the check."""
    problem: Problem | None = None
    """Why evidence is not checked: one located problem instead of one per excerpt."""


def evidence_source(root: Path | Traversable | None) -> EvidenceSource:  # noqa: PLR0911  # one return per kind of source
    """What the evidence of the data folder *root* is checked against.

    A folder's own source wins: where its ``source.json`` names a ``file``, the
    excerpts must occur in that text (checked against the declared sha256).  A
    folder without ``source.json`` (or whose ``source.json`` gives the shipped
    article's fingerprint and no file) is checked against the article kzref ships,
    and :attr:`EvidenceSource.about` says so.  A declared text that is missing, or
    is not the one fingerprinted, is one "not checked" problem rather than a
    flood of excerpts "not in the source".  The shipped article itself missing
    (a wrong ``$KZREF_SOURCE``) raises :class:`~kzref.errors.SourceNotFoundError`.
    """
    shipped = f"kzref's article {source.TITLE!r} (sha256 {source.SHA256[:12]}…)"
    if root is None or not isinstance(root, Path) or _same(root, bundled_root()):
        return EvidenceSource(source.sections(), shipped)
    declared = root / source.SOURCE_FILE
    try:
        found = source.folder_source(root)
    except (OSError, ValueError) as error:  # not JSON, not an object, a file outside …
        return _not_checked("", f"{source.SOURCE_FILE} cannot be read ({error})")
    if found.text_path is None:
        if found.sha256 != source.SHA256:
            return _not_checked(
                "file",
                f"it names no 'file', and its sha256 {found.sha256[:12]}… is not the "
                "article kzref ships",
            )
        why = "its source.json names that article" if declared.is_file() else "no source.json"
        return EvidenceSource(source.sections(), f"{shipped}, as the folder has {why}")
    name = found.text_path.relative_to(root).as_posix()
    if not found.text_path.is_file():
        return _not_checked("file", f"the source text {name!r} it names is not in the folder")
    try:
        text = source.read_text(found.text_path, found.sha256)
    except ValueError:
        return _not_checked("sha256", f"{name!r} is not the text this sha256 fingerprints")
    except (OSError, UnicodeDecodeError) as error:
        return _not_checked("file", f"{name!r} cannot be read ({error})")
    title = found.title or "untitled"
    return EvidenceSource(
        source.split_sections(text), f"the folder's own source {title!r} ({name})"
    )


def _not_checked(field: str, why: str) -> EvidenceSource:
    """No evidence check, and the one problem that says why."""
    message = f"evidence not checked: {why}"
    return EvidenceSource(None, "nothing", Problem(source.SOURCE_FILE, "", field, message))


def _same(root: Path, other: Path | Traversable) -> bool:
    """Whether *root* is the folder *other* (the bundled data, read in place)."""
    return isinstance(other, Path) and root.resolve() == other.resolve()


def checked(
    root: Path | Traversable,
    evidence: EvidenceSource | None,
    *,
    edtf: bool = True,
) -> tuple[Dataset, list[Problem]]:
    """A data folder's dataset and every problem in it.

    The one check ``kzref validate`` and a documentation build both run.  The
    evidence checks run against *evidence* (see :func:`evidence_source`) when
    given.  *edtf* adds the cross-check of every date with the ``edtf`` package
    (kzref's own parser has read each one already): some 20 ms per distinct date,
    which a build leaves out.
    """
    dataset, found = build(root)
    dataset, unchecked = salvage(root, dataset, found)
    found += (p for p in check_references(dataset) if not _about(p, unchecked))
    found += _ledger_with_unchecked(dataset, unchecked)
    found += check_names(dataset)
    if edtf:
        found += check_dates(dataset)
    if evidence is not None and evidence.problem is not None:
        found.append(evidence.problem)
    elif evidence is not None and evidence.sections is not None:
        found += check_evidence(dataset, evidence.sections)
    return dataset, found


def salvage(  # noqa: PLR0912  # one branch per outcome of each record, in file order
    root: Path | Traversable, dataset: Dataset, found: list[Problem]
) -> tuple[Dataset, set[str]]:
    """Add the valid records of files that failed as a whole; say which ids went unread.

    The loader keeps a record file only if every record in it is valid; the
    checks that compare records with each other (references, the ledger,
    names) would then see every id of that file as gone, and report a flood
    of false problems while hiding real ones.  Here each record of such a
    file is validated on its own; the invalid ones are already reported, and
    their ids are "not checked" rather than missing.  If a file cannot be read at
    all, so are the released ids that no readable record defines.
    """
    from pydantic import TypeAdapter, ValidationError

    from kzref.model.entities import Entity
    from kzref.model.records import Designation, Relation
    from kzref.store import RECORDS

    kept = set(dataset.origin.values())
    failed = sorted({p.file for p in found if p.file.startswith(f"{RECORDS}/")} - kept)
    if not failed:
        return dataset, set()
    entities, origin = dict(dataset.entities), dict(dataset.origin)
    relations, designations = list(dataset.relations), list(dataset.designations)
    unchecked: set[str] = set()
    whole_file_lost = False
    adapters: dict[str, TypeAdapter[Any]] = {
        "entities": TypeAdapter(Entity),
        "relations": TypeAdapter(Relation),
        "designations": TypeAdapter(Designation),
    }
    for name in failed:
        reported = {p.record for p in found if p.file == name}
        raw = _raw_file(root, name) if "" not in reported else None
        if raw is None:  # the file as a whole could not be read (size, JSON …)
            whole_file_lost = True
            continue
        for key, adapter in adapters.items():
            items = raw.get(key, ())
            for index, item in enumerate(items if isinstance(items, list) else ()):
                record_id = item.get("id") if isinstance(item, dict) else None
                label = record_id if isinstance(record_id, str) and record_id else None
                if (label or f"{key}[{index}]") in reported:
                    if label:  # reported once already, by the loader
                        unchecked.add(label)
                    continue
                try:
                    record = adapter.validate_python(item, strict=True)
                except ValidationError:
                    if label:
                        unchecked.add(label)
                    continue
                if key == "entities":
                    if record.id in entities:
                        message = f"duplicate id (also in {origin[record.id]})"
                        duplicate = Problem(name, record.id, "id", message)
                        if duplicate not in found:
                            found.append(duplicate)
                    else:
                        entities[record.id], origin[record.id] = record, name
                elif key == "relations":
                    origin[f"relation#{len(relations)}"] = name
                    relations.append(record)
                elif key == "designations":
                    origin[f"designation#{len(designations)}"] = name
                    designations.append(record)
    ordered = dict(sorted(entities.items(), key=lambda item: _kind_order(item[1])))
    salvaged = Dataset(
        ordered, tuple(relations), tuple(designations), dataset.redirects, dataset.ledger, origin
    )
    if whole_file_lost:
        # which ids a file that is not even JSON held cannot be told: every released id
        # that no readable record defines (and no redirect retires) may be one of them
        unchecked |= {i for i in dataset.ledger if i not in dataset.redirects}
    return salvaged, unchecked - set(entities)


def _raw_file(root: Path | Traversable, name: str) -> dict[str, Any] | None:
    """The JSON object of a record file, or None if it is not one."""
    try:
        raw = json.loads(root.joinpath(*name.split("/")).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return raw if isinstance(raw, dict) else None


def _about(problem: Problem, unchecked: set[str]) -> bool:
    """Whether *problem* is a reference to a record that could not be read."""
    return any(repr(entity_id) in problem.message for entity_id in unchecked)


def _ledger_with_unchecked(dataset: Dataset, unchecked: set[str]) -> Iterator[Problem]:
    """The ledger checks; a released id whose record could not be read is "not checked"."""
    for problem in check_ledger(dataset):
        target = dataset.redirects.get(problem.record) if problem.file == REDIRECTS else None
        if (problem.record in unchecked and "no longer resolves" in problem.message) or (
            target is not None
            and "redirects to missing id" in problem.message
            and _resolves_into(dataset, target, unchecked)
        ):
            yield Problem(
                problem.file,
                problem.record,
                "",
                "not checked: its record could not be read (see the problem reported for it)"
                if problem.file != REDIRECTS
                else "not checked: it redirects to a record that could not be read",
            )
        else:
            yield problem


def _resolves_into(dataset: Dataset, entity_id: str, unchecked: set[str]) -> bool:
    """Whether following redirects from *entity_id* reaches a record that could not be read."""
    seen = set()
    while entity_id not in seen:
        if entity_id in unchecked:
            return True
        seen.add(entity_id)
        entity_id = dataset.redirects.get(entity_id, entity_id)
    return False


def problems(root: Path | None = None, *, with_source: bool = True) -> list[Problem]:
    """Every problem in a data folder (the bundled one by default).

    With *with_source*, evidence is checked against the folder's own source where
    its ``source.json`` names one, else against the shipped article (see
    ``evidence_source``).  Dates are cross-checked with the ``edtf`` package
    where it is installed (``kzref[edtf]``); kzref's own parser has checked every
    date either way.
    """
    evidence = evidence_source(root) if with_source else None
    folder = root if root is not None else bundled_root()
    return checked(folder, evidence, edtf=edtf_installed())[1]


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``kzref validate`` (and of ``python -m kzref.validate``)."""
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH")
    parser.add_argument(
        "--no-source", action="store_true", help="skip the checks that need the source article"
    )
    parser.add_argument(
        "--only", metavar="TEXT", help="report only problems in files whose name contains TEXT"
    )
    parser.add_argument(
        "--no-ledger", action="store_true", help="leave out problems of the ledger and redirects"
    )


def run(args: argparse.Namespace) -> int:
    """Print every problem of the folder in *args*; 1 if there is any (``kzref validate``)."""
    import sys

    folder: Path | None = args.path
    if folder is not None and not (folder / RECORDS).is_dir():
        raise ValueError(f"{folder} is not a kzref data folder (it has no {RECORDS}/)")
    evidence = None if args.no_source else evidence_source(folder)
    if evidence is not None and evidence.problem is None:
        print(f"kzref: evidence checked against {evidence.about}", file=sys.stderr)
    root = folder if folder is not None else bundled_root()
    found = checked(root, evidence, edtf=edtf_installed())[1]
    if args.only:
        found = [p for p in found if args.only in p.file]
    if args.no_ledger:
        found = [p for p in found if p.file not in (LEDGER, REDIRECTS)]
    if not edtf_installed():
        print(
            "kzref: dates checked by kzref's own parser only; for the cross-check with the"
            " edtf package: pip install 'kzref[edtf]'",
            file=sys.stderr,
        )
    if args.json:
        rows = [
            {"file": p.file, "record": p.record, "field": p.field, "message": p.message}
            for p in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for problem in found:
            print(problem)
        print(f"{len(found)} problem(s)")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    """``python -m kzref.validate [FOLDER] [--only TEXT] [--no-ledger] [--json]``.

    Kept for the commands people already type: the same options and the same
    report as ``kzref validate`` (:func:`run` is both).
    """
    import sys

    parser = argparse.ArgumentParser(prog="python -m kzref.validate")
    parser.add_argument("--json", action="store_true", help="print JSON for machines")
    add_options(parser)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except (ValueError, OSError) as error:
        print(f"kzref: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
