"""``template --format xlsx|csv``: what the workbook holds, and that a filled one scores."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import FULL_ANSWERS, questionnaire_data
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.models.questionnaire import Questionnaire

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def template(tmp_path, criteria_dir):
    out = tmp_path / "ciemi.xlsx"
    result = invoke(
        "template",
        "--criteria",
        "mini@1",
        "--criteria-dir",
        criteria_dir,
        "--format",
        "xlsx",
        "--output",
        out,
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == f"ierakstīts {out}\n"
    return out


def test_xlsx_template_sheets_header_and_metadata(template):
    import openpyxl

    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Norādījumi", "Ciemi", "Saraksti", "_meta"]
    assert book["Saraksti"].sheet_state == "hidden" and book["_meta"].sheet_state == "hidden"
    assert book.active.title == "Ciemi"
    sheet = book["Ciemi"]
    assert [sheet["A1"].value, sheet["B1"].value] == ["criteria", "mini@1"]
    keys = [c.value for c in sheet[3]]
    assert keys == [
        "village",
        "parish",
        "municipality",
        "region",
        "population",
        "contact_name",
        "contact_email",
        "contact_phone",
        "assessor",
        "assessor_name",
        "date",
        "q_yes",
        "q_yes evidence",
        "q_rubric",
        "q_num",
        "q_choice",
        "q_choice evidence",
        "q_multi",
        "q_init",
        "q_na",
        "notes",
        "leader_group",
        "community_type",
        "legal_name",
        "registration_number",
        "recognition_year",
        "recognition_tier",
        "mentor",
    ]
    labels = [c.value for c in sheet[2]]
    assert labels[0] == "Ciems" and labels[keys.index("q_yes")] == "Vai ir plāns?"
    assert labels[keys.index("q_yes evidence")] == "Pierādījumi: Vai ir plāns?"
    assert sheet.freeze_panes == "B4"
    meta = {row[0].value: row[1].value for row in book["_meta"].iter_rows()}
    assert meta["criteria"] == "mini@1" and meta["criteria_id"] == "mini"
    assert meta["criteria_version"] == "1" and meta["criteria_digest"].startswith("sha256:")
    assert meta["data_sheet"] == "Ciemi"
    assert book.custom_doc_props["smartvillage.criteria"].value == "mini@1"


def test_xlsx_template_drop_downs_and_hints(template):
    import openpyxl

    book = openpyxl.load_workbook(template)
    sheet = book["Ciemi"]
    keys = [c.value for c in sheet[3]]
    letter = {key: openpyxl.utils.get_column_letter(i + 1) for i, key in enumerate(keys)}
    rules = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    lists = {
        row[0].value: [c.value for c in row[1:] if c.value] for row in book["Saraksti"].iter_cols()
    }
    for key, entries in {
        "region": ["Kurzeme", "Zemgale", "Vidzeme", "Rīga", "Latgale"],
        "assessor": ["pašnovērtējums", "mentors", "žūrija"],
        "q_yes": ["jā", "nē"],
        "q_rubric": ["0 — Nav", "1 — Maz", "2 — Daudz", "3 — Visi"],
        "q_choice": ["Nekad", "Reizi gadā", "Katru mēnesi"],
        "q_na": ["jā", "nē", "nav attiecināms"],
    }.items():
        rule = rules[f"{letter[key]}4:{letter[key]}1048576"]
        assert rule.type == "list", key
        assert lists[key] == entries
        assert rule.formula1.startswith("'Saraksti'!$")
    number = rules[f"{letter['q_num']}4:{letter['q_num']}1048576"]
    assert (number.type, number.operator, number.formula1) == ("whole", "greaterThanOrEqual", "0")
    date = rules[f"{letter['date']}4:{letter['date']}1048576"]
    assert date.type == "date"
    multi = rules[f"{letter['q_multi']}4:{letter['q_multi']}1048576"]
    assert multi.promptTitle == "q_multi"
    assert multi.prompt == (
        "Kuri kanāli? — Vairākas: atdaliet ar semikolu (;). Izvēles: Mājaslapa | Čats | Lietotne"
    )
    assert all(len(v.prompt or "") <= 255 for v in rules.values())


def test_xlsx_template_for_the_bundled_set_in_english(tmp_path):
    out = tmp_path / "villages.xlsx"
    assert invoke("template", "--format", "xlsx", "--lang", "en", "-o", out).exit_code == 0
    import openpyxl

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Instructions", "Villages", "Lists", "_meta"]
    instructions = [c.value for c in book["Instructions"]["A"] if c.value]
    assert "How to fill it in" in instructions and "Kā aizpildīt" not in instructions
    keys = [c.value for c in book["Villages"][3]]
    assert len([k for k in keys if k.startswith("vc")]) == 29 + 9  # 9 need evidence


def test_csv_template(tmp_path, criteria_dir):
    out = tmp_path / "ciemi.csv"
    result = invoke("template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "criteria;mini@1"
    assert lines[1].startswith(
        "Ciems;Pagasts;Novads;Plānošanas reģions [Kurzeme | Zemgale | Vidzeme | Rīga | Latgale];"
    )
    assert lines[2].split(";")[:4] == ["village", "parish", "municipality", "region"]
    stdout = invoke("template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-f", "csv")
    assert stdout.stdout_bytes.startswith(b"criteria;mini@1\r\n")


def test_xlsx_template_to_a_pipe(criteria_dir):
    result = invoke("template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-f", "xlsx")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK\x03\x04")


def test_filled_template_scores_like_the_questionnaire(template, tmp_path, criteria_dir):
    import openpyxl

    book = openpyxl.load_workbook(template)
    sheet = book["Ciemi"]
    keys = [c.value for c in sheet[3]]
    values = {
        "village": "Ābeļciems",
        "parish": "Ābeļu pagasts",
        "municipality": "Tukuma novads",
        "region": "Kurzeme",
        "population": 420,
        "assessor": "mentor — mentors",
        "assessor_name": "Līga Ozola",
        "date": dt.date(2024, 5, 14),
        "q_yes": "jā",
        "q_yes evidence": "https://example.org/plan | plāns",
        "q_rubric": "3 — Visi",
        "q_num": 120,
        "q_choice": "monthly — Katru mēnesi",
        "q_choice evidence": "protokols.pdf",
        "q_multi": "web; app",
        "q_init": "Ciema čats [digital, lasting]; Talka [lasting]",
        "q_na": "nav attiecināms",
    }
    for key, value in values.items():
        sheet.cell(row=4, column=keys.index(key) + 1, value=value)
    book.save(template)
    result = invoke("batch", template, "--criteria-dir", criteria_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout)
    from smartvillage import load_criteria, score

    report = score(
        Questionnaire.model_validate(questionnaire_data(FULL_ANSWERS)),
        load_criteria("mini@1", [criteria_dir]),
    )
    assert (line["row"], line["sheet"], line["village"]["name"]) == (4, "Ciemi", "Ābeļciems")
    assert line["summary"]["tier"] == report.summary.tier == "top"
    assert line["summary"]["percent"] == report.summary.percent
    assert line["dimensions"] == {d.id: d.percent for d in report.dimensions}
    assert line["assessment"] == {"assessor": "mentor", "name": "Līga Ozola", "date": "2024-05-14"}
