"""The site's search: an entity's page first for its name or an alias, each page once.

Entities are found by their page (its title and text), not as Sphinx
objects: the domain gives them search priority -1 (``objects.inv`` still lists
them; only the search index leaves them out), for two reasons:

- Sphinx 9 escapes object names when it writes the index
  (``sphinx/search/__init__.py``, ``IndexBuilder.get_objects``:
  ``html.escape(dispname)``) and ``searchtools.js`` escapes them again when it
  shows a result (``_displayItem``: ``linkEl.innerHTML = _escapeHTML(title)``),
  so "Akromiya's" showed as "Akromiya&#x27;s" (the history of the escaping is
  https://github.com/sphinx-doc/sphinx/issues/2019 and
  https://github.com/sphinx-doc/sphinx/pull/2347); page titles are stored as
  plain text and shown right.
- An entity was listed twice, as an object and by its page's title, and the
  object ranked below any page whose title had the word.

The ranking is ``kz-search.js``'s ``Scorer.score``, which Sphinx's search
calls for every result: a page whose entity's name or alias is the query goes
first, then entities whose name contains it (shorter names first), then
everything else in Sphinx's order.  It reads the names from
``_static/kz-search-names.js``, written with the search page.

Indexing is also made cheaper: Sphinx memoizes its stemmer per page
(``IndexBuilder.feed`` wraps ``lang.stem`` in a fresh ``functools.cache``),
so the same words are stemmed again on every page; :func:`share_stems` keeps
one cache for the whole build.  Any Sphinx project could do the same; the
benchmarks' ``plain+freeze`` baseline does (``benchmarks/freeze_ext.py``).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzref.sphinx.state import build_data

if TYPE_CHECKING:
    from sphinx.application import Sphinx

NAMES_FILE = "kz-search-names.js"


def share_stems(app: Sphinx, doctree: Any, docname: str) -> None:
    """Stem each word once per build, not once per page (the stemmer is a pure function)."""
    language = getattr(getattr(app.builder, "indexer", None), "lang", None)
    stem = getattr(language, "stem", None)
    if stem is not None and not hasattr(stem, "cache_info"):
        language.stem = functools.lru_cache(maxsize=2**16)(stem)  # type: ignore[union-attr]


def on_html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """On the search page only: the entity names, then the scorer that reads them.

    Written into the page's head (``metatags``) rather than with ``add_js_file``,
    which would add them to the builder's list of every page from then on.
    """
    if pagename != "search" or not app.env.domaindata["kz"]["objects"]:
        return
    _write_names(app)
    pathto = context["pathto"]
    scripts = "".join(
        f'<script src="{pathto(f"_static/{name}", 1)}"></script>\n'
        for name in (NAMES_FILE, "kz-search.js")
    )
    context["metatags"] = context.get("metatags", "") + scripts


def _write_names(app: Sphinx) -> None:
    """``window.KZ_SEARCH_NAMES``: each entity page's document name → its name and aliases."""
    entities = build_data(app.env).dataset.entities
    names: dict[str, list[str]] = {}
    for entity_id, (docname, _anchor) in sorted(app.env.domaindata["kz"]["objects"].items()):
        entity = entities.get(entity_id)
        if entity is not None:
            names.setdefault(docname, []).extend([entity.name, *entity.aliases])
    text = json.dumps(names, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    folder = Path(app.outdir) / "_static"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NAMES_FILE).write_text(f"window.KZ_SEARCH_NAMES = {text};\n", encoding="utf-8")
