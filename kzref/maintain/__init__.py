"""Maintainer tasks for this repository's data, kept out of the public library.

Run after editing the records (see the "Edit records" how-to):

- ``python -m kzref.maintain.ledger`` issues new ids and stamps ``DATASET_VERSION``;
- ``python -m kzref.maintain.codegen`` regenerates the typed constants modules;
- ``python -m kzref.maintain.citation_cff`` keeps ``CITATION.cff`` in step;
- ``python -m kzref.maintain.codebook`` rewrites the codebook page;
- ``python -m kzref.maintain.coverage`` lists the sentences no evidence touches.

Each writes files of a source checkout; none is needed to use kzref.
"""
