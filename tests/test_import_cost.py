"""What ``import kzref; kzref.get(id)`` loads: one record, one kind's model, nothing more.

The time itself is measured by ``nox -s bench`` (paired whole-process runs
against the pydantic floor); these tests keep the reasons it is small from
eroding: which modules a lookup imports, and that the one record it validates
is the very record the whole-dataset load makes.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from kzref.model import entities
from kzref.model.ids import KINDS
from kzref.model.kinds import KIND_INFO

FLOOR = "import pydantic\nclass M(pydantic.BaseModel):\n    a: int\nM(a=1)\n"
"""The pydantic floor of ``benchmarks.harness.IMPORT_CASES``."""

ONE_LOOKUP = {
    "kzref",
    "kzref._version",
    "kzref.bundle",
    "kzref.model",
    "kzref.model.entities",
    "kzref.model.evidence",
    "kzref.model.ids",
    "kzref.registry",
}
"""kzref's modules that any lookup by id needs, whatever the kind (plus the kind's model)."""


def _modules(code: str) -> set[str]:
    """The modules loaded after running *code* in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint(sorted(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    loaded: list[str] = ast.literal_eval(out.stdout.splitlines()[-1])
    return set(loaded)


def _an_id_of(kind: str) -> str:
    """A current id of *kind* from the ledger (the first, so the test does not pick one)."""
    from kzref import store

    data = store.dataset()
    return next(e.id for e in data.entities.values() if e.kind == kind)


@pytest.mark.parametrize("kind", KINDS)
def test_a_lookup_imports_nothing_beyond_pydantic_but_its_kinds_model(kind: str) -> None:
    entity_id = _an_id_of(kind)
    floor = _modules(FLOOR)
    lookup = _modules(f"import kzref\nkzref.get({entity_id!r})")
    model_module = entities.MODELS[kind][0]
    kzref_modules = {m for m in lookup if m == "kzref" or m.startswith("kzref.")}
    other_kinds = {module for k, (module, _) in entities.MODELS.items() if k != kind}
    assert not kzref_modules & other_kinds, "a lookup made the models of other kinds"
    assert kzref_modules >= ONE_LOOKUP | {model_module}
    if kind in ("org", "person", "place"):  # undated kinds need neither dates nor figures
        assert kzref_modules - ONE_LOOKUP - {model_module} <= {"kzref.model.vocabulary"}
    for heavy in ("kzref.store", "kzref.errors", "kzref.names", "json", "sphinx"):
        # json only where the floor does not load it (pydantic's plugin loader does on 3.13)
        assert heavy not in lookup - floor, f"a lookup imported {heavy}"
    beyond = lookup - kzref_modules - floor
    assert not beyond, f"a lookup imported more than the pydantic floor: {sorted(beyond)}"


ALL_AT_ONCE = """
import json
from kzref import bundle, store
from kzref.model.entities import model_of
ledger, _ = store.read_ledger(store.bundled_root())
one_by_one = {i: bundle.bundled_entity(i) for i in ledger}
assert bundle._whole is None, "reading single records loaded the dataset"
data, problems = store.build(store.bundled_root())  # the checked path, not the trusted one
assert not problems, problems
found = {i: e for i, e in one_by_one.items() if e is not None}
assert set(found) == set(data.entities), set(found) ^ set(data.entities)
for entity_id, entity in found.items():
    whole = data.entities[entity_id]
    assert type(entity) is type(whole) is model_of(whole.kind), entity_id
    assert entity == whole and entity.model_dump() == whole.model_dump(), entity_id
    assert entity.model_config["frozen"] and entity.model_config["extra"] == "forbid"
print(json.dumps(len(found)))
"""


def test_every_record_read_alone_equals_the_whole_datasets() -> None:
    """``get`` before the dataset loads gives, for every id, what the full load gives."""
    from kzref import store

    out = subprocess.run(
        [sys.executable, "-c", ALL_AT_ONCE], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == len(store.dataset().entities)


def test_every_kinds_model_is_one_class_under_every_name() -> None:
    import kzref
    import kzref.model

    assert tuple(entities.MODELS) == KINDS
    for kind in KINDS:
        model = entities.model_of(kind)
        name = KIND_INFO[kind].model
        assert entities.MODELS[kind] == (f"kzref.model.{name.lower()}", name)
        assert model is entities.MODEL_BY_KIND[kind] is getattr(entities, name)
        assert model is getattr(kzref.model, name) is getattr(kzref, name)
        assert model is not None and model.model_fields["kind"].default == kind
    assert entities.model_of("nothing") is None
    assert entities.model_of(None) is None
    assert set(dir(kzref.model)) >= {info.model for info in KIND_INFO.values()}
    assert {KIND_INFO[k].model for k in KINDS} <= set(dir(entities))


def test_the_union_picks_each_kinds_model() -> None:
    from pydantic import TypeAdapter

    from kzref import store

    union: TypeAdapter[entities.EntityBase] = TypeAdapter(entities.Entity)
    for kind in KINDS:
        record = next(e for e in store.dataset().entities.values() if e.kind == kind)
        again = union.validate_python(record.model_dump(), strict=False)
        assert type(again) is entities.model_of(kind) and again == record
