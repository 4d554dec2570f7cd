"""The ``kzref`` command: every subcommand, human and JSON output, and user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzref.cli import build_parser, main

DATA = Path(__file__).parent / "data"
MINI = str(DATA / "mini")
HUT = "org:hizb-ut-tahrir"
COMMANDS = ("show", "search", "timeline", "related", "cite", "export", "validate", "ids")


@pytest.fixture(autouse=True)
def stamped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kzref.metadata.dataset_version", lambda: "2031.02.03.0")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "HuT", "--data", MINI)
    assert code == 0
    assert out.startswith(f"Hizb ut-Tahrir  ({HUT})")
    assert "kz/org/hizb-ut-tahrir.html" in out and "evidence:" in out
    code, out, _ = run(capsys, "show", HUT, "--json", "--data", MINI)
    record = json.loads(out)
    assert record["id"] == HUT and record["permalink"].endswith("kz/org/hizb-ut-tahrir.html")


def test_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "Oskemen", "--data", MINI)
    assert code == 0 and "place:oskemen" in out.splitlines()[0]
    code, out, _ = run(capsys, "search", "tahrir", "--kind", "org", "--json", "--data", MINI)
    assert [hit["id"] for hit in json.loads(out)] == [HUT]
    code, out, _ = run(capsys, "search", "zzzzqqqq", "--data", MINI)
    assert code == 0 and "nothing matches" in out


def test_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "timeline", "--involving", HUT, "--data", MINI)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("199X") and "~" in lines[0] and "[subject]" in lines[0]
    assert "2005-03-17   " in lines[3] and "~" not in lines[3]
    code, out, _ = run(
        capsys, "timeline", "--from", "2004", "--to", "2004", "--json", "--data", MINI
    )
    entries = json.loads(out)
    assert entries[0]["id"] == "event:2004-northern-hut-arrests"
    assert entries[0]["earliest"] == "2004-01-01" and entries[0]["latest"] == "2004-12-31"
    assert entries[0]["uncertain"] is True


def test_related(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "related", "org:taliban", "--data", MINI)
    assert code == 0 and out.strip().startswith("<- ties-with") and HUT in out
    code, out, _ = run(capsys, "related", HUT, "--json", "--data", MINI)
    assert {
        "direction": "out",
        "via": "relation",
        "relation": "ties-with",
        "other": "org:taliban",
        "other_name": "Taliban",
        "role": None,
        "certainty": "claimed",
    } in json.loads(out)


def test_related_prints_names_beside_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "related", HUT, "--data", MINI)
    assert code == 0
    assert any(line.endswith("org:taliban  Taliban  (claimed)") for line in out.splitlines())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from kzref import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kzref {__version__} (dataset 2031.02.03.0)"


def test_an_ambiguous_name_asks_for_a_kind(capsys: pytest.CaptureFixture[str]) -> None:
    name = "Human Rights Watch open letter to the CTC"  # an event and a document
    code, _, err = run(capsys, "show", name)
    assert code == 2
    assert "add --kind (document or event)" in err and "Traceback" not in err
    for command in ("show", "related", "cite"):
        code, out, _ = run(capsys, command, name, "--kind", "document")
        assert code == 0, command
    code, out, _ = run(capsys, "show", name, "--kind", "event", "--json")
    assert json.loads(out)["id"] == "event:hrw-open-letter-to-ctc"


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["timeline", "--type", "bombingz"], "--type"),
        (["cite", HUT, "--style", "mla"], "--style"),
        (["search", "x", "--kind", "planet"], "--kind"),
        (["show", "HuT", "--kind", "planet"], "--kind"),
    ],
)
def test_vocabulary_options_list_their_choices(
    capsys: pytest.CaptureFixture[str], argv: list[str], option: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: invalid choice" in err and "choose from" in err


@pytest.mark.parametrize("style", ["text", "bibtex", "biblatex", "csl-json", "ris"])
def test_cite(capsys: pytest.CaptureFixture[str], style: str) -> None:
    code, out, _ = run(capsys, "cite", HUT, "--style", style, "--data", MINI)
    assert code == 0 and "kz/org/hizb-ut-tahrir.html" in out
    code, out, _ = run(
        capsys,
        "cite",
        HUT,
        "--style",
        style,
        "--json",
        "--data",
        MINI,
        "--base-url",
        "https://ex.org/",
    )
    assert json.loads(out)["citation"].count("https://ex.org/kz/org/hizb-ut-tahrir.html") >= 1


def test_export_to_stdout_and_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "export", "jsonl", "--data", MINI)
    assert code == 0 and len(out.splitlines()) == 14
    target = tmp_path / "kzref.jsonld"
    code, out, err = run(capsys, "export", "jsonld", "-o", str(target), "--data", MINI)
    assert code == 0 and out == "" and "wrote jsonld" in err
    assert json.loads(target.read_text(encoding="utf-8"))["@graph"]
    code, out, _ = run(
        capsys, "export", "csv", "-o", str(tmp_path / "csv"), "--json", "--data", MINI
    )
    assert json.loads(out)["format"] == "csv" and (tmp_path / "csv" / "relations.csv").is_file()


def test_export_open_data_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "package"
    code, _, err = run(capsys, "export", "datapackage", "-o", str(target), "--data", MINI)
    assert code == 0 and "wrote datapackage" in err
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"].startswith("0+unstamped.")  # the folder's, not the bundled one
    code, _, err = run(capsys, "export", "datapackage", "-o", str(target), "--data", MINI)
    assert code == 2 and "not empty" in err and "--force" in err
    code, _, _ = run(capsys, "export", "datapackage", "-o", str(target), "--force", "--data", MINI)
    assert code == 0
    code, out, _ = run(capsys, "export", "ftm", "--data", MINI)
    assert code == 0 and all(json.loads(line)["schema"] for line in out.splitlines())
    code, _, err = run(capsys, "export", "sqlite", "--data", MINI)
    assert code == 2 and "give a file path" in err


def test_export_bad_format_and_missing_extra(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "export", "xlsx", "--data", MINI)
    assert code == 2 and err.count("\n") == 1
    for name in ("json", "csv", "datapackage", "sqlite", "parquet", "annotations", "ftm"):
        assert name in err
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, _, err = run(capsys, "export", "parquet", "-o", str(tmp_path / "p"), "--data", MINI)
    assert code == 2 and "pip install 'kzref[parquet]'" in err


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", MINI)
    assert code == 0 and out.strip() == "0 problem(s)"
    code, out, _ = run(capsys, "validate", str(DATA / "broken"), "--json")
    problems = json.loads(out)
    assert code == 1
    # one unreadable record hides none of its file's other problems
    assert [(p["record"], p["field"], p["message"]) for p in problems] == [
        ("person:no-summary", "summary", "Field required"),
        ("org:nowhere-group", "country", "reference to unknown id 'place:atlantis'"),
        ("org:nowhere-group", "", "id is not in the ledger; add it"),
        ("org:nowhere-group", "evidence[0]", "unknown section 'No such section'"),
    ]


def test_validate_without_the_edtf_extra_says_what_it_left_out(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(edtf: str) -> None:
        raise ModuleNotFoundError("No module named 'edtf'")

    monkeypatch.setattr("kzref.validate.validate_with_edtf", unavailable)
    monkeypatch.setattr("kzref.validate.edtf_installed", lambda: False)
    monkeypatch.setattr("kzref.model.dates.edtf_installed", lambda: False)
    code, out, err = run(capsys, "validate", MINI)
    assert code == 0 and out.strip() == "0 problem(s)"
    assert "pip install 'kzref[edtf]'" in err and "Traceback" not in err


def test_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ids", "--data", MINI)
    assert code == 0
    assert "org:hizbut-tahrir -> org:hizb-ut-tahrir  (retired)" in out.splitlines()
    code, out, _ = run(capsys, "ids", "--json", "--data", MINI)
    rows = json.loads(out)
    assert len(rows) == 13
    assert {"id": HUT, "status": "current", "redirect": None} in rows


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "org:hizb-ut-tahrr"], "did you mean org:hizb-ut-tahrir"),
        (["related", "org:nobody-at-all"], "no kzref entity"),
        (["cite", "org:nobody-at-all"], "no kzref entity"),
        (["timeline", "--from", "2005", "--to", "2004"], "ends (2004) before it starts (2005)"),
        (["timeline", "--from", "20x4"], "is not a date"),
        (["timeline", "--involving", "org:nobody-at-all"], "no kzref entity"),
        (["export", "xml"], "unknown export format 'xml'"),
        (["export", "json", "-o", "/nonexistent-dir/sub/out.json"], "cannot write"),
        (["export", "csv"], "give a folder path"),
        (["search", "x", "--limit", "0"], "limit must be at least 1"),
    ],
)
def test_user_errors_exit_2_without_traceback(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv, "--data", MINI)
    assert code == 2
    assert out == ""
    assert err.startswith("kzref: error:") and message in err
    assert "Traceback" not in err


def test_bad_data_folder_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "search", "x", "--data", str(DATA / "broken"))
    assert code == 2 and "the data does not load" in err and "kzref validate" in err
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 2 and "not a kzref data folder" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert caught.value.code == 0
    assert "example:" in out and f"kzref {command}" in out
    assert "--json" in out


def test_parser_knows_every_command() -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["frobnicate"])
    assert parser.parse_args(["ids"]).command == "ids"


def test_python_dash_m_kzref() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kzref", "cite", "HuT", "--style", "ris", "--data", MINI],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("TY  - DATA")
    unknown = subprocess.run(
        [sys.executable, "-m", "kzref", "show", "org:nope-nope", "--data", MINI],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


@pytest.mark.parametrize(
    "argv", [[], ["--json", "--no-ledger"], ["--only", "records"], ["no/such/folder"]]
)
def test_python_m_kzref_validate_is_kzref_validate(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    from kzref.validate import main as old_command

    assert run(capsys, "validate", *argv) == (old_command(argv), *capsys.readouterr())
