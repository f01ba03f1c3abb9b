"""The scoring engine: every answer type, unanswered and N/A rules, gates, tiers, gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import FULL_ANSWERS, questionnaire_data

from smartvillage.errors import InputError
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring import check_answers, score

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)


def run(mini, answers):
    return score(Questionnaire.model_validate(questionnaire_data(answers)), mini, now=NOW)


def question(report, qid):
    return next(q for c in report.criteria_results for q in c.questions if q.id == qid)


def test_full_answers_reach_the_top_tier(mini):
    report = run(mini, FULL_ANSWERS)
    assert report.summary.percent == 100
    assert report.summary.tier == "top"
    assert report.summary.tier_label.lv == "Augšā"
    assert [c.status for c in report.criteria_results] == ["met", "met", "met"]
    assert report.summary.counts.model_dump() == {
        "questions": 7,
        "answered": 6,
        "unanswered": 0,
        "not_applicable": 1,
        "evidence_missing": 0,
    }
    assert report.gaps == []
    assert report.generated_at == "2024-06-01T12:00:00+00:00"


@pytest.mark.parametrize(
    ("qid", "answer", "points", "rule"),
    [
        ("q_yes", "yes", 2, "yes → 2"),
        ("q_yes", "nē", 0, "no → 0"),
        ("q_yes", True, 2, "yes → 2"),
        ("q_rubric", 2, 2, "level 2 → 2"),
        ("q_rubric", "1", 1, "level 1 → 1"),
        ("q_num", 9, 0, "9 in x < 10 → 0"),
        ("q_num", "10", 1, "10 in 10 ≤ x < 50 → 1"),
        ("q_num", 50, 3, "50 in 50 ≤ x → 3"),
        ("q_num", "1 200", 3, "1200 in 50 ≤ x → 3"),
        ("q_choice", "yearly", 1, "yearly → 1"),
        ("q_choice", "Katru mēnesi", 2, "monthly → 2"),
        ("q_multi", ["chat", "web"], 2, "web (1) + chat (1) = 2"),
        ("q_multi", "web; chat; app", 3, "web (1) + chat (1) + app (2) = 4, capped at 3"),
        ("q_multi", [], 0, "none = 0"),
        ("q_init", [{"name": "A", "properties": ["digital"]}], 2, "1 initiative(s): 2 = 2"),
        (
            "q_init",
            [
                {"name": "A", "properties": {"digital": True, "lasting": "jā"}},
                "B",
                {"name": "C", "properties": ["lasting"]},
            ],
            6,
            "3 initiative(s): 4 + 1 + 3 = 8, capped at 6",
        ),
        ("q_na", "yes", 1, "yes → 1"),
    ],
)
def test_each_answer_type_scores_by_its_rule(mini, qid, answer, points, rule):
    result = question(run(mini, {qid: answer}), qid)
    assert result.status == "answered"
    assert result.points == points
    assert result.rule == rule


@pytest.mark.parametrize(
    ("qid", "answer", "message"),
    [
        ("q_yes", "maybe", "expected yes or no, got 'maybe'"),
        ("q_yes", 1, "expected yes or no, got 1"),
        ("q_rubric", 7, "expected one of the levels 0, 1, 2, 3, got 7"),
        ("q_rubric", "1.5", "expected one of the levels 0, 1, 2, 3, got '1.5'"),
        ("q_num", "many", "expected a number, got 'many'"),
        ("q_num", True, "expected a number, got True"),
        ("q_num", -1, "expected at least 0, got -1"),
        ("q_num", 2.5, "expected a whole number, got 2.5"),
        ("q_num", "nan", "expected a number, got 'nan'"),
        ("q_choice", "weekly", "expected one of “Never”, “Yearly”, “Monthly”, got 'weekly'"),
        ("q_multi", ["web", "web"], "option 'web' is given twice"),
        ("q_multi", ["fax"], "expected one of “Website”, “Chat”, “App”, got 'fax'"),
        ("q_init", "Talka", "expected a list of initiatives"),
        (
            "q_init",
            [{"name": "A", "properties": ["flying"]}],
            "initiative 1: unknown property 'flying'; expected one of digital, lasting",
        ),
        ("q_init", [{"properties": ["digital"]}], "initiative 1: expected a name"),
        ("q_yes", "n/a", "'not applicable' is not allowed for this question"),
        ("nope", "yes", "no question 'nope' in mini@1"),
    ],
)
def test_invalid_answers_are_named(mini, qid, answer, message):
    questionnaire = Questionnaire.model_validate(questionnaire_data({qid: answer}))
    problems = check_answers(questionnaire, mini)
    assert [p.field for p in problems] == [f"answers.{qid}"]
    assert message in problems[0].message
    with pytest.raises(InputError):
        score(questionnaire, mini)


def test_partial_answers_weights_gaps_and_unanswered(mini):
    report = run(
        mini,
        {
            "q_yes": "no",
            "q_rubric": 2,
            "q_num": 30,
            "q_choice": "yearly",
            "q_multi": ["chat"],
            "q_na": "yes",
        },
    )
    by_id = {c.id: c for c in report.criteria_results}
    assert (by_id["c1"].points, by_id["c1"].max_points, by_id["c1"].percent) == (2, 5, 40)
    assert (by_id["c2"].points, by_id["c2"].max_points, by_id["c2"].percent) == (2, 5, 40)
    assert (by_id["c3"].points, by_id["c3"].max_points, by_id["c3"].percent) == (2, 10, 20)
    assert [d.percent for d in report.dimensions] == [40, 20]
    assert report.summary.percent == 25  # (40*1 + 20*3) / 4
    assert report.summary.weakest_dimension == "d2"
    assert report.summary.average_dimension_percent == 30
    assert report.summary.tier == "low"
    assert [(g.criterion, g.gain) for g in report.gaps] == [("c3", 60), ("c2", 10), ("c1", 5)]
    assert report.summary.counts.unanswered == 1
    assert question(report, "q_init").rule == "unanswered → 0"
    assert any(
        "1 of 7 questions is unanswered and counts as 0 points" in w for w in report.warnings
    )
    # yearly earns a point, needs evidence, has none
    assert question(report, "q_choice").evidence_missing is True
    assert report.summary.counts.evidence_missing == 1
    assert [(g.criterion, g.met) for g in report.gates] == [("c1", False)]


def test_middle_tier_lists_what_the_top_tier_needs(mini):
    answers = dict(FULL_ANSWERS)
    answers.update(
        {
            "q_num": 30,
            "q_choice": "yearly",
            "q_multi": ["web", "chat"],
            "q_init": [
                {"name": "A", "properties": ["digital"]},
                {"name": "B", "properties": ["digital"]},
            ],
        }
    )
    report = run(mini, answers)
    assert report.summary.percent == 65
    assert report.summary.tier == "mid"
    top = report.tiers[0]
    assert not top.reached
    assert [(r.requirement, r.met) for r in top.requirements] == [
        ("min_percent", False),
        ("all_gates", True),
        ("all_criteria", False),
        ("evidence_complete", False),
    ]
    assert top.requirements[2].failing == ["c2"]
    assert top.requirements[2].detail == "every criterion met; not met: c2"
    assert top.requirements[3].failing == ["q_choice"]


def test_not_applicable_is_left_out_of_points_and_maximum(mini):
    with_na = run(mini, {"q_multi": ["app"], "q_init": [], "q_na": "n/a"})
    c3 = with_na.criteria_results[2]
    assert (c3.points, c3.max_points) == (2, 9)
    without = run(mini, {"q_multi": ["app"], "q_init": [], "q_na": "no"})
    assert without.criteria_results[2].max_points == 10


def test_a_criterion_with_every_question_not_applicable_is_not_assessed(mini, criteria_dir):
    from smartvillage.io.criteria import load_criteria_file

    path = criteria_dir / "mini" / "1.yaml"
    text = path.read_text(encoding="utf-8").replace('version: "1"', 'version: "2"')
    for kind in ("multi_choice", "initiatives"):
        text = text.replace(f"type: {kind}\n", f"type: {kind}\n        allow_na: true\n")
    alt = criteria_dir / "mini" / "2.yaml"
    alt.write_text(text, encoding="utf-8")
    criteria = load_criteria_file(alt)
    data = questionnaire_data(dict(FULL_ANSWERS, q_multi="n/a", q_init="n/a"))
    data["criteria"] = "mini@2"
    report = score(Questionnaire.model_validate(data), criteria, now=NOW)
    c3 = report.criteria_results[2]
    assert (c3.percent, c3.status) == (None, "not_assessed")
    assert report.dimensions[1].percent is None
    assert report.summary.percent == 100  # only d1 is assessed
    assert report.summary.weakest_dimension == "d1"


def test_scoring_against_another_version_lists_answers_that_do_not_apply(mini):
    data = questionnaire_data(dict(FULL_ANSWERS, old_question="yes"))
    data["criteria"] = "mini@0"
    report = score(Questionnaire.model_validate(data), mini, now=NOW)
    assert report.unknown_answers == ["old_question"]
    assert report.warnings[0] == "the questionnaire answers mini@0 but was scored against mini@1"


def test_same_inputs_give_the_same_report(mini):
    first = run(mini, FULL_ANSWERS).model_dump_json()
    second = run(mini, FULL_ANSWERS).model_dump_json()
    assert first == second
    assert run(mini, FULL_ANSWERS).criteria.digest.startswith("sha256:")


def test_digest_ignores_layout_and_defaults_but_not_content(criteria_dir):
    from smartvillage.io.criteria import load_criteria_file
    from smartvillage.scoring import criteria_digest

    base = criteria_dir / "mini" / "1.yaml"
    text = base.read_text(encoding="utf-8")
    same = criteria_dir / "mini" / "same.yaml"
    same.write_text(
        "# a comment\n" + text.replace("  - id: d1\n", "  - id: d1\n    weight: 1\n"),
        encoding="utf-8",
    )
    other = criteria_dir / "mini" / "other.yaml"
    other.write_text(text.replace("points_yes: 2", "points_yes: 3"), encoding="utf-8")
    digest = criteria_digest(load_criteria_file(base))
    assert criteria_digest(load_criteria_file(same)) == digest
    assert criteria_digest(load_criteria_file(other)) != digest


# -- AnswerError in Latvian ------------------------------------------------------------

# The answers test_invalid_answers_are_named lists that interpret() itself refuses (the
# others are refused by check_answers: an unknown question, n/a where it is not allowed).
_ANSWER_ERRORS = [
    case
    for case in next(
        m for m in test_invalid_answers_are_named.pytestmark if m.name == "parametrize"
    ).args[1]
    if case[0] != "nope" and case[1] != "n/a"
]
_ENGLISH = (
    "expected",
    "got",
    "should",
    "unknown",
    "given",
    "twice",
    "initiative ",
    "a list",
    "number",
    "level",
    "option ",
    "name",
    "at least",
    "at most",
)


@pytest.mark.parametrize(("qid", "answer", "message"), _ANSWER_ERRORS)
def test_every_answer_error_has_a_latvian_text(mini, qid, answer, message):
    from smartvillage import messages
    from smartvillage.scoring.answer_texts import answer_error_text
    from smartvillage.scoring.answers import AnswerError, interpret

    questions = {q.id: q for c in mini.criteria for q in c.questions}
    with pytest.raises(AnswerError) as caught:
        interpret(questions[qid], answer)
    exc = caught.value
    assert messages.has(f"answer.{exc.code}")
    assert answer_error_text(exc, "en") == str(exc)
    assert message in str(exc)  # the English text stays as validate prints it
    latvian = answer_error_text(exc, "lv")
    assert latvian != str(exc)
    assert not [word for word in _ENGLISH if word in latvian], latvian
    assert any(word in latvian for word in ("gaidīt", "nezināma", "divreiz")), latvian


@pytest.mark.parametrize(
    ("qid", "answer", "latvian"),
    [
        ("q_yes", "varbūt", "gaidīts jā vai nē, saņemts 'varbūt'"),
        ("q_rubric", "7", "gaidīts viens no līmeņiem 0, 1, 2, 3, saņemts '7'"),
        ("q_num", "daudz", "gaidīts skaitlis, saņemts 'daudz'"),
        ("q_num", "2,5", "gaidīts vesels skaitlis, saņemts '2,5'"),
        ("q_num", -1, "gaidīts vismaz 0, saņemts -1"),
        (
            "q_choice",
            "weekly",
            "gaidīta viena no izvēlēm “Nekad”, “Reizi gadā”, “Katru mēnesi”, saņemts 'weekly'",
        ),
        ("q_multi", ["web", "web"], "izvēle 'web' norādīta divreiz"),
        (
            "q_init",
            [{"name": "A", "properties": ["x"]}],
            "iniciatīva 1: nezināma īpašība 'x'; gaidīta viena no digital, lasting",
        ),
        ("q_init", ["A", {"name": " "}], "iniciatīva 2: gaidīts nosaukums"),
        ("q_init", [{"name": "A", "kad": 1}], "iniciatīva 1: nezināms lauks kad; atļauti:"),
        (
            "q_init",
            [{"name": "A", "properties": {"digital": "varbūt"}}],
            "iniciatīva 1: īpašībai 'digital' jābūt jā vai nē",
        ),
    ],
)
def test_latvian_answer_error_texts(mini, qid, answer, latvian):
    from smartvillage.scoring.answer_texts import answer_error_text
    from smartvillage.scoring.answers import AnswerError, interpret

    questions = {q.id: q for c in mini.criteria for q in c.questions}
    with pytest.raises(AnswerError) as caught:
        interpret(questions[qid], answer)
    assert latvian in answer_error_text(caught.value, "lv")
    assert caught.value.text("lv") == answer_error_text(caught.value, "lv")


def test_answer_error_numbers_lists_and_plain_errors():
    import pickle

    from smartvillage.scoring.answer_texts import answer_error_text
    from smartvillage.scoring.answers import AnswerError

    at_most = AnswerError.of("at_most", max=12.5, got="13")
    assert str(at_most) == "expected at most 12.5, got 13"
    assert answer_error_text(at_most, "lv") == "gaidīts ne vairāk kā 12,5, saņemts 13"
    props = AnswerError.of("initiative.property", n=1, key="x", known=[])
    assert str(props).endswith("expected one of (none defined)")
    assert answer_error_text(props, "lv").endswith("gaidīta viena no (nav definēta neviena)")
    copy = pickle.loads(pickle.dumps(at_most))
    assert (str(copy), copy.code, copy.params) == (str(at_most), "at_most", at_most.params)
    plain = AnswerError("something else")  # made from plain text: the same in both
    assert plain.code is None and answer_error_text(plain, "lv") == "something else"


def test_every_message_has_both_languages_with_the_same_placeholders():
    import re
    import string

    from smartvillage import messages

    for code, texts in messages.section("answer").items():
        names = {
            lang: {f[1] for f in string.Formatter().parse(text) if f[1]}
            for lang, text in texts.items()
        }
        assert set(texts) == {"lv", "en"}, code
        assert names["lv"] == names["en"], code
    # every AnswerError raised by the scoring rules and by assess has a code
    src = Path(__file__).resolve().parents[1] / "src" / "smartvillage"
    for module in ("scoring/answers.py", "assess/answers.py"):
        text = (src / module).read_text(encoding="utf-8")
        assert "raise AnswerError" in text
        assert not re.search(r"raise AnswerError(?!\.of\()", text), module


def test_numbers_are_shown_exactly_without_float_noise():
    from smartvillage.models.common import fmt_points
    from smartvillage.models.criteria import Band

    assert [fmt_points(v) for v in (2.0, 1.5, 0.1 + 0.2, 1234567.5, -0.0)] == [
        "2",
        "1.5",
        "0.3",
        "1234567.5",
        "0",
    ]
    assert Band(min=1000000, max=2500000.5, points=1).describe() == "1000000 ≤ x < 2500000.5"
