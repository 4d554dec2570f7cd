"""Incremental builds equal clean builds after any edit (the differential test of issue 12).

A fixed range of seeds runs here (about a minute on two cores); ``nox -s fuzz``
runs new seeds for longer.  The harness, the edit families and what the
comparison normalizes are described in :mod:`differential`.  Every bug the
generator found has a named regression test below, each the shrunk edit
sequence that showed it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from differential import edits
from differential.edits import Edit
from differential.harness import Interrupt, Runner, Step, Tree, build, differences
from differential.project import MAIN_FILE, OTHER_FILE, initial

SUITE_SEEDS = range(6)
SUITE_LENGTH = 4
"""Six sequences of four edits: under a minute of CPU time on two cores."""

SUITE_EXCLUDED_FAMILIES: tuple[str, ...] = ()
"""Edit families left out of the suite's seed range (never out of ``nox -s fuzz``).

Empty: every family runs in the suite.  A family goes here only while a bug it
finds is known, reported in DIFFERENTIAL-FINDINGS.md and not yet fixed, with its
regression test still failing below.
"""


@pytest.fixture(scope="module")
def runner() -> Iterator[Runner]:
    made = Runner()
    yield made
    made.close()


@pytest.mark.parametrize("seed", SUITE_SEEDS)
def test_random_edits_build_like_a_clean_build(runner: Runner, seed: int) -> None:
    failure = runner.run_seed(seed, SUITE_LENGTH, without=SUITE_EXCLUDED_FAMILIES)
    assert failure is None, failure.report()


# ------------------------------------------------------------------ the generator


def test_every_field_of_every_kind_has_an_edit() -> None:
    from kzref.model.entities import MODEL_BY_KIND

    fields = {f for model in MODEL_BY_KIND.values() for f in model.model_fields}
    assert fields - {"id", "kind"} <= set(edits.FIELD_EDITS)


def test_every_config_option_has_an_edit() -> None:
    from kzref.sphinx.config import OPTIONS

    assert {option.name for option in OPTIONS} <= set(edits.CONFIG_VALUES)


def test_the_generator_reaches_every_family() -> None:
    """Sequences drawn (not built) from a few seeds use every family, every field, every option."""
    from kzref.model.entities import MODEL_BY_KIND

    drawn: set[str] = set()
    maker = Runner()
    try:
        for seed in range(40):
            drawn.update(step.edit.family for step in maker.sequence(seed, 30))
    finally:
        maker.close()
    expected = {
        f"field:{kind}.{field}"
        for kind, model in MODEL_BY_KIND.items()
        for field in model.model_fields
        if field not in ("id", "kind")
    }
    expected |= {f"config:{name}" for name in edits.CONFIG_VALUES}
    expected |= {
        "relation:add",
        "relation:remove",
        "relation:change",
        "relation:collide",
        "relation:change-twin",
        "designation:add",
        "designation:remove",
        "designation:change",
        "record:add",
        "record:retire",
        "record:restore",
        "record:move-file",
        "redirect:retarget",
        "ledger:comment",
        "page:add-rst",
        "page:add-myst",
        "page:remove",
        "page:replace",
        "page:add-page",
        "page:remove-page",
    }
    assert expected - drawn == set()


def test_plain_sphinx_forgets_search_entries_after_an_interrupted_write(tmp_path: Path) -> None:
    """Why ``searchindex.js`` is not compared after a build stopped while writing.

    Plain Sphinx, no kzref: a page written before the interrupt is not written
    (nor indexed) again, so the index misses it.  When this test fails, Sphinx
    has fixed it and the harness can compare the index in that case too.
    """

    def files(more: bool) -> dict[str, str]:
        out = {
            "conf.py": "extensions = []\n",
            "index.rst": "Index\n=====\n\n.. toctree::\n\n   a\n",
            "a.rst": "A\n=\n\ntext a\n",
        }
        if more:
            out["b.rst"] = ":orphan:\n\nStar B\n======\n\nwords b\n"
        return out

    tree = Tree(tmp_path / "incremental")
    tree.write(files(more=False))
    build(tree.root)
    tree.write(files(more=True))
    assert build(tree.root, 1, Interrupt("html-page-context", 1)).error == "interrupted"
    again = build(tree.root)
    clean = Tree(tmp_path / "clean")
    clean.write(files(more=True))
    reference = build(clean.root)
    assert differences(again, reference, search_index=False) == []
    assert [d.partition(":")[0] for d in differences(again, reference)] == ["searchindex.js"]


# ------------------------------------------------------------------ regressions
#
# Each is the shrunk sequence the generator found (see DIFFERENTIAL-FINDINGS.md).


def _edit(text: str, change: Any) -> Edit:
    return Edit(text.partition(" ")[0], text, change)


def _replays_cleanly(runner: Runner, *steps: Step) -> None:
    failure = runner.replay(list(steps))
    assert failure is None, failure.report()


def _relation(index: int) -> dict[str, Any]:
    relations: list[dict[str, Any]] = initial().records[MAIN_FILE]["relations"]
    return relations[index]


def test_a_new_base_url_reaches_every_permalink(runner: Runner) -> None:
    """``kzref_base_url`` is baked into the pages when they are read."""
    new = "https://kzref.example.net/v2/"
    _replays_cleanly(
        runner,
        Step(_edit(f"config kzref_base_url = {new!r}", edits.set_config("kzref_base_url", new))),
    )


def test_a_retargeted_redirect_reaches_roles_naming_the_old_id(runner: Runner) -> None:
    """``myst.md`` cites the retired ``org:alpha-group``; its redirect now leads elsewhere."""
    _replays_cleanly(
        runner,
        Step(
            _edit(
                "redirect org:alpha-group → org:gamma-network",
                edits.retarget("org:alpha-group", "org:gamma-network"),
            )
        ),
    )


def test_a_role_to_an_id_links_once_the_id_is_added(runner: Runner) -> None:
    """``index.rst`` names ``org:delta-cell`` before any record has it."""
    record = {
        "kind": "org",
        "id": "org:delta-cell",
        "name": "Delta Cell",
        "summary": "A record added after a page named it.",
        "evidence": [{"section": "Test", "quote": "Delta Cell"}],
        "org_type": "extremist-group",
    }
    _replays_cleanly(
        runner, Step(_edit("record org:delta-cell added", edits.add_entity(OTHER_FILE, record)))
    )


def test_an_edit_of_one_of_two_colliding_relations_reaches_every_page(runner: Runner) -> None:
    """Two relations with the same ends, predicate and certainty; the second one changes."""
    ties = _relation(0)  # gamma ties-with alpha, claimed, asserted by dana
    twin = {**ties, "evidence": [{"section": "Test", "quote": "a second passage"}]}
    changed = {**twin, "asserted_by": ["org:beta-court"]}
    _replays_cleanly(
        runner,
        Step(_edit("relation twin added", edits.add_record("relations", MAIN_FILE, twin))),
        Step(
            _edit(
                "relation twin asserted by org:beta-court",
                edits.replace_record("relations", twin, changed),
            )
        ),
    )


def test_a_table_follows_a_place_its_events_gain(runner: Runner) -> None:
    """A table of places shows none at first; an event gains a place, then it is renamed."""
    table = "```{kz:table}\n:kind: event\n:from: 2005\n:columns: name,places\n```"
    _replays_cleanly(
        runner,
        Step(
            _edit(
                "page myst.md gains a kz:table of event places",
                edits.append_block("myst.md", table),
            )
        ),
        Step(
            _edit(
                "field event:2006-ban.places = [place:testland]",
                edits.set_field("event:2006-ban", "places", ["place:testland"]),
            )
        ),
        Step(
            _edit(
                "field place:testland renamed",
                edits.set_field("place:testland", "name", "Testland Renamed"),
            )
        ),
    )


def test_a_build_stopped_while_writing_leaves_the_next_build_correct(runner: Runner) -> None:
    """A summary edit; the build is stopped at its first page write; then built again."""
    summary = "A fictional network, reworded before an interrupted build."
    _replays_cleanly(
        runner,
        Step(
            _edit(
                "field org:gamma-network.summary",
                edits.set_field("org:gamma-network", "summary", summary),
            ),
            interrupt=Interrupt("html-page-context", 0),
        ),
    )


def test_a_new_pages_dir_leaves_no_stale_pages(runner: Runner) -> None:
    """The generated pages move to another folder; the old folder must not stay a second copy."""
    _replays_cleanly(
        runner,
        Step(_edit("config kzref_pages_dir = 'ref'", edits.set_config("kzref_pages_dir", "ref"))),
    )


PAGES_OFF = Step(
    _edit("config kzref_generate_pages = False", edits.set_config("kzref_generate_pages", False))
)


def test_turning_page_generation_off_leaves_no_generated_pages(runner: Runner) -> None:
    """Found on the rewrite (fuzz seed 1004): the generated pages stayed documents."""
    _replays_cleanly(
        runner,
        PAGES_OFF,
    )


def test_a_role_follows_its_entity_to_a_page_a_citing_project_adds(runner: Runner) -> None:
    """Found by fuzz seed 1024: where an entity is defined is read, like its name.

    With pages not generated, a user's ``kz:page`` defines the entity; ``myst.md``'s
    role to it, and every page's link to the index that now has an entry, follow.
    """
    _replays_cleanly(
        runner,
        PAGES_OFF,
        Step(
            _edit(
                "selections.rst: kz:page of org:alpha-front",
                edits.append_block("selections.rst", ".. kz:page:: org:alpha-front"),
            )
        ),
    )


def test_turning_kzref_json_off_removes_nothing_a_clean_build_keeps(runner: Runner) -> None:
    _replays_cleanly(
        runner, Step(_edit("config kzref_json = False", edits.set_config("kzref_json", False)))
    )


def test_data_moved_between_files_changes_no_page(runner: Runner) -> None:
    _replays_cleanly(
        runner,
        Step(
            _edit(
                "record org:gamma-network moved to records/more.json",
                edits.move_to_other_file("org:gamma-network"),
            )
        ),
    )


# ------------------------------------------------------- the table of re-read sets

REREAD_TABLE = Path(__file__).parents[1] / "docs" / "explanation" / "incremental-reread.txt"
"""Included by docs/explanation/incremental-testing.md; written by the test below."""
REGENERATE = "KZREF_REGENERATE"

_TWIN = {**_relation(0), "evidence": [{"section": "Test", "quote": "a second passage"}]}
_DELTA = {
    "kind": "org",
    "id": "org:delta-cell",
    "name": "Delta Cell",
    "summary": "A record added after a page named it.",
    "evidence": [{"section": "Test", "quote": "Delta Cell"}],
    "org_type": "extremist-group",
}
_DATE = {"edtf": "2007", "text": "2007"}
_ROLE = [{"ref": "org:gamma-network", "role": "suspect"}]
_NOTE = [
    {
        "text": "The source spells the name two ways.",
        "evidence": [{"section": "Test", "quote": "Alpha Front was banned"}],
    }
]
_FIGURE = {
    "measure": "killed",
    "value": 60,
    "unit": "people",
    "approximation": "about",
    "text": "about 60 people",
}
_QUOTE = {"speaker": "org:beta-court", "section": "Test", "text": "We have every reason."}
_DESIGNATION = initial().records[MAIN_FILE]["designations"][0]

REREAD_EDITS: tuple[tuple[str, Any], ...] = (
    (
        "summary of `org:gamma-network`",
        edits.set_field("org:gamma-network", "summary", "A reworded summary."),
    ),
    ("name of `org:gamma-network`", edits.set_field("org:gamma-network", "name", "Gamma Web")),
    (
        "alias added to `org:alpha-front`",
        edits.set_field("org:alpha-front", "aliases", ["AF", "The Front"]),
    ),
    ("tag added to `org:beta-court`", edits.set_field("org:beta-court", "tags", ["listed"])),
    ("date of `event:2006-ban` moved", edits.set_field("event:2006-ban", "date", _DATE)),
    (
        "participant role in `event:undated-raid`",
        edits.set_field("event:undated-raid", "participants", _ROLE),
    ),
    (
        "figure of `event:2004-test-bombing`",
        edits.set_field("event:2004-test-bombing", "figures", [_FIGURE]),
    ),
    (
        "quote speaker in `event:2005-03-17-ban-request`",
        edits.set_field("event:2005-03-17-ban-request", "quotes", [_QUOTE]),
    ),
    ("note added to `org:alpha-front`", edits.set_field("org:alpha-front", "notes", _NOTE)),
    (
        "relation twin (same ends, predicate, certainty) added",
        edits.add_record("relations", MAIN_FILE, _TWIN),
    ),
    ("relation removed", edits.replace_record("relations", _relation(0), None)),
    (
        "designation action changed",
        edits.replace_record("designations", _DESIGNATION, {**_DESIGNATION, "action": "approved"}),
    ),
    ("record `org:delta-cell` added (a page names it)", edits.add_entity(OTHER_FILE, _DELTA)),
    (
        "`org:gamma-network` retired into `org:beta-court`",
        edits.retire("org:gamma-network", "org:beta-court"),
    ),
    (
        "redirect `org:alpha-group` retargeted",
        edits.retarget("org:alpha-group", "org:gamma-network"),
    ),
    ("record moved to another data file", edits.move_to_other_file("org:gamma-network")),
    (
        "`kzref_base_url` changed",
        edits.set_config("kzref_base_url", "https://kzref.example.net/v2/"),
    ),
    ("`kzref_json` turned off", edits.set_config("kzref_json", False)),
    ("role added to a MyST page", edits.append_block("myst.md", "See {kz:ref}`org:beta-court`.")),
    (
        "`kz:table` added to an rst page",
        edits.append_block("selections.rst", ".. kz:table::\n   :kind: org"),
    ),
)
"""One named edit per family, each applied to the starting project on its own."""


def _docs(names: set[str], total: int) -> str:
    if not names:
        return "—"
    if len(names) == total:
        return f"all {total}"
    return ", ".join(f"`{n}`" for n in sorted(names))


def _changed_docs(
    before: dict[str, bytes], after: dict[str, bytes], docs: frozenset[str]
) -> set[str]:
    return {
        name.removesuffix(".html")
        for name in before.keys() | after.keys()
        if name.endswith(".html")
        and name.removesuffix(".html") in docs
        and before.get(name) != after.get(name)
    }


def test_the_table_of_reread_documents_is_current(tmp_path: Path) -> None:
    """Each edit's re-read and re-written documents, as documented (regenerate: KZREF_REGENERATE=1).

    Also checks, for every edit, that each page whose output changed was re-read or
    re-written, and that undoing the edit builds the starting output again.
    """
    import os

    start = initial()
    tree = Tree(tmp_path / "project")
    tree.write(start.files())
    base = build(tree.root)
    assert base.error is None
    total = len(base.docs)
    rows = [
        "| Edit | Re-read | Re-written only | Output changed |",
        "| --- | --- | --- | --- |",
    ]
    for label, change in REREAD_EDITS:
        state = start.copy()
        assert change(state), label
        tree.write(state.files())
        after = build(tree.root)
        assert after.error is None, after.error
        read = set(after.read)
        written = set(after.written) & after.docs
        changed = _changed_docs(base.files, after.files, after.docs)
        assert changed <= read | written, f"{label}: stale {changed - read - written}"
        rows.append(
            f"| {label} | {_docs(read, total)} | {_docs(written - read, total)} "
            f"| {_docs(changed, total)} |"
        )
        tree.write(start.files())
        undone = build(tree.root)
        assert differences(undone, base) == [], label
    text = (
        f"<!-- written by tests/test_sphinx_differential.py; {REGENERATE}=1 rewrites it -->\n"
        + "\n".join(rows)
        + "\n"
    )
    if os.environ.get(REGENERATE):
        REREAD_TABLE.write_text(text, encoding="utf-8")
    current = REREAD_TABLE.read_text(encoding="utf-8") if REREAD_TABLE.exists() else ""
    assert current == text, f"{REREAD_TABLE} is stale; run {REGENERATE}=1 pytest -k reread"
