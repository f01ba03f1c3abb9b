"""What the batch outputs (XLSX, CSV, JSON Lines) share: labels, columns, atomic files.

Outputs never write onto an input and never leave a half-written file: they are
written to a temporary file in the target's folder and renamed over the target
(:func:`atomic_target`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult
    from smartvillage.scoring.plan import Plan

LABELS: dict[str, dict[str, str]] = {
    "summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "criteria_sheet": {"lv": "Kritēriji", "en": "Criteria"},
    "recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "averages": {"lv": "Vidēji", "en": "Averages"},
    "errors": {"lv": "Kļūdas", "en": "Errors"},
    "about": {"lv": "Par", "en": "About"},
    "rank": {"lv": "Vieta", "en": "Rank"},
    "source": {"lv": "Avots", "en": "Source"},
    "file": {"lv": "Fails", "en": "File"},
    "sheet": {"lv": "Lapa", "en": "Sheet"},
    "cell": {"lv": "Šūna / vieta", "en": "Cell / place"},
    "row": {"lv": "Rinda", "en": "Row"},
    "column": {"lv": "Kolonna", "en": "Column"},
    "problem": {"lv": "Problēma", "en": "Problem"},
    "severity": {"lv": "Veids", "en": "Kind"},
    "error": {"lv": "kļūda", "en": "error"},
    "warning": {"lv": "brīdinājums", "en": "warning"},
    "village": {"lv": "Ciems", "en": "Village"},
    "parish": {"lv": "Pagasts", "en": "Parish"},
    "municipality": {"lv": "Novads", "en": "Municipality"},
    "region": {"lv": "Reģions", "en": "Region"},
    "population": {"lv": "Iedzīvotāji", "en": "Population"},
    "assessor": {"lv": "Kas vērtēja", "en": "Assessed by"},
    "date": {"lv": "Datums", "en": "Date"},
    "criteria": {"lv": "Kritēriju kopa", "en": "Criteria set"},
    "tier": {"lv": "Līmenis", "en": "Tier"},
    "percent": {"lv": "Kopā, %", "en": "Overall, %"},
    "weakest": {"lv": "Vājākā joma", "en": "Weakest dimension"},
    "gates": {"lv": "Obligātie kritēriji izpildīti", "en": "Gates met"},
    "criteria_met": {"lv": "Kritēriji izpildīti", "en": "Criteria met"},
    "unanswered": {"lv": "Neatbildēti jautājumi", "en": "Unanswered questions"},
    "evidence_missing": {"lv": "Apgalvojumi bez pierādījumiem", "en": "Claims without evidence"},
    "points": {"lv": "punkti", "en": "points"},
    "next_step": {
        "lv": "Nākamais solis (lielākais iespējamais pieaugums)",
        "en": "Next step (biggest possible gain)",
    },
    "criterion_id": {"lv": "Kritērijs", "en": "Criterion"},
    "criterion": {"lv": "Nosaukums", "en": "Title"},
    "top_gap_villages": {
        "lv": "Ciemi, kam tas ir nākamais solis",
        "en": "Villages for which it is the next step",
    },
    "not_met_villages": {"lv": "Ciemi, kam tas nav izpildīts", "en": "Villages not meeting it"},
    "average_criterion": {"lv": "Vidēji, %", "en": "Average, %"},
    "recommendation": {"lv": "Ieteikums", "en": "Recommendation"},
    "dimension": {"lv": "Joma", "en": "Dimension"},
    "average": {"lv": "Vidēji, %", "en": "Average, %"},
    "villages": {"lv": "Ciemi", "en": "Villages"},
    "warning_sheet": {"lv": "UZMANĪBU", "en": "WARNING"},
    "sheets": {"lv": "Lapas", "en": "Sheets"},
    "none_scored": {
        "lv": "Neviens ciems netika novērtēts: skatiet lapu 'Kļūdas'.",
        "en": "No village could be scored: see the 'Errors' sheet.",
    },
    "title": {
        "lv": "Viedā ciema pašnovērtējumu rezultāti",
        "en": "Smart Village assessment results",
    },
    "reconstruction_note": {
        "lv": "vērtēts pēc rekonstruētiem kritērijiem, nevis žūrijas lēmums",
        "en": "assessed against reconstructed criteria; not the jury's decision",
    },
    "mixed": {
        "lv": "UZMANĪBU: ciemi novērtēti pēc dažādām kritēriju kopām vai versijām. "
        "Katrai kopai ir savas lapas; to procentus nedrīkst salīdzināt savā starpā.",
        "en": "WARNING: the villages were scored against different criteria sets or "
        "versions. Each set has its own sheets; do not compare their percents "
        "with each other.",
    },
}


def label(key: str, lang: Lang) -> str:
    """The output label ``key`` in ``lang``."""
    return LABELS[key][lang]


@dataclass(frozen=True)
class Axis:
    """A dimension or criterion id across every criteria set used, with its title."""

    id: str
    title: str


def dimension_axes(plans: dict[str, Plan], lang: Lang) -> list[Axis]:
    """Every dimension id of the sets used, in order of first appearance."""
    axes: dict[str, Axis] = {}
    for plan in plans.values():
        for dimension in plan.dimensions:
            axes.setdefault(dimension.id, Axis(dimension.id, dimension.title.get(lang)))
    return list(axes.values())


def criterion_axes(plans: dict[str, Plan], lang: Lang) -> list[Axis]:
    """Every criterion id of the sets used, in order of first appearance."""
    axes: dict[str, Axis] = {}
    for plan in plans.values():
        for criterion in plan.criteria_models:
            axes.setdefault(criterion.id, Axis(criterion.id, criterion.title.get(lang)))
    return list(axes.values())


def positions(plans: dict[str, Plan], axes: list[Axis], kind: str) -> dict[str, list[int | None]]:
    """For each set, where each axis sits in its plan (None: the set lacks it)."""
    out = {}
    for ref, plan in plans.items():
        ids = [d.id for d in plan.dimensions] if kind == "dimension" else [c.id for c in plan.crits]
        where = {i: n for n, i in enumerate(ids)}
        out[ref] = [where.get(axis.id) for axis in axes]
    return out


def rejected_rows(result: BatchResult) -> list[dict[str, Any]]:
    """Every rejected row or unreadable file once, with its problems, in order found."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for problem in result.problems:
        if problem.severity != "error":
            continue
        key = (
            problem.file,
            problem.sheet,
            problem.row if problem.row is not None else problem.rows,
        )
        group = groups.setdefault(
            key,
            {
                "file": problem.file,
                "sheet": problem.sheet,
                "row": problem.row,
                "rows": problem.rows,
                "problems": [],
            },
        )
        group["problems"].append(problem)
    return list(groups.values())
