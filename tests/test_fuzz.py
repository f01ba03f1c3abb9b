"""Property-based tests: any input ends in a result or a clean error; scores stay sane."""

from __future__ import annotations

import datetime as dt
import json

import yaml
from conftest import FULL_ANSWERS, questionnaire_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.errors import InputError
from smartvillage.io.documents import parse_json, parse_yaml
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring import check_answers, score

runner = CliRunner()
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def clean_exit(result) -> bool:
    return (
        result.exit_code in (0, 2)
        and "Traceback" not in result.output
        and (result.exception is None or isinstance(result.exception, SystemExit))
    )


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_questionnaire_end_cleanly(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "q.yaml"
    path.write_bytes(data)
    result = runner.invoke(app, ["score", str(path)])
    assert clean_exit(result), result.output


yaml_text = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20)
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(yaml_text)
def test_any_document_parses_or_is_refused(value):
    text = yaml.safe_dump(value, allow_unicode=True)
    for parse in (parse_yaml, parse_json):
        try:
            parse(text if parse is parse_yaml else json.dumps(value), "x")
        except InputError as exc:
            assert exc.problems and all(p.file == "x" for p in exc.problems)


answer_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 200),
    st.floats(allow_nan=False, width=32),
    st.sampled_from(["yes", "no", "jā", "nē", "n/a", "monthly", "web; app", "", "1,5"]),
    st.lists(st.sampled_from(["web", "chat", "app", "fax"]), max_size=4),
    st.lists(
        st.fixed_dictionaries(
            {
                "name": st.text(min_size=1, max_size=8),
                "properties": st.lists(st.sampled_from(["digital", "lasting"]), max_size=2),
            }
        ),
        max_size=4,
    ),
)
QUESTIONS = list(FULL_ANSWERS)


@FUZZ
@given(st.dictionaries(st.sampled_from(QUESTIONS), answer_values))
def test_any_answers_score_in_range_or_are_named(mini, answers):
    questionnaire = Questionnaire.model_validate(questionnaire_data(answers))
    problems = check_answers(questionnaire, mini)
    if problems:
        assert {p.field for p in problems} <= {f"answers.{q}" for q in answers}
        return
    report = score(questionnaire, mini, now=NOW)
    assert 0 <= report.summary.percent <= 100
    for criterion in report.criteria_results:
        assert 0 <= criterion.points <= criterion.max_points
        assert criterion.status == "not_assessed" or (criterion.status == "met") == (
            criterion.percent >= criterion.met_percent
        )
    tier = next(t for t in report.tiers if t.id == report.summary.tier)
    assert tier.reached and all(not t.reached for t in report.tiers[: tier.rank])
    assert score(questionnaire, mini, now=NOW) == report


@FUZZ
@given(st.sampled_from(["q_yes", "q_rubric", "q_num", "q_choice"]), st.integers(0, 3))
def test_a_better_answer_never_lowers_the_score(mini, qid, step):
    worse = {"q_yes": "no", "q_rubric": 0, "q_num": 0, "q_choice": "never"}
    better = {
        "q_yes": "yes",
        "q_rubric": step,
        "q_num": step * 30,
        "q_choice": ["never", "yearly", "monthly", "monthly"][step],
    }
    low = score(Questionnaire.model_validate(questionnaire_data(worse)), mini, now=NOW)
    high = score(
        Questionnaire.model_validate(questionnaire_data(dict(worse, **{qid: better[qid]}))),
        mini,
        now=NOW,
    )
    assert high.summary.percent >= low.summary.percent
