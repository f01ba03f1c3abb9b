"""A real spreadsheet program in the loop: LibreOffice re-saves the filled template,
``batch`` scores it, and LibreOffice opens the results workbook.

Runs where ``soffice`` is installed (e.g. ``apt-get install libreoffice-calc-nogui``)
and is skipped elsewhere:

    PYTHONPATH=src python3 -m pytest -q tests/test_batch_libreoffice.py
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest
from conftest import FULL_ANSWERS, questionnaire_data
from test_spreadsheet_support import FULL_ROW, sheet_rows
from typer.testing import CliRunner

from smartvillage.cli.app import app

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def soffice(tmp_path, source, fmt: str, outdir):
    """Convert ``source`` with LibreOffice (headless, its own profile); the result path."""
    profile = tmp_path / "lo-profile"
    outdir.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    extension = fmt.split(":", 1)[0]
    converted = outdir / f"{source.stem}.{extension}"
    assert converted.exists(), done.stdout + done.stderr
    return converted


def test_template_filled_and_saved_by_libreoffice_scores(tmp_path, criteria_dir):
    import openpyxl

    template = tmp_path / "ciemi.xlsx"
    assert (
        invoke(
            "template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-f", "xlsx", "-o", template
        ).exit_code
        == 0
    )
    book = openpyxl.load_workbook(template)
    sheet = book["Ciemi"]
    keys = [c.value for c in sheet[3]]
    rows = [
        {key: value for key, value in FULL_ROW.items() if key != "parish"},
        {
            "village": "=Šķēdes ciems",
            "assessor": "self — pašvērtējums",
            "date": "2024-06-01",
            "q_yes": "nē",
            "q_rubric": "1 — Maz",
            "q_num": 12,
        },
        {
            "village": "Ģipka",
            "assessor": "jury — žūrija",
            "date": dt.date(2024, 6, 2),
            "q_num": "daudz",
        },
    ]
    for r, values in enumerate(rows, start=4):
        for key, value in values.items():
            cell = sheet.cell(row=r, column=keys.index(key) + 1)
            cell.value = value
            if key == "village":
                cell.data_type = "s"  # typed text, as a user's '=... with a leading apostrophe
    book.save(template)
    saved = soffice(tmp_path, template, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo")

    out = tmp_path / "rezultati.xlsx"
    result = invoke("batch", saved, "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 1, result.output
    assert f"kļūda: {saved}: Ciemi!O6 (q_num): gaidīts skaitlis, saņemts 'daudz'" in result.stderr
    assert "nolasītas ciemu rindas: 3 (faili: 1); novērtētas: 2, noraidītas: 1" in result.stderr
    lines = [
        json.loads(x)
        for x in invoke(
            "batch", saved, "--criteria-dir", criteria_dir, "-f", "json"
        ).stdout.splitlines()
    ]
    from smartvillage import load_criteria, score
    from smartvillage.models.questionnaire import Questionnaire

    report = score(
        Questionnaire.model_validate(questionnaire_data(FULL_ANSWERS)),
        load_criteria("mini@1", [criteria_dir]),
    )
    first = lines[0]
    assert (first["row"], first["village"]["name"]) == (4, "Ābeļciems")
    assert first["summary"]["tier"] == report.summary.tier
    assert first["summary"]["percent"] == report.summary.percent
    assert first["assessment"]["date"] == "2024-05-14"
    assert (lines[1]["village"]["name"], lines[1]["row"]) == ("=Šķēdes ciems", 5)
    assert (lines[2]["status"], lines[2]["row"]) == ("rejected", 6)

    # LibreOffice opens the results workbook: it converts it without complaint, and the
    # village that starts with '=' is still text
    csv_out = soffice(tmp_path, out, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "c")
    text = csv_out.read_text(encoding="utf-8")
    assert "=Šķēdes ciems" in text and "Ābeļciems" in text
    reopened = soffice(tmp_path, out, "xlsx:Calc MS Excel 2007 XML", tmp_path / "x")
    rows_back = sheet_rows(reopened, "Kopsavilkums")
    assert [r[2] for r in rows_back[2:]] == ["Ābeļciems", "=Šķēdes ciems"]
    assert soffice(tmp_path, out, "ods", tmp_path / "o").stat().st_size > 0
