"""The extension's configuration, declared once: name, default, type, help.

``setup_config`` registers these with Sphinx, and the docs' configuration page
is generated from the same list by the ``kz:config`` directive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kzref.metadata import DEFAULT_BASE_URL

if TYPE_CHECKING:
    from sphinx.application import Sphinx


@dataclass(frozen=True, slots=True)
class Option:
    """One ``kzref_*`` configuration value."""

    name: str
    default: object
    types: tuple[type, ...]
    rebuild: Literal["env", "html", ""]
    help: str


OPTIONS: tuple[Option, ...] = (
    Option(
        "kzref_generate_pages",
        True,
        (bool,),
        "env",
        "Generate a page per entity, the indices, the timeline and the graph. "
        "Set to False in a project that only cites kzref (through intersphinx).",
    ),
    Option(
        "kzref_pages_dir",
        "kz",
        (str,),
        "env",
        "Folder, inside the source folder, that receives the generated pages. "
        "An entity's page is <dir>/<kind>/<slug>; add the folder to .gitignore.",
    ),
    Option(
        "kzref_data_path",
        "",
        (str,),
        "env",
        "A data folder to use instead of the bundled records (a folder with records/, "
        "ledger.txt and redirects.json), relative to the configuration directory.",
    ),
    Option(
        "kzref_base_url",
        DEFAULT_BASE_URL,
        (str,),
        "html",
        "Published address of the reference site, used for permalinks in 'cite this' blocks.",
    ),
    Option(
        "kzref_json",
        True,
        (bool,),
        "html",
        "Write kzref.json (the dataset and its JSON Schema) into the HTML output.",
    ),
)


def setup_config(app: Sphinx) -> None:
    """Register every option with Sphinx."""
    for option in OPTIONS:
        app.add_config_value(
            option.name, option.default, option.rebuild, option.types, description=option.help
        )
