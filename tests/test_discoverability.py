"""What a user sees at the prompt: ``dir``, ``help``, signatures and reprs."""

from __future__ import annotations

import inspect
import pydoc

import kzref


def test_dir_lists_the_public_api_lazy_names_included() -> None:
    listed = dir(kzref)
    assert listed == sorted(kzref.__all__)
    for name in ("search", "timeline", "related", "cite", "export", "to_frame", "Organization"):
        assert name in listed
    for private in ("Any", "TYPE_CHECKING", "annotations"):
        assert private not in listed
    for name in listed:  # every listed name resolves
        getattr(kzref, name)


def test_help_documents_the_lazy_api() -> None:
    text = pydoc.plain(pydoc.render_doc(kzref))
    for name in ("search", "timeline", "related", "to_frame", "cite", "export"):
        assert f"{name}(" in text
    for private in ("TYPE_CHECKING = ", "Any = ", "annotations = "):
        assert private not in text


def test_get_shows_what_happens_without_a_default() -> None:
    signature = str(inspect.signature(kzref.get))
    assert "object at 0x" not in signature
    assert "<raise UnknownIdError>" in signature


def test_reprs_are_compact() -> None:
    hut = kzref.get("org:hizb-ut-tahrir")
    assert repr(hut) == "Organization(id='org:hizb-ut-tahrir', name='Hizb ut-Tahrir')"
    for entity in kzref.entities():  # every record, of every kind, names itself briefly
        assert repr(entity) == f"{type(entity).__name__}(id={entity.id!r}, name={entity.name!r})"
    for relation in kzref.relations():
        assert repr(relation).startswith(f"Relation(subject={relation.subject!r}, predicate=")
        assert len(repr(relation)) < 200
    for designation in kzref.designations():
        assert len(repr(designation)) < 250
    for link in kzref.related("org:hizb-ut-tahrir"):
        assert "record=" not in repr(link) and len(repr(link)) < 250
