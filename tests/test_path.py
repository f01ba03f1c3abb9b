"""The path to the next tier: applied to a questionnaire, it really lifts the village a tier.

Checked on the shipped examples with the real engine, and for random questionnaires of
the mini criteria set against a brute-force search for the fewest changes.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, questionnaire_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring.path import PLACEHOLDER_EVIDENCE, apply_path, evidence_summary

NOW = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)


def rank(report) -> int:
    return next(t.rank for t in report.tiers if t.id == report.summary.tier)


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        ("veverupe.yaml", "on_the_way", "sign"),
        ("jaunpuni.yaml", "not_yet", "on_the_way"),
        ("priezulejas.json", "on_the_way", "sign"),
    ],
)
def test_applying_the_path_lifts_an_example_exactly_one_tier(name, before, after):
    questionnaire = load_questionnaire(EXAMPLES / name)
    criteria = load_criteria(questionnaire.criteria)
    report = score(questionnaire, criteria, now=NOW)
    assert report.summary.tier == before
    path = report.next_tier_path
    assert path is not None and path.reachable and path.minimal
    assert path.tier == after
    lifted = score(apply_path(questionnaire, path), criteria, now=NOW)
    assert lifted.summary.tier == after
    assert rank(lifted) == rank(report) - 1
    assert lifted.summary.percent == path.percent_after

    # steps toward an unmet gate come first, then the others; each group by gain
    def gate(step):
        return any(x.requirement == "all_gates" for x in step.serves)

    flags = [gate(s) for s in path.steps]
    assert flags == sorted(flags, reverse=True)
    for group in (True, False):
        gains = [s.percent_gained / s.steps for s in path.steps if gate(s) is group]
        assert gains == sorted(gains, reverse=True)


def test_every_step_is_needed_for_the_examples():
    """Leaving out any one step of a minimal path no longer reaches the tier."""
    for name in ("veverupe.yaml", "jaunpuni.yaml", "priezulejas.json"):
        questionnaire = load_questionnaire(EXAMPLES / name)
        criteria = load_criteria(questionnaire.criteria)
        report = score(questionnaire, criteria, now=NOW)
        path = report.next_tier_path
        for step in path.steps:
            partial = path.model_copy(update={"steps": [s for s in path.steps if s is not step]})
            again = score(apply_path(questionnaire, partial), criteria, now=NOW)
            assert again.summary.tier == report.summary.tier, (name, step.question)


def test_priezulejas_only_needs_its_missing_evidence():
    questionnaire = load_questionnaire(EXAMPLES / "priezulejas.json")
    report = score(questionnaire, load_criteria(questionnaire.criteria), now=NOW)
    path = report.next_tier_path
    assert [(s.question, s.kind, s.points_gained) for s in path.steps] == [
        ("vc4.innovations", "add_evidence", 0.0),
        ("vc5.visible_change", "add_evidence", 0.0),
    ]
    assert [s.serves[0].requirement for s in path.steps] == ["evidence_complete"] * 2
    assert path.percent_after == report.summary.percent
    assert report.evidence.missing == ["vc4.innovations", "vc5.visible_change"]


def test_veverupe_path_is_pinned():
    questionnaire = load_questionnaire(EXAMPLES / "veverupe.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria), now=NOW)
    path = report.next_tier_path
    steps = [
        (
            s.question,
            s.kind,
            s.steps,
            s.points_gained,
            s.percent_gained,
            s.add_evidence,
            [(x.requirement, x.target) for x in s.serves],
            s.change.en,
        )
        for s in path.steps
    ]
    # each criterion counts 1/7; minimality is counted in real steps (one level, one band,
    # one option, one initiative property, one piece of evidence), so the path climbs
    # one rung on many questions instead of jumping several rungs on a few; ordered by
    # gain per step
    assert steps == [
        (
            "vc1.vision_document",
            "raise",
            1,
            1.0,
            1.43,
            False,
            [("min_percent", None)],
            "A development plan or strategy with objectives, actions and people responsible",
        ),
        (
            "vc1.vision_made_together",
            "raise",
            1,
            1.0,
            1.43,
            False,
            [("min_percent", None)],
            "3 – Created together",
        ),
        (
            "vc1.residents_in_planning",
            "raise",
            1,
            1.0,
            1.43,
            False,
            [("min_percent", None)],
            "at least 30 % of residents",
        ),
        (
            "vc7.core_group",
            "raise",
            1,
            1.0,
            1.3,
            False,
            [("all_criteria", "vc7"), ("min_percent", None)],
            "at least 12 people",
        ),
        (
            "vc5.residents_say_better",
            "raise",
            1,
            1.0,
            1.19,
            False,
            [("all_criteria", "vc5"), ("min_percent", None)],
            "at least 75 % of respondents",
        ),
        (
            "vc3.needs_to_solutions",
            "raise",
            1,
            1.0,
            1.02,
            False,
            [("all_criteria", "vc3"), ("min_percent", None)],
            "2 – Mostly linked",
        ),
        (
            "vc3.identity",
            "raise",
            1,
            1.0,
            1.02,
            False,
            [("all_criteria", "vc3"), ("min_percent", None)],
            "Identity is kept up together with the school, library or culture house; there is a "
            "place story or brand",
        ),
        (
            "vc4.continuity",
            "raise",
            2,
            2.0,
            1.79,
            False,
            [("all_criteria", "vc4"), ("min_percent", None)],
            "Own income (service fees, a social enterprise) and people responsible",
        ),
        (
            "vc4.innovations",
            "raise",
            1,
            1.0,
            0.89,
            False,
            [("all_criteria", "vc4"), ("min_percent", None)],
            "“Ciema WhatsApp grupa ziņām un kopbraukšanai uz Talsiem”: + Environment-friendly",
        ),
        (
            "vc4.digital_tools",
            "raise",
            1,
            1.0,
            0.89,
            False,
            [("all_criteria", "vc4"), ("min_percent", None)],
            "3 – For services",
        ),
        (
            "vc3.needs_assessment",
            "add_evidence",
            1,
            0.0,
            0.0,
            True,
            [("evidence_complete", "vc3.needs_assessment")],
            # an evidence step says what kind of evidence, in the criterion's own words
            "Attach the survey or needs-assessment results and the map or list of resources.",
        ),
    ]
    assert (path.total_steps, path.minimal, path.percent_after) == (12, True, 71.14)


def test_no_path_at_the_top_tier():
    questionnaire = load_questionnaire(EXAMPLES / "zilitkalni.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria), now=NOW)
    assert report.summary.tier == "sign"
    assert report.next_tier_path is None


def test_applied_path_keeps_evidence_and_adds_a_placeholder():
    questionnaire = load_questionnaire(EXAMPLES / "veverupe.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria), now=NOW)
    applied = apply_path(questionnaire, report.next_tier_path)
    needs = applied.answers["vc3.needs_assessment"]
    assert needs.evidence[-1].document == PLACEHOLDER_EVIDENCE
    assert needs.note == questionnaire.answers["vc3.needs_assessment"].note
    assert (
        applied.answers["vc4.innovations"].evidence
        == questionnaire.answers["vc4.innovations"].evidence
    )
    assert applied.village == questionnaire.village


def test_unreachable_when_no_answer_can_improve(mini):
    # a set whose gate has one question, which the village marks not applicable
    data = mini.model_dump()
    data["criteria"][0]["questions"] = [dict(data["criteria"][0]["questions"][0], allow_na=True)]
    from smartvillage.models.criteria import CriteriaSet

    custom = CriteriaSet.model_validate(data)
    report = score(
        Questionnaire.model_validate(questionnaire_data({"q_yes": "n/a"})), custom, now=NOW
    )
    path = report.next_tier_path
    assert not path.reachable
    assert path.reason == "no_better_answer" and path.blocked == ["c1"]


def test_evidence_summary_counts_claims(mini):
    answers = dict(FULL_ANSWERS, q_choice="monthly")  # a claim that needs evidence, without
    report = score(Questionnaire.model_validate(questionnaire_data(answers)), mini, now=NOW)
    summary = evidence_summary(report)
    assert summary.model_dump() == {
        "claims": 6,
        "with_evidence": 1,
        "need_evidence": 2,
        "missing": ["q_choice"],
        "recommended_missing": [],
    }
    assert report.evidence == summary


# --------------------------------------------------------------------------- property

VALUES = {
    "q_yes": [None, "yes", "no"],
    "q_rubric": [None, 0, 1, 2, 3],
    "q_num": [None, 0, 9, 10, 49, 50, 400],
    "q_choice": [None, "never", "yearly", "monthly"],
    "q_multi": [None, [], ["web"], ["chat"], ["app"], ["web", "chat"], ["web", "app"]],
    "q_init": [
        None,
        [],
        [{"name": "A"}],
        [{"name": "A", "properties": ["digital"]}],
        [{"name": "A", "properties": ["lasting"]}, {"name": "B"}],
    ],
    "q_na": [None, "n/a", "yes", "no"],
}
EVIDENCE = [{"link": "https://example.org/x", "shows": "foto"}]
BEST = {
    "q_yes": "yes",
    "q_rubric": 3,
    "q_num": 50,
    "q_choice": "monthly",
    "q_multi": ["web", "chat", "app"],
    "q_init": [
        {"name": "N1", "properties": ["digital", "lasting"]},
        {"name": "N2", "properties": ["digital", "lasting"]},
    ],
    "q_na": "yes",
}


@st.composite
def mini_answers(draw):
    answers = {}
    for qid, values in VALUES.items():
        value = draw(st.sampled_from(values))
        if value is None:
            continue
        if qid in ("q_yes", "q_choice") and draw(st.booleans()):
            answers[qid] = {"value": value, "evidence": EVIDENCE}
        else:
            answers[qid] = value
    return answers


REQUIRED = {"q_yes", "q_choice"}  # the mini set's questions whose claims need evidence
LADDERS = {
    "q_rubric": [0, 1, 2, 3],
    "q_num": [0, 10, 50],
    "q_choice": ["never", "yearly", "monthly"],
}


def _band(value):
    return 0 if value < 10 else 1 if value < 50 else 2


def _options(qid, answer):
    """Every answer a step-by-step change could lead to, with its real steps (written
    from the step rules in the README, independently of the path's code)."""
    value = answer["value"] if isinstance(answer, dict) else answer
    has_evidence = isinstance(answer, dict) and bool(answer.get("evidence"))
    out = []
    if qid in ("q_yes", "q_na"):
        out = [("yes", 1)] if value != "yes" else []
    elif qid in LADDERS:
        ladder = LADDERS[qid]
        at = -1 if value is None else (_band(value) if qid == "q_num" else ladder.index(value))
        out = [(target, n - at) for n, target in enumerate(ladder) if n > at]
    elif qid == "q_multi":
        have = list(value or [])
        extra = [o for o in ("web", "chat", "app") if o not in have]
        out = [
            (have + list(add), len(add))
            for k in range(1, len(extra) + 1)
            for add in itertools.combinations(extra, k)
        ]
    elif qid == "q_init":
        items = [dict(i, properties=list(i.get("properties", []))) for i in value or []]
        missing = [
            (n, p)
            for n, item in enumerate(items)
            for p in ("digital", "lasting")
            if p not in item["properties"]
        ]
        for k in range(len(missing) + 1):
            for add in itertools.combinations(missing, k):
                for new in (
                    [],
                    [[]],
                    [["lasting"]],
                    [["digital", "lasting"]],
                    [["digital", "lasting"], ["digital", "lasting"]],
                ):
                    changed = [dict(i, properties=list(i["properties"])) for i in items]
                    for n, p in add:
                        changed[n]["properties"].append(p)
                    changed += [
                        {"name": f"N{j}", "properties": props} for j, props in enumerate(new)
                    ]
                    steps = k + sum(1 + len(props) for props in new)
                    if steps:
                        out.append((changed, steps))
    if qid in REQUIRED and not has_evidence:
        # a claim that needs evidence gets it, as one more step
        out = [(target, steps + 1) for target, steps in out]
        if value is not None:
            out.append((value, 1))
    return out


def _fewest_steps(mini, answers, target_rank, budget):
    """Brute force: the fewest real steps (up to ``budget``) that reach the tier."""
    from smartvillage.scoring.plan import Plan

    plan = Plan(mini)
    changeable = [q for q in VALUES if not (q == "q_na" and answers.get(q) == "n/a")]
    options = {q: _options(q, answers.get(q)) for q in changeable}

    def reaches(trial):
        questionnaire = Questionnaire.model_validate(questionnaire_data(trial))
        return plan.score_questionnaire(questionnaire).tier <= target_rank

    def search(i, trial, left):
        if reaches(trial):
            return True
        for n in range(i, len(changeable)):
            qid = changeable[n]
            for target, steps in options[qid]:
                if steps <= left:
                    changed = dict(trial)
                    changed[qid] = (
                        {"value": target, "evidence": EVIDENCE} if qid in REQUIRED else target
                    )
                    if search(n + 1, changed, left - steps):
                        return True
        return False

    for size in range(budget + 1):
        if search(0, dict(answers), size):
            return size
    return None


def _strict(mini):
    """The mini set with a dimension floor and complete evidence for the middle tier."""
    from smartvillage.models.criteria import CriteriaSet

    data = mini.model_dump()
    data["tiers"][1].update(min_dimension_percent=40, evidence_complete=True)
    return CriteriaSet.model_validate(data)


@pytest.mark.parametrize("variant", ["mini", "strict"])
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answers=mini_answers())
def test_the_path_reaches_the_next_tier_with_the_fewest_steps(mini, variant, answers):
    if variant == "strict":
        mini = _strict(mini)
    questionnaire = Questionnaire.model_validate(questionnaire_data(answers))
    report = score(questionnaire, mini, now=NOW)
    path = report.next_tier_path
    if rank(report) == 0:
        assert path is None
        return
    target = rank(report) - 1
    if not path.reachable:
        assert _fewest_steps(mini, answers, target, 30) is None
        return
    lifted = score(apply_path(questionnaire, path), mini, now=NOW)
    assert rank(lifted) <= target
    assert lifted.summary.percent == path.percent_after
    assert path.total_steps == sum(s.steps for s in path.steps)
    # no shorter path exists in the step model, and the path says it is the fewest
    assert _fewest_steps(mini, answers, target, path.total_steps) == path.total_steps
    assert path.minimal


