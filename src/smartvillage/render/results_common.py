"""What the batch outputs (XLSX, CSV, JSON Lines) share: labels, columns, atomic files.

Outputs never write onto an input and never leave a half-written file: they are
written to a temporary file in the target's folder and renamed over the target
(:func:`atomic_target`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from smartvillage import messages
from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult
    from smartvillage.scoring.plan import Plan


def label(key: str, lang: Lang) -> str:
    """The output label ``key`` in ``lang``."""
    return messages.text(f"results.{key}", lang)


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
