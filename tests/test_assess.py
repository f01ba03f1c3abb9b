"""``assess`` driven through its input: piped on purpose (CliRunner) and in-process sessions.

The mini criteria set (conftest) has seven questions of every type; a full session
answers them as ``FULL_ANSWERS`` does, so its file must score exactly like that YAML.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
import yaml
from conftest import FULL_ANSWERS, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage.assess.answers import parse_answer, parse_properties, stored_value
from smartvillage.assess.commands import Command, read_line
from smartvillage.assess.session import Outcome, ScriptError, Session
from smartvillage.assess.state import Draft, question_order
from smartvillage.assess.terminal import Terminal, clean
from smartvillage.cli.app import app
from smartvillage.io.questionnaire import load_questionnaire
from smartvillage.scoring.answers import AnswerError

runner = CliRunner()

# The profile as conftest.questionnaire_data has it (no contact).
PROFILE = [
    "Ābeļciems",
    "Ābeļu pagasts",
    "Tukuma novads",
    "Kurzeme",
    "420",
    "",
    "",
    "",
    *[""] * 7,  # the LEADER profile: group, type, legal name, reg. no., recognition, mentor
    "mentor",
    "Līga Ozola",
    "2024-05-14",
]
# FULL_ANSWERS as typed, question by question, with the evidence prompts.
ANSWERS = [
    "jā",
    "https://example.org/plan",
    "plāns",
    "",  # q_yes + evidence, Enter ends
    "3",  # q_rubric
    "120",  # q_num
    "monthly",
    "protokols.pdf",
    "",
    "",  # q_choice + evidence (no 'shows')
    "web, app",  # q_multi
    "Ciema čats",
    "digital, lasting",
    "Talka",
    "2",
    "",  # q_init: two initiatives
    "n/a",  # q_na
]


def lines(*parts: str) -> str:
    """Lines as piped input."""
    return "".join(f"{p}\n" for p in parts)


def assess(path: Path, criteria_dir: Path, input, *extra: str):
    """Run ``assess --from-stdin`` on the mini set."""
    args = [
        "assess",
        str(path),
        "--criteria",
        "mini@1",
        "--criteria-dir",
        str(criteria_dir),
        "--from-stdin",
        *extra,
    ]
    return runner.invoke(app, args, input=input)


def report_json(path: Path, criteria_dir: Path) -> dict:
    """The JSON report of a questionnaire, without what differs between runs and files."""
    result = runner.invoke(
        app, ["score", str(path), "--criteria-dir", str(criteria_dir), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    report.pop("generated_at")
    report.pop("source")
    return report


def answers_in(path: Path) -> dict:
    """The answers of a saved questionnaire that say something."""
    questionnaire = load_questionnaire(path)
    return {q: a for q, a in questionnaire.answers.items() if a is not None and a.answered}


# -- the whole command ------------------------------------------------------------


def test_refuses_when_stdin_is_not_a_terminal(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = runner.invoke(
        app, ["assess", str(path), "--criteria-dir", str(criteria_dir)], input="Ābeļciems\n"
    )
    assert result.exit_code == 2
    assert "nav terminālis" in result.stderr and "--from-stdin" in result.stderr
    assert not path.exists()


def test_full_session_scores_exactly_like_the_same_answers_in_yaml(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the conversation is on stderr when piped
    assert "Ciema nosaukums: Ābeļciems" in result.stderr  # the transcript echoes the answers
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)
    check = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert check.exit_code == 0, check.output


def test_the_file_keeps_every_latvian_letter(tmp_path, criteria_dir):
    letters = "āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ"
    path = tmp_path / "ciems.yaml"
    profile = [f"Ciems {letters}", *PROFILE[1:]]
    result = assess(path, criteria_dir, lines(*profile, f"!piezīme {letters}", ":q"))
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.count(letters) == 2
    questionnaire = load_questionnaire(path)
    assert questionnaire.village.name == f"Ciems {letters}"
    assert questionnaire.answers["q_yes"].note == letters


def test_decomposed_letters_are_saved_composed(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    decomposed = "A\u0304bel\u0327ciems"  # Ā and ļ typed as letter + combining mark
    result = assess(path, criteria_dir, lines(decomposed, *PROFILE[1:], ":q"))
    assert result.exit_code == 0, result.output
    assert load_questionnaire(path).village.name == "Ābeļciems"


def test_input_ending_halfway_keeps_everything_and_resumes_at_the_next_question(
    tmp_path, criteria_dir
):
    path = tmp_path / "ciems.yaml"
    first = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS[:6]))  # q_yes, q_rubric, q_num
    assert first.exit_code == 0, first.output
    assert set(answers_in(path)) == {"q_yes", "q_rubric", "q_num"}
    assert "smartvillage assess" in first.stderr  # how to continue
    second = assess(path, criteria_dir, lines(*ANSWERS[6:]))
    assert second.exit_code == 0, second.output
    shown = [line for line in second.stderr.splitlines() if line.startswith("Jautājums")]
    assert shown[0].startswith("Jautājums 4 no 7")  # q_choice, the next unanswered one
    assert "Turpinām: 3 no 7" in second.stderr
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


@pytest.fixture
def ctrl_c_after(monkeypatch):
    """Make the terminal get Ctrl-C (KeyboardInterrupt) when reading line ``count + 1``."""

    def arm(count: int) -> None:
        original = Terminal.ask

        def ask(self, prompt):
            if self.lines_read >= count:
                raise KeyboardInterrupt
            return original(self, prompt)

        monkeypatch.setattr(Terminal, "ask", ask)

    return arm


def test_ctrl_c_halfway_exits_130_with_everything_saved(tmp_path, criteria_dir, ctrl_c_after):
    path = tmp_path / "ciems.yaml"
    ctrl_c_after(len(PROFILE) + 8)  # in q_choice's 'shows' prompt, after its document
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS))
    assert result.exit_code == 130
    ctrl_c_after(10**6)
    assert "Pārtraukts" in result.stderr
    saved = answers_in(path)
    assert set(saved) == {"q_yes", "q_rubric", "q_num", "q_choice"}
    assert saved["q_choice"].evidence[0].document == "protokols.pdf"
    resumed = assess(path, criteria_dir, lines(*ANSWERS[10:]))
    assert resumed.exit_code == 0, resumed.output
    shown = [line for line in resumed.stderr.splitlines() if line.startswith("Jautājums")]
    assert shown[0].startswith("Jautājums 5 no 7")
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_ctrl_c_in_the_profile_writes_nothing(tmp_path, criteria_dir, ctrl_c_after):
    path = tmp_path / "ciems.yaml"
    ctrl_c_after(4)
    result = assess(path, criteria_dir, lines(*PROFILE))
    assert result.exit_code == 130
    assert not path.exists()


def test_quit_in_the_profile_writes_nothing(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines("Ābeļciems", ":q"))
    assert result.exit_code == 0
    assert not path.exists()
    assert "Nekas nav saglabāts" in result.stderr


def test_back_and_skip(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    typed = [
        "jā",
        "",
        "<",  # q_yes (no evidence), then back from q_rubric
        "nē",  # q_yes again: now no (0 points, so no evidence asked)
        ">",  # skip q_rubric
        "42",
        ":q",
    ]  # q_num, quit at q_choice
    result = assess(path, criteria_dir, lines(*PROFILE, *typed))
    assert result.exit_code == 0, result.output
    saved = answers_in(path)
    assert saved["q_yes"].value == "no"
    assert set(saved) == {"q_yes", "q_num"}
    resumed = assess(path, criteria_dir, lines(":q"))
    shown = [line for line in resumed.stderr.splitlines() if line.startswith("Jautājums")]
    assert shown == ["Jautājums 2 no 7 · Kopīgs mērķis [obligātais kritērijs]"]  # skipped one


def test_back_returns_to_the_question_answered_before(tmp_path, criteria_dir):
    path = write_yaml(
        tmp_path / "ciems.yaml", questionnaire_data({"q_yes": "yes", "q_rubric": 2, "q_num": 5})
    )
    result = assess(path, criteria_dir, lines("<", "", ":q"), "--lang", "en")
    shown = [line for line in result.stderr.splitlines() if line.startswith("Question")]
    assert [s.split(" · ")[0] for s in shown] == [
        "Question 4 of 7",
        "Question 3 of 7",
        "Question 4 of 7",
    ]
    assert "Current answer: 5 people" in result.stderr


def test_not_applicable_only_where_the_question_allows_it(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE, "n/a"), "--lang", "en")
    assert result.exit_code == 2
    assert "line 19: q_yes: This question cannot be answered 'not applicable'" in result.stderr
    done = assess(path, criteria_dir, lines(*[">"] * 6, "nav attiecināms"))
    assert done.exit_code == 0, done.output
    assert answers_in(path)["q_na"].na


def test_a_piped_answer_that_does_not_fit_stops_with_exit_2(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines(*PROFILE, "varbūt", "jā"), "--lang", "en")
    assert result.exit_code == 2
    assert "line 19: q_yes: expected yes or no, got 'varbūt'" in result.stderr
    assert "everything before it is saved" in result.stderr
    assert load_questionnaire(path).village.name == "Ābeļciems"
    assert answers_in(path) == {}


def test_piped_commands_progress_report_and_help(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(
        path,
        criteria_dir,
        lines(*PROFILE, "?", "!progress", "jā", "", "!report", ":q"),
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "Commands (at any prompt)" in err
    assert "Shared goal" in err  # the help shows the criterion
    assert "In all: 0 of 7 answered" in err
    assert "Tier: Low" in err  # the report, through the table renderer
    assert "Claims without evidence" in err  # q_yes claimed without its required evidence


def test_note_with_and_without_text(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    typed = ["!note pajautāt valdei", "!piezīme", "Pārbaudīt protokolu", ">", "!note", "-", ":q"]
    result = assess(path, criteria_dir, lines(*PROFILE, *typed))
    assert result.exit_code == 0, result.output
    questionnaire = load_questionnaire(path)
    assert questionnaire.answers["q_yes"].note == "Pārbaudīt protokolu"
    assert not questionnaire.answers["q_yes"].answered
    assert questionnaire.answers.get("q_rubric") is None


def test_profile_defaults_back_and_checks(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    typed = [
        "",
        "Ābeļciems",  # the name is required
        "<",
        "Ābeļciems",  # back from the parish to the name
        "",
        "",
        "Rīga",
        "daudz",
        "1200",  # population must be a number
        "Anna",
        "anna",
        "anna@example.lv",
        "+371 20000000",
        "Zied zeme",
        "pilsēta",
        "apkaime",  # the type of community: a number, an id or a label
        "Biedrība “Ābele”",
        "4000801234",
        "400 080 123 45",  # 11 digits; spaces are dropped
        "2019",
        "2023",  # a past round, 2021 or later
        "",  # no tier: the recognition is asked again, year first
        "2023",
        "on_the_way",
        "Ilze Kalniņa",
        "3",
        "",
        "14.05.2024",
        ":q",
    ]
    runner_result = assess(path, criteria_dir, lines(*typed))
    assert runner_result.exit_code == 2  # strict: the first refusal stops
    assert "1. rinda: profile.name: Šis lauks ir obligāts." in runner_result.stderr
    # The same typing in an interactive session re-asks instead.
    out = io.StringIO()
    terminal = Terminal(io.StringIO(lines(*typed)), out)
    from smartvillage.io.criteria import load_criteria

    mini = load_criteria("mini@1", [criteria_dir])
    session = Session(terminal, mini, path, "en", today=dt.date(2024, 5, 1))
    assert session.run() is Outcome.QUIT
    text = out.getvalue()
    assert "This field is required." in text
    assert "expected a whole number from 0 to 10,000,000" in text
    assert "expected an e-mail address" in text
    assert "expected a type of community: 1 village, 2 neighbourhood" in text
    assert "expected the 11-digit registration number" in text
    assert "expected a round from 2021 to" in text
    assert "an earlier recognition needs both the year and the tier" in text
    questionnaire = load_questionnaire(path)
    assert questionnaire.schema_version == 2
    village = questionnaire.village
    assert (village.leader_group, village.community_type, village.mentor) == (
        "Zied zeme",
        "neighbourhood",
        "Ilze Kalniņa",
    )
    assert village.legal_body.registration_number == "40008012345"
    assert (village.recognition.year, village.recognition.tier) == (2023, "on_the_way")
    assert questionnaire.village.region == "Rīga"
    assert questionnaire.village.population == 1200
    assert questionnaire.village.contact.email == "anna@example.lv"
    assert questionnaire.assessment.assessor == "jury"
    assert questionnaire.assessment.date == dt.date(2024, 5, 14)


def test_date_defaults_to_today(tmp_path, criteria_dir):
    path = tmp_path / "ciems.yaml"
    result = assess(path, criteria_dir, lines("Ābeļciems", *[""] * 17, ":q"))
    assert result.exit_code == 0, result.output
    questionnaire = load_questionnaire(path)
    assert questionnaire.assessment.date == dt.date.today()
    assert questionnaire.assessment.assessor == "mentor"


def test_json_file_stays_json(tmp_path, criteria_dir):
    path = tmp_path / "ciems.json"
    result = assess(path, criteria_dir, lines(*PROFILE, *ANSWERS))
    assert result.exit_code == 0, result.output
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["village"]["name"] == "Ābeļciems"
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_review_walks_every_question_and_enter_keeps_answers(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data())
    before = report_json(path, criteria_dir)
    result = assess(
        path, criteria_dir, lines("", "2", "", "", "", "", ""), "--review", "--lang", "en"
    )
    assert result.exit_code == 0, result.output
    shown = [line for line in result.stderr.splitlines() if line.startswith("Question")]
    assert len(shown) == 7
    after = report_json(path, criteria_dir)
    assert after["criteria_results"][0]["questions"][1]["answer"] == 2
    assert before["summary"]["points"] - after["summary"]["points"] == 1


def test_a_saved_answer_that_does_not_fit_is_asked_again(tmp_path, criteria_dir):
    data = questionnaire_data({**FULL_ANSWERS, "q_rubric": 7, "q_gone": "yes"})
    path = write_yaml(tmp_path / "ciems.yaml", data)
    result = assess(path, criteria_dir, lines("!report", "3"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "The saved answer does not fit (expected one of the levels 0, 1, 2, 3" in result.stderr
    assert "left out of the score (questions 2)." in result.stderr
    assert "q_rubric" not in result.stderr  # the question's number, never its id
    assert "questions that mini@1 does not have: q_gone" in result.stderr
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["answers"]["q_gone"] == "yes"  # kept, not thrown away
    assert saved["answers"]["q_rubric"] == 3


def test_comments_in_the_file_are_announced(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data())
    path.write_text("# mūsu piezīmes\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = assess(path, criteria_dir, lines(":q"), "--lang", "en")
    assert "has comments (#); they are not kept" in result.stderr


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("bad", [], "village"),
        (
            "other",
            ["--criteria", "viedais-ciems@2024"],
            "atbild kritēriju kopai mini@1, bet --criteria norāda",
        ),
        ("none", ["--criteria", "nosuch@1"], "kritēriju kopa 'nosuch@1' nav atrasta"),
    ],
)
def test_unusable_file_or_criteria_is_exit_2(tmp_path, criteria_dir, setup, args, message):
    path = tmp_path / "ciems.yaml"
    if setup == "bad":  # more than the profile is wrong (a profile alone is asked for)
        path.write_text(
            "schema_version: 1\ncriteria: mini@1\nvillage: {}\n"
            "answers: {q_yes: {value: jā, evidence: [{shows: plāns}]}}\n",
            encoding="utf-8",
        )
    elif setup == "other":
        write_yaml(path, questionnaire_data())
    before = path.read_bytes() if path.exists() else None
    result = runner.invoke(
        app,
        ["assess", str(path), "--criteria-dir", str(criteria_dir), "--from-stdin", *args],
        input="",
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert (path.read_bytes() if path.exists() else None) == before


def test_folder_that_does_not_exist_is_refused_before_any_question(tmp_path, criteria_dir):
    result = assess(tmp_path / "nav" / "ciems.yaml", criteria_dir, lines(*PROFILE))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert "Ciema nosaukums" not in result.stderr


def test_dash_is_not_a_file(criteria_dir):
    result = runner.invoke(app, ["assess", "-", "--from-stdin"], input="")
    assert result.exit_code == 2
    assert "norādiet faila nosaukumu" in result.stderr


def test_help_lists_the_commands_and_how_to_pipe():
    result = runner.invoke(app, ["assess", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for word in ("Example", "!palīdzība", ":q", "n/a", "!note", "!report", "--from-stdin", "130"):
        assert word in result.stdout


# -- the session in-process ---------------------------------------------------------


def run_session(criteria_dir: Path, path: Path, typed: list[str], lang="en", **kw):
    """Run a non-strict session (as a person at a terminal would) on the given lines."""
    from smartvillage.io.criteria import load_criteria

    mini = load_criteria("mini@1", [criteria_dir])
    draft = None
    if path.exists():
        draft = Draft.from_questionnaire(load_questionnaire(path), mini, path)
    out = io.StringIO()
    session = Session(
        Terminal(io.StringIO(lines(*typed)), out, width=100), mini, path, lang, draft=draft, **kw
    )
    return session.run(), out.getvalue()


def test_bad_answers_are_asked_again_naming_what_was_expected(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({}))
    typed = [
        "maybe",
        "n/a",
        "!nonsense",
        "<<",
        "jā",
        "",
        "7",
        "2",
        "-5",
        "12,5",
        "12",
        "9",
        "monthly",
        ">",
        "web, fax",
        "1, 3",
    ]
    outcome, text = run_session(criteria_dir, path, typed)
    assert outcome is Outcome.QUIT
    for message in (
        "Not accepted: expected yes or no, got 'maybe'",
        "This question cannot be answered 'not applicable'",
        "Unknown command '!nonsense'",
        "Unknown command '<<'",
        "Not accepted: expected one of the levels 0, 1, 2, 3, got '7'",
        "Not accepted: expected at least 0, got '-5'",
        "Not accepted: expected a whole number, got '12,5'",
        "Not accepted: expected a number from 1 to 3 or one of 1) Never, 2) Yearly, "
        "3) Monthly, got '9'",
        "Not accepted: expected a number from 1 to 3 or one of 1) Website, 2) Chat, 3) App, "
        "got 'fax'",
    ):
        assert message in text
    saved = answers_in(path)
    assert saved["q_multi"].value == ["web", "app"]
    assert saved["q_choice"].value == "monthly"
    assert saved["q_yes"].value == "yes" and saved["q_num"].value == "12"  # as the file reads
    assert text.count("Without evidence this claim is flagged") == 2  # q_yes and q_choice


def test_a_latvian_session_says_why_an_answer_does_not_fit_in_latvian(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({"q_rubric": 7}))
    typed = [
        "varbūt",
        "jā",
        "",
        "2",
        "12,5",
        "12",
        "9",
        "monthly",
        ">",
        "web, fax",
        "1, 3",
        "Talka",
        "lasting, nope",
        ":q",
    ]
    outcome, text = run_session(criteria_dir, path, typed, lang="lv")
    assert outcome is Outcome.QUIT
    text = " ".join(text.split())  # Rich wraps long lines
    for message in (
        "Neder: gaidīts jā vai nē, saņemts 'varbūt'",
        "Saglabātā atbilde neder (gaidīts viens no līmeņiem 0, 1, 2, 3, saņemts '7')",
        "Neder: gaidīts vesels skaitlis, saņemts '12,5'",
        "Neder: gaidīts numurs no 1 līdz 3 vai viens no 1) Nekad, 2) Reizi gadā, 3) Katru mēnesi, "
        "saņemts '9'",
        "Neder: gaidīts numurs no 1 līdz 3 vai viens no 1) Mājaslapa, 2) Čats, 3) Lietotne, "
        "saņemts 'fax'",
        "Neder: nezināma īpašība 'nope'; gaidīti numuri vai nosaukumi: 1) digitāla, 2) ilgtspējīga",
    ):
        assert message in text
    assert "expected" not in text and "got" not in text
    # piped on purpose, the error line names the line and the question, in the session language
    fresh = write_yaml(tmp_path / "cits.yaml", questionnaire_data({}))
    with pytest.raises(ScriptError, match=r"1\. rinda: q_yes: gaidīts jā vai nē"):
        run_session(criteria_dir, fresh, ["varbūt"], lang="lv", strict=True)
    with pytest.raises(ScriptError, match="line 1: q_yes: expected yes or no"):
        run_session(criteria_dir, fresh, ["varbūt"], lang="en", strict=True)


def test_initiatives_back_and_add(tmp_path, criteria_dir):
    path = write_yaml(
        tmp_path / "ciems.yaml",
        questionnaire_data({q: a for q, a in FULL_ANSWERS.items() if q != "q_init"}),
    )
    typed = [
        "Talka",
        "lasting, nope",
        "2",
        "Kino vakari",
        "<",
        "",  # back at properties
        ":q",
    ]
    outcome, text = run_session(criteria_dir, path, typed)
    assert "unknown property 'nope'; expected numbers or names: 1) digital, 2) lasting" in text
    assert answers_in(path)["q_init"].value == [{"name": "Talka", "properties": ["lasting"]}]
    # '+' adds to the saved list; '<' in the first name prompt puts it back as it was
    outcome, text = run_session(criteria_dir, path, [":q"])
    assert outcome is Outcome.DONE  # every question is answered: straight to the end
    assert "Every question is answered." in text
    outcome, text = run_session(
        criteria_dir, path, [*[""] * 5, "+", "Kino vakari", "1", "", ":q"], review=True
    )
    assert [i["name"] for i in answers_in(path)["q_init"].value] == ["Talka", "Kino vakari"]
    outcome, text = run_session(
        criteria_dir, path, [*[""] * 5, "Jauns", "<", "<", ":q"], review=True
    )
    assert [i["name"] for i in answers_in(path)["q_init"].value] == ["Talka", "Kino vakari"]


def test_initiatives_none_and_back_at_evidence(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({}))
    typed = [
        "jā",
        "<",  # back from q_yes's evidence prompt: asked again
        "",  # Enter keeps the answer; its evidence is asked again
        "protokols.pdf",
        "<",
        "",  # a document, but back at 'shows' drops it
        ">",
        ">",
        ">",
        ">",
        "-",
        ":q",
    ]
    _, text = run_session(criteria_dir, path, typed)
    saved = answers_in(path)
    assert saved["q_yes"].value == "yes" and saved["q_yes"].evidence == []
    assert saved["q_init"].value == []
    assert text.count("Is there a plan?") == 2
    assert "Without evidence this claim is flagged" in text


def test_question_order_is_dimension_by_dimension(mini):
    order = [s.id for s in question_order(mini)]
    assert order == ["q_yes", "q_rubric", "q_num", "q_choice", "q_multi", "q_init", "q_na"]


# -- the small parts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("?", Command.HELP),
        ("!palīdzība", Command.HELP),
        ("!PALIDZIBA", Command.HELP),
        ("<", Command.BACK),
        ("!atpakal", Command.BACK),
        (">", Command.SKIP),
        ("!izlaist", Command.SKIP),
        ("n/a", Command.NA),
        ("N/A", Command.NA),
        ("nav attiecināms", Command.NA),
        ("!note", Command.NOTE),
        ("!piezīme", Command.NOTE),
        ("!gaita", Command.PROGRESS),
        ("!report", Command.REPORT),
        ("!atskaite", Command.REPORT),
        (":q", Command.QUIT),
        ("!beigt", Command.QUIT),
        ("  :q  ", Command.QUIT),
    ],
)
def test_commands(line, command):
    assert read_line(line).command is command


@pytest.mark.parametrize(
    "line",
    [
        "jā",
        "nē",
        "3",
        "monthly",
        "Ābeļciems",
        "https://x.lv/?a",
        "n/a kaut kas",
        "nav",
        "-",
        "+",
        "1, 3",
    ],
)
def test_answers_are_never_commands(line):
    typed = read_line(line)
    assert typed.command is None and not typed.unknown


def test_note_command_takes_its_text():
    typed = read_line("!piezīme  Jāpajautā valdei ")
    assert typed.command is Command.NOTE and typed.arg == "Jāpajautā valdei"


def test_parse_answers(mini):
    questions = {q.id: q for c in mini.criteria for q in c.questions}
    assert stored_value(questions["q_yes"], parse_answer(questions["q_yes"], "Jā")) == "yes"
    assert parse_answer(questions["q_choice"], "3").value == "monthly"
    assert parse_answer(questions["q_choice"], "Katru mēnesi").value == "monthly"
    assert parse_answer(questions["q_multi"], "1 3").value == ["web", "app"]
    assert parse_answer(questions["q_multi"], "-").value == []
    assert parse_answer(questions["q_num"], "1 200").value == 1200
    assert parse_properties(questions["q_init"], "2, digital") == ["lasting", "digital"]
    with pytest.raises(AnswerError, match="expected a number from 1 to 3"):
        parse_answer(questions["q_choice"], "4")


def test_typed_text_is_cleaned():
    assert clean("Ābeļ\x1b[Dciems\x07\n") == "Ābeļciems"
    assert clean("A\u0304") == "Ā"
    assert clean("\udcc4\udc81") == "ā"  # UTF-8 bytes read through surrogateescape


def test_script_error_names_the_line(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({}))
    with pytest.raises(ScriptError, match="line 2: q_rubric: expected one of the levels"):
        run_session(criteria_dir, path, ["nē", "9"], strict=True)


def test_resaving_writes_numbers_as_numbers_and_keeps_initiative_details(tmp_path, criteria_dir):
    answers = {
        **FULL_ANSWERS,
        "q_rubric": "3",
        "q_num": "1 200",
        "q_yes": {**FULL_ANSWERS["q_yes"], "value": "jā"},
        "q_init": [
            {
                "name": "Talka",
                "properties": ["lasting"],
                "description": "Katru pavasari",
                "year": 2023,
            }
        ],
    }
    path = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(answers))
    before = report_json(path, criteria_dir)
    _, text = run_session(
        criteria_dir, path, [*[""] * 5, "+", "Kino vakari", "", "", ":q"], review=True
    )
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]
    assert saved["q_rubric"] == 3 and saved["q_num"] == 1200  # unquoted in the file
    assert saved["q_yes"]["value"] == "jā"  # the word as it was written
    assert saved["q_init"][0] == {
        "name": "Talka",
        "properties": ["lasting"],
        "description": "Katru pavasari",
        "year": "2023",
    }
    assert saved["q_init"][1] == {"name": "Kino vakari", "properties": []}
    assert "Current answer: Talka [lasting]" in text
    after = report_json(path, criteria_dir)
    assert after["summary"]["points"] == before["summary"]["points"] + 1  # one more initiative


def test_a_second_session_on_the_same_file_is_refused(tmp_path, criteria_dir):
    """Two sessions would each save over the other's answers: the second is refused."""
    from smartvillage.assess.state import only_session

    path = tmp_path / "ciems.yaml"
    with only_session(path):
        result = runner.invoke(
            app,
            [
                "assess",
                str(path),
                "--criteria-dir",
                str(criteria_dir),
                "--criteria",
                "mini@1",
                "--from-stdin",
            ],
            input="",
        )
    assert result.exit_code == 2
    assert "another assess session is working on this file" in result.stderr
    assert not path.exists()
