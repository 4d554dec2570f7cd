"""Differential test of incremental builds: random edits, incremental build == clean build.

The claim under test is general — *after any edit, an incremental build writes
the same site as a clean build of the same sources* — so it is checked the
way the project checks general claims: by generating edits, not by listing
them.  A small project (a copy of ``tests/fixtures/sphinx-data`` and a few
reStructuredText and MyST pages that use every role and selection directive)
is edited step by step; after each step the project is built incrementally,
and its output tree is compared byte for byte with a clean build of the same
sources (see :mod:`differential.harness` for exactly what is normalized).

Why a seeded generator, not hypothesis' stateful testing: one step costs two
Sphinx builds (about a second), and hypothesis' shrinker would replay whole
build sequences hundreds of times, and its health checks and deadlines are
built for steps of milliseconds.  A seed here names one reproducible sequence
(``python -m differential --seed 17`` replays it), the test suite runs a
fixed seed range, ``nox -s fuzz`` runs new seeds for as long as it is given,
and a failing sequence is shrunk by our own delta debugging
(:func:`differential.harness.shrink`), which replays only the candidate
subsequences that can still fail.  Edits are values that apply to any state
(a no-op when their target is gone), so any subsequence is a valid sequence;
every state is checked by ``kzref validate``'s own checks before it is built,
so the generator can be simple and still never builds invalid data by accident.

Modules: :mod:`~differential.project` (a project as plain data and its files),
:mod:`~differential.edits` (the edit families), :mod:`~differential.harness`
(building, comparing, shrinking), ``__main__`` (the ``nox -s fuzz`` runner).
"""

from __future__ import annotations
