"""``extends``: a criteria set written as the differences from another set.

Rules, applied to the parsed data before validation:

* top-level fields given in the child replace the parent's, and mappings merge key by key;
* lists whose items all have an ``id`` (sources, dimensions, criteria, questions,
  tiers, initiative properties) merge by id: an item with an existing id is merged
  field by field, a new id is appended at the end;
* other lists (rubric levels, bands, options) and plain values replace the parent's;
* a top-level ``remove:`` mapping lists ids to drop, by kind: ``criteria``,
  ``questions``, ``dimensions``, ``sources``, ``tiers``.
"""

from __future__ import annotations

from typing import Any

from smartvillage.errors import InputError, Problem
from smartvillage.messages import msg

REMOVABLE = ("criteria", "questions", "dimensions", "sources", "tiers")


def merge(parent: Any, child: Any) -> Any:
    """``child`` laid over ``parent`` by the rules above (``remove`` not included)."""
    if isinstance(parent, dict) and isinstance(child, dict):
        out = dict(parent)
        for key, value in child.items():
            out[key] = merge(parent[key], value) if key in parent else value
        return out
    if _by_id(parent) and _by_id(child):
        merged = list(parent)
        index = {item["id"]: i for i, item in enumerate(merged)}
        for item in child:
            if item["id"] in index:
                merged[index[item["id"]]] = merge(merged[index[item["id"]]], item)
            else:
                merged.append(item)
        return merged
    return child


def apply_removals(data: dict[str, Any], remove: Any, source: str) -> dict[str, Any]:
    """Drop the ids listed under ``remove`` from the merged data (a new top-level
    mapping from ``merge``; what it shares with the parent is left unchanged)."""
    if remove is None:
        return data
    if not isinstance(remove, dict) or set(remove) - set(REMOVABLE):
        raise InputError(
            [
                Problem(
                    source,
                    msg("lint.remove_map", kinds=list(REMOVABLE)),
                    field="remove",
                )
            ]
        )
    problems = []
    for kind, ids in remove.items():
        if not isinstance(ids, list):
            problems.append(Problem(source, msg("lint.remove_list"), field=f"remove.{kind}"))
            continue
        wanted = set(map(str, ids))
        found: set[str] = set()
        if kind == "questions":
            kept = []
            for criterion in data.get("criteria") or []:
                questions = criterion.get("questions") or []
                found |= {q.get("id") for q in questions if q.get("id") in wanted}
                # a new criterion mapping: the parent's data is shared, never changed
                kept.append(
                    {**criterion, "questions": [q for q in questions if q.get("id") not in wanted]}
                )
            data["criteria"] = kept
        else:
            items = data.get(kind) or []
            found = {i.get("id") for i in items if i.get("id") in wanted}
            data[kind] = [i for i in items if i.get("id") not in wanted]
        noun = "criterion" if kind == "criteria" else kind[:-1]
        for missing in sorted(wanted - found):
            problems.append(
                Problem(
                    source,
                    msg(f"lint.remove_missing.{noun}", id=missing),
                    field=f"remove.{kind}",
                )
            )
    if problems:
        raise InputError(problems)
    return data


def _by_id(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "id" in item for item in value)
    )