def test_gap_solutions_come_from_the_criteria_file():
    criteria = load_criteria("viedais-ciems@2024")
    sources = {s.id for s in criteria.sources}
    for criterion in criteria.criteria:
        assert criterion.solutions, criterion.id
        for solution in criterion.solutions:
            assert solution.source in sources
            for text in (solution.challenge, solution.solution):
                assert text.lv and text.en
    report = score(load_questionnaire(EXAMPLES / "veverupe.yaml"), criteria, now=NOW)
    by_id = {c.id: c for c in criteria.criteria}
    for gap in report.gaps:
        # what other villages did is offered while a criterion is not met; a met one gets
        # the shorter note to strengthen it instead of the beginner's advice
        if gap.status == "met":
            assert gap.solutions == [] and gap.recommendation == by_id[gap.criterion].strengthen
        else:
            assert [s.solution for s in gap.solutions] == [
                s.solution for s in by_id[gap.criterion].solutions
            ]
            assert gap.recommendation == by_id[gap.criterion].recommendation
    assert {g.status for g in report.gaps} == {"met", "not_met"}
    mobility = next(s for s in by_id["vc5"].solutions if s.challenge.en == "Mobility")
    assert mobility.solution.lv.startswith("Koplietošanas transports")


def test_steps_read_as_actions_the_community_takes():
    """No "change your answer": each step is the criteria set's instruction and the answer
    it leads to; an evidence step says what evidence, in the criterion's words."""
    from typer.testing import CliRunner

    from smartvillage.cli.app import app

    for ref in (
        "viedais-ciems@2024",
        "viedais-ciems@2023",
        "eu-smart-villages@2019",
        "smart-rural-21@2022",
    ):
        criteria = load_criteria(ref)
        assert all(
            q.action and q.action.lv and q.action.en for c in criteria.criteria for q in c.questions
        ), ref
    path = EXAMPLES / "veverupe.yaml"
    text = CliRunner().invoke(app, ["score", str(path), "--lang", "lv"]).stdout
    flat = " ".join(text.split())
    assert "1. Pierakstiet kopienas nākotnes redzējumu: Pierakstīta vīzija vai mērķi" in flat
    assert (
        "Iesaistiet vīzijas veidošanā vairāk iedzīvotāju: 18 % iedzīvotāju → vismaz 30 % "
        "iedzīvotāju" in flat
    )
    assert "uzlabot:" not in text and "vc1.vision_document" not in text
    assert "Pievienojiet aptaujas vai vajadzību izpētes rezultātus" in text
