"""Filter values from closed vocabularies, checked with a did-you-mean warning.

``:kind:`` takes the six kinds, ``:role:`` a participant role or the name of
a tie (a relation predicate, a designation, a reference field), ``:relation:``
(of ``kz:graph``) the same names, ``:tag:`` a
tag some record carries.  A value outside its vocabulary still filters (it
simply matches nothing), but warns ``kzref.bad_filter`` at the directive's
line, with the closest known values.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, get_args

from kzref.model.ids import KINDS
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from kzref.sphinx.view import View


@functools.cache
def tie_names() -> frozenset[str]:
    """Everything a ``:role:`` filter can match: roles, predicates, designations, fields."""
    from kzref.links import DESIGNATION_FIELDS
    from kzref.model.entities import MODEL_BY_KIND
    from kzref.model.ids import id_fields
    from kzref.model.vocabulary import DesignationAction, RelationType, Role

    names = set(get_args(Role)) | set(DESIGNATION_FIELDS)
    for predicate in get_args(RelationType):
        names |= {predicate, f"{predicate}.asserted_by", f"{predicate}.disputed_by"}
    names |= {f"designation.{action}" for action in get_args(DesignationAction)}
    for model in MODEL_BY_KIND.values():
        for name in id_fields(model):
            names |= {name, f"{name}.ref"}
            sub = model.model_fields[name].annotation
            for arg in get_args(sub) or (sub,):
                fields = getattr(arg, "model_fields", None)
                if fields:
                    names |= {f"{name}.{f}" for f in fields}
    return frozenset(names)


def _known(view: View, option: str) -> Iterable[str]:
    if option == "kind":
        return KINDS
    if option in ("role", "relation"):
        return tie_names()
    if option == "format":
        from kzref.exports import FORMATS

        return FORMATS
    return view.tags()


def check_words(view: View, option: str, values: Iterable[str], location: Any) -> None:
    """Warn for each value of *option* outside its vocabulary, suggesting close ones."""
    values = list(values)
    if not values or option == "kind":  # kinds are checked by the selection itself
        return
    known = set(_known(view, option))
    for value in values:
        if value in known:
            continue
        close = difflib.get_close_matches(value, sorted(known), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        what = "no record has the tag" if option == "tag" else f"unknown {option}"
        warn("kzref: :%s: %s %r%s", Subtype.bad_filter, location, option, what, value, hint)
