"""CSV that opens right in Latvian Excel, and CSV for scripts: one mechanism, two dialects.

``excel-lv`` (the default of Latvian sessions): ``;``, a UTF-8 byte-order mark, decimal
commas, CRLF. ``rfc4180`` (the default of English sessions): ``,``, no byte-order mark,
decimal points, CRLF. Exact bytes are pinned for ``score`` and ``batch`` in both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import questionnaire_data, write_yaml
from test_spreadsheet_support import csv_text, village
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.render.csv_dialect import EXCEL_LV, RFC4180, dialect_for

runner = CliRunner()
PARTIAL = {"q_yes": "yes", "q_rubric": 1, "q_num": 20, "q_choice": "never"}


def invoke(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def test_the_language_chooses_the_default_dialect():
    assert dialect_for("lv") is EXCEL_LV and dialect_for("en") is RFC4180
    assert dialect_for("en", "excel-lv") is EXCEL_LV and dialect_for("lv", "rfc4180") is RFC4180
    assert EXCEL_LV.number("59.21") == "59,21" and RFC4180.number("59.21") == "59.21"


def _score_csv(tmp_path, criteria_dir, *options):
    source = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(PARTIAL))
    out = tmp_path / "report.csv"
    result = invoke("score", source, "--criteria-dir", criteria_dir, "-o", out, *options)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _batch_csv(tmp_path, criteria_dir, *options):
    source = Path("ciemi.csv")  # relative, in tmp_path: the file name is in the output
    source.write_text(
        csv_text([village("Ābeļciems", q_rubric=1, q_num=20, q_multi=None)]), encoding="utf-8"
    )
    out = Path("rezultati.csv")
    result = invoke("batch", source, "--criteria-dir", criteria_dir, "-o", out, *options)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


SCORE_HEAD = (
    "village{s}assessor{s}assessment_date{s}criteria{s}tier{s}overall_percent{s}dimension{s}"
    "dimension_title{s}dimension_percent{s}criterion{s}criterion_title{s}gate{s}"
    "criterion_percent{s}criterion_status{s}question{s}question_text{s}status{s}answer{s}"
    "points{s}max_points{s}rule{s}evidence_need{s}evidence_count{s}evidence_missing{s}"
    "evidence{s}note{s}criteria_status{s}criteria_disclaimer\r\n"
)
BATCH_HEAD = (
    "status{s}file{s}sheet{s}row{s}village{s}parish{s}municipality{s}region{s}population{s}"
    "assessor{s}assessor_name{s}date{s}"
    "leader_group{s}community_type{s}legal_name{s}registration_number{s}recognition_year{s}"
    "recognition_tier{s}mentor{s}"
    "criteria{s}answers_criteria{s}criteria_digest{s}tier{s}"
    "tier_label{s}percent{s}points{s}max_points{s}weakest_dimension{s}gates_met{s}"
    "gates_total{s}criteria_met{s}criteria_total{s}answered{s}unanswered{s}not_applicable{s}"
    "evidence_missing{s}dim_d1{s}dim_d2{s}crit_c1_points{s}crit_c1_percent{s}crit_c1_status{s}"
    "crit_c2_points{s}crit_c2_percent{s}crit_c2_status{s}crit_c3_points{s}crit_c3_percent{s}"
    "crit_c3_status{s}top_gap{s}warnings{s}problems\r\n"
)
DIGEST = "sha256:1eb2a6cac32c334fced70fd651e5b6f3b189e8c50b81928ba55887c84a5212ab"


@pytest.mark.parametrize(
    ("options", "excel", "tier"),
    [
        ((), True, "Vidū"),  # Latvian session: excel-lv by default
        (("--lang", "en"), False, "Middle"),  # English session: rfc4180 by default
        (("--csv-dialect", "rfc4180"), False, "Vidū"),
        (("--lang", "en", "--csv-dialect", "excel-lv"), True, "Middle"),
    ],
)
def test_batch_csv_bytes(tmp_path, criteria_dir, monkeypatch, options, excel, tier):
    monkeypatch.chdir(tmp_path)
    s, bom = (";", "\ufeff") if excel else (",", "")
    row = [
        "scored", "ciemi.csv", "", "3", "Ābeļciems", "Ābeļu pagasts", "Tukuma novads", "Kurzeme",
        "420", "mentor", "", "2024-05-14", "", "", "", "", "", "", "",
        "mini@1", "mini@1", DIGEST, "mid", tier, "65", "12",
        "19", "d1", "1", "1", "3", "3", "5", "1", "1", "0", "60", "66.67", "3", "60", "met", "3",
        "60", "met", "6", "66.67", "met", "c3", "", "",
    ]  # fmt: skip
    if excel:
        row = [cell.replace(".", ",") if cell[:1].isdigit() else cell for cell in row]
    expected = bom + BATCH_HEAD.format(s=s) + s.join(row) + "\r\n"
    assert _batch_csv(tmp_path, criteria_dir, *options) == expected.encode("utf-8")


@pytest.mark.parametrize(
    ("options", "excel", "lang"),
    [
        ((), True, "lv"),
        (("--lang", "en"), False, "en"),
        (("--csv-dialect", "rfc4180"), False, "lv"),
        (("--lang", "en", "--csv-dialect", "excel-lv"), True, "en"),
    ],
)
def test_score_csv_bytes(tmp_path, criteria_dir, options, excel, lang):
    s, bom = (";", "\ufeff") if excel else (",", "")
    texts = {
        "lv": ["Redzējums", "Kopīgs mērķis", "Vai ir plāns?", "jā", "jā → 2"],
        "en": ["Vision", "Shared goal", "Is there a plan?", "yes", "yes → 2"],
    }[lang]
    percent, dimension = ("8,33", "33,33") if excel else ("8.33", "33.33")
    row = [
        "Ābeļciems", "mentor", "2024-05-14", "mini@1", "low", percent, "d1", texts[0],
        dimension, "c1", texts[1], "yes", "60", "met", "q_yes", texts[2], "answered", texts[3],
        "2", "2", texts[4], "required", "0", "yes", "", "", "custom", "",
    ]  # fmt: skip
    data = _score_csv(tmp_path, criteria_dir, *options)
    head, first = data.split(b"\r\n")[:2]
    assert head + b"\r\n" == (bom + SCORE_HEAD.format(s=s)).encode("utf-8")
    assert first == s.join(row).encode("utf-8")
    assert data.count(b"\r\n") == 8 and b"\n" not in data.replace(b"\r\n", b"")


def test_dialect_from_the_environment(tmp_path, criteria_dir):
    source = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(PARTIAL))
    result = invoke(
        "score", source, "--criteria-dir", criteria_dir, "-f", "csv",
        env={"SMARTVILLAGE_CSV_DIALECT": "rfc4180"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("village,assessor,")
    bad = invoke("score", source, "--criteria-dir", criteria_dir, "--csv-dialect", "excel")
    assert bad.exit_code == 2 and "excel-lv" in bad.stderr


def test_the_template_csv_is_excel_lv(tmp_path, criteria_dir):
    out = tmp_path / "ciemi.csv"
    assert (
        invoke("template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-o", out).exit_code == 0
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfcriteria;mini@1\r\n")
    english = tmp_path / "villages.csv"
    invoke(
        "template", "-c", "mini@1", "--criteria-dir", criteria_dir, "--lang", "en", "-o", english
    )
    assert english.read_bytes().startswith(b"\xef\xbb\xbfcriteria;mini@1\r\n")  # still excel-lv
    plain = tmp_path / "plain.csv"
    result = invoke(
        "template", "-c", "mini@1", "--criteria-dir", criteria_dir, "-o", plain,
        "--csv-dialect", "rfc4180",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert plain.read_bytes().startswith(b"criteria,mini@1\r\n")


COMPARE_HEAD = (
    "kind{s}old_village{s}old_assessor{s}old_date{s}old_criteria{s}old_tier{s}old_percent{s}"
    "new_village{s}new_assessor{s}new_date{s}new_criteria{s}new_tier{s}new_percent{s}"
    "percent_change{s}criterion{s}criterion_title{s}old_criterion_status{s}"
    "new_criterion_status{s}old_criterion_percent{s}new_criterion_percent{s}question{s}"
    "question_text{s}old_status{s}new_status{s}old_answer{s}new_answer{s}old_points{s}"
    "new_points{s}max_points{s}difference\r\n"
)


@pytest.mark.parametrize(
    ("options", "excel", "lang"),
    [
        ((), True, "lv"),
        (("--lang", "en"), False, "en"),
        (("--csv-dialect", "rfc4180"), False, "lv"),
    ],
)
def test_compare_csv_bytes(tmp_path, criteria_dir, options, excel, lang):
    old = write_yaml(tmp_path / "old.yaml", questionnaire_data(PARTIAL))
    new = write_yaml(tmp_path / "new.yaml", questionnaire_data({**PARTIAL, "q_rubric": 3}))
    out = tmp_path / "compare.csv"
    result = invoke("compare", old, new, "--criteria-dir", criteria_dir, "-o", out, *options)
    assert result.exit_code == 0, result.output
    s, bom = (";", "\ufeff") if excel else (",", "")
    texts = {
        "lv": ["Kopīgs mērķis", "Cik plašs?", "Maz", "Visi"],
        "en": ["Shared goal", "How broad?", "Little", "All"],
    }[lang]
    side = ["Ābeļciems", "mentor", "2024-05-14", "mini@1", "low"]
    row = [
        "progress", *side, "8.33", *side, "11.67", "3.33", "c1", texts[0], "met", "met", "60",
        "100", "q_rubric", texts[1], "answered", "answered", texts[2], texts[3], "1", "3", "3",
        "2",
    ]  # fmt: skip
    if excel:
        row = [cell.replace(".", ",") if cell[:1].isdigit() else cell for cell in row]
    expected = bom + COMPARE_HEAD.format(s=s) + s.join(row) + "\r\n"
    assert out.read_bytes() == expected.encode("utf-8")
