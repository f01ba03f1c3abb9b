"""``compare``: progress over time, self-assessment against mentor, different criteria."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.cli.app import app
from smartvillage.io.questionnaire_writer import dump_questionnaire
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.render.markdown import render_comparison as to_markdown
from smartvillage.render.table import render_comparison as to_table
from smartvillage.scoring.compare import compare, detect_kind
from smartvillage.scoring.path import apply_path

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def mini_report(mini, answers, **assessment):
    data = questionnaire_data(answers)
    data["assessment"].update(assessment)
    return score(Questionnaire.model_validate(data), mini, now=NOW)


@pytest.fixture
def jaunpuni_later(tmp_path):
    """Jaunpūņi a year later, with the computed path to the next tier carried out."""
    questionnaire = load_questionnaire(EXAMPLES / "jaunpuni.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    later = apply_path(questionnaire, report.next_tier_path)
    later = later.model_copy(
        update={"assessment": later.assessment.model_copy(update={"date": dt.date(2025, 5, 10)})}
    )
    path = tmp_path / "jaunpuni-2025.yaml"
    path.write_text(dump_questionnaire(later), encoding="utf-8")
    return path


def test_kind_is_detected_from_the_assessments(mini):
    self_2024 = mini_report(mini, FULL_ANSWERS, assessor="self", date="2024-05-01")
    mentor_2024 = mini_report(mini, FULL_ANSWERS, assessor="mentor", date="2024-05-20")
    self_2025 = mini_report(mini, FULL_ANSWERS, assessor="self", date="2025-05-01")
    assert detect_kind(self_2024, mentor_2024)[0] == "assessors"
    assert detect_kind(self_2024, self_2025)[0] == "progress"
    # a new mentor a year later is still progress
    mentor_2025 = mini_report(
        mini, FULL_ANSWERS, assessor="mentor", name="Cits Mentors", date="2025-05-20"
    )
    assert detect_kind(mentor_2024, mentor_2025)[0] == "progress"
    # two mentors on the same day are two assessors
    other = mini_report(
        mini, FULL_ANSWERS, assessor="mentor", name="Cits Mentors", date="2024-05-14"
    )
    first = mini_report(mini, FULL_ANSWERS, assessor="mentor", date="2024-05-14")
    assert detect_kind(first, other)[0] == "assessors"
    # another village is never an assessors comparison
    elsewhere = score(
        Questionnaire.model_validate(questionnaire_data(FULL_ANSWERS, name="Citciems")),
        mini,
        now=NOW,
    )
    assert detect_kind(first, elsewhere) == ("progress", "the villages differ")


def test_progress_shows_tier_change_and_criteria_newly_met(jaunpuni_later):
    old = load_questionnaire(EXAMPLES / "jaunpuni.yaml")
    new = load_questionnaire(jaunpuni_later)
    criteria = load_criteria(old.criteria)
    result = compare(score(old, criteria), score(new, criteria))
    assert result.kind == "progress" and result.same_criteria and result.same_village
    assert (result.old.tier, result.new.tier, result.tier_change) == ("not_yet", "on_the_way", 1)
    # the change is taken on the exact figures and rounded once (not shown minus shown)
    exact = Fraction(result.new.percent_exact) - Fraction(result.old.percent_exact)
    assert result.percent_change == float(round(exact, 2))
    # the fewest real steps (each criterion counting 1/7) meet the gates vc1, vc2 and vc6
    assert result.newly_met == ["vc1", "vc2", "vc6"] and result.lost == []
    assert {q.id for q in result.questions} == {
        "vc1.residents_in_planning",
        "vc1.vision_made_together",
        "vc2.decision_channels",
        "vc2.joint_work_days",
        "vc2.newcomers",
        "vc2.participation_level",
        "vc6.helps_other_communities",
        "vc6.municipality",
        "vc6.partners",
        "vc6.stakeholders_in_decisions",
        "vc7.core_group",
    }
    assert all(q.difference > 0 for q in result.questions)
    impact = next(d for d in result.dimensions if d.id == "impact")
    assert impact.change == float(
        round(Fraction(impact.new_percent_exact) - Fraction(impact.old_percent_exact), 2)
    )
    assert result.warnings == []


def test_assessors_disagreement_largest_first(mini):
    self_report = mini_report(mini, dict(FULL_ANSWERS, q_rubric=3, q_num=120), assessor="self")
    mentor = mini_report(mini, dict(FULL_ANSWERS, q_rubric=1, q_num=30), assessor="mentor")
    result = compare(self_report, mentor)
    assert result.kind == "assessors"
    # equal disagreements keep the criteria's order
    assert [(q.id, q.difference, q.share) for q in result.questions] == [
        ("q_rubric", -2.0, 0.6667),
        ("q_num", -2.0, 0.6667),
    ]
    assert (result.questions_compared, result.questions_same) == (7, 5)
    md = to_markdown(result, "lv")
    assert "# Vērtētāju salīdzinājums: Ābeļciems" in md
    assert "| Cik plašs? | Visi (3) | Maz (1) | −2 (66,7 %) |" in md
    assert "q_rubric" not in md  # the question's text, never its id
    assert "Vienādi punkti 5 no 7 jautājumiem." in md


def test_different_criteria_are_never_compared_silently(tmp_path, criteria_dir):
    text = (criteria_dir / "mini" / "1.yaml").read_text(encoding="utf-8")
    (criteria_dir / "mini" / "2.yaml").write_text(
        text.replace('version: "1"', 'version: "2"').replace("points_yes: 2", "points_yes: 1"),
        encoding="utf-8",
    )
    old = write_yaml(tmp_path / "old.yaml", questionnaire_data(FULL_ANSWERS))
    data = questionnaire_data(FULL_ANSWERS)
    data["criteria"] = "mini@2"
    data["assessment"]["date"] = "2025-05-14"
    new = write_yaml(tmp_path / "new.yaml", data)
    result = invoke(
        "compare",
        old,
        new,
        "--criteria-dir",
        criteria_dir,
        "--lang",
        "en",
        "-o",
        tmp_path / "c.md",
        "-o",
        tmp_path / "c.json",
        "-o",
        tmp_path / "c.html",
    )
    assert result.exit_code == 0, result.output
    assert (
        "warning: the reports were scored against different criteria (mini@1 and mini@2)"
        in result.stderr
    )
    md = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert (
        "> **WARNING: the assessments were scored against different criteria (mini@1 and "
        "mini@2)" in md
    )
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert (
        '<p class="alert" role="alert">WARNING: the assessments were scored against '
        "different criteria (mini@1 and mini@2)" in html
    )
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert data["same_criteria"] is False and data["warnings"]
    # scoring both against one set removes the warning
    result = invoke(
        "compare", old, new, "--criteria-dir", criteria_dir, "--criteria", "mini@2", "-f", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["same_criteria"] is True
    assert "different criteria" not in result.stderr


def test_compare_cli_progress_table_and_html(jaunpuni_later, tmp_path):
    result = invoke("compare", EXAMPLES / "jaunpuni.yaml", jaunpuni_later)
    assert result.exit_code == 0, result.output
    assert "Ciema izaugsme" in result.stdout
    assert "Līmenis paaugstinājies: Vēl neatbilst → Ceļā uz VIEDAIS CIEMS 2024." in result.stdout
    assert "Vienots mērķis un nākotnes redzējums" in result.stdout
    assert "vc1" not in result.stdout  # titles, never ids
    out = tmp_path / "c.html"
    result = invoke("compare", EXAMPLES / "jaunpuni.yaml", jaunpuni_later, "-o", out)
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert '<polygon class="before"' in html and "<script" not in html


def test_compare_accepts_report_json(tmp_path, jaunpuni_later):
    report = tmp_path / "old.json"
    assert invoke("score", EXAMPLES / "jaunpuni.yaml", "-o", report).exit_code == 0
    result = invoke("compare", report, jaunpuni_later, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tier_change"] == 1
    result = invoke("compare", report, jaunpuni_later, "--criteria", "viedais-ciems@2024")
    assert result.exit_code == 2
    assert "ir pārskats: to nevar novērtēt vēlreiz" in result.stderr


def test_compare_refuses_formats_it_cannot_write(tmp_path):
    a, b = EXAMPLES / "veverupe.yaml", EXAMPLES / "zilitkalni.yaml"
    result = invoke("compare", a, b, "-o", tmp_path / "c.xlsx")
    assert result.exit_code == 2
    assert "šī komanda raksta table, json, md, html, csv, nevis xlsx" in result.stderr
    result = invoke("compare", a, b, "-f", "xlsx")
    assert result.exit_code == 2


def test_compare_invalid_input_is_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("criteria: viedais-ciems@2024\nvillage: {name: X}\n", encoding="utf-8")
    result = invoke("compare", bad, EXAMPLES / "veverupe.yaml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "assessment" in result.stderr


def test_villages_that_differ_are_flagged():
    a = load_questionnaire(EXAMPLES / "veverupe.yaml")
    b = load_questionnaire(EXAMPLES / "zilitkalni.yaml")
    criteria = load_criteria(a.criteria)
    result = compare(score(a, criteria), score(b, criteria))
    assert not result.same_village
    assert "two different villages are compared: Vēverupe and Zīlītkalni" in result.warnings
    text = to_table(result, "en", width=100)
    assert "Two different villages are compared: Vēverupe and Zīlītkalni." in text
