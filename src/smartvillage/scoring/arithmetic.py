"""Exact numbers for decisions, and the one rule that rounds a figure for display.

Every figure the scoring core computes is exact: points are whole numbers of a unit
(see :func:`point_scale`), percents and gains are :class:`~fractions.Fraction`. Numbers
written in a criteria file are read as the decimals their authors wrote (``0.1`` is one
tenth, not the binary float nearest to it).

A figure is shown rounded once, half away from zero, to the digits shown — except where
that would put it on the other side of a threshold that decides something: then it is
rounded towards the decision (down when the figure is below the threshold, up when it
reaches it). 49.96 % below a threshold of 50 % reads 49.9 % with one decimal, never 50.0 %.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from fractions import Fraction

HUNDRED = Fraction(100)


def exact(value: float | int | Fraction) -> Fraction:
    """``value`` as the decimal it is written as (``0.1`` → 1/10)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


def point_scale(values: Iterable[float | int]) -> int:
    """The least whole number that makes every value, times it, a whole number."""
    scale = 1
    for value in values:
        scale = math.lcm(scale, exact(value).denominator)
    return scale


def _round_half_away(scaled: Fraction) -> int:
    whole = (2 * abs(scaled.numerator) + scaled.denominator) // (2 * scaled.denominator)
    return whole if scaled >= 0 else -whole


def shown(value: Fraction, digits: int = 2,
          thresholds: Iterable[Fraction | float] = ()) -> float:
    """``value`` rounded once for display, never across a threshold (module docstring)."""
    factor = 10 ** digits
    scaled = value * factor
    rounded = _round_half_away(scaled)
    for threshold in thresholds:
        limit = exact(threshold) * factor
        if value * factor < limit <= rounded:
            rounded = math.floor(scaled)
        elif rounded < limit <= scaled:
            rounded = math.ceil(scaled)
    return rounded / factor + 0.0


def shown_or_none(value: Fraction | None, digits: int = 2,
                  thresholds: Iterable[Fraction | float] = ()) -> float | None:
    """:func:`shown`, passing None through (a figure that was not assessed)."""
    return None if value is None else shown(value, digits, thresholds)


def fraction_text(value: Fraction | None) -> str | None:
    """An exact value as text a script can read back: ``"50"`` or ``"3299/66"``."""
    if value is None:
        return None
    return str(value.numerator) if value.denominator == 1 else \
        f"{value.numerator}/{value.denominator}"


def parse_fraction(text: str | None) -> Fraction | None:
    """The exact value written by :func:`fraction_text` (None for None)."""
    return None if text is None else Fraction(text)
