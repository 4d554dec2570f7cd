"""The public lookup API: get, lookup, entities, and the typed constants."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kzref
from kzref.model import Organization
from kzref.organizations import HIZB_UT_TAHRIR


def test_get_returns_the_same_frozen_object() -> None:
    hut = kzref.get("org:hizb-ut-tahrir")
    assert hut is kzref.get("org:hizb-ut-tahrir") is HIZB_UT_TAHRIR
    assert isinstance(hut, Organization)
    with pytest.raises(ValueError, match="frozen"):
        hut.name = "changed"  # type: ignore[misc]


def test_unknown_id_suggests_close_matches() -> None:
    with pytest.raises(kzref.UnknownIdError) as caught:
        kzref.get("org:hizb-ut-tahir")
    assert isinstance(caught.value, LookupError)
    assert "org:hizb-ut-tahrir" in caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_get_with_default() -> None:
    assert kzref.get("org:no-such-thing", None) is None


@pytest.mark.parametrize(
    "name", ["HuT", "hut", "Hizb-ut-Tahrir", "HIZB UT TAHRIR", "Hizb ut-Tahrir al-Islami"]
)
def test_lookup_ignores_case_and_punctuation(name: str) -> None:
    assert kzref.lookup(name).id == "org:hizb-ut-tahrir"


def test_lookup_of_the_three_spellings_of_jcam() -> None:
    assert {kzref.lookup(n).id for n in ("JCAM", "JCMA", "JMCA")} == {
        "org:jamaat-of-central-asian-mujahedins"
    }


def test_lookup_unknown_name_raises() -> None:
    with pytest.raises(kzref.UnknownIdError):
        kzref.lookup("Nobody At All")


def test_entities_are_stable_and_filterable() -> None:
    every = list(kzref.entities())
    assert every == list(kzref.entities())
    assert len({e.id for e in every}) == len(every)
    orgs = list(kzref.entities("org"))
    assert orgs and all(e.kind == "org" for e in orgs)
    with pytest.raises(ValueError, match="unknown kind"):
        list(kzref.entities("planet"))  # type: ignore[arg-type]


def test_designations_of_one_organization() -> None:
    listed = kzref.designations("org:hizb-ut-tahrir")
    assert listed and all(d.subject == "org:hizb-ut-tahrir" for d in listed)


def test_source_and_versions() -> None:
    assert kzref.SOURCE.sha256 == "dafed0dea54a066e34b28cafb4ac3b49a8929e0d2d24f51ae91ddfaf17e2dbcc"
    assert kzref.SOURCE.license == "CC BY-SA 4.0"
    assert kzref.__version__
    assert kzref.DATASET_VERSION


def test_import_does_not_pull_sphinx() -> None:
    code = "import sys, kzref; kzref.get('org:hizb-ut-tahrir'); print('sphinx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_package_is_marked_typed() -> None:
    from importlib import resources

    assert (resources.files("kzref") / "py.typed").is_file()  # PEP 561: checkers read our types


ONE_AT_A_TIME = """
from kzref import get, store
ledger, redirects = store.read_ledger(store.bundled_root())
early = {i: store.bundled_entity(i) for i in ledger}
assert not store.dataset.cache_info().currsize, "one record loaded the whole dataset"
data = store.dataset()
for entity_id, entity in early.items():
    if entity is None:
        assert entity_id not in data.entities, entity_id
    else:
        assert data.entities[entity_id] is entity, entity_id
assert set(data.entities) == {i for i, e in early.items() if e is not None}
for old, new in redirects.items():  # retired ids are not in the files: the dataset resolves them
    assert get(old) is data.entities[data.resolve(new)], old
print(len(data.entities))
"""


def test_records_read_one_at_a_time_are_the_datasets_own() -> None:
    """``get`` before the dataset loads checks one record; the dataset then keeps that object."""
    out = subprocess.run(
        [sys.executable, "-c", ONE_AT_A_TIME], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == len(kzref.store.dataset().entities)


def test_every_kzref_error_has_one_base_and_a_standard_parent() -> None:
    from kzref import errors

    classes = [value for value in vars(errors).values() if isinstance(value, type)]
    raised_here = [c for c in classes if issubclass(c, Exception) and c is not errors.KzrefError]
    assert len(raised_here) >= 10
    for error in raised_here:
        assert issubclass(error, errors.KzrefError), error
        assert any(
            issubclass(error, parent) for parent in (LookupError, ValueError, ImportError, OSError)
        ), error


def test_old_homes_re_export_the_same_classes() -> None:
    from kzref import citation, errors, exports, query, registry, select, source

    assert query.UnknownKindError is errors.UnknownKindError
    assert query.DateRangeError is errors.DateRangeError
    assert registry.AmbiguousNameError is errors.AmbiguousNameError
    assert select.SelectionError is errors.SelectionError
    assert citation.UnknownStyleError is errors.UnknownStyleError
    assert exports.UnknownFormatError is errors.UnknownFormatError
    assert source.SourceNotFoundError is errors.SourceNotFoundError
    assert query.resolve is registry.resolve and query.suggest is registry.suggest


def test_an_unknown_kind_raises_the_same_error_everywhere() -> None:
    from kzref.errors import UnknownKindError
    from kzref.select import Selection

    with pytest.raises(UnknownKindError):
        list(kzref.entities("planet"))  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(UnknownKindError):
        kzref.search("x", kind="planet")  # type: ignore[arg-type]
    with pytest.raises(UnknownKindError):
        Selection(kinds=("planet",))  # type: ignore[arg-type]


def test_suggestions_match_ids_for_ids_and_names_for_names() -> None:
    from kzref.registry import suggest

    assert suggest("org:hizb-ut-tahir")[0] == "org:hizb-ut-tahrir"
    assert suggest("Hizb ut Tahrr")[0] == "org:hizb-ut-tahrir"
    assert suggest("zzzzqqqqxxxx") == []


def test_the_dataset_keeps_its_indexes() -> None:
    from kzref.names import names_of
    from kzref.store import dataset

    data = dataset()
    assert data.index(names_of) is data.index(names_of)
    assert "hizbuttahrir" in data.index(names_of)
