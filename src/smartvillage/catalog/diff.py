"""``criteria diff``: what changed between two criteria sets.

Compares dimensions, criteria, questions (and their scoring rules), weights, gates,
thresholds and tiers by their stable ids, and lists each addition, removal and change.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from smartvillage.models.criteria import CriteriaSet

ChangeKind = Literal["added", "removed", "changed"]

_SET_FIELDS = ("status", "criterion_met_percent")
_DIMENSION_FIELDS = ("title", "weight")
_CRITERION_FIELDS = ("dimension", "title", "weight", "gate", "met_percent")
_TIER_FIELDS = (
    "label",
    "min_percent",
    "min_dimension_percent",
    "all_gates",
    "all_criteria",
    "evidence_complete",
)


class Change(BaseModel):
    """One difference between two criteria sets."""

    kind: ChangeKind
    item: Literal["set", "source", "dimension", "criterion", "question", "tier"]
    id: str
    field: str | None = None
    old: Any = None
    new: Any = None
    where: str | None = None


class CriteriaDiff(BaseModel):
    """All differences from ``old`` to ``new``."""

    old: str
    new: str
    old_digest: str
    new_digest: str
    changes: list[Change]


def diff_criteria(old: CriteriaSet, new: CriteriaSet) -> CriteriaDiff:
    """Every difference from ``old`` to ``new``, in the order of the files."""
    from smartvillage.scoring import criteria_digest

    changes: list[Change] = []
    for name in _SET_FIELDS:
        _field(changes, "set", new.id, name, getattr(old, name), getattr(new, name))
    _items(changes, "source", old.sources, new.sources, ("title", "url"))
    _items(changes, "dimension", old.dimensions, new.dimensions, _DIMENSION_FIELDS)
    _items(changes, "criterion", old.criteria, new.criteria, _CRITERION_FIELDS)
    old_q, new_q = old.questions(), new.questions()
    for qid, (criterion, question) in new_q.items():
        if qid not in old_q:
            changes.append(Change(kind="added", item="question", id=qid, where=criterion.id))
            continue
        old_criterion, old_question = old_q[qid]
        if old_criterion.id != criterion.id:
            changes.append(
                Change(
                    kind="changed",
                    item="question",
                    id=qid,
                    field="criterion",
                    old=old_criterion.id,
                    new=criterion.id,
                )
            )
        before = old_question.model_dump(mode="json", exclude={"id", "sources"})
        after = question.model_dump(mode="json", exclude={"id", "sources"})
        for key in [*after, *(k for k in before if k not in after)]:
            _field(
                changes, "question", qid, key, before.get(key), after.get(key), where=criterion.id
            )
    changes += [
        Change(kind="removed", item="question", id=qid, where=c.id)
        for qid, (c, _) in old_q.items()
        if qid not in new_q
    ]
    _items(changes, "tier", old.tiers, new.tiers, _TIER_FIELDS)
    return CriteriaDiff(
        old=old.ref,
        new=new.ref,
        old_digest=criteria_digest(old),
        new_digest=criteria_digest(new),
        changes=changes,
    )


def _items(
    changes: list[Change], item: Any, old: list[Any], new: list[Any], fields: tuple[str, ...]
) -> None:
    before = {x.id: x for x in old}
    after = {x.id: x for x in new}
    for ident, value in after.items():
        if ident not in before:
            changes.append(Change(kind="added", item=item, id=ident))
            continue
        for name in fields:
            _field(
                changes,
                item,
                ident,
                name,
                _plain(getattr(before[ident], name)),
                _plain(getattr(value, name)),
            )
    changes += [Change(kind="removed", item=item, id=i) for i in before if i not in after]


def _field(
    changes: list[Change],
    item: Any,
    ident: str,
    name: str,
    old: Any,
    new: Any,
    where: str | None = None,
) -> None:
    if _plain(old) != _plain(new):
        changes.append(
            Change(
                kind="changed",
                item=item,
                id=ident,
                field=name,
                old=_plain(old),
                new=_plain(new),
                where=where,
            )
        )


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value
