"""``criteria check``: find every mistake in a criteria file, each with its line.

The checks run on the parsed YAML (which keeps lines), so that a duplicate id or a
dangling reference is reported where it stands; the Pydantic model then checks
types and ranges. A file that ``extends`` another is checked once merged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import Document
from smartvillage.messages import msg

if TYPE_CHECKING:
    from smartvillage.models.criteria import CriteriaSet

_TEXT_KEYS = ("lv", "en")
_REQUIREMENTS = (
    "min_percent",
    "min_dimension_percent",
    "all_gates",
    "all_criteria",
    "evidence_complete",
)


def check_criteria_file(path: Path, dirs: list[Path] | None = None) -> list[Problem]:
    """Every problem in the criteria file at ``path`` (an empty list when it is sound)."""
    from smartvillage.io.criteria import resolved_document
    from smartvillage.io.documents import load_document

    try:
        raw = load_document(path)
        doc = (
            resolved_document(path, dirs)
            if isinstance(raw.data, dict) and "extends" in raw.data
            else raw
        )
    except InputError as exc:
        return exc.problems
    if not isinstance(doc.data, dict):
        return [Problem(doc.source, "expected a criteria set (a mapping of fields)", line=1)]
    linter = _Linter(doc)
    linter.run()
    model = [
        p
        for p in _model_problems(doc, bool(linter.problems))
        if not any(
            p.line == q.line and (p.field or "").startswith(q.field or "") for q in linter.problems
        )
    ]
    return sorted(linter.problems + model, key=lambda p: (p.line or 0, p.field or ""))


def source_warnings(criteria: CriteriaSet) -> list[str]:
    """Sources a reader could not find: with no URL or DOI, or only a site's home page
    (coded messages, shown in the reader's language).

    Not errors (a set may cite a document that is not online), but worth a look: a
    citation should lead to the very page that says what the criterion rests on.
    """
    from urllib.parse import urlparse

    out: list[str] = []
    for source in criteria.sources:
        if not source.url:
            out.append(msg("cli.criteria.source_no_url", source=source.id))
            continue
        parts = urlparse(source.url)
        if parts.scheme in ("http", "https") and parts.path in ("", "/") and not parts.query:
            out.append(msg("cli.criteria.source_home_page", source=source.id, url=source.url))
    return out


def _model_problems(doc: Document, linted: bool) -> list[Problem]:
    from smartvillage.io.validation import problems_from
    from smartvillage.models.criteria import CriteriaSet

    try:
        CriteriaSet.model_validate(doc.data)
    except ValidationError as exc:
        problems = problems_from(exc, doc, CriteriaSet)
        errors = exc.errors(include_url=False)
        # Whole-model checks repeat what the linter already placed on a line.
        return [
            p
            for p, e in zip(problems, errors, strict=True)
            if not (linted and e["type"] == "value_error")
        ]
    return []


class _Linter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data: dict[str, Any] = doc.data
        self.problems: list[Problem] = []

    def add(self, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(
            Problem(
                self.doc.source,
                message,
                field=".".join(map(str, path)) or None,
                line=self.doc.line_of(path),
            )
        )

    def run(self) -> None:
        sources = self.unique("sources", "source")
        dimensions = self.unique("dimensions", "dimension")
        self.unique("tiers", "tier")
        self.unique("criteria", "criterion")
        self.unique_questions()
        used_dimensions = set()
        for ci, criterion in _items(self.data.get("criteria")):
            base = ("criteria", ci)
            dimension = criterion.get("dimension")
            used_dimensions.add(dimension)
            if dimension is not None and dimension not in dimensions:
                self.add(
                    (*base, "dimension"),
                    msg("lint.dimension_undefined", id=dimension, defined=dimensions),
                )
            self.refs(base, criterion.get("sources"), sources)
            self.weight((*base, "weight"), criterion.get("weight"))
            for qi, question in _items(criterion.get("questions")):
                qpath = (*base, "questions", qi)
                self.refs(qpath, question.get("sources"), sources)
                self.question(qpath, question)
        for di, dimension in _items(self.data.get("dimensions")):
            self.weight(("dimensions", di, "weight"), dimension.get("weight"))
            if dimension.get("id") not in used_dimensions:
                self.add(
                    ("dimensions", di, "id"), msg("lint.dimension_empty", id=dimension.get("id"))
                )
        self.tiers()
        for path, text in _texts(self.data, ()):
            missing = [lang for lang in _TEXT_KEYS if not _filled(text.get(lang))]
            if missing:
                self.add(path, msg("lint.text_missing", langs=missing))

    def unique(self, key: str, what: str) -> list[str]:
        seen: dict[str, int] = {}
        for index, item in _items(self.data.get(key)):
            ident = item.get("id")
            if ident is None:
                continue
            if ident in seen:
                first = self.doc.line_of((key, seen[ident], "id"))
                self.add(
                    (key, index, "id"),
                    msg(f"lint.id_again.{what}", id=ident, line=first or "?"),
                )
            else:
                seen[ident] = index
        return list(seen)

    def unique_questions(self) -> None:
        seen: dict[str, tuple[Any, ...]] = {}
        for ci, criterion in _items(self.data.get("criteria")):
            for qi, question in _items(criterion.get("questions")):
                ident, path = question.get("id"), ("criteria", ci, "questions", qi, "id")
                if ident is None:
                    continue
                if ident in seen:
                    self.add(
                        path,
                        msg(
                            "lint.id_again.question",
                            id=ident,
                            line=self.doc.line_of(seen[ident]) or "?",
                        ),
                    )
                else:
                    seen[ident] = path

    def refs(self, base: tuple[Any, ...], refs: Any, known: list[str]) -> None:
        for index, ref in enumerate(refs if isinstance(refs, list) else []):
            if ref not in known:
                self.add(
                    (*base, "sources", index),
                    msg("lint.source_undefined", id=ref, defined=known),
                )

    def weight(self, path: tuple[Any, ...], value: Any) -> None:
        if value is None:
            return
        number = _number(value)
        if number is None or number <= 0:
            self.add(path, msg("lint.weight", got=repr(value)))

    def question(self, path: tuple[Any, ...], question: dict[str, Any]) -> None:
        kind = question.get("type")
        if kind == "rubric":
            values: dict[Any, int] = {}
            for li, level in _items(question.get("levels")):
                lpath = (*path, "levels", li)
                if level.get("value") in values:
                    self.add((*lpath, "value"), msg("lint.level_again", level=level.get("value")))
                values[level.get("value")] = li
                if not isinstance(level.get("description"), dict):
                    self.add(lpath, msg("lint.level_description", level=level.get("value")))
        elif kind in ("choice", "multi_choice"):
            seen: set[Any] = set()
            for oi, option in _items(question.get("options")):
                if option.get("value") in seen:
                    self.add(
                        (*path, "options", oi, "value"),
                        msg("lint.option_again", option=option.get("value")),
                    )
                seen.add(option.get("value"))
        elif kind == "number":
            previous_high: float | None = None
            for bi, band in _items(question.get("bands")):
                low, high = _number(band.get("min")), _number(band.get("max"))
                if low is not None and high is not None and low >= high:
                    self.add((*path, "bands", bi), msg("lint.band", low=low, high=high))
                if bi > 0 and (previous_high is None or low is None or low < previous_high):
                    self.add(
                        (*path, "bands", bi),
                        msg("lint.band_order"),
                    )
                previous_high = high

    def tiers(self) -> None:
        tiers = list(_items(self.data.get("tiers")))
        previous = None
        for ti, tier in tiers:
            percent = _number(tier.get("min_percent", 0))
            if percent is not None and not 0 <= percent <= 100:
                self.add(
                    ("tiers", ti, "min_percent"),
                    msg("lint.min_percent", got=repr(tier.get("min_percent"))),
                )
            if previous is not None and percent is not None and percent > previous[1]:
                self.add(
                    ("tiers", ti, "min_percent"),
                    msg(
                        "lint.tier_order",
                        tier=tier.get("id"),
                        percent=percent,
                        above=previous[0],
                        above_percent=previous[1],
                    ),
                )
            if percent is not None:
                previous = (tier.get("id"), percent)
        if tiers:
            ti, last = tiers[-1]
            if any(_truthy(last.get(key)) for key in _REQUIREMENTS):
                self.add(
                    ("tiers", ti),
                    msg("lint.last_tier", tier=last.get("id")),
                )


def _items(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    for index, item in enumerate(value if isinstance(value, list) else []):
        if isinstance(item, dict):
            yield index, item


def _texts(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    if isinstance(value, dict):
        if set(value) & set(_TEXT_KEYS) and set(value) <= set(_TEXT_KEYS):
            yield path, value
            return
        for key, child in value.items():
            yield from _texts(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _texts(child, (*path, index))


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        number = _number(value)
        return value.strip().lower() in ("true", "yes", "on") or bool(number)
    return bool(value)
