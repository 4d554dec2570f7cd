"""The ``kzref`` command: a thin shell over the query, cite and export modules.

Every command prints for people by default and JSON with ``--json``; user
errors (an unknown id, a bad date, an unknown style) print one line on stderr
and exit with status 2, never a traceback.  ``--data FOLDER`` runs any command
on an edited or test data folder instead of the bundled records.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, get_args

from kzref import store
from kzref._version import __version__
from kzref.errors import AmbiguousNameError, DataError, UnknownIdError
from kzref.model.entities import EntityBase
from kzref.model.ids import KINDS, kind_of
from kzref.model.vocabulary import EventType
from kzref.store import Dataset
from kzref.validate import add_options as add_validate_options

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
USER_ERROR = 2
"""Exit status for bad input (argparse uses the same)."""

Handler = Callable[[argparse.Namespace], int]


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keep the examples in the epilog laid out as written."""


def _dataset(args: argparse.Namespace) -> Dataset:
    folder: Path | None = args.data
    return store.load(folder) if folder is not None else store.dataset()


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _entity(args: argparse.Namespace) -> EntityBase:
    """The record named by ``args.key`` (an id or a name), narrowed by ``--kind``."""
    from kzref.query import resolve

    return resolve(args.key, args.kind, dataset=_dataset(args))


def _date_text(entity: EntityBase, data: Dataset) -> str:
    from kzref.select import date_of

    date = date_of(entity, data)
    return f"{date.text} [{date.edtf}]" if date is not None else ""


