"""Two fixes of the HTML Sphinx and furo write, found by axe-core on kzref's pages.

- A toctree's caption is ``<p class="caption" role="heading">`` without the
  ``aria-level`` a heading role requires (axe ``aria-required-attr``, critical):
  Sphinx's ``HTML5Translator.visit_caption`` writes it, and furo copies it into
  its navigation tree.  Level 2: the captions head the sections of a navigation.
- A code block that scrolls sideways cannot be reached by keyboard unless it is
  focusable (axe ``scrollable-region-focusable``, serious): each ``<pre>`` of a
  highlighted block gets ``tabindex="0"``.

Applied to the page body and to furo's navigation tree as each page is written,
after the theme has filled them in (``html-page-context``, late priority).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

FIXES = (
    ('<p class="caption" role="heading">', '<p class="caption" role="heading" aria-level="2">'),
    ('<div class="highlight"><pre>', '<div class="highlight"><pre tabindex="0">'),
)
PARTS = ("body", "furo_navigation_tree")
"""The pieces of the page context that hold written HTML."""


def fix_markup(html: str) -> str:
    """*html* with the fixes above applied."""
    for old, new in FIXES:
        html = html.replace(old, new)
    return html


def on_html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Fix the page's body and navigation before the template writes them out."""
    for part in PARTS:
        value = context.get(part)
        if isinstance(value, str):
            context[part] = fix_markup(value)


def setup_accessibility(app: Sphinx) -> None:
    """Run after the theme's own handlers (furo builds its navigation tree in one)."""
    app.connect("html-page-context", on_html_page_context, priority=900)
