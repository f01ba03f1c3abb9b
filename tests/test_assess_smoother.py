"""The mentor's session, smoother: labels not ids, the question shown again after long
output, options in the help, Latvian dates, a review that continues where it stopped,
and recommended evidence offered once per criterion. Driven through the CLI (CliRunner)
with piped input, on the mini set or a shipped example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, MINI_CRITERIA, questionnaire_data, write_yaml
from test_assess import ANSWERS, PROFILE, answers_in, assess, lines
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.io.questionnaire import load_questionnaire


def flat(text: str) -> str:
    return " ".join(text.split())


def test_choices_are_listed_and_echoed_by_label_never_by_id(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    typed = [*PROFILE, "jā", "", "3", "120", "Reizi gadā", "", "1, Lietotne", ":q"]
    result = assess(path, criteria_dir, lines(*typed))
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert re.search(r"1\) Nekad +· 0 p\.", err)
    assert "2) Reizi gadā" in err and "yearly" not in err and "never" not in err
    assert "✓ saglabāts: Reizi gadā\n" in err
    assert "✓ saglabāts: Mājaslapa, Lietotne\n" in err
    assert "web" not in err and "app" not in err
    assert answers_in(path)["q_multi"].value == ["web", "app"]
    assert "numurs vai nosaukums ›" in err


def test_initiatives_are_echoed_with_property_labels(tmp_path, criteria_dir):
    path = write_yaml(
        tmp_path / "ciems.yaml",
        questionnaire_data({q: a for q, a in FULL_ANSWERS.items() if q != "q_init"}),
    )
    result = assess(path, criteria_dir, lines("Talka", "ilgtspējīga, 1", "", ":q"))
    assert result.exit_code == 0, result.output
    assert "✓ saglabāts: Talka [ilgtspējīga, digitāla]" in result.stderr
    assert "1) digitāla  · +1 p." in result.stderr
    assert answers_in(path)["q_init"].value == [
        {"name": "Talka", "properties": ["lasting", "digital"]}
    ]


def test_a_saved_choice_is_shown_by_its_label(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(FULL_ANSWERS))
    result = assess(path, criteria_dir, lines("", "", "", "", "", "", ""), "--review")
    assert result.exit_code == 0, result.output
    err = flat(result.stderr)
    assert "Pašreizējā atbilde: Katru mēnesi (Enter — paturēt)" in err
    assert "Pašreizējā atbilde: Mājaslapa, Lietotne" in err
    assert "Ciema čats [digitāla, ilgtspējīga]; Talka [ilgtspējīga]" in err
    assert "monthly" not in err and "lasting" not in err


def test_after_progress_and_report_the_question_is_shown_again(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE, "!gaita", "!atskaite", ":q"))
    assert result.exit_code == 0, result.output
    err = result.stderr
    heads = [n for n, line in enumerate(err.splitlines()) if line.startswith("Jautājums 1 no 7")]
    assert len(heads) == 3  # asked, after !gaita, after !atskaite
    after_report = err[err.rindex("Šis novērtējums ir spogulis") :]
    assert "Vai ir plāns?" in after_report and "jā / nē" in after_report


def test_help_shows_the_options_as_well(tmp_path, criteria_dir):
    path = write_yaml(
        tmp_path / "ciems.yaml",
        questionnaire_data({q: a for q, a in FULL_ANSWERS.items() if q != "q_choice"}),
    )
    result = assess(path, criteria_dir, lines("?", ":q"), "--lang", "en")
    assert result.exit_code == 0, result.output
    err = result.stderr
    help_part = err[err.index("Commands (at any prompt)") :]
    assert "Participation" in help_part  # the criterion
    assert "How often?" in help_part
    assert "1) Never" in help_part and "3) Monthly" in help_part


@pytest.mark.parametrize("typed", ["14.05.2024.", "14.05.2024", "2024-05-14", "14.5.2024"])
def test_dates_are_accepted_in_the_latvian_and_iso_forms(tmp_path, criteria_dir, typed):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE[:-1], typed, ":q"))
    assert result.exit_code == 0, result.output
    assert str(load_questionnaire(path).assessment.date) == "2024-05-14"


def test_dates_are_shown_the_latvian_way_and_the_hint_names_both_forms(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE[:-1], "14/05/2024", "", ":q"))
    assert result.exit_code == 2  # piped: a date that does not fit stops
    assert "Vērtēšanas datums (DD.MM.GGGG. vai GGGG-MM-DD) [" in flat(result.stderr)
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({}))
    result = assess(path, criteria_dir, lines(":q"))
    assert "Ābeļciems · mini@1 · mentors, 14.05.2024." in result.stderr
    result = assess(path, criteria_dir, lines(":q"), "--lang", "en")
    assert "Ābeļciems · mini@1 · mentor, 2024-05-14" in result.stderr


def test_a_wrong_date_names_both_forms(tmp_path, criteria_dir):
    from smartvillage.assess.profile import FieldError, parse_date

    with pytest.raises(FieldError, match=r"DD\.MM\.GGGG\. vai GGGG-MM-DD, piemēram, \d\d\.\d\d"):
        parse_date("14/05/2024", "lv")


def shown_questions(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Question")]


def test_an_interrupted_review_continues_where_it_stopped(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(FULL_ANSWERS))
    marker = tmp_path / ".ciems.yaml.review"
    first = assess(path, criteria_dir, lines("", "", "", ":q"), "--review", "--lang", "en")
    assert first.exit_code == 0, first.output
    assert "Reviewing every answer from the start." in first.stderr
    assert len(shown_questions(first.stderr)) == 4
    assert marker.read_text(encoding="utf-8").strip() == "q_choice"
    again = assess(path, criteria_dir, lines("", "", "", ""), "--review", "--lang", "en")
    assert again.exit_code == 0, again.output
    assert "Continuing the review at question 4 of 7, where it stopped" in flat(again.stderr)
    assert shown_questions(again.stderr)[0].startswith("Question 4 of 7")
    assert len(shown_questions(again.stderr)) == 4  # to the end
    assert not marker.exists()  # a finished review starts afresh next time
    fresh = assess(path, criteria_dir, lines(":q"), "--review", "--lang", "en")
    assert "Reviewing every answer from the start." in fresh.stderr


def test_a_review_mark_that_no_longer_fits_says_it_restarts(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(FULL_ANSWERS))
    (tmp_path / ".ciems.yaml.review").write_text("q_gone\n", encoding="utf-8")
    result = assess(path, criteria_dir, lines(":q"), "--review", "--lang", "en")
    assert "no longer fits this file; starting from the beginning" in flat(result.stderr)
    assert shown_questions(result.stderr)[0].startswith("Question 1 of 7")


def test_a_plain_session_leaves_no_review_mark(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS))
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".ciems.yaml.review").exists()


@pytest.fixture
def recommended_dir(tmp_path: Path) -> Path:
    """The mini set with recommended evidence on both questions of c2 and on q_rubric."""
    folder = tmp_path / "criteria-recommended" / "mini"
    folder.mkdir(parents=True)
    text = re.sub(
        r"( *)(text: \{lv: Cik plašs\?.*\n|unit: \{lv: cilvēki.*\n)",
        r"\1\2\1evidence: recommended\n",
        MINI_CRITERIA,
    )
    text = re.sub(r"(text: \{lv: Kā bieži\?.*\n *evidence:) required", r"\1 recommended", text)
    assert text.count("evidence: recommended") == 3
    (folder / "1.yaml").write_text(text, encoding="utf-8")
    return folder.parent


def test_recommended_evidence_is_offered_once_per_criterion(tmp_path, recommended_dir):
    path = tmp_path / "ciems.yaml"
    typed = [
        *PROFILE,
        "jā",
        "",  # q_yes: required evidence, Enter
        "3",
        "",  # q_rubric: recommended, the first such claim of c1: offered once
        "120",
        "",  # q_num: the first claim of c2: recommended evidence offered once
        "monthly",  # q_choice: c2 was offered already: no evidence prompt
        "web",
        "-",
        "n/a",
    ]
    result = assess(path, recommended_dir, lines(*typed), "--lang", "en")
    assert result.exit_code == 0, result.output
    offers = re.findall(r"Evidence[^\n›]*›", result.stderr)
    assert [flat(o) for o in offers] == [
        "Evidence (required): a link or a document name (Enter skips) ›",
        "Evidence for the criterion 'Shared goal' (recommended; asked once for the whole "
        "criterion): a link or a document name (Enter skips) ›",
        "Evidence for the criterion 'Participation' (recommended; asked once for the whole "
        "criterion): a link or a document name (Enter skips) ›",
    ]
    assert len(answers_in(path)) == 7


def test_recommended_evidence_is_not_offered_where_the_criterion_has_some(
    tmp_path, recommended_dir
):
    data = questionnaire_data(
        {
            "q_yes": FULL_ANSWERS["q_yes"],
            "q_num": {"value": 120, "evidence": [{"document": "x.pdf"}]},
        }
    )
    path = write_yaml(tmp_path / "ciems.yaml", data)
    result = assess(path, recommended_dir, lines("3", "monthly", ":q"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Evidence" not in result.stderr.replace("Evidence:", "")


def test_a_full_session_on_a_shipped_example_takes_the_prompts_the_readme_states():
    """The measurement in README.md (benchmarks/assess_prompts.py): every answer of
    examples/zilitkalni.yaml typed into a new file, Enter at every offer of evidence."""
    import sys

    sys.path.insert(0, str(EXAMPLES.parent / "benchmarks"))
    try:
        import assess_prompts
    finally:
        sys.path.pop(0)
    typed = assess_prompts.drive(EXAMPLES / "zilitkalni.yaml")
    assert len(typed) == 73
    assert sum(1 for kind, _ in typed if kind == "evidence") == 16
    assess_prompts.pipe(EXAMPLES / "zilitkalni.yaml", [line for _, line in typed])
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    assert "73 prompts" in readme


def test_cli_runner_drives_a_latvian_session_with_labels(tmp_path):
    """A shipped set, answered by Latvian labels without diacritics, through the CLI."""
    path = tmp_path / "ciems.yaml"
    profile = ["Zīlītkalni", *[""] * 16, "14.05.2024."]
    result = CliRunner().invoke(
        app,
        ["assess", str(path), "--from-stdin"],
        input=lines(*profile, "attistibas plans vai strategija", "", ":q"),
    )
    assert result.exit_code == 0, result.output
    assert "✓ saglabāts: Attīstības plāns vai stratēģija ar mērķiem" in flat(result.stderr)


def test_back_at_the_criterion_offer_offers_it_again_after_the_new_answer(
    tmp_path, recommended_dir
):
    data = questionnaire_data({"q_yes": FULL_ANSWERS["q_yes"], "q_rubric": 3})
    path = write_yaml(tmp_path / "ciems.yaml", data)
    result = assess(path, recommended_dir, lines("120", "<", "40", "", ":q"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Evidence for the criterion 'Participation'") == 2
    assert str(answers_in(path)["q_num"].value) == "40"
