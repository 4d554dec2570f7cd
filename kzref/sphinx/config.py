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
    from sphinx.config import Config


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
        "env",
        "Published address of the reference site, used for permalinks in 'cite this' blocks "
        "(baked into each entity page when it is read: a change re-reads every page).",
    ),
    Option(
        "kzref_check_evidence",
        False,
        (bool,),
        "",  # a check run at every build start; nothing it decides is in the output
        "Also check, before reading any page, that every evidence excerpt, quote, date and "
        "figure wording occurs in the source text: the one the data folder's source.json "
        "names, else kzref's article (see 'kzref validate'). The other checks of 'kzref "
        "validate' always run.",
    ),
    Option(
        "kzref_json",
        True,
        (bool,),
        "html",
        "Write kzref.json (the dataset and its JSON Schema) into the HTML output.",
    ),
)


def check_types(app: Sphinx, config: Config) -> None:
    """Refuse a ``kzref_*`` value of the wrong type, in one line naming option, type and value.

    Sphinx itself only warns, and the build then fails later with a traceback
    far from the cause (a path joined with a number, a URL that is a list).
    """
    from sphinx.errors import ConfigError

    for option in OPTIONS:
        value = getattr(config, option.name)
        if not isinstance(value, option.types) or (
            isinstance(value, bool) and bool not in option.types
        ):
            expected = " or ".join(t.__name__ for t in option.types)
            raise ConfigError(
                f"{option.name} must be a {expected}, not {value!r} ({type(value).__name__})"
            )


def setup_config(app: Sphinx) -> None:
    """Register every option with Sphinx, and check the values given in conf.py."""
    for option in OPTIONS:
        app.add_config_value(
            option.name, option.default, option.rebuild, option.types, description=option.help
        )
    app.connect("config-inited", check_types, priority=50)