def cmd_show(args: argparse.Namespace) -> int:
    """Print one record in full."""
    from kzref.metadata import permalink

    entity = _entity(args)
    url = permalink(entity.id)
    if args.json:
        _print_json({**entity.model_dump(mode="json"), "permalink": url})
        return 0
    print(f"{entity.name}  ({entity.id})")
    print(f"  {url}")
    for field, value in entity.model_dump(mode="json").items():
        if field in ("id", "kind", "name", "evidence", "notes") or value in (None, [], {}):
            continue
        shown = value
        if field == "date":
            shown = _date_text(entity, _dataset(args))
        elif isinstance(value, list | dict):
            shown = json.dumps(value, ensure_ascii=False)
        print(f"  {field}: {shown}")
    print("  evidence:")
    for item in entity.evidence:
        print(f"    [{item.section}] \u201c{item.quote}\u201d")
    for note in entity.notes:
        print(f"  note: {note.text}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the entities whose names resemble the text, best first."""
    from kzref.query import search

    hits = search(args.text, kind=args.kind, limit=args.limit, dataset=_dataset(args))
    if args.json:
        _print_json(
            [
                {"id": h.entity.id, "name": h.entity.name, "score": h.score, "matched": h.matched}
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(f"nothing matches {args.text!r}")
    for hit in hits:
        alias = f"  (as {hit.matched!r})" if hit.matched != hit.entity.name else ""
        print(f"{hit.score:6.1f}  {hit.entity.id}  {hit.entity.name}{alias}")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    """Print dated records in date order."""
    from kzref.query import timeline

    entries = timeline(
        args.start,
        args.end,
        involving=args.involving,
        kind=args.kind,
        event_type=args.event_type,
        strict=args.strict,
        dataset=_dataset(args),
    )
    if args.json:
        _print_json(
            [
                {
                    "id": e.entity.id,
                    "name": e.entity.name,
                    "edtf": e.date.edtf,
                    "date_text": e.date.text,
                    "earliest": e.lower.isoformat(),
                    "latest": e.upper.isoformat(),
                    "uncertain": e.uncertain,
                    "roles": list(e.roles),
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        print("no dated records match")
    width = max((len(e.date.edtf) for e in entries), default=0)
    for e in entries:
        mark = "~" if e.uncertain else " "
        roles = f"  [{', '.join(e.roles)}]" if e.roles else ""
        print(f"{e.date.edtf.ljust(width)} {mark} {e.entity.id}  {e.entity.name}{roles}")
    if any(e.uncertain for e in entries):
        print("(~ uncertain: placed by the earliest day the date can mean)")
    return 0


def cmd_related(args: argparse.Namespace) -> int:
    """Print every tie of an entity, both directions."""
    from kzref.query import related

    data = _dataset(args)
    links = related(_entity(args).id, dataset=data)

    def name(entity_id: str) -> str:
        other = data.entities.get(entity_id)
        return other.name if other is not None else ""

    if args.json:
        _print_json(
            [
                {
                    "direction": link.direction,
                    "via": link.via,
                    "relation": link.relation,
                    "other": link.other,
                    "other_name": name(link.other),
                    "role": link.role,
                    "certainty": link.certainty,
                }
                for link in links
            ]
        )
        return 0
    if not links:
        print("nothing is tied to it")
    for link in links:
        arrow = "->" if link.direction == "out" else "<-"
        extra = ", ".join(x for x in (link.role, link.certainty) if x)
        shown = f"{link.other}  {name(link.other)}".rstrip()
        print(f"{arrow} {link.relation:<28} {shown}" + (f"  ({extra})" if extra else ""))
    return 0


def cmd_cite(args: argparse.Namespace) -> int:
    """Print a citation of one record."""
    from kzref.citation import cite

    text = cite(_entity(args).id, args.style, dataset=_dataset(args), base_url=args.base_url)
    if args.json:
        _print_json({"style": args.style, "citation": text})
    else:
        sys.stdout.write(text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the dataset in one format, to a path or to standard output.

    With ``--data``, that folder's records are exported with its own version and
    source (its ``VERSION.json`` and ``source.json``), not the bundled ones.
    """
    from kzref.exports import export

    text = export(
        args.format, args.output, data=args.data, base_url=args.base_url, force=args.force
    )
    if text is not None:
        sys.stdout.write(text)
    elif args.json:
        _print_json({"format": args.format, "path": str(args.output)})
    else:
        print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a data folder (the bundled one by default); exit 1 if anything is wrong."""
    from kzref.validate import run

    return run(args)


def cmd_ids(args: argparse.Namespace) -> int:
    """List the id ledger: every id ever issued, and where retired ids now point."""
    data = _dataset(args)
    rows = []
    for entity_id in data.ledger:
        if entity_id in data.entities:
            rows.append({"id": entity_id, "status": "current", "redirect": None})
        elif entity_id in data.redirects:
            rows.append({"id": entity_id, "status": "retired", "redirect": data.resolve(entity_id)})
        else:
            rows.append({"id": entity_id, "status": "missing", "redirect": None})
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        target = f" -> {row['redirect']}" if row["redirect"] else ""
        status = "" if row["status"] == "current" else f"  ({row['status']})"
        print(f"{row['id']}{target}{status}")
    return 0


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON for machines")
    common.add_argument(
        "--data",
        type=Path,
        metavar="FOLDER",
        help="use this data folder instead of the bundled records",
    )
    return common


def _add(
    commands: Any, name: str, handler: Handler, help_text: str, example: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help_text,
        description=help_text,
        parents=[_common()],
        formatter_class=_Formatter,
        epilog=f"example:\n  {example}",
    )
    parser.set_defaults(handler=handler)
    return parser


def _one_of(values: Sequence[str]) -> str:
    return f"one of: {', '.join(values)}"


def _kind_option(parser: argparse.ArgumentParser) -> None:
    """``--kind``: which kind a name means where it names records of several kinds."""
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help=f"where a name fits several kinds, the one meant ({_one_of(KINDS)})",
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of ``kzref`` and every subcommand."""
    from kzref import metadata
    from kzref.citation import STYLES
    from kzref.exports import FORMATS
    from kzref.query import DATED_KINDS

    parser = argparse.ArgumentParser(
        prog="kzref",
        description="Query, cite and export kzref: terrorism in Kazakhstan as data.",
        formatter_class=_Formatter,
        epilog=(
            "example:\n  kzref search 'Hizb ut-Tahrir'\n"
            "  kzref cite org:hizb-ut-tahrir --style bibtex"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kzref {__version__} (dataset {metadata.dataset_version()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    show = _add(
        commands,
        "show",
        cmd_show,
        "show one record in full",
        "kzref show org:hizb-ut-tahrir   (or: kzref show HuT)",
    )
    show.add_argument("key", metavar="ID-OR-NAME")
    _kind_option(show)

    search = _add(
        commands,
        "search",
        cmd_search,
        "fuzzy search over names and aliases",
        "kzref search 'hizb tahrir' --kind org",
    )
    search.add_argument("text")
    search.add_argument("--kind", choices=KINDS, help=_one_of(KINDS))
    search.add_argument("--limit", type=int, default=10)

    timeline = _add(
        commands,
        "timeline",
        cmd_timeline,
        "dated records in date order",
        "kzref timeline --from 2004 --to 2005-06 --involving org:hizb-ut-tahrir",
    )
    timeline.add_argument(
        "--from", dest="start", metavar="DATE", help="EDTF date: 2004, 2004-03, 2004-03-28 …"
    )
    timeline.add_argument(
        "--to", dest="end", metavar="DATE", help="EDTF date; --to 2004 means to 31 December 2004"
    )
    timeline.add_argument("--involving", metavar="ID-OR-NAME")
    timeline.add_argument("--kind", choices=DATED_KINDS, help=_one_of(DATED_KINDS))
    timeline.add_argument(
        "--type",
        dest="event_type",
        choices=EVENT_TYPES,
        metavar="EVENT-TYPE",
        help=_one_of(EVENT_TYPES),
    )
    timeline.add_argument(
        "--strict", action="store_true", help="only records certainly inside the range"
    )

    related = _add(
        commands,
        "related",
        cmd_related,
        "everything tied to an entity",
        "kzref related org:hizb-ut-tahrir",
    )
    related.add_argument("key", metavar="ID-OR-NAME")
    _kind_option(related)

    cite = _add(
        commands,
        "cite",
        cmd_cite,
        "cite one record",
        "kzref cite org:hizb-ut-tahrir --style biblatex",
    )
    cite.add_argument("key", metavar="ID-OR-NAME")
    _kind_option(cite)
    styles = list(STYLES)
    cite.add_argument(
        "--style", default="text", choices=styles, metavar="STYLE", help=_one_of(styles)
    )
    cite.add_argument("--base-url", help="docs site the permalink points to")

    export = _add(
        commands,
        "export",
        cmd_export,
        "export the whole dataset",
        "kzref export datapackage -o kzref-data/   (folders: csv, datapackage, parquet)",
    )
    export.add_argument("format", help=f"one of {', '.join(FORMATS)}")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="file, or folder for csv, datapackage and parquet; standard output if omitted",
    )
    export.add_argument("--base-url", help="docs site the permalinks point to")
    export.add_argument(
        "--force", action="store_true", help="write into a folder that already holds files"
    )

    validate = _add(
        commands,
        "validate",
        cmd_validate,
        "check a data folder for problems",
        "kzref validate path/to/edited/data",
    )
    add_validate_options(validate)

    _add(commands, "ids", cmd_ids, "list the id ledger", "kzref ids --json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kzref``; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:  # `kzref ids | head`: the reader left; not an error
        sys.stderr.close()
        return 0
    except AmbiguousNameError as error:
        kinds = sorted({kind_of(candidate) for candidate in error.candidates})
        print(
            f"kzref: error: {error.name!r} names several records: {', '.join(error.candidates)};"
            f" add --kind ({' or '.join(kinds)}) or give an id",
            file=sys.stderr,
        )
        return USER_ERROR
    except UnknownIdError as error:
        print(f"kzref: error: {error}", file=sys.stderr)
        return USER_ERROR
    except DataError as error:
        print(f"kzref: error: the data does not load; {error}", file=sys.stderr)
        print("run 'kzref validate' for details", file=sys.stderr)
        return USER_ERROR
    except (LookupError, ValueError, OSError, ImportError) as error:
        print(f"kzref: error: {error}", file=sys.stderr)
        return USER_ERROR


__all__ = ["build_parser", "main"]
