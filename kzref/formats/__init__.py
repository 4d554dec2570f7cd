"""The open-data formats: one module per format, each a pure function of a release.

Every module here has ``render(release) -> dict[str, bytes]`` (relative file
name → content) and, where the format is lossless, ``read(path) -> RecordFile``.
:mod:`kzref.exports` dispatches to them by name; nothing here is imported by
``import kzref``.  (No ``from __future__ import annotations`` here: it would
shadow the :mod:`kzref.formats.annotations` module.)
"""
