"""Whole-command start-up benchmark: smartvillage beside the bare libraries it needs.

Runs each command as a fresh process, in turn with the baseline (the bare
``import typer, rich, pydantic, yaml``), several times after a warm-up, and prints the
median wall time of each and the median of the ratios taken pair by pair, so that a
machine whose speed drifts during the run does not tilt the comparison.

    python benchmarks/startup.py            # 15 pairs each
    python benchmarks/startup.py --runs 30

Measure an installed copy (``pip install .``), whose modules are compiled when they
are installed, with ``PYTHONDONTWRITEBYTECODE`` unset: a source checkout run without
bytecode files compiles every module on every start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
EXAMPLE = str(REPO / "examples" / "zilitkalni.yaml")
BASELINE = [PY, "-c", "import typer, rich, pydantic, yaml"]

COMMANDS = {
    "smartvillage --help": [PY, "-m", "smartvillage", "--help"],
    "smartvillage score EXAMPLE": [PY, "-m", "smartvillage", "score", EXAMPLE],
    "smartvillage score EXAMPLE -f json": [
        PY,
        "-m",
        "smartvillage",
        "score",
        EXAMPLE,
        "-f",
        "json",
    ],
    "smartvillage validate EXAMPLE": [PY, "-m", "smartvillage", "validate", EXAMPLE],
}


def once(argv: list[str]) -> float:
    """Wall seconds of one run (output thrown away, as into a pipe)."""
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def paired(argv: list[str], runs: int) -> tuple[list[float], list[float]]:
    """``runs`` pairs of (command, baseline) wall times, after one warm-up of each."""
    once(argv)
    once(BASELINE)
    mine, base = [], []
    for _ in range(runs):
        mine.append(once(argv))
        base.append(once(BASELINE))
    return mine, base


def main() -> None:
    """Time every command beside the baseline and print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    print(
        f"{'command':38} {'median':>8} {'bare':>8} {'ratio':>6}  (ms; median of {args.runs} pairs)"
    )
    for name, argv in COMMANDS.items():
        mine, base = paired(argv, args.runs)
        ratios = [a / b for a, b in zip(mine, base, strict=True)]
        print(
            f"{name:38} {1000 * statistics.median(mine):8.1f} "
            f"{1000 * statistics.median(base):8.1f} {statistics.median(ratios):6.2f}"
        )


if __name__ == "__main__":
    main()
