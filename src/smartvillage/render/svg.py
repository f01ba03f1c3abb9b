"""Geometry of the dimension chart: a radar ("spider web") for 3+ dimensions, bars for 1–2.

This module computes coordinates only; the HTML template draws them as inline SVG, so
every label passes through the template's autoescaping. Coordinates are rounded to one
decimal so that the output is stable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH = 600
HEIGHT = 460
RADIUS = 150
RINGS = (20, 40, 60, 80, 100)
LABEL_GAP = 16
WRAP = 18
LINE_HEIGHT = 15
BAR_WIDTH = 300
BAR_HEIGHT = 26
BAR_LABEL = 220


@dataclass(frozen=True)
class Label:
    """A label of several lines at (x, y) with an SVG text-anchor."""

    x: float
    y: float
    anchor: str
    lines: list[str]


@dataclass(frozen=True)
class Axis:
    """One dimension's spoke: its end, its value point and its label."""

    x: float
    y: float
    value_x: float
    value_y: float
    label: Label
    value: str


@dataclass(frozen=True)
class Ring:
    """A grid ring at ``percent``, as polygon points, with its label position."""

    percent: int
    points: str
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Radar:
    """A radar chart; ``before`` is a second, earlier polygon (for comparisons) or ""."""

    width: int
    height: int
    cx: float
    cy: float
    rings: list[Ring]
    axes: list[Axis]
    polygon: str
    before: str = ""
    kind: str = "radar"


@dataclass(frozen=True)
class Bar:
    """One dimension's horizontal bar; ``before_x`` marks an earlier value (or None)."""

    y: float
    width: float
    label: Label
    value: str
    value_x: float
    before_x: float | None = None


@dataclass(frozen=True)
class Bars:
    """A bar chart for one or two dimensions."""

    width: int
    height: int
    x: float
    full: float
    bars: list[Bar]
    ticks: list[tuple[int, float]]
    kind: str = "bars"


def wrap(text: str, width: int = WRAP) -> list[str]:
    """``text`` broken into lines of about ``width`` characters, at spaces."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def chart(
    items: list[tuple[str, float | None, str]], before: list[float | None] | None = None
) -> Radar | Bars:
    """The chart for ``(title, percent, percent as text)`` per dimension.

    ``before`` gives earlier percents to draw under the current ones (comparisons).
    """
    if len(items) >= 3:
        return radar(items, before)
    return bars(items, before)


def _r(value: float) -> float:
    return round(value + 0.0, 1)


def _point(cx: float, cy: float, angle: float, distance: float) -> tuple[float, float]:
    return _r(cx + distance * math.cos(angle)), _r(cy + distance * math.sin(angle))


def _fraction(value: float | None) -> float:
    return max(0.0, min(100.0, value or 0.0)) / 100


def radar(
    items: list[tuple[str, float | None, str]], before: list[float | None] | None = None
) -> Radar:
    """A radar: one spoke per dimension, clockwise from the top; None counts as 0."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    count = len(items)
    angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]
    rings = []
    for ring in RINGS:
        corners = [_point(cx, cy, a, RADIUS * ring / 100) for a in angles]
        rings.append(
            Ring(
                ring,
                " ".join(f"{x},{y}" for x, y in corners),
                _r(cx + 3),
                _r(cy - RADIUS * ring / 100 - 2),
            )
        )
    axes = []
    for (title, value, shown), angle in zip(items, angles, strict=True):
        x, y = _point(cx, cy, angle, RADIUS)
        vx, vy = _point(cx, cy, angle, RADIUS * _fraction(value))
        lx, ly = _point(cx, cy, angle, RADIUS + LABEL_GAP)
        cos, sin = math.cos(angle), math.sin(angle)
        anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
        lines = [*wrap(title), shown]
        block = LINE_HEIGHT * (len(lines) - 1)
        if sin < -0.2:  # above the centre: the block ends at the label point
            top = ly - block
        elif sin > 0.2:  # below: the block starts under the label point
            top = ly + LINE_HEIGHT * 0.8
        else:
            top = ly - block / 2 + LINE_HEIGHT * 0.35
        axes.append(Axis(x, y, vx, vy, Label(lx, _r(top), anchor, lines), shown))
    polygon = " ".join(f"{a.value_x},{a.value_y}" for a in axes)
    earlier = ""
    if before is not None:
        earlier = " ".join(
            "{},{}".format(*_point(cx, cy, angle, RADIUS * _fraction(value)))
            for value, angle in zip(before, angles, strict=True)
        )
    return Radar(WIDTH, HEIGHT, _r(cx), _r(cy), rings, axes, polygon, earlier)


def bars(
    items: list[tuple[str, float | None, str]], before: list[float | None] | None = None
) -> Bars:
    """Horizontal bars, for one or two dimensions (a radar needs three)."""
    x = BAR_LABEL
    rows = []
    y = 30.0
    for n, (title, value, shown) in enumerate(items):
        lines = wrap(title, 28)
        width = _r(BAR_WIDTH * _fraction(value))
        mark = None if before is None else _r(x + BAR_WIDTH * _fraction(before[n]))
        rows.append(
            Bar(
                _r(y),
                width,
                Label(
                    x - 10,
                    _r(y + BAR_HEIGHT / 2 + 4 - LINE_HEIGHT * (len(lines) - 1) / 2),
                    "end",
                    lines,
                ),
                shown,
                _r(x + width + 6),
                mark,
            )
        )
        y += max(BAR_HEIGHT, LINE_HEIGHT * len(lines)) + 18
    ticks = [(tick, _r(x + BAR_WIDTH * tick / 100)) for tick in (0, *RINGS)]
    return Bars(x + BAR_WIDTH + 80, int(y + 14), x, BAR_WIDTH, rows, ticks)
