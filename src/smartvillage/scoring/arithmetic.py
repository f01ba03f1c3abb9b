"""The arithmetic every scorer shares, so that the engine, the path to the next tier and
the batch plan round and average exactly alike."""

from __future__ import annotations

EPSILON = 1e-9
"""Tolerance for "reaches a threshold", against binary floating-point error."""


def round_figure(value: float, digits: int = 4) -> float:
    """A figure rounded as reports show it (``-0.0`` becomes ``0.0``)."""
    return round(value + 0.0, digits)


def weighted_mean(pairs: list[tuple[float | None, float]]) -> float | None:
    """The weight-averaged percent of the known ``(percent, weight)`` pairs, or None."""
    known = [(p, w) for p, w in pairs if p is not None]
    total = sum(w for _, w in known)
    if not known or total <= 0:
        return None
    return round_figure(sum(p * w for p, w in known) / total, 2)
