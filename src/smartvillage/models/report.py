"""The Report: everything a score says, traceable down to each answer's points.

A Report is language-neutral (texts carry both languages) and stamped with the tool
version, the criteria id, version and digest, and ``schema_version``; renderers turn
it into a table, JSON, Markdown, HTML, XLSX and CSV.

Besides the scores it carries advice (``scoring.path.advise``): how many claims carry
evidence and which lack it (``evidence``), the fewest answer changes that reach the next
tier (``next_tier_path``) and, for each gap, the solutions other villages used.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from smartvillage.models.common import StrictModel, Text
from smartvillage.models.questionnaire import Assessment, Village

REPORT_SCHEMA_VERSION = 3
"""2: exact figures (``*_exact``) beside the shown ones; shown figures never cross a
threshold the decision did not (see ``scoring.arithmetic``)."""

QuestionStatus = Literal["answered", "unanswered", "not_applicable"]
CriterionStatus = Literal["met", "not_met", "not_assessed"]


class ToolStamp(StrictModel):
    """Which tool produced the report."""

    name: str = "smartvillage"
    version: str


class CriteriaStamp(StrictModel):
    """Which criteria produced the report."""

    id: str
    version: str
    digest: str = Field(description="sha256 of the criteria set's canonical JSON form.")
    status: str
    title: Text
    disclaimer: Text | None = Field(None, description="The criteria set's own disclaimer.")


class EvidenceItem(StrictModel):
    """One piece of evidence as given in the questionnaire."""

    link: str | None = None
    document: str | None = None
    shows: str | None = None


class QuestionResult(StrictModel):
    """How one answer turned into points."""

    id: str
    type: str
    text: Text
    status: QuestionStatus
    answer: Any = Field(None, description="The answer as typed against its question.")
    answer_text: Text | None = Field(None, description="The answer as a person reads it.")
    rule: str = Field(description="The scoring rule that was applied (English, with ids).")
    rule_text: Text | None = Field(
        None,
        description="The same rule in words for a person, with the option labels and the "
        "language's numbers.",
    )
    points: float
    max_points: float
    evidence: list[EvidenceItem] = Field(default_factory=list)
    evidence_need: Literal["none", "recommended", "required"]
    evidence_missing: bool = Field(
        description="The answer earns points, the question requires evidence and none is given."
    )
    note: str | None = None


class CriterionResult(StrictModel):
    """One criterion's points, percent and whether it is met."""

    id: str
    dimension: str
    title: Text
    weight: float
    gate: bool
    points: float
    max_points: float
    percent: float | None = Field(
        description="The exact percent rounded once for display, never across met_percent."
    )
    percent_exact: str | None = Field(
        None,
        description="The exact percent as a fraction, 'NUMERATOR/DENOMINATOR' or a whole "
        "number; every decision is taken on it.",
    )
    met_percent: float
    status: CriterionStatus
    share: float | None = Field(
        None,
        description="The criterion's share of the overall score (0 to 1) when every "
        "criterion is assessed: its weight in its dimension times the "
        "dimension's weight, rounded to 4 decimals.",
    )
    share_exact: str | None = Field(None, description="The same share as a fraction.")
    recommendation: Text | None = Field(
        None,
        description="The advice that fits the village's level: how to meet the "
        "criterion when it is not met, how to strengthen it when it is "
        "(none when the criteria set has no such note).",
    )
    questions: list[QuestionResult]


class DimensionResult(StrictModel):
    """One dimension: raw points, and its percent as the weighted mean of its criteria."""

    id: str
    title: Text
    weight: float
    points: float
    max_points: float
    percent: float | None = Field(
        description="The exact percent rounded once for display, "
        "never across a tier's dimension minimum."
    )
    percent_exact: str | None = Field(
        None,
        description="The exact percent as a fraction, 'NUMERATOR/DENOMINATOR' or a whole "
        "number; every decision is taken on it.",
    )
    criteria: list[str]


class GateResult(StrictModel):
    """Whether a gate criterion is met."""

    criterion: str
    title: Text
    met: bool


class TierRequirement(StrictModel):
    """One requirement of a tier, and whether the village meets it."""

    requirement: Literal[
        "min_percent", "min_dimension_percent", "all_gates", "all_criteria", "evidence_complete"
    ]
    met: bool
    value: float | None = Field(None, description="The village's figure, where there is one.")
    needed: float | None = Field(None, description="The figure the tier needs.")
    failing: list[str] = Field(
        default_factory=list,
        description="Ids of the dimensions, criteria or questions that fall short.",
    )
    detail: str = Field(description="The requirement in words (English).")


class TierResult(StrictModel):
    """A tier and the requirements checked for it."""

    id: str
    label: Text
    rank: int = Field(description="0 for the highest tier.")
    reached: bool
    requirements: list[TierRequirement]


class GapSolution(StrictModel):
    """A challenge other villages met on a criterion, and the solution they used."""

    challenge: Text
    solution: Text
    source: str | None = None


class Gap(StrictModel):
    """A criterion below full marks, with the overall points it could add."""

    criterion: str
    title: Text
    dimension: str
    percent: float | None
    status: CriterionStatus
    gain: float = Field(description="Overall percentage points gained at full marks.")
    gain_exact: str | None = Field(None, description="The exact gain as a fraction.")
    recommendation: Text | None = Field(
        None,
        description="The advice that fits the village's level: how to meet the "
        "criterion when it is not met, how to strengthen it when it is "
        "(none when the criteria set has no such note).",
    )
    solutions: list[GapSolution] = Field(
        default_factory=list,
        description="What other villages did about this criterion (from the criteria set).",
    )


