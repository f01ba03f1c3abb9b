"""Scoring and the criteria commands stay linear in the size of the criteria set.

Generates criteria sets of N criteria (4 questions each, every answer type but
initiatives, 10 dimensions) and a fully answered questionnaire for each, and ``extends``
chains D sets deep; then times, each as a fresh process:

* ``smartvillage score QUESTIONNAIRE -f json`` for each N (start-up included), and
  scoring alone in-process (``score()`` with the path to the next tier);
* ``smartvillage criteria list`` and ``criteria show`` for each chain depth D.

    python benchmarks/criteria_size.py                       # N = 1,000 and 10,000
    python benchmarks/criteria_size.py --sizes 500 1000 2000 --depths 50 200
    python benchmarks/criteria_size.py --keep /tmp/sizes     # keep the generated files

The limit on a file's size is raised for the run (``SMARTVILLAGE_MAX_FILE_BYTES``).
Prints each figure and, for each step up in size, the ratio of times beside the ratio
of sizes: linear when the two are close.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
# a set of 10,000 criteria is about 14 MB of JSON: past the default file-size limit
os.environ.setdefault("SMARTVILLAGE_MAX_FILE_BYTES", str(200 * 2**20))


def criteria_data(n: int, set_id: str = "big", version: str = "1") -> dict:
    """A criteria set of ``n`` criteria, 4 questions each, in 10 dimensions."""
    dims = min(10, n)
    criteria = []
    for i in range(n):
        q = f"c{i}"
        criteria.append(
            {
                "id": q,
                "dimension": f"d{i % dims}",
                "weight": 1 + i % 3,
                "gate": i % 50 == 0,
                "title": {"lv": f"Kritērijs {i}", "en": f"Criterion {i}"},
                "recommendation": {"lv": "Rīkojieties.", "en": "Act."},
                "questions": [
                    {
                        "id": f"{q}.yes",
                        "type": "yes_no",
                        "points_yes": 1.5,
                        "text": {"lv": "Vai?", "en": "Is it?"},
                    },
                    {
                        "id": f"{q}.rubric",
                        "type": "rubric",
                        "text": {"lv": "Cik?", "en": "How?"},
                        "levels": [
                            {
                                "value": v,
                                "points": v * 0.5,
                                "label": {"lv": f"L{v}", "en": f"L{v}"},
                                "description": {"lv": "a", "en": "a"},
                            }
                            for v in range(4)
                        ],
                    },
                    {
                        "id": f"{q}.number",
                        "type": "number",
                        "min": 0,
                        "text": {"lv": "Cik daudz?", "en": "How many?"},
                        "bands": [
                            {"max": 5, "points": 0},
                            {"min": 5, "max": 20, "points": 1},
                            {"min": 20, "points": 2},
                        ],
                    },
                    {
                        "id": f"{q}.multi",
                        "type": "multi_choice",
                        "cap": 2,
                        "text": {"lv": "Kuri?", "en": "Which?"},
                        "options": [
                            {
                                "value": f"o{k}",
                                "label": {"lv": f"V{k}", "en": f"O{k}"},
                                "points": 0.7,
                            }
                            for k in range(4)
                        ],
                    },
                ],
            }
        )
    return {
        "schema_version": 1,
        "id": set_id,
        "version": version,
        "status": "custom",
        "title": {"lv": "Liels komplekts", "en": "Large set"},
        "sources": [{"id": "s", "title": "benchmark"}],
        "dimensions": [
            {"id": f"d{d}", "title": {"lv": f"Joma {d}", "en": f"Dimension {d}"}}
            for d in range(dims)
        ],
        "criteria": criteria,
        "tiers": [
            {
                "id": "top",
                "label": {"lv": "Augšā", "en": "Top"},
                "min_percent": 75,
                "all_gates": True,
            },
            {"id": "mid", "label": {"lv": "Vidū", "en": "Middle"}, "min_percent": 50},
            {"id": "low", "label": {"lv": "Sākums", "en": "Start"}},
        ],
    }


def questionnaire_data(n: int, set_ref: str) -> dict:
    """Answers to every question of :func:`criteria_data` (``n`` criteria)."""
    answers = {}
    for i in range(n):
        answers[f"c{i}.yes"] = "yes" if i % 3 else "no"
        answers[f"c{i}.rubric"] = i % 4
        answers[f"c{i}.number"] = i % 30
        answers[f"c{i}.multi"] = [f"o{k}" for k in range(i % 4)]
    return {
        "schema_version": 1,
        "criteria": set_ref,
        "village": {"name": "Lielciems"},
        "assessment": {"assessor": "mentor", "date": "2024-05-14"},
        "answers": answers,
    }


def write_chain(folder: Path, depth: int) -> str:
    """An ``extends`` chain ``depth`` sets deep; returns the deepest set's ref."""
    base = criteria_data(20, "chain", "0")
    path = folder / "chain" / "0.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    for level in range(1, depth + 1):
        child = {
            "extends": f"chain@{level - 1}",
            "version": str(level),
            "title": {"lv": f"Līmenis {level}", "en": f"Level {level}"},
        }
        (folder / "chain" / f"{level}.json").write_text(json.dumps(child), encoding="utf-8")
    return f"chain@{depth}"


