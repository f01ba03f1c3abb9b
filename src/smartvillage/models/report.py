"""The Report: everything a score says, traceable down to each answer's points.

A Report is language-neutral (texts carry both languages) and stamped with the tool
version, the criteria id, version and digest, and ``schema_version``; renderers turn
it into a table, JSON and other formats.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from smartvillage.models.common import StrictModel, Text
from smartvillage.models.questionnaire import Assessment, Village

REPORT_SCHEMA_VERSION = 1

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
    rule: str = Field(description="The scoring rule that was applied.")
    points: float
    max_points: float
    evidence: list[EvidenceItem] = Field(default_factory=list)
    evidence_need: Literal["none", "recommended", "required"]
    evidence_missing: bool = Field(
        description="The answer earns points, the question requires evidence and none is given.")
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
    percent: float | None
    met_percent: float
    status: CriterionStatus
    recommendation: Text
    questions: list[QuestionResult]


class DimensionResult(StrictModel):
    """One dimension: raw points, and its percent as the weighted mean of its criteria."""

    id: str
    title: Text
    weight: float
    points: float
    max_points: float
    percent: float | None
    criteria: list[str]


class GateResult(StrictModel):
    """Whether a gate criterion is met."""

    criterion: str
    title: Text
    met: bool


class TierRequirement(StrictModel):
    """One requirement of a tier, and whether the village meets it."""

    requirement: Literal["min_percent", "min_dimension_percent", "all_gates", "all_criteria",
                         "evidence_complete"]
    met: bool
    value: float | None = Field(None, description="The village's figure, where there is one.")
    needed: float | None = Field(None, description="The figure the tier needs.")
    failing: list[str] = Field(default_factory=list,
                               description="Ids of the dimensions, criteria or questions "
                                           "that fall short.")
    detail: str = Field(description="The requirement in words (English).")


class TierResult(StrictModel):
    """A tier and the requirements checked for it."""

    id: str
    label: Text
    rank: int = Field(description="0 for the highest tier.")
    reached: bool
    requirements: list[TierRequirement]


class Gap(StrictModel):
    """A criterion below full marks, with the overall points it could add."""

    criterion: str
    title: Text
    dimension: str
    percent: float | None
    status: CriterionStatus
    gain: float = Field(description="Overall percentage points gained at full marks.")
    recommendation: Text


class Counts(StrictModel):
    """How the questions were answered."""

    questions: int
    answered: int
    unanswered: int
    not_applicable: int
    evidence_missing: int


class Summary(StrictModel):
    """The headline of the report."""

    percent: float
    points: float
    max_points: float
    tier: str
    tier_label: Text
    weakest_dimension: str | None
    weakest_percent: float | None
    average_dimension_percent: float | None
    gates_met: int
    gates_total: int
    criteria_met: int
    criteria_total: int
    counts: Counts


class Report(StrictModel):
    """The result of scoring one questionnaire against one criteria set."""

    schema_version: int = REPORT_SCHEMA_VERSION
    generated_at: str = Field(description="When the report was made (UTC, ISO 8601); "
                                          "the only field that differs between runs.")
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
                    "another version).")
    warnings: list[str] = Field(default_factory=list)