class Counts(StrictModel):
    """How the questions were answered."""

    questions: int
    answered: int
    unanswered: int
    not_applicable: int
    evidence_missing: int


class Summary(StrictModel):
    """The headline of the report."""

    percent: float = Field(
        description="The exact overall percent rounded once for display, "
        "never across a tier's min_percent."
    )
    percent_exact: str | None = Field(
        None,
        description="The exact percent as a fraction, 'NUMERATOR/DENOMINATOR' or a whole "
        "number; every decision is taken on it.",
    )
    points: float
    max_points: float
    tier: str
    tier_label: Text
    weakest_dimension: str | None
    weakest_percent: float | None
    average_dimension_percent: float | None
    average_dimension_percent_exact: str | None = Field(
        None, description="The exact mean of the dimensions' percents, as a fraction."
    )
    gates_met: int
    gates_total: int
    criteria_met: int
    criteria_total: int
    counts: Counts


class EvidenceSummary(StrictModel):
    """How many claims carry evidence, and which claims need it and lack it.

    A claim is an answer that earns points.
    """

    claims: int = Field(description="Answers that earn points.")
    with_evidence: int = Field(description="Claims that carry at least one piece of evidence.")
    need_evidence: int = Field(description="Claims whose question requires evidence.")
    missing: list[str] = Field(
        default_factory=list,
        description="Question ids of claims that require evidence and have none.",
    )
    recommended_missing: list[str] = Field(
        default_factory=list,
        description="Question ids of claims where evidence is recommended and none is given.",
    )


PathRequirementKind = Literal[
    "min_percent", "min_dimension_percent", "all_gates", "all_criteria", "evidence_complete"
]


class PathServes(StrictModel):
    """A requirement of the next tier that a step helps to meet."""

    requirement: PathRequirementKind
    target: str | None = Field(
        None, description="The criterion or dimension id, where there is one."
    )


class PathStep(StrictModel):
    """One change to one answer on the way to the next tier."""

    question: str
    criterion: str
    dimension: str
    text: Text = Field(description="The question.")
    action: Text | None = Field(
        None, description="What the community does, as an instruction (from the criteria set)."
    )
    kind: Literal["answer", "raise", "add_evidence"] = Field(
        description="answer: answer an unanswered question; raise: a better answer; "
        "add_evidence: keep the answer and attach evidence."
    )
    from_answer: Any = Field(None, description="The answer now (None when unanswered).")
    from_text: Text | None = None
    to_answer: Any = Field(description="The answer to reach, as a questionnaire value.")
    change: Text = Field(description="The change in words.")
    add_evidence: bool = Field(description="The step needs evidence attached to the answer.")
    steps: int = Field(
        1,
        description="The real steps this change takes: one rubric level, "
        "one band, one more option, one initiative or one "
        "property of one, or attaching one piece of evidence "
        "each count as one.",
    )
    points_from: float
    points_to: float
    points_gained: float
    percent_gained: float = Field(description="Overall percentage points the step adds.")
    serves: list[PathServes]


class NextTierPath(StrictModel):
    """The fewest answer changes that lift the village to the next tier, by gain."""

    tier: str = Field(description="The tier the path leads to.")
    label: Text
    reachable: bool = Field(
        description="Whether any answers this questionnaire could give reach the tier."
    )
    minimal: bool = Field(
        description="Whether the number of steps (see PathStep.steps) is "
        "proven to be the fewest possible."
    )
    total_steps: int = Field(0, description="The real steps of the whole path.")
    steps: list[PathStep] = Field(default_factory=list)
    percent_after: float | None = Field(None, description="The overall percent after the steps.")
    percent_after_exact: str | None = Field(None, description="The same, exact, as a fraction.")
    reason: Literal["no_better_answer", "beyond_reach"] | None = Field(
        None,
        description="Why the tier cannot be reached: no_better_answer (a criterion it "
        "needs has no answer left to improve: see blocked) or beyond_reach "
        "(even the best answer to every question falls short).",
    )
    blocked: list[str] = Field(
        default_factory=list, description="Criteria the tier needs that cannot improve."
    )


class Report(StrictModel):
    """The result of scoring one questionnaire against one criteria set."""

    schema_version: int = REPORT_SCHEMA_VERSION
    generated_at: str = Field(
        description="When the report was made (UTC, ISO 8601); "
        "the only field that differs between runs."
    )
    tool: ToolStamp
    criteria: CriteriaStamp
    source: str | None = Field(None, description="The questionnaire file scored.")
    village: Village
    assessment: Assessment
    questionnaire_criteria: str = Field(description="The ID@VERSION the questionnaire answers.")
    summary: Summary
    tiers: list[TierResult]
    dimensions: list[DimensionResult]
    gates: list[GateResult]
    criteria_results: list[CriterionResult]
    gaps: list[Gap]
    unknown_answers: list[str] = Field(
        default_factory=list,
        description="Answer ids with no question in these criteria (scored against "
        "another version).",
    )
    warnings: list[str] = Field(default_factory=list)
    evidence: EvidenceSummary | None = None
    next_tier_path: NextTierPath | None = Field(
        None, description="The path to the next tier; None at the highest tier."
    )
    notes: str | None = Field(None, description="The questionnaire's notes.")

    def decision_thresholds(self) -> list[float]:
        """Every percent that decides something in the report's criteria set: what the
        tiers need (overall and per dimension) and what each criterion needs.

        No percent is shown rounded across any of them, so one exact value reads the
        same in every place it appears.
        """
        needed = {
            r.needed
            for tier in self.tiers
            for r in tier.requirements
            if r.requirement in ("min_percent", "min_dimension_percent") and r.needed is not None
        }
        return sorted(needed | {c.met_percent for c in self.criteria_results})
