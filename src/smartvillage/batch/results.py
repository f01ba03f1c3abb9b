"""What a batch returns: one record per scored village, the problems, the counts.

Records are small slotted objects of plain values (not Reports), so that 100,000
villages fit comfortably in memory; the criteria they were scored against are kept
once, in :class:`BatchResult.plans`, and every record names its own criteria ref.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from smartvillage.io.spreadsheet import CellProblem

if TYPE_CHECKING:
    from smartvillage.batch.scores import Scores
    from smartvillage.scoring.plan import Plan


class LeaderProfile(NamedTuple):
    """The profile fields a LEADER group needs (questionnaire schema_version 2)."""

    leader_group: str | None = None
    community_type: str | None = None
    legal_name: str | None = None
    registration_number: str | None = None
    recognition_year: int | None = None
    recognition_tier: str | None = None
    mentor: str | None = None

    @classmethod
    def of(cls, village: Any) -> LeaderProfile:
        """The fields of a ``models.questionnaire.Village``."""
        legal, recognition = village.legal_body, village.recognition
        return cls(
            village.leader_group,
            village.community_type,
            legal.name if legal else None,
            legal.registration_number if legal else None,
            recognition.year if recognition else None,
            recognition.tier if recognition else None,
            village.mentor,
        )


NO_LEADER = LeaderProfile()


@dataclass(slots=True)
class VillageResult:
    """One scored village: where it came from, its profile, and its scores."""

    order: int  # position among all input rows
    file: str
    sheet: str | None
    row: int | None  # the original row number (None for YAML/JSON files)
    name: str
    parish: str | None
    municipality: str | None
    region: str | None
    population: int | None
    assessor: str
    assessor_name: str | None
    date: str  # ISO date
    criteria: str  # the ref it was scored against
    answers_criteria: str  # the ref it says it answers
    scores: Scores
    contact: tuple[str | None, str | None, str | None] = (None, None, None)
    notes: str | None = None
    warnings: tuple[str, ...] = ()
    rank: int | None = None
    leader: LeaderProfile = NO_LEADER
    questionnaire: Any = None  # kept only when full reports are asked for (never sent)

    def to_wire(self) -> tuple[Any, ...]:
        """The record as plain tuples (cheap to pickle between processes)."""
        return (
            self.order,
            self.file,
            self.sheet,
            self.row,
            self.name,
            self.parish,
            self.municipality,
            self.region,
            self.population,
            self.assessor,
            self.assessor_name,
            self.date,
            self.criteria,
            self.answers_criteria,
            tuple(self.scores),
            self.contact,
            self.notes,
            self.warnings,
            self.rank,
            tuple(self.leader),
        )

    @classmethod
    def from_wire(cls, data: tuple[Any, ...]) -> VillageResult:
        """The record back from :meth:`to_wire`."""
        from smartvillage.batch.scores import Scores

        fields = list(data)
        fields[14] = Scores(*fields[14])
        fields[19] = LeaderProfile(*fields[19])
        return cls(*fields)

    @property
    def place(self) -> str:
        """``file``, ``file Ciemi!5:5`` or ``file row 5``: where the village was read."""
        if self.row is None:
            return self.file
        return (
            f"{self.file} {self.sheet}!{self.row}:{self.row}"
            if self.sheet
            else f"{self.file} row {self.row}"
        )


@dataclass
class Stats:
    """How many rows were read, scored, rejected or skipped as blank."""

    files: int = 0
    files_unreadable: int = 0
    rows: int = 0  # village rows read (blank rows not counted)
    scored: int = 0
    rejected: int = 0
    blank: int = 0

    def to_dict(self) -> dict[str, int]:
        """A JSON-ready view."""
        return {
            "files": self.files,
            "files_unreadable": self.files_unreadable,
            "rows": self.rows,
            "scored": self.scored,
            "rejected": self.rejected,
            "blank": self.blank,
        }


@dataclass
class BatchResult:
    """Everything a batch found: results, problems (errors and warnings), counts."""

    villages: list[VillageResult] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    plans: dict[str, Plan] = field(default_factory=dict)  # ref -> plan, used ones
    used: Counter[str] = field(default_factory=Counter)  # scored ref -> villages
    mismatched: Counter[tuple[str, str]] = field(default_factory=Counter)  # (answers, scored)
    inputs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # batch-wide, in words

    @property
    def errors(self) -> list[CellProblem]:
        """The problems that rejected a row or a file."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def mixed(self) -> bool:
        """Whether villages were scored against more than one criteria set or version."""
        return len(self.used) > 1

    def rank(self) -> None:
        """Rank villages by overall percent within each criteria set (1 = best; ties share)."""
        self.villages = rank_villages(self.villages, list(self.used))

    def without_villages(self) -> BatchResult:
        """A copy with no villages and no plans (small, and picklable)."""
        return replace(self, villages=[], plans={})


def rank_villages(villages: list[VillageResult], refs: list[str]) -> list[VillageResult]:
    """Villages sorted by criteria set (in ``refs`` order), then rank, ranks set.

    Rank 1 is the highest overall percent within a criteria set; equal percents share
    a rank (1, 2, 2, 4); villages of different sets are never ranked together.
    """
    by_ref: dict[str, list[VillageResult]] = {}
    for village in villages:
        by_ref.setdefault(village.criteria, []).append(village)
    ordered: list[VillageResult] = []
    for ref in [*refs, *(r for r in by_ref if r not in refs)]:
        group = sorted(by_ref.get(ref, []), key=lambda v: (-v.scores.percent, v.order))
        previous: Any = None
        rank = 0
        for position, village in enumerate(group, start=1):
            if village.scores.percent != previous:
                rank = position
                previous = village.scores.percent
            village.rank = rank
        ordered += group
    return ordered
