"""Each question's scoring rule compiled to a function from an answer value to units.

A unit is ``1/scale`` of a point, where ``scale`` (``point_scale``) makes every point value
of a criteria set a whole number, so that sums of points are exact. Common values take a
precomputed lookup; anything else goes through ``scoring.answers.interpret``, which stays
the authority on what an answer means and on every error message. Tests check that each
compiled rule gives exactly the points ``interpret`` gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from smartvillage.models.criteria import CriteriaSet, Question
from smartvillage.scoring.answers import NO, YES, interpret, option_keys, parse_number
from smartvillage.scoring.arithmetic import exact

_SPLIT = re.compile(r"[;,]")


def point_values(criteria: CriteriaSet) -> list[float]:
    """Every number of the set that points are made of (for ``Plan.scale``)."""
    values: list[float] = []
    for criterion in criteria.criteria:
        for q in criterion.questions:
            kind = q.type
            if kind == "yes_no":
                values += [q.points_yes, q.points_no]
            elif kind == "rubric":
                values += [level.points for level in q.levels]
            elif kind == "number":
                values += [band.points for band in q.bands]
            elif kind in ("choice", "multi_choice"):
                values += [o.points for o in q.options]
                if kind == "multi_choice" and q.cap is not None:
                    values.append(q.cap)
            elif kind == "initiatives":
                values += [q.points_each, q.cap, *(p.points for p in q.properties)]
    return values


def max_units(question: Question, scale: int) -> int:
    """The most units an answer to ``question`` can earn."""

    def u(value: float) -> int:
        return int(exact(value) * scale)

    kind = question.type
    if kind == "yes_no":
        return max(u(question.points_yes), u(question.points_no))
    if kind == "rubric":
        return max(u(level.points) for level in question.levels)
    if kind == "number":
        return max(u(band.points) for band in question.bands)
    if kind == "choice":
        return max(u(o.points) for o in question.options)
    if kind == "multi_choice":
        total = sum(u(o.points) for o in question.options)
        return total if question.cap is None else min(total, u(question.cap))
    return u(question.cap)


def compile_rule(question: Question, scale: int) -> Callable[[Any], int]:
    """A function from an answer value to its units, equal to ``interpret(...).points``.

    Common values take a precomputed lookup; anything else goes to ``interpret``, which
    returns the typed answer or raises AnswerError with the message to show.
    """

    def u(value: float) -> int:
        return int(exact(value) * scale)

    kind = question.type
    if kind in ("yes_no", "rubric", "number", "choice"):
        by_points = {p: u(p) for p in _point_values_of(question)}

        def slow(value: Any) -> int:
            return by_points[interpret(question, value).points]

    if kind == "yes_no":
        yes, no = u(question.points_yes), u(question.points_no)
        words = {w: yes for w in YES} | {w: no for w in NO}

        def yes_no(value: Any) -> int:
            if value is True:
                return yes
            if value is False:
                return no
            if type(value) is str:
                points = words.get(value.strip().casefold())
                if points is not None:
                    return points
            return slow(value)

        return yes_no
    if kind == "rubric":
        levels = {level.value: u(level.points) for level in question.levels}

        def rubric(value: Any) -> int:
            kind_of = type(value)
            points = None
            if kind_of is int:
                points = levels.get(value)
            elif kind_of is float and value.is_integer():
                points = levels.get(int(value))
            elif kind_of is str:
                text = value.strip()
                if text.isdigit() and text.isascii():
                    points = levels.get(int(text))
            return slow(value) if points is None else points

        return rubric
    if kind == "number":
        bands = [(b.min, b.max, u(b.points)) for b in question.bands]
        low, high, integer = question.min, question.max, question.integer

        def number(value: Any) -> int:
            parsed = parse_number(value)
            if (
                (integer and not float(parsed).is_integer())
                or (low is not None and parsed < low)
                or (high is not None and parsed > high)
            ):
                return slow(value)
            if integer:
                parsed = int(parsed)
            for band_min, band_max, points in bands:
                if (band_min is None or parsed >= band_min) and (
                    band_max is None or parsed < band_max
                ):
                    return points
            return 0

        return number
    if kind in ("choice", "multi_choice"):
        index = _option_index(question.options)
        option_units = [u(o.points) for o in question.options]
        if kind == "choice":

            def choice(value: Any) -> int:
                if type(value) is str:
                    position = _position(index, value)
                    if position is not None:
                        return option_units[position]
                return slow(value)

            return choice
        cap = None if question.cap is None else u(question.cap)
        by_value = {o.value: units for o, units in zip(question.options, option_units, strict=True)}

        def multi_slow(value: Any) -> int:
            total = sum(by_value[v] for v in interpret(question, value).value)
            return total if cap is None else min(total, cap)

        def multi_choice(value: Any) -> int:
            if type(value) is str:
                items: list[Any] = [p for p in _SPLIT.split(value) if p.strip()]
            elif type(value) is list:
                items = value
            else:
                return multi_slow(value)
            chosen: set[int] = set()
            for item in items:
                if type(item) is not str:
                    return multi_slow(value)
                position = _position(index, item)
                if position is None or position in chosen:
                    return multi_slow(value)
                chosen.add(position)
            total = sum(option_units[p] for p in chosen)
            return total if cap is None else min(total, cap)

        return multi_choice
    known = {p.id: u(p.points) for p in question.properties}
    each, cap = u(question.points_each), u(question.cap)

    def initiatives(value: Any) -> int:
        items = interpret(question, value).value
        total = sum(each + sum(known[p] for p in item["properties"]) for item in items)
        return min(total, cap)

    return initiatives


def _point_values_of(question: Question) -> list[float]:
    kind = question.type
    if kind == "yes_no":
        return [question.points_yes, question.points_no]
    if kind == "rubric":
        return [level.points for level in question.levels]
    if kind == "number":
        return [band.points for band in question.bands] + [0.0]
    return [o.points for o in question.options]


def _option_index(options: list) -> tuple[dict[str, int | None], dict[str, int | None]]:
    """Options by their keys as written and ignoring case; None where a key names two
    options (``interpret`` then decides, and refuses)."""
    exact: dict[str, int | None] = {}
    folded: dict[str, int | None] = {}
    for position, option in enumerate(options):
        for key in option_keys(option):
            for table, k in ((exact, key.strip()), (folded, key.strip().casefold())):
                table[k] = position if table.get(k, position) == position else None
    return exact, folded


def _position(index: tuple[dict[str, int | None], dict[str, int | None]], value: str) -> int | None:
    """The option ``value`` names, as ``scoring.answers`` reads it, when the lookup can tell;
    None sends the value to ``interpret`` (diacritics left out, two options, no option)."""
    exact, folded = index
    key = value.strip()
    if key in exact:
        return exact[key]
    return folded.get(key.casefold())
