"""The data check a build runs before reading any page: ``kzref validate``'s.

Schema, ids, references, names, ledger and redirects always; evidence with
``kzref_check_evidence``, against the data folder's own source where its
``source.json`` names one, else against the shipped article where it is found
(:func:`kzref.validate.evidence_source`, as ``kzref validate`` does).  Only the
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
    from sphinx.util import logging

    from kzref.source import SourceNotFoundError
    from kzref.validate import checked, evidence_source

    folder = root if root is not None else bundled_root()
    evidence = None
    if config.kzref_check_evidence:
        try:
            evidence = evidence_source(root)
        except SourceNotFoundError:
            evidence = None  # the shipped article is checked where it is present
        else:
            logging.getLogger(__name__).info("kzref: evidence checked against %s", evidence.about)
    dataset, problems = checked(folder, evidence, edtf=False)
    if problems:
        advice = f"check with 'kzref validate {folder}'"
        if any(p.file == REDIRECTS or "released id" in p.message for p in problems):
            advice = REDIRECT_HOWTO.format(redirects=REDIRECTS, folder=folder) + "; " + advice
        raise problems_report(problems, advice)
    return dataset
