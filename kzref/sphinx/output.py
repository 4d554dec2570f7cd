"""Write the dataset (``kzref.json``) and its JSON Schema into the HTML output.

``kzref.json`` is the same document as ``kzref export json``; its ``$schema``
points at ``kz/kzref.schema.json``, written beside it, so the site carries its
own machine-readable data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzref.exports import SCHEMA_PATH, render
from kzref.sphinx.state import build_data

if TYPE_CHECKING:
    from sphinx.application import Sphinx

FILENAME = "kzref.json"


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    """Write the dataset and its schema beside the HTML."""
    config = app.config
    if (
        exception
        or app.builder.format != "html"
        or not (config.kzref_json and config.kzref_generate_pages)
    ):
        return  # a project that only cites kzref does not republish its data
    dataset, base = build_data(app.env).dataset, app.config.kzref_base_url
    outdir = Path(app.outdir)
    [document] = render("json", dataset=dataset, base_url=base).values()
    [schema] = render("schema", dataset=dataset, base_url=base).values()
    (outdir / FILENAME).write_text(document, encoding="utf-8")
    (outdir / SCHEMA_PATH).parent.mkdir(parents=True, exist_ok=True)
    (outdir / SCHEMA_PATH).write_text(schema, encoding="utf-8")
