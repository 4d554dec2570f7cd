"""Sphinx configuration of kzref's own site, built with kzref's own extension."""

from __future__ import annotations

import kzref

project = "kzref"
author = "kzref developers"
copyright = "2026, kzref developers; data derived from Wikipedia (CC BY-SA 4.0)"
version = release = kzref.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.graphviz",
    "kzref.sphinx",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
html_theme = "furo"
html_title = f"kzref {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "none"  # pydantic field metadata does not render usefully
autodoc_typehints_format = "short"

# The build has no network: no intersphinx to remote sites. Types from other
# libraries are therefore not resolvable; ignore those references, and only those.
# fmt: off
_EXTERNAL_MODULES = (
    "pydantic", "pydantic_core", "annotated_types", "docutils", "sphinx", "datetime",
    "pathlib", "importlib", "collections", "typing", "enum", "dataclasses",
)
_EXTERNAL_NAMES = (
    "Any", "Path", "Traversable", "Iterator", "Iterable", "Sequence", "Callable", "TypeVar",
    "T", "E", "Literal", "ConfigDict", "BaseModel", "FieldInfo", "ValidationError",
    "LookupError", "ValueError", "ImportError", "FileNotFoundError", "StrEnum", "Enum",
    "date", "dt.date", "Node", "Element", "Sphinx", "BuildEnvironment",
)
# fmt: on
nitpick_ignore_regex = [
    ("py:.*", rf"({'|'.join(_EXTERNAL_MODULES)})\..*"),
    ("py:.*", rf"({'|'.join(_EXTERNAL_NAMES)})"),
]

kzref_base_url = "https://kzref.readthedocs.io/en/latest/"
# check every evidence excerpt against the article too, where the article is found
kzref_check_evidence = True
