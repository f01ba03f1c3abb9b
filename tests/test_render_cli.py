"""``score --format md|html|xlsx|csv`` and several ``--output`` files, through the CLI."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from conftest import EXAMPLES, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.render.base import OutputFormat

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def village(tmp_path):
    return write_yaml(tmp_path / "ciems.yaml", questionnaire_data())


def test_one_run_writes_every_format_by_extension(tmp_path):
    outs = {ext: tmp_path / f"report.{ext}" for ext in ("md", "html", "xlsx", "csv", "json", "txt")}
    result = invoke(
        "score",
        EXAMPLES / "veverupe.yaml",
        "--lang",
        "en",
        *[x for path in outs.values() for x in ("-o", path)],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    for path in outs.values():
        assert f"wrote {path}" in result.stderr
    assert (
        outs["md"]
        .read_text(encoding="utf-8")
        .startswith("# Smart Village self-assessment report: Vēverupe\n")
    )
    assert outs["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert outs["xlsx"].read_bytes()[:2] == b"PK"
    rows = list(csv.DictReader(io.StringIO(outs["csv"].read_text(encoding="utf-8-sig"))))
    assert len(rows) == 29 and rows[0]["village"] == "Vēverupe"
    report = json.loads(outs["json"].read_text(encoding="utf-8"))
    assert report["next_tier_path"]["tier"] == "sign"
    assert report["evidence"]["missing"] == ["vc3.needs_assessment"]
    assert "Tier: On the way to SMART VILLAGE 2024" in outs["txt"].read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("md", "# Viedā ciema pašnovērtējuma pārskats: Ābeļciems\n"),
        ("html", '<!DOCTYPE html>\n<html lang="lv">'),
        ("csv", "\ufeffvillage;assessor;assessment_date;"),
    ],
)
def test_text_formats_go_to_stdout(village, criteria_dir, fmt, start):
    result = invoke("score", village, "--criteria-dir", criteria_dir, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(start)


def test_xlsx_to_a_pipe_is_bytes(village, criteria_dir):
    result = invoke("score", village, "--criteria-dir", criteria_dir, "-f", "xlsx")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes[:2] == b"PK"


def test_binary_never_goes_to_a_terminal(monkeypatch, capsys):
    from smartvillage.cli.score import write_outputs

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    import typer

    with pytest.raises(typer.Exit) as exc:
        write_outputs([(None, OutputFormat.xlsx)], lambda *a: b"PK", inputs=())
    assert exc.value.exit_code == 2
    assert "xlsx ir binārs formāts, un standarta izvade ir terminālis" in capsys.readouterr().err


def test_format_and_extension_must_agree(village, criteria_dir, tmp_path):
    result = invoke(
        "score", village, "--criteria-dir", criteria_dir, "-f", "json", "-o", tmp_path / "x.html"
    )
    assert result.exit_code == 2
    assert "paplašinājums nozīmē formātu html, bet --format ir json" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_format_applies_to_unknown_extensions(village, criteria_dir, tmp_path):
    out = tmp_path / "report.out"
    result = invoke(
        "score",
        village,
        "--criteria-dir",
        criteria_dir,
        "-f",
        "md",
        "-o",
        out,
        "-o",
        tmp_path / "r.json",
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]


def test_the_same_output_twice_is_refused(village, criteria_dir, tmp_path):
    out = tmp_path / "a.md"
    result = invoke("score", village, "--criteria-dir", criteria_dir, "-o", out, "-o", out)
    assert result.exit_code == 2
    assert "norādīts vairāk nekā vienreiz" in result.stderr


def test_nothing_is_written_when_one_output_cannot_be(village, criteria_dir, tmp_path):
    good = tmp_path / "a.md"
    result = invoke(
        "score",
        village,
        "--criteria-dir",
        criteria_dir,
        "-o",
        good,
        "-o",
        tmp_path / "missing" / "b.html",
    )
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert not good.exists()


def test_output_onto_the_input_is_refused_for_any_format(village, criteria_dir):
    before = village.read_bytes()
    result = invoke("score", village, "--criteria-dir", criteria_dir, "-f", "md", "-o", village)
    assert result.exit_code == 2
    assert "refusing to write the output onto an input file" in result.stderr
    assert village.read_bytes() == before


def test_fail_under_still_applies_with_outputs(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data({"q_yes": "yes"}))
    out = tmp_path / "r.html"
    result = invoke("score", path, "--criteria-dir", criteria_dir, "-o", out, "--fail-under", "mid")
    assert result.exit_code == 1
    assert out.is_file()


def test_several_outputs_are_all_or_nothing(tmp_path):
    """When one output cannot be written (here the file-size limit), none is left behind."""
    import os
    import resource
    import signal
    import subprocess
    import sys

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))

    small, large = tmp_path / "report.md", tmp_path / "report.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smartvillage",
            "score",
            str(EXAMPLES / "jaunpuni.yaml"),
            "-o",
            str(small),
            "-o",
            str(large),
        ],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=60,
        env=dict(os.environ, SMARTVILLAGE_NO_CACHE="1"),
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert not small.exists() and not large.exists()
    assert not list(tmp_path.glob(".*.tmp"))