def timed(argv: list[str], runs: int) -> float:
    """Median wall seconds of ``runs`` runs (one warm-up first)."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(criteria_dir: Path, questionnaire: Path, runs: int) -> float:
    """Median seconds of ``score()`` alone (criteria loaded and the plan compiled once)."""
    code = f"""
import statistics, time
from pathlib import Path
from smartvillage.io.criteria import load_criteria
from smartvillage.io.questionnaire import load_questionnaire
from smartvillage.scoring import score
from smartvillage.scoring.plan import Plan
q = load_questionnaire(Path({str(questionnaire)!r}))
c = load_criteria(q.criteria, [Path({str(criteria_dir)!r})])
plan = Plan(c)
times = []
for _ in range({runs}):
    start = time.perf_counter(); score(q, c, plan=plan); times.append(time.perf_counter() - start)
print(statistics.median(times))
"""
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def report(title: str, rows: list[tuple[int, float]]) -> None:
    print(f"\n{title}")
    print(f"{'size':>8} {'seconds':>9} {'x time':>8} {'x size':>8}")
    for k, (size, seconds) in enumerate(rows):
        if k:
            print(
                f"{size:8,} {seconds:9.3f} {seconds / rows[k - 1][1]:8.2f} "
                f"{size / rows[k - 1][0]:8.2f}"
            )
        else:
            print(f"{size:8,} {seconds:9.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--depths", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        cli, core = [], []
        for n in args.sizes:
            folder = root / f"sets-{n}"
            (folder / "big").mkdir(parents=True, exist_ok=True)
            (folder / "big" / "1.json").write_text(json.dumps(criteria_data(n)), encoding="utf-8")
            questionnaire = root / f"village-{n}.json"
            questionnaire.write_text(json.dumps(questionnaire_data(n, "big@1")), encoding="utf-8")
            argv = [
                PY,
                "-m",
                "smartvillage",
                "score",
                str(questionnaire),
                "--criteria-dir",
                str(folder),
                "-f",
                "json",
            ]
            cli.append((n, timed(argv, args.runs)))
            core.append((n, in_process(folder, questionnaire, args.runs)))
        report("score QUESTIONNAIRE -f json, whole process (criteria)", cli)
        report("score() in-process, path to the next tier included (criteria)", core)
        listing, showing = [], []
        for depth in args.depths:
            folder = root / f"chain-{depth}"
            ref = write_chain(folder, depth)
            listing.append(
                (
                    depth,
                    timed(
                        [
                            PY,
                            "-m",
                            "smartvillage",
                            "criteria",
                            "list",
                            "--criteria-dir",
                            str(folder),
                        ],
                        args.runs,
                    ),
                )
            )
            showing.append(
                (
                    depth,
                    timed(
                        [
                            PY,
                            "-m",
                            "smartvillage",
                            "criteria",
                            "show",
                            ref,
                            "--criteria-dir",
                            str(folder),
                        ],
                        args.runs,
                    ),
                )
            )
        report("criteria list, whole process (extends depth)", listing)
        report("criteria show, whole process (extends depth)", showing)


if __name__ == "__main__":
    main()
