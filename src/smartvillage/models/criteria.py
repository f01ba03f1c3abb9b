"""The criteria file format: a versioned set of dimensions, criteria, questions and tiers.

A criteria set is data with cited sources. Each question carries its answer type and
the rule that turns an answer into points; tiers and their thresholds live in the file,
not in code. See ``criteria/README.md`` for the format in prose.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, Union

from pydantic import Field, PrivateAttr, model_validator

from smartvillage.messages import msg
from smartvillage.models.common import (
    Id,
    Integer,
    Number,
    SchemaVersion,
    StrictModel,
    Text,
    fmt_points,
)

EvidenceNeed = Literal["none", "recommended", "required"]


class Source(StrictModel):
    """A document the criteria are drawn from."""

    id: Id
    title: str
    url: str | None = None
    publisher: str | None = None
    year: Integer | None = None
    note: str | None = None


class _QuestionBase(StrictModel):
    id: Id
    text: Text
    help: Text | None = None
    action: Text | None = Field(
        None,
        description="What a community does to climb this question's ladder, as an "
        "instruction (“Iesaistiet vīzijas veidošanā vairāk iedzīvotāju”): "
        "the path to the next tier shows it with the answer it leads to.",
    )
    evidence: EvidenceNeed = Field(
        "none", description="Whether an answer that earns points must carry evidence."
    )
    allow_na: bool = Field(False, description="Whether 'not applicable' is an allowed answer.")
    sources: list[Id] = Field(default_factory=list)


class YesNoQuestion(_QuestionBase):
    """Answered yes or no; each answer gives fixed points."""

    type: Literal["yes_no"]
    points_yes: Number = Field(1, ge=0)
    points_no: Number = Field(0, ge=0)

    @property
    def max_points(self) -> float:
        return max(self.points_yes, self.points_no)


class RubricLevel(StrictModel):
    """One described level of a rubric scale."""

    value: Integer
    label: Text
    description: Text
    points: Number = Field(ge=0)


class RubricQuestion(_QuestionBase):
    """Answered with one level of a scale whose every level is described."""

    type: Literal["rubric"]
    levels: list[RubricLevel] = Field(min_length=2)

    @property
    def max_points(self) -> float:
        return max(level.points for level in self.levels)

    @model_validator(mode="after")
    def _levels_unique(self) -> RubricQuestion:
        values = [level.value for level in self.levels]
        if len(set(values)) != len(values):
            raise ValueError(msg("model.levels_unique", id=self.id, got=values))
        return self


class Band(StrictModel):
    """A range of numbers that earns points: ``min`` inclusive, ``max`` exclusive."""

    min: Number | None = None
    max: Number | None = None
    points: Number = Field(ge=0)
    label: Text | None = None

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in the band."""
        return (self.min is None or value >= self.min) and (self.max is None or value < self.max)

    def describe(self) -> str:
        """The band as text, e.g. ``10 ≤ x < 50``."""
        low = "" if self.min is None else f"{fmt_points(self.min)} ≤ "
        high = "" if self.max is None else f" < {fmt_points(self.max)}"
        return f"{low}x{high}"


class NumberQuestion(_QuestionBase):
    """Answered with a number; bands map it to points."""

    type: Literal["number"]
    unit: Text | None = None
    integer: bool = False
    min: Number | None = None
    max: Number | None = None
    bands: list[Band] = Field(min_length=1)

    @property
    def max_points(self) -> float:
        return max(band.points for band in self.bands)

    @model_validator(mode="after")
    def _bands_ordered(self) -> NumberQuestion:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(msg("model.min_above_max", id=self.id, min=self.min, max=self.max))
        previous = None
        for band in self.bands:
            if band.min is not None and band.max is not None and band.min >= band.max:
                raise ValueError(msg("model.band_empty", id=self.id, band=band.describe()))
            if previous is not None and (
                band.min is None or previous.max is None or band.min < previous.max
            ):
                raise ValueError(
                    msg(
                        "model.band_order",
                        id=self.id,
                        previous=previous.describe(),
                        band=band.describe(),
                    )
                )
            previous = band
        return self


class Option(StrictModel):
    """One allowed answer of a choice question."""

    value: Id
    label: Text
    points: Number = Field(0, ge=0)


class ChoiceQuestion(_QuestionBase):
    """Answered with exactly one option."""

    type: Literal["choice"]
    options: list[Option] = Field(min_length=2)

    @property
    def max_points(self) -> float:
        return max(option.points for option in self.options)

    @model_validator(mode="after")
    def _options_unique(self) -> ChoiceQuestion:
        _unique(self.id, "option", [o.value for o in self.options])
        return self


class MultiChoiceQuestion(_QuestionBase):
    """Answered with any number of options; their points add up to at most ``max_points``."""

    type: Literal["multi_choice"]
    options: list[Option] = Field(min_length=2)
    cap: Number | None = Field(None, gt=0, description="The most points the answer can earn.")

    @property
    def max_points(self) -> float:
        total = sum(option.points for option in self.options)
        return total if self.cap is None else min(total, self.cap)

    @model_validator(mode="after")
    def _options_unique(self) -> MultiChoiceQuestion:
        _unique(self.id, "option", [o.value for o in self.options])
        return self


class InitiativeProperty(StrictModel):
    """A property an initiative may have (digital, lasting, made together...)."""

    id: Id
    label: Text
    points: Number = Field(ge=0)


