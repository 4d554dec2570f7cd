"""Small SVG helpers shared by the pictures: escaping, text measure, colours, links.

Text is measured without a font file: an estimate per character class of a
sans-serif face, rounded up, so that labels laid out with it do not collide when
a browser draws them in any common system font.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Final

FONT: Final = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
TEXT: Final = "#1b1b1b"
"""Label colour: near-black, over 15:1 against white."""
MUTED: Final = "#4d4d4d"
"""Secondary text (axes, edge labels): 8.5:1 against white."""

KIND_STYLE: Final[dict[str, tuple[str, str]]] = {
    # kind: (fill, shape) — Okabe–Ito colours, told apart by colour-blind readers,
    # and a shape per kind so that colour is never the only cue
    "org": ("#0072B2", "circle"),
    "person": ("#D55E00", "square"),
    "place": ("#009E73", "triangle"),
    "event": ("#CC79A7", "diamond"),
    "agreement": ("#E69F00", "hexagon"),
    "document": ("#56B4E9", "page"),
}

_NARROW = frozenset("iljftrI.,;:!|'`()[] ")
_WIDE = frozenset("mwMW@%")


def escape(text: str) -> str:
    """*text* safe inside SVG text and double-quoted attributes."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def text_width(text: str, size: float) -> float:
    """A generous estimate of *text*'s width in px at font size *size*."""
    em = 0.0
    for char in text:
        if char in _NARROW:
            em += 0.32
        elif char in _WIDE:
            em += 0.9
        elif char.isupper():
            em += 0.7
        elif char.isdigit():
            em += 0.58
        else:
            em += 0.56
    return em * size


def wrap(text: str, width: float, size: float, max_lines: int = 2) -> list[str]:
    """*text* broken at spaces into at most *max_lines* lines no wider than *width*.

    A word or a last line that does not fit is cut and ends in "…"; the full text
    goes in the element's ``<title>``.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    fitted = []
    for line in lines:
        cut = line
        if text_width(cut, size) > width:
            # cut at a word boundary where one fits, so that what is visible is a
            # prefix of the accessible name (the full name, in aria-label)
            while cut and text_width(cut + " …", size) > width:
                cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]
            cut = cut.rstrip() + " …"
        fitted.append(cut)
    return fitted or [""]


def number(value: float) -> str:
    """A coordinate with one decimal at most: short output, same bytes every run."""
    rounded = round(value, 1)
    if rounded == 0:
        rounded = 0.0  # never "-0"
    return f"{rounded:.1f}".removesuffix(".0")


def url_for(href: Callable[[str], str | None] | Mapping[str, str]) -> Callable[[str], str | None]:
    """One calling convention for the caller's id → URL mapping or function."""
    if callable(href):
        return href
    return href.get


def short_hash(parts: Iterable[str]) -> str:
    """A stable 8-character id for element ids, from the picture's content."""
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return digest[:8]


def shape(kind: str, x: float, y: float, r: float, fill: str) -> str:
    """The marker of an entity of *kind* centred on (x, y), about *r* in radius."""
    stroke = f'class="kz-mark" fill="{fill}" stroke="{TEXT}" stroke-width="1.5"'
    form = KIND_STYLE.get(kind, ("", "circle"))[1]
    if form == "square":
        s = r * 0.9
        return (
            f'<rect x="{number(x - s)}" y="{number(y - s)}" width="{number(2 * s)}" '
            f'height="{number(2 * s)}" rx="2" {stroke}/>'
        )
    if form == "page":
        return (
            f'<rect x="{number(x - r * 0.75)}" y="{number(y - r)}" width="{number(1.5 * r)}" '
            f'height="{number(2 * r)}" rx="1" {stroke}/>'
        )
    points: list[tuple[float, float]] = []
    if form == "triangle":
        points = [(x, y - r * 1.1), (x + r * 1.05, y + r * 0.8), (x - r * 1.05, y + r * 0.8)]
    elif form == "diamond":
        points = [(x, y - r * 1.15), (x + r * 1.15, y), (x, y + r * 1.15), (x - r * 1.15, y)]
    elif form == "hexagon":
        h = r * 0.87
        points = [(x - r, y), (x - r / 2, y - h), (x + r / 2, y - h)]
        points += [(x + r, y), (x + r / 2, y + h), (x - r / 2, y + h)]
    if points:
        joined = " ".join(f"{number(px)},{number(py)}" for px, py in points)
        return f'<polygon points="{joined}" {stroke}/>'
    return f'<circle cx="{number(x)}" cy="{number(y)}" r="{number(r)}" {stroke}/>'
