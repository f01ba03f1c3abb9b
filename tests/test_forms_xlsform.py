"""``template --format xlsform``: the criteria set as an XLSForm that pyxform converts cleanly."""

from __future__ import annotations

import re

import openpyxl
import pytest
from conftest import REPO
from typer.testing import CliRunner

from smartvillage.cli.app import app

runner = CliRunner()
BUNDLED = sorted(f"{path.parent.name}@{path.stem}" for path in (REPO / "criteria").glob("*/*.yaml"))
XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")


def write_form(tmp_path, *args):
    out = tmp_path / "form.xlsx"
    result = runner.invoke(
        app, ["template", "--format", "xlsform", "--output", str(out), *map(str, args)]
    )
    assert result.exit_code == 0, result.output
    said = "wrote" if "en" in map(str, args) else "ierakstīts"  # the session's language
    assert result.stderr == f"{said} {out}\n"
    return out


def sheet_rows(path, name):
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[name].iter_rows(values_only=True))
    head = rows[0]
    return [dict(zip(head, row, strict=False)) for row in rows[1:]]


def test_every_bundled_set_is_found():
    assert "viedais-ciems@2024" in BUNDLED and len(BUNDLED) >= 4


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("ref", BUNDLED)
def test_pyxform_converts_every_bundled_set_without_warnings(tmp_path, ref, lang):
    from pyxform.xls2xform import convert

    path = write_form(tmp_path, "--criteria", ref, "--lang", lang)
    warnings: list[str] = []
    result = convert(xlsform=str(path), warnings=warnings)
    assert warnings == []
    language = "Latviešu (lv)" if lang == "lv" else "English (en)"
    assert f'<translation lang="{language}" default="true()">' in result.xform
    assert "English (en)" in result.xform and "Latviešu (lv)" in result.xform


def test_form_layout_for_the_mini_set(tmp_path, criteria_dir):
    path = write_form(tmp_path, "--criteria", "mini@1", "--criteria-dir", criteria_dir)
    survey = sheet_rows(path, "survey")
    types = [(row["type"], row["name"]) for row in survey]
    # the village profile first, as a group
    assert types[0] == ("begin_group", "profile")
    assert types[1] == ("text", "village")
    assert ("select_one assessor", "assessor") in types
    assert ("date", "date") in types
    assert ("calculate", "criteria") in types
    by_name = {row["name"]: row for row in survey if row["name"]}
    assert by_name["criteria"]["calculation"] == "'mini@1'"
    # a group per dimension, and in it one per criterion
    names = [name for _, name in types]
    assert names.index("d1") < names.index("c1") < names.index("q_yes") < names.index("c2")
    assert ("select_one q_yes", "q_yes") in types
    assert ("select_one q_rubric", "q_rubric") in types
    assert ("integer", "q_num") in types
    assert by_name["q_num"]["constraint"] == ". >= 0"
    assert by_name["q_num"]["constraint_message::Latviešu (lv)"] == "Jābūt vismaz 0."
    assert ("select_multiple q_multi", "q_multi") in types
    assert ("begin_repeat", "q_init") in types
    assert ("text", "q_init_name") in types
    assert ("select_multiple q_init_properties", "q_init_properties") in types
    # evidence only where asked, shown only when the answer earns points
    assert by_name["q_yes_evidence"]["relevant"] == "${q_yes} = 'yes'"
    assert by_name["q_choice_evidence"]["relevant"] == (
        "${q_choice} = 'yearly' or ${q_choice} = 'monthly'"
    )
    assert "q_rubric_evidence" not in by_name
    assert by_name["q_yes_evidence"]["label::Latviešu (lv)"] == "Pierādījumi: Vai ir plāns?"
    assert by_name["q_yes_evidence"]["label::English (en)"] == "Evidence: Is there a plan?"
    assert by_name["village"]["required"] == "yes"
    assert all(XML_NAME.match(name) for name in names if name)
    choices = sheet_rows(path, "choices")
    q_na = [(c["name"], c["label::Latviešu (lv)"]) for c in choices if c["list_name"] == "q_na"]
    assert q_na == [("yes", "jā"), ("no", "nē"), ("na", "Nav attiecināms")]
    q_yes = [c["name"] for c in choices if c["list_name"] == "q_yes"]
    assert q_yes == ["yes", "no"]  # not applicable only where the question allows it
    rubric = [c["label::English (en)"] for c in choices if c["list_name"] == "q_rubric"]
    assert rubric == ["0 — None", "1 — Little", "2 — Much", "3 — All"]
    (settings,) = sheet_rows(path, "settings")
    assert settings["form_id"] == "smartvillage_mini_1"
    assert settings["version"] == "1"
    assert settings["criteria"] == "mini@1"
    assert re.match(r"^sha256:[0-9a-f]{64}$", settings["criteria_digest"])
    assert settings["default_language"] == "Latviešu (lv)"


def test_field_names_are_stable_and_derived_from_question_ids(tmp_path):
    from smartvillage.io.criteria import load_criteria
    from smartvillage.io.exports.fields import question_names

    criteria = load_criteria("viedais-ciems@2024")
    names = question_names(criteria)
    assert names["vc1.vision_document"] == "vc1_vision_document"
    assert len(set(names.values())) == len(names)
    path = write_form(tmp_path, "--criteria", "viedais-ciems@2024")
    survey_names = [row["name"] for row in sheet_rows(path, "survey") if row["name"]]
    assert len(survey_names) == len(set(survey_names))
    assert set(names.values()) <= set(survey_names)