class InitiativesQuestion(_QuestionBase):
    """Answered with a list of initiatives; each earns points for its properties."""

    type: Literal["initiatives"]
    points_each: Number = Field(0, ge=0, description="Points for each initiative listed.")
    properties: list[InitiativeProperty] = Field(default_factory=list)
    cap: Number = Field(gt=0, description="The most points the whole list can earn.")
    max_items: Integer = Field(50, ge=1, le=1000)

    @property
    def max_points(self) -> float:
        return self.cap

    @model_validator(mode="after")
    def _properties_unique(self) -> InitiativesQuestion:
        _unique(self.id, "property", [p.id for p in self.properties])
        return self


Question = Annotated[
    Union[  # noqa: UP007
        YesNoQuestion,
        RubricQuestion,
        NumberQuestion,
        ChoiceQuestion,
        MultiChoiceQuestion,
        InitiativesQuestion,
    ],
    Field(discriminator="type"),
]


class Dimension(StrictModel):
    """A group of criteria reported together (drawn as one axis of the chart)."""

    id: Id
    title: Text
    description: Text | None = None
    weight: Number = Field(1, gt=0)


class Solution(StrictModel):
    """A challenge villages named and a solution they used for it."""

    challenge: Text
    solution: Text
    source: Id | None = None


class Criterion(StrictModel):
    """One criterion: the questions that measure it and what 'met' means."""

    id: Id
    dimension: Id
    title: Text
    description: Text | None = None
    weight: Number = Field(1, gt=0)
    gate: bool = Field(False, description="A gate must be met for the tiers that require gates.")
    met_percent: Number | None = Field(
        None,
        ge=0,
        le=100,
        description="Percent of the criterion's points needed to meet it; "
        "defaults to the set's criterion_met_percent.",
    )
    evidence_note: Text | None = None
    recommendation: Text = Field(
        description="Advice to a village that does not meet the criterion yet: how to meet it."
    )
    strengthen: Text | None = Field(
        None,
        description="A shorter note for a village that already meets the criterion: "
        "how to strengthen it. Without it, a met criterion gets no advice.",
    )
    solutions: list[Solution] = Field(
        default_factory=list,
        description="Challenges villages met here and the solutions they used.",
    )
    sources: list[Id] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1)


class Tier(StrictModel):
    """A level of recognition and what a village needs to reach it."""

    id: Id
    label: Text
    description: Text | None = None
    min_percent: Number = Field(0, ge=0, le=100)
    min_dimension_percent: Number | None = Field(None, ge=0, le=100)
    all_gates: bool = False
    all_criteria: bool = False
    evidence_complete: bool = False

    @property
    def has_requirements(self) -> bool:
        """Whether any village could fail to reach this tier."""
        return bool(
            self.min_percent
            or self.min_dimension_percent
            or self.all_gates
            or self.all_criteria
            or self.evidence_complete
        )


class CriteriaSet(StrictModel):
    """A versioned criteria set with its sources, dimensions, criteria and tiers."""

    schema_version: SchemaVersion = 1
    id: Id
    version: Id
    status: Literal["official", "reconstruction", "draft", "custom"]
    title: Text
    description: Text | None = None
    disclaimer: Text | None = None
    sources: list[Source] = Field(min_length=1)
    criterion_met_percent: Number = Field(60, ge=0, le=100)
    unanswered_rule: Literal["zero"] = Field(
        "zero", description="Unanswered questions count as 0 of their maximum and are listed."
    )
    dimensions: list[Dimension] = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    tiers: list[Tier] = Field(min_length=1, description="Highest tier first.")
    _digest: str | None = PrivateAttr(None)  # remembered by scoring.digest.criteria_digest

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> CriteriaSet:
        """A copy; its digest is computed again (an update may change the content)."""
        copy = super().model_copy(update=update, deep=deep)
        copy._digest = None
        return copy

    @property
    def ref(self) -> str:
        """``ID@VERSION``."""
        return f"{self.id}@{self.version}"

    def questions(self) -> dict[str, tuple[Criterion, Question]]:
        """Every question by id, with its criterion, in file order."""
        return {q.id: (c, q) for c in self.criteria for q in c.questions}

    def met_percent(self, criterion: Criterion) -> float:
        """The percent a criterion needs to count as met."""
        return (
            self.criterion_met_percent if criterion.met_percent is None else criterion.met_percent
        )

    @model_validator(mode="after")
    def _references(self) -> CriteriaSet:
        _unique(self.id, "source", [s.id for s in self.sources])
        _unique(self.id, "dimension", [d.id for d in self.dimensions])
        _unique(self.id, "criterion", [c.id for c in self.criteria])
        _unique(self.id, "question", [q.id for c in self.criteria for q in c.questions])
        _unique(self.id, "tier", [t.id for t in self.tiers])
        dimensions = {d.id for d in self.dimensions}
        sources = {s.id for s in self.sources}
        for criterion in self.criteria:
            if criterion.dimension not in dimensions:
                raise ValueError(
                    msg("model.no_dimension", id=criterion.id, dimension=criterion.dimension)
                )
            for ref in [*criterion.sources, *(s for q in criterion.questions for s in q.sources)]:
                if ref not in sources:
                    raise ValueError(msg("model.no_source", id=criterion.id, source=ref))
        empty = dimensions - {c.dimension for c in self.criteria}
        if empty:
            raise ValueError(msg("model.empty_dimensions", ids=sorted(empty)))
        for higher, lower in zip(self.tiers, self.tiers[1:], strict=False):
            if lower.min_percent > higher.min_percent:
                raise ValueError(
                    msg(
                        "lint.tier_order",
                        tier=lower.id,
                        percent=lower.min_percent,
                        above=higher.id,
                        above_percent=higher.min_percent,
                    )
                )
        if self.tiers[-1].has_requirements:
            raise ValueError(msg("lint.last_tier", tier=self.tiers[-1].id))
        return self


def _unique(owner: str, what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(msg(f"model.id_twice.{what}", owner=owner, id=item))
        seen.add(item)
