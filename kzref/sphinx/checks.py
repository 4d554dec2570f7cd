"""The data check a build runs before reading any page: ``kzref validate``'s.

Schema, ids, references, names, ledger and redirects always; evidence against
the article with ``kzref_check_evidence`` where the article is found.  Only the
cross-check of dates with the third-party ``edtf`` parser is left to ``kzref
validate`` (kzref's own parser has read every date; the package takes some
20 ms per distinct date, a quarter of a minute for a few thousand records).

Every problem is collected first and reported at once — file, record id and
field each — as kzref's own error (not Sphinx's crash report), so one run
shows everything to fix and a broken dataset never produces a site with
missing pages or dead permalinks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzref.sphinx.state import problems_report
from kzref.store import REDIRECTS, Dataset, bundled_root

if TYPE_CHECKING:
    from sphinx.config import Config

REDIRECT_HOWTO = (
    "an id that was ever released must keep resolving: restore the record, or retire the "
    'id by adding "<old id>": "<successor id>" to {redirects} in {folder} (the old URL then '
    "gets a page pointing to the successor)"
)


def check_build_data(root: Path | None, config: Config) -> Dataset:
    """The dataset in *root* (the bundled one if None), or one error listing every problem."""
    from kzref import source
    from kzref.validate import checked

    folder = root if root is not None else bundled_root()
    sections = None
    if config.kzref_check_evidence:
        try:
            sections = source.sections()
        except source.SourceNotFoundError:
            sections = None  # evidence is checked where the article is present
    dataset, problems = checked(folder, sections, edtf=False)
    if problems:
        advice = f"check with 'kzref validate {folder}'"
        if any(p.file == REDIRECTS or "released id" in p.message for p in problems):
            advice = REDIRECT_HOWTO.format(redirects=REDIRECTS, folder=folder) + "; " + advice
        raise problems_report(problems, advice)
    return dataset
