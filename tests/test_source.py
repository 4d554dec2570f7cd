"""The shipped article: its fingerprint, its copy in ../shared, where it is read from, offsets."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kzref
from kzref import source

SHARED = Path(__file__).resolve().parents[2] / "shared" / "source" / source.FILENAME
SHIPPED = Path(kzref.__file__).parent / "data" / source.FILENAME


def test_the_shipped_article_hashes_to_the_fingerprint() -> None:
    assert hashlib.sha256(SHIPPED.read_bytes()).hexdigest() == kzref.SOURCE.sha256
    assert hashlib.sha256(source.shipped_path().read_bytes()).hexdigest() == kzref.SOURCE.sha256


@pytest.mark.skipif(not SHARED.is_file(), reason=f"no shared copy at {SHARED} to compare with")
def test_the_shipped_article_is_the_shared_copy_byte_for_byte() -> None:
    assert SHIPPED.read_bytes() == SHARED.read_bytes()


def test_the_shipped_article_carries_its_attribution() -> None:
    attribution = (SHIPPED.parent / "terrorism-in-kazakhstan.LICENSE.md").read_text("utf-8")
    for fact in (source.TITLE, source.PUBLISHER, source.LICENSE, source.LICENSE_URL, source.SHA256):
        assert fact in attribution


def test_the_article_is_read_from_the_package_without_the_env_var(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(source.ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)  # no ../shared anywhere near
    assert source.candidate_paths() == [source.shipped_path()]
    assert source.find_source() == source.shipped_path()
    assert source.read_text().startswith("= Terrorism in Kazakhstan =")


def test_the_env_var_overrides_and_is_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy = tmp_path / "article.txt"
    copy.write_bytes(SHIPPED.read_bytes())
    monkeypatch.setenv(source.ENV_VAR, str(copy))
    assert source.find_source() == copy
    monkeypatch.setenv(source.ENV_VAR, str(tmp_path))  # a folder holding the file name
    (tmp_path / source.FILENAME).write_bytes(SHIPPED.read_bytes())
    assert source.find_source() == tmp_path / source.FILENAME
    edited = tmp_path / "edited.txt"
    edited.write_bytes(SHIPPED.read_bytes().replace(b"Kazakhstan", b"Kazakstan", 1))
    monkeypatch.setenv(source.ENV_VAR, str(edited))
    with pytest.raises(ValueError, match="is not the kzref source"):
        source.read_text()


def test_a_missing_env_var_path_is_named_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.txt"
    monkeypatch.setenv(source.ENV_VAR, str(missing))
    with pytest.raises(source.SourceNotFoundError) as caught:
        source.find_source()
    message = str(caught.value)
    assert message.count(str(missing)) == 1 and source.ENV_VAR in message


def test_section_spans_are_the_section_bodies() -> None:
    text = source.read_text()
    spans = source.section_spans(text)
    sections = source.sections()
    assert list(spans) == list(sections)
    for path, (start, end) in spans.items():
        assert text[start:end] == sections[path].body


_LINE = st.text(alphabet=st.sampled_from("ab =\u00e9"), max_size=12).filter(
    lambda line: not line.startswith("=")
)


@given(
    st.lists(
        st.tuples(st.sampled_from(["Alpha", "Beta", "Gamma"]), st.lists(_LINE, max_size=4)),
        max_size=5,
    ),
    st.lists(_LINE, max_size=3),
)
def test_section_spans_match_split_sections_for_any_article(
    parts: list[tuple[str, list[str]]], lead: list[str]
) -> None:
    lines = ["= Title =", *lead]
    for index, (heading, body) in enumerate(parts):
        lines += [f"{'=' * (2 + index % 2)} {heading}{index} {'=' * (2 + index % 2)}", *body]
    text = "\n".join(lines) + "\n"
    sections = source.split_sections(text)
    spans = source.section_spans(text)
    assert list(spans) == list(sections)
    for path, (start, end) in spans.items():
        assert text[start:end] == sections[path].body


@given(
    st.text(alphabet="abc\u00e9 ", max_size=40),
    st.text(alphabet="abc\u00e9", min_size=1, max_size=3),
)
def test_locate_finds_the_first_occurrence_inside_the_span(body: str, excerpt: str) -> None:
    text = "zz\n" + body + "\nzz"
    span = (3, 3 + len(body))
    found = source.locate(text, span, excerpt)
    if excerpt not in body:
        assert found is None
        return
    assert found is not None
    start, end = found
    assert text[start:end] == excerpt
    assert start - 3 == body.index(excerpt)  # the first occurrence, and only inside the span


def test_a_folder_without_source_json_has_the_shipped_source(tmp_path: Path) -> None:
    found = source.folder_source(tmp_path)
    assert found.sha256 == source.SHA256 and found.text_path is None
    assert source.folder_text(found) == source.read_text()


def test_a_folder_can_describe_its_own_source(tmp_path: Path) -> None:
    text = "= Another =\n\nSome words.\n"
    (tmp_path / "other.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    (tmp_path / source.SOURCE_FILE).write_text(
        json.dumps({"title": "Another", "publisher": "Us", "sha256": digest, "file": "other.txt"}),
        encoding="utf-8",
    )
    found = source.folder_source(tmp_path)
    assert (found.title, found.publisher, found.sha256) == ("Another", "Us", digest)
    assert source.folder_text(found) == text
    (tmp_path / source.SOURCE_FILE).write_text(
        json.dumps({"sha256": digest, "file": "other.txt"}), encoding="utf-8"
    )
    unnamed = source.folder_source(tmp_path)  # another text is never credited as the article
    assert (unnamed.title, unnamed.publisher, unnamed.license) == ("", "", "")
    (tmp_path / source.SOURCE_FILE).write_text(
        json.dumps({"sha256": digest, "file": "../escape.txt"}), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="inside the folder"):
        source.folder_source(tmp_path)


def test_validate_runs_from_any_folder_against_the_shipped_article(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != source.ENV_VAR}
    done = subprocess.run(
        [sys.executable, "-m", "kzref", "validate"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "0 problem(s)", done.stderr
    assert done.returncode == 0
