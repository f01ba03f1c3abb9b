"""Whole-command start-up benchmark: smartvillage beside bare Python baselines.

Runs each command as a separate process several times (after a warm-up) and prints
the minimum, median and maximum wall time in milliseconds, and the ratio of each
median to the bare ``import typer, rich, pydantic, yaml`` baseline.

    python benchmarks/startup.py            # 15 runs each
    python benchmarks/startup.py --runs 30
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
EXAMPLE = str(REPO / "examples" / "zilitkalni.yaml")

COMMANDS = {
    "python -c pass": [PY, "-c", "pass"],
    "import typer, rich, pydantic, yaml": [PY, "-c", "import typer, rich, pydantic, yaml"],
    "import openpyxl": [PY, "-c", "import openpyxl"],
    "smartvillage --help": [PY, "-m", "smartvillage", "--help"],
    "smartvillage score EXAMPLE": [PY, "-m", "smartvillage", "score", EXAMPLE],
    "smartvillage score EXAMPLE -f json": [PY, "-m", "smartvillage", "score", EXAMPLE, "-f",
                                           "json"],
    "smartvillage validate EXAMPLE": [PY, "-m", "smartvillage", "validate", EXAMPLE],
}
BASELINE = "import typer, rich, pydantic, yaml"


def time_command(argv: list[str], runs: int) -> list[float]:
    """Wall times in ms of ``runs`` runs after one warm-up."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    """Time every command and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results = {name: time_command(argv, args.runs) for name, argv in COMMANDS.items()}
    base = statistics.median(results[BASELINE])
    print(f"{'command':40} {'min':>8} {'median':>8} {'max':>8} {'x bare':>7}"
          f"  (ms, {args.runs} runs)")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:40} {min(times):8.1f} {median:8.1f} {max(times):8.1f} {median / base:7.2f}")


if __name__ == "__main__":
    main()
