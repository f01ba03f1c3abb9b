"""``batch`` on ODK Central and KoboToolbox exports of the tool's XLSForm: the same tiers and
percents as ``score`` gives for the same villages, with no mapping."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from platform_exports import kobo_sheet_title, kobo_xlsx, load, odk_central_csv
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.io.criteria import load_criteria

runner = CliRunner()
SETS = {
    "viedais-ciems@2024": [
        "zilitkalni.yaml",
        "veverupe.yaml",
        "veverupe-2025.yaml",
        "veverupe-self.yaml",
        "jaunpuni.yaml",
        "priezulejas.json",
    ],
    "smart-rural-21@2022": ["sr21-vitolkrasts.yaml"],
    "eu-smart-villages@2019": ["eu-sunuplava.yaml"],
}


def score(name):
    result = runner.invoke(app, ["score", str(EXAMPLES / name), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def batch(*args):
    result = runner.invoke(app, ["batch", *map(str, args), "--format", "json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


def same_scores(lines, names):
    scored = [line for line in lines if line["status"] == "scored"]
    assert [line["village"]["name"] for line in scored] == [
        score(name)["village"]["name"] for name in names
    ]
    for line, name in zip(scored, names, strict=True):
        report = score(name)
        assert line["summary"]["tier"] == report["summary"]["tier"], name
        assert line["summary"]["percent_exact"] == report["summary"]["percent_exact"], name
        assert line["summary"]["counts"] == report["summary"]["counts"], name
        assert line["dimensions"] == {d["id"]: d["percent"] for d in report["dimensions"]}
        assert {k: v["percent"] for k, v in line["criteria_results"].items()} == {
            c["id"]: c["percent"] for c in report["criteria_results"]
        }


@pytest.mark.parametrize("ref", sorted(SETS))
def test_kobo_xlsx_export_scores_like_score(tmp_path, ref):
    criteria = load_criteria(ref)
    names = SETS[ref]
    path = kobo_xlsx(tmp_path / "kobo.xlsx", criteria, [load(EXAMPLES / n) for n in names])
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert lines[0]["sheet"] == kobo_sheet_title(criteria)
    assert lines[0]["row"] == 2
    assert "not in the form" not in result.stderr  # Kobo's own columns pass silently


@pytest.mark.parametrize("multi", ["split", "both"])
def test_kobo_select_multiple_split_into_columns_without_group_names(tmp_path, multi):
    names = SETS["viedais-ciems@2024"]
    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(
        tmp_path / "kobo.xlsx",
        criteria,
        [load(EXAMPLES / n) for n in names],
        groups=False,
        multi=multi,
    )
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)


def test_odk_central_csv_with_repeat_files_beside_it(tmp_path):
    names = SETS["viedais-ciems@2024"]
    criteria = load_criteria("viedais-ciems@2024")
    path = odk_central_csv(tmp_path, "viedais_ciems", criteria, [load(EXAMPLES / n) for n in names])
    assert path.read_bytes().startswith(b"\xef\xbb\xbfSubmissionDate,")
    assert (tmp_path / "viedais_ciems-vc2_joint_solutions.csv").exists()
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    # the folder: the repeat files are read with their main file, not as villages
    result, lines = batch(tmp_path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert "read together with its main file" in result.stderr


def test_a_bad_cell_in_an_export_names_file_sheet_row_and_column(tmp_path):
    import openpyxl

    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(
        tmp_path / "kobo.xlsx",
        criteria,
        [load(EXAMPLES / "zilitkalni.yaml"), load(EXAMPLES / "veverupe.yaml")],
    )
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("vision/vc1/vc1_residents_in_planning") + 1
    sheet.cell(3, column, "daudz")
    sheet.cell(1, len(header) + 1, "Papildu kolonna")
    book.save(path)
    result, lines = batch(path)
    assert result.exit_code == 1
    assert [line["status"] for line in lines] == ["scored", "rejected"]
    letter = openpyxl.utils.get_column_letter(column)
    sheet_name = kobo_sheet_title(criteria)
    assert (
        f"{path}: {sheet_name}!{letter}3 (vision/vc1/vc1_residents_in_planning): "
        "expected a number, got 'daudz'"
    ) in result.stderr
    assert result.stderr.count("Papildu kolonna") == 1


def test_an_export_without_a_criteria_column_needs_criteria(tmp_path):
    import openpyxl

    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(tmp_path / "kobo.xlsx", criteria, [load(EXAMPLES / "zilitkalni.yaml")])
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for cell in sheet[1]:
        if cell.value == "criteria":
            sheet.delete_cols(cell.column)
            break
    book.save(path)
    result, _ = batch(path)
    assert result.exit_code == 2
    assert "no criteria set named" in result.stderr
    result, lines = batch(path, "--criteria", "viedais-ciems@2024")
    assert result.exit_code == 0, result.stderr
    same_scores(lines, ["zilitkalni.yaml"])
