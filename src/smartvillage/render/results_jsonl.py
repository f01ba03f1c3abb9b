"""Batch results as JSON Lines, for scripts: one JSON object per line.

A line per scored village (``"status": "scored"``) with its source row, profile,
criteria (id, version, digest), summary, dimension and criterion figures and gaps;
then a line per rejected row or unreadable file (``"status": "rejected"``) with its
problems, so that every input row is accounted for. Text is data: JSON escapes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from smartvillage._version import __version__
from smartvillage.messages import localize
from smartvillage.models.common import Lang
from smartvillage.render.results_common import rejected_rows

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult


def jsonl_lines(result: BatchResult, lang: Lang, ranked: bool = False) -> Iterator[str]:
    """The JSON Lines text, one line (with its newline) per village or rejected row."""
    tool = {"name": "smartvillage", "version": __version__}
    stamps = {
        ref: {"id": plan.criteria.id, "version": plan.criteria.version, "digest": plan.digest}
        for ref, plan in result.plans.items()
    }
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
    for village in result.villages:
        plan = result.plans[village.criteria]
        s = village.scores
        tier = plan.tiers[s.tier]
        record: dict[str, Any] = {
            "status": "scored",
            "file": village.file,
            "sheet": village.sheet,
            "row": village.row,
        }
        if ranked:
            record["rank"] = village.rank
        contact = dict(zip(("name", "email", "phone"), village.contact, strict=True))
        record.update(
            {
                "village": {
                    "name": village.name,
                    "parish": village.parish,
                    "municipality": village.municipality,
                    "region": village.region,
                    "population": village.population,
                    "contact": contact if any(contact.values()) else None,
                    **_leader(village.leader),
                },
                "assessment": {
                    "assessor": village.assessor,
                    "name": village.assessor_name,
                    "date": village.date,
                },
                "criteria": stamps[village.criteria],
                "questionnaire_criteria": village.answers_criteria,
                "tool": tool,
                "summary": {
                    "tier": plan.tier_ids[s.tier],
                    "tier_label": tier.label.get(lang),
                    "percent": s.percent,
                    "percent_exact": s.percent_exact,
                    "points": s.points,
                    "max_points": s.max_points,
                    "weakest_dimension": None
                    if s.weakest is None
                    else plan.dimensions[s.weakest].id,
                    "weakest_percent": s.weakest_percent,
                    "average_dimension_percent": s.average_dimension_percent,
                    "gates_met": s.gates_met,
                    "gates_total": s.gates_total,
                    "criteria_met": s.criteria_met,
                    "criteria_total": s.criteria_total,
                    "counts": {
                        "questions": s.questions,
                        "answered": s.answered,
                        "unanswered": s.unanswered,
                        "not_applicable": s.not_applicable,
                        "evidence_missing": s.evidence_missing,
                    },
                },
                "dimensions": {
                    d.id: s.dimension_percents[i] for i, d in enumerate(plan.dimensions)
                },
                "criteria_results": {
                    c.id: {
                        "points": s.criterion_points[i],
                        "max_points": s.criterion_max[i],
                        "percent": s.criterion_percents[i],
                        "status": s.criterion_status[i],
                    }
                    for i, c in enumerate(plan.crits)
                },
                "gaps": [{"criterion": plan.crits[i].id, "gain": gain} for i, gain in s.gaps],
                "warnings": [localize(w, lang) for w in village.warnings],
            }
        )
        yield dumps(record) + "\n"
    for group in rejected_rows(result):
        record = {
            "status": "rejected",
            "file": group["file"],
            "sheet": group["sheet"],
            "row": group["row"] if group["row"] is not None else group["rows"],
            "problems": [p.to_dict(lang) for p in group["problems"]],
        }
        yield dumps(record) + "\n"


def _leader(leader: Any) -> dict[str, Any]:
    """The LEADER profile fields a village gave, as a questionnaire of schema_version 2
    writes them (none given: nothing, so older records keep their exact shape)."""
    out: dict[str, Any] = {}
    if leader.leader_group:
        out["leader_group"] = leader.leader_group
    if leader.community_type:
        out["community_type"] = leader.community_type
    if leader.legal_name or leader.registration_number:
        out["legal_body"] = {
            "name": leader.legal_name,
            "registration_number": leader.registration_number,
        }
    if leader.recognition_year is not None:
        out["recognition"] = {"year": leader.recognition_year, "tier": leader.recognition_tier}
    if leader.mentor:
        out["mentor"] = leader.mentor
    return out
