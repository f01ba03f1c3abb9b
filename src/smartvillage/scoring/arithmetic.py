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

import bisect
import math
from collections.abc import Iterable
from fractions import Fraction
from typing import overload

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


_KEYS: dict[tuple[Fraction, ...], int] = {}


class Thresholds:
    """Threshold percents, sorted, ready for :func:`shown` to look up quickly."""

    __slots__ = ("approx", "exact", "key")

    def __init__(self, values: Iterable[Fraction | float]) -> None:
        self.exact = sorted({exact(v) for v in values})
        self.approx = [float(v) for v in self.exact]
        # a small number that names these very thresholds (for remembering shown figures)
        self.key = _KEYS.setdefault(tuple(self.exact), len(_KEYS) + 1)

    def near(self, value: float, width: float) -> list[Fraction]:
        """The thresholds within ``width`` of ``value`` (a float: a quick first look)."""
        low = bisect.bisect_left(self.approx, value - width)
        high = bisect.bisect_right(self.approx, value + width)
        return self.exact[low:high]


_NONE = Thresholds(())


def shown(
    value: Fraction, digits: int = 2, thresholds: Thresholds | Iterable[Fraction | float] = _NONE
) -> float:
    """``value`` rounded once for display, never across a threshold (module docstring)."""
    return shown_ratio(value.numerator, value.denominator, digits, thresholds)


def shown_ratio(
    num: int, den: int, digits: int = 2, thresholds: Thresholds | Iterable[Fraction | float] = _NONE
) -> float:
    """:func:`shown` of ``num / den`` (``den`` > 0), with no fraction object made."""
    factor: int = 10**digits
    scaled = num * factor
    rounded = (
        (2 * scaled + den) // (2 * den) if scaled >= 0 else -((-2 * scaled + den) // (2 * den))
    )
    if not isinstance(thresholds, Thresholds):
        thresholds = Thresholds(thresholds)
    if thresholds.exact and rounded * den != scaled:
        # only a threshold less than one shown step away can lie between the two
        for limit in thresholds.near(num / den, 2 / factor):
            tn, td = limit.numerator * factor, limit.denominator  # limit * factor = tn / td
            if scaled * td < tn * den and tn <= rounded * td:
                rounded = scaled // den  # below: down
            elif rounded * td < tn and tn * den <= scaled * td:
                rounded = -(-scaled // den)  # reaches: up
    return rounded / factor + 0.0


def shown_or_none(
    value: Fraction | None,
    digits: int = 2,
    thresholds: Thresholds | Iterable[Fraction | float] = _NONE,
) -> float | None:
    """:func:`shown`, passing None through (a figure that was not assessed)."""
    return None if value is None else shown(value, digits, thresholds)


@overload
def fraction_text(value: Fraction) -> str: ...
@overload
def fraction_text(value: Fraction | None) -> str | None: ...
def fraction_text(value: Fraction | None) -> str | None:
    """An exact value as text a script can read back: ``"50"`` or ``"3299/66"``."""
    if value is None:
        return None
    return (
        str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    )


def parse_fraction(text: str | None) -> Fraction | None:
    """The exact value written by :func:`fraction_text` (None for None)."""
    return None if text is None else Fraction(text)
