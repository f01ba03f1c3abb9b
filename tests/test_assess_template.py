"""``assess`` continuing a questionnaire that lacks only its profile, such as a blank template.

A mentor makes a template, perhaps fills in a few answers by hand, then goes through it
with the community: the profile is asked first (the file's valid values are the
defaults), the criteria set and answers are kept, and nothing is written until the
profile is complete. A file with any other problem is still refused, listing them all.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import yaml
from conftest import questionnaire_data, write_yaml
from test_assess import ANSWERS, PROFILE, answers_in, lines, report_json
from typer.testing import CliRunner

from smartvillage.assess.profile import from_file
from smartvillage.assess.session import Outcome, Session
from smartvillage.assess.state import read_unfinished
from smartvillage.assess.terminal import Terminal
from smartvillage.cli.app import app
from smartvillage.errors import InputError
from smartvillage.io.criteria import load_criteria
from smartvillage.io.questionnaire import load_questionnaire

runner = CliRunner()


def template(path: Path, criteria_dir: Path, **answers: str) -> Path:
    """A blank template for the mini set, with ``answers`` written in by hand (YAML text)."""
    result = runner.invoke(
        app,
        ["template", "--criteria", "mini@1", "--criteria-dir", str(criteria_dir), "-o", str(path)],
    )
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    for qid, value in answers.items():
        assert f"\n  {qid}:\n" in text
        text = text.replace(f"\n  {qid}:\n", f"\n  {qid}: {value}\n")
    path.write_text(text, encoding="utf-8")
    return path


def flat(text: str) -> str:
    """Text with every run of spaces and line breaks as one space (Rich wraps long lines)."""
    return " ".join(text.split())


def assess(path: Path, criteria_dir: Path, input: str, *extra: str):
    """``assess --from-stdin`` on a file, with the criteria set the file names."""
    return runner.invoke(
        app,
        ["assess", str(path), "--criteria-dir", str(criteria_dir), "--from-stdin", *extra],
        input=input,
    )


def test_a_blank_template_is_refused_by_validate_but_continued_by_assess(tmp_path, criteria_dir):
    path = template(tmp_path / "ciems.yaml", criteria_dir)
    check = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert check.exit_code == 2  # the premise: a template is not a valid questionnaire yet
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS))
    assert result.exit_code == 0, result.output
    err = flat(result.stderr)
    assert "vispirms jāpabeidz ciema profils (Enter patur failā ierakstīto)" in err
    assert "ir komentāri (#); saglabājot tie netiks paturēti" in err  # the template's
    assert "Jautājums 1 no 7" in result.stderr
    check = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert check.exit_code == 0, check.output
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_enter_keeps_what_the_template_has_and_the_date_defaults_to_today(tmp_path, criteria_dir):
    path = template(tmp_path / "ciems.yaml", criteria_dir)
    result = assess(path, criteria_dir, lines("Ābeļciems", *[""] * 17, ":q"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Who assesses (1 self-assessment, 2 mentor, 3 jury) [self-assessment]:" in (
        result.stderr
    )
    questionnaire = load_questionnaire(path)
    assert questionnaire.village.name == "Ābeļciems"
    assert questionnaire.assessment.assessor == "self"  # as the template has it
    assert questionnaire.assessment.date == dt.date.today()
    assert questionnaire.criteria == "mini@1"


def test_answers_and_profile_values_filled_in_by_hand_are_kept(tmp_path, criteria_dir):
    path = template(
        tmp_path / "ciems.yaml", criteria_dir, q_rubric="2", q_multi="[web, app]", q_na="n/a"
    )
    text = path.read_text(encoding="utf-8")
    text = text.replace("  parish:\n", "  parish: Ābeļu pagasts\n")
    text = text.replace("  date:          # GGGG-MM-DD", "  date: 14.05.2024")
    path.write_text(text, encoding="utf-8")
    typed = [
        "Ābeļciems",
        *[""] * 17,  # Enter keeps the parish, the assessor and the date
        "jā",
        "",
        ":q",
    ]  # q_yes (no evidence), then quit at q_num
    result = assess(path, criteria_dir, lines(*typed))
    assert result.exit_code == 0, result.output
    err = flat(result.stderr)
    assert "Pagasts [Ābeļu pagasts]:" in err
    assert "Vērtēšanas datums (DD.MM.GGGG. vai GGGG-MM-DD) [14.05.2024.]:" in err
    assert "Atbildes, kas jau ir failā, tiek paturētas: 3." in err
    assert "Turpinām: 3 no 7 jautājumiem atbildēti." in err
    shown = [
        line.split(" · ")[0] for line in result.stderr.splitlines() if line.startswith("Jautājums")
    ]
    assert shown == ["Jautājums 1 no 7", "Jautājums 3 no 7"]  # q_rubric is answered already
    questionnaire = load_questionnaire(path)
    assert questionnaire.village.parish == "Ābeļu pagasts"
    assert questionnaire.assessment.date == dt.date(2024, 5, 14)
    assert set(answers_in(path)) == {"q_yes", "q_rubric", "q_multi", "q_na"}
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]
    assert saved["q_rubric"] == 2 and saved["q_multi"] == ["web", "app"]
    assert saved["q_na"] == "n/a" and saved["q_yes"] == "yes"


def test_quitting_in_the_profile_leaves_the_template_as_it_was(tmp_path, criteria_dir):
    path = template(tmp_path / "ciems.yaml", criteria_dir, q_rubric="2")
    before = path.read_bytes()
    result = assess(path, criteria_dir, lines("Ābeļciems", "Ābeļu pagasts", ":q"))
    assert result.exit_code == 0, result.output
    assert "Nekas nav saglabāts" in result.stderr
    assert path.read_bytes() == before


def test_a_json_file_without_any_profile_is_continued_and_stays_json(tmp_path, criteria_dir):
    path = tmp_path / "ciems.json"
    path.write_text(
        json.dumps({"schema_version": 1, "criteria": "mini@1", "answers": {"q_rubric": "3"}}),
        encoding="utf-8",
    )
    result = assess(path, criteria_dir, lines(*PROFILE, ":q"))
    assert result.exit_code == 0, result.output
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["village"]["name"] == "Ābeļciems"
    assert data["answers"]["q_rubric"] == 3


def test_an_interactive_session_asks_again_for_the_blank_name(tmp_path, criteria_dir):
    path = template(tmp_path / "ciems.yaml", criteria_dir, q_yes="jā")
    try:
        load_questionnaire(path)
    except InputError as exc:
        unfinished = read_unfinished(path, exc)
    mini = load_criteria("mini@1", [criteria_dir])
    unfinished.check(mini)
    out = io.StringIO()
    session = Session(
        Terminal(io.StringIO(lines("", "Ābeļciems", *[""] * 17, ":q")), out),
        mini,
        path,
        "en",
        unfinished=unfinished,
        today=dt.date(2024, 5, 1),
    )
    assert session.run() is Outcome.QUIT
    text = flat(out.getvalue())
    assert "This field is required." in text
    assert "Date of the assessment (DD.MM.YYYY or YYYY-MM-DD) [2024-05-01]:" in text
    assert "The answers already in it are kept: 1." in text
    assert load_questionnaire(path).assessment.date == dt.date(2024, 5, 1)
    assert answers_in(path)["q_yes"].value == "jā"  # the word as it was written


@pytest.mark.parametrize(
    ("change", "messages"),
    [
        # an answer that does not fit its question: listed with the profile's problems
        (
            ("  q_rubric:\n", "  q_rubric: 7\n"),
            [
                "village.name",
                "assessment.date",
                "answers.q_rubric: expected one of the levels 0, 1, 2, 3, got '7'",
            ],
        ),
        (
            ("  q_yes:\n", "  q_yes: {value: jā, evidence: [{shows: plāns}]}\n"),
            ["answers.q_yes.evidence.0", "evidence needs a link or a document"],
        ),
        (("answers:\n", "answers:\n  q_gone: jā\n"), ["no question 'q_gone' in mini@1"]),
        (("criteria: mini@1", "criteria: mini"), ["criteria: expected ID@VERSION"]),
        # a field the profile does not have would be lost: refused, not dropped
        (("  parish:\n", "  pagasts: Ābeļu\n"), ["unknown field 'pagasts'"]),
        (("  date:  ", "  datums: 2024-05-14\n  "), ["unknown field 'datums'"]),
        (
            (
                "assessment:\n  assessor: self   # self (pašnovērtējums) | mentor (mentors) | "
                "jury (žūrija)\n  name:\n  date:          # GGGG-MM-DD\n",
                "assessment: mentors\n",
            ),
            ["assessment"],
        ),
        (("answers:\n", "answers: [\n"), ["ciems.yaml"]),  # not YAML at all
    ],
)
def test_any_other_problem_is_still_refused(tmp_path, criteria_dir, change, messages):
    path = template(tmp_path / "ciems.yaml", criteria_dir)
    text = path.read_text(encoding="utf-8")
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    before = path.read_bytes()
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS), "--lang", "en")
    assert result.exit_code == 2
    for message in messages:
        assert message in flat(result.stderr)
    assert "Village name" not in result.stderr  # refused before any question
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_profile_values_from_a_file():
    village = {
        "name": "  ",
        "parish": "Ābeļu pagasts",
        "region": "riga",
        "population": "daudz",
        "contact": {"email": "anna@example.lv", "phone": None},
    }
    assessment = {"assessor": "žūrija", "name": "Līga", "date": "14.05.2024"}
    assert from_file(village, assessment) == {
        "parish": "Ābeļu pagasts",
        "region": "Rīga",
        "contact_email": "anna@example.lv",
        "assessor": "jury",
        "assessor_name": "Līga",
        "date": "2024-05-14",
    }
    assert from_file(
        {"name": "Ābeļciems", "population": "1 200"}, {"assessor": "self", "date": "2024-13-01"}
    ) == {"name": "Ābeļciems", "population": 1200, "assessor": "self"}
