"""Batch benchmark: ``smartvillage batch`` beside the bare cost of the same reads and writes.

For each size (10,000 and 100,000 villages by default) it generates a village table in
the template's layout (criteria viedais-ciems@2024, 47 columns, a few bad rows), then
measures, each in a fresh process:

* **bare read+write** — python-calamine reads every cell of the input, and XlsxWriter
  writes a workbook with exactly the cells of the results workbook (the same sheets,
  rows, columns and cell types, read beforehand from a real results workbook) and the
  same mode (``constant_memory`` from 20,000 villages): the cost of the libraries alone;
* **batch (in-process)** — ``run_batch`` plus ``write_results_xlsx``: what validation
  and scoring add is this minus the bare figure;
* **batch (CLI, end to end)** — ``smartvillage batch INPUT --output OUT --quiet`` as a
  user runs it, start-up included.

Times are the best of ``--runs`` runs (the median is shown beside it): the best run
is the one least disturbed by other work on the machine. Peak memory is the peak RSS
(``ru_maxrss``) of the process plus that of its writer process, the largest over the
runs.

    python benchmarks/batch.py                 # 10,000 and 100,000 villages, 3 runs
    python benchmarks/batch.py --sizes 10000 --runs 5
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
PY = sys.executable


def generate(path: Path, villages: int, seed: int = 1) -> None:
    """A village table of ``villages`` rows in the template layout (0.1% bad rows)."""
    sys.path.insert(0, str(SRC))
    import datetime as dt

    import xlsxwriter

    from smartvillage.io.criteria import load_criteria
    from smartvillage.io.spreadsheet import template_columns

    criteria = load_criteria("viedais-ciems@2024")
    questions = criteria.questions()
    columns = template_columns(criteria, "lv")
    rng = random.Random(seed)
    names = [
        "Ābeļciems",
        "Zīlītkalni",
        "Veverupe",
        "Priežulejas",
        "Jaunpūņi",
        "Ķiršupe",
        "Čiekurkalns",
        "Ņukši",
        "Ģipka",
        "Šķēde",
    ]
    regions = ["Kurzeme", "Zemgale", "Vidzeme", "Rīga", "Latgale"]
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Ciemi")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_string(0, 0, "criteria")
    sheet.write_string(0, 1, criteria.ref)
    for col, column in enumerate(columns):
        sheet.write_string(1, col, column.label)
    for col, column in enumerate(columns):
        sheet.write_string(2, col, column.key)
    for n in range(villages):
        row = n + 3
        bad = n % 1000 == 999
        for col, column in enumerate(columns):
            key = column.key
            if key == "village":
                sheet.write_string(row, col, f"{rng.choice(names)} {n}")
            elif key == "region":
                sheet.write_string(row, col, rng.choice(regions))
            elif key == "population":
                sheet.write_number(row, col, rng.randint(50, 3000))
            elif key == "assessor":
                sheet.write_string(row, col, rng.choice(column.entries))
            elif key == "date":
                sheet.write_datetime(
                    row, col, dt.datetime(2024, rng.randint(1, 12), rng.randint(1, 28)), date_format
                )
            elif key == "municipality":
                sheet.write_string(row, col, "Madonas novads")
            elif key.endswith(" evidence"):
                if rng.random() < 0.7:
                    sheet.write_string(row, col, "https://example.org/pieradijums")
            elif key in questions:
                question = questions[key][1]
                if rng.random() < 0.05:
                    continue
                kind = question.type
                if kind in ("yes_no", "rubric", "choice"):
                    sheet.write_string(row, col, rng.choice(column.entries))
                elif kind == "number":
                    value = rng.randint(0, 60)
                    sheet.write_number(row, col, value if not bad else -5)
                elif kind == "multi_choice":
                    chosen = rng.sample([o.value for o in question.options], 2)
                    sheet.write_string(row, col, "; ".join(chosen))
                else:
                    props = [p.id for p in question.properties]
                    sheet.write_string(
                        row, col, f"Kopienas dārzs [{props[0]}, {props[1]}]; Talka [{props[-1]}]"
                    )
    workbook.close()


# ----------------------------------------------------------------------------- workers


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its children that ended."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _bare(input_path: str, shape_path: str, output_path: str) -> None:
    """Read every input cell with calamine; write the results' cells with XlsxWriter.

    Timed from before the two libraries are imported, as the batch is timed from
    before its lazy imports.
    """
    import gc

    with open(shape_path, encoding="utf-8") as handle:
        shape = json.load(handle)
    gc.disable()  # as batch does (see smartvillage.batch.core.paused_gc): a fair comparison
    start, cpu = time.perf_counter(), _cpu()
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(input_path)
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            cells += len(row)
    out = xlsxwriter.Workbook(output_path, {"constant_memory": shape["constant_memory"]})
    for sheet_name, rows in shape["sheets"]:
        sheet = out.add_worksheet(sheet_name)
        write_string, write_number = sheet.write_string, sheet.write_number
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    if value:
                        write_string(r, c, value)
                else:
                    write_number(r, c, value)
    out.close()
    print(
        json.dumps(
            {"seconds": time.perf_counter() - start, "cpu": _cpu() - cpu, "cells_read": cells}
        )
    )


def _batch(input_path: str, output_path: str) -> None:
    """The batch command, timed in-process after the imports (as the CLI runs it)."""
    sys.path.insert(0, str(SRC))
    from smartvillage.cli.app import app

    start, cpu = time.perf_counter(), _cpu()
    with contextlib.suppress(SystemExit):
        app(
            ["batch", input_path, "--output", output_path, "--quiet"],
            prog_name="smartvillage",
            standalone_mode=False,
        )
    end, cpu = time.perf_counter(), _cpu() - cpu
    import resource

    rss = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ) * 1024
    print(json.dumps({"seconds": end - start, "cpu": cpu, "rss": rss}))


def _phases(input_path: str, output_path: str) -> None:
    """Where the time goes, one step after the other in one process: read+validate+score,
    then write (the CLI overlaps the two, writing in a child process)."""
    sys.path.insert(0, str(SRC))
    from smartvillage.batch import run_batch
    from smartvillage.render.results_xlsx import write_results_xlsx

    start = time.perf_counter()
    result = run_batch([input_path])
    middle = time.perf_counter()
    write_results_xlsx(output_path, result, "lv", generated_at="bench")
    end = time.perf_counter()
    print(
        json.dumps(
            {
                "seconds": end - start,
                "read_score": middle - start,
                "write": end - middle,
                "scored": result.stats.scored,
                "rejected": result.stats.rejected,
            }
        )
    )


def _shape(results_path: str, shape_path: str, constant_memory: bool) -> None:
    """The cells of a results workbook, by sheet, as JSON (strings and numbers)."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(results_path)
    sheets = []
    for name in book.sheet_names:
        rows = [
            [
                v if isinstance(v, str | int | float) and not isinstance(v, bool) else str(v)
                for v in row
            ]
            for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        ]
        sheets.append((name, rows))
    with open(shape_path, "w", encoding="utf-8") as handle:
        json.dump(
            {"constant_memory": constant_memory, "sheets": sheets}, handle, ensure_ascii=False
        )


# ----------------------------------------------------------------------------- runner


def measure(argv: list[str], runs: int) -> dict[str, float]:
    """Best and median wall time (and inner time, when reported), peak RSS, over runs.

    The best run is the one least disturbed by other work on the machine; the ratios
    use it. Peak RSS is the largest over the runs (the process and its children).
    """
    walls, cpus, inner, inner_cpu, peaks, extra = [], [], [], [], [], {}
    for _ in range(runs):
        wall, cpu, peak, out = _timed(argv)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        if out.strip().startswith("{"):
            data = json.loads(out.strip().splitlines()[-1])
            inner.append(data["seconds"])
            if "cpu" in data:
                inner_cpu.append(data["cpu"])
            peaks[-1] = max(peak, data.get("rss", 0))
            extra = data
    result = {
        "wall": min(walls),
        "wall_median": statistics.median(walls),
        "peak": max(peaks),
        "cpu": statistics.median(cpus),
    }
    if inner:
        result["inner"] = min(inner)
        result["inner_median"] = statistics.median(inner)
        result.update({k: v for k, v in extra.items() if k not in ("seconds", "rss", "cpu")})
    if inner_cpu:
        result["inner_cpu"] = statistics.median(inner_cpu)
    return result


def _timed(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user + system of the process and every child it
    waited for, as ``wait4`` reports them), peak RSS and standard output of one run."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    stdout = process.stdout.read()  # type: ignore[union-attr]
    stderr = process.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(argv)}\n{stderr.decode()}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, stdout.decode()


def main() -> None:
    """Generate inputs, measure, print a table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR")
    args = parser.parse_args()
    here = str(Path(__file__).resolve())
    folder = Path(args.keep or tempfile.mkdtemp(prefix="sv-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        source = folder / f"villages-{size}.xlsx"
        if not source.exists():
            print(f"generating {size:,} villages...", file=sys.stderr)
            generate(source, size)
        results = folder / f"results-{size}.xlsx"
        shape = folder / f"shape-{size}.json"
        bare_out = folder / f"bare-{size}.xlsx"
        subprocess.run(
            [PY, here, "--worker", "batch", str(source), str(results)],
            env=dict(os.environ, PYTHONPATH=str(SRC)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        subprocess.run(
            [
                PY,
                here,
                "--worker",
                "shape",
                str(results),
                str(shape),
                "1" if size >= 20_000 else "0",
            ],
            check=True,
        )
        bare = measure(
            [PY, here, "--worker", "bare", str(source), str(shape), str(bare_out)], args.runs
        )
        batch = measure([PY, here, "--worker", "batch", str(source), str(results)], args.runs)
        phases = measure([PY, here, "--worker", "phases", str(source), str(results)], 1)
        cli = measure(
            [
                PY,
                "-m",
                "smartvillage",
                "batch",
                str(source),
                "--output",
                str(folder / f"cli-{size}.xlsx"),
                "--quiet",
            ],
            args.runs,
        )
        rows.append((size, bare, batch, cli, phases))
        shape.unlink()
    print(
        f"\n{'villages':>9} | {'bare read+write':>15} | {'batch in-process':>16} | "
        f"{'overhead':>8} | {'batch CLI':>13} | {'villages/s':>10} | "
        f"{'peak RSS bare':>13} | {'peak RSS batch':>14}"
    )
    for size, bare, batch, cli, phases in rows:
        overhead = batch["inner"] / bare["inner"] - 1
        print(
            f"{size:>9,} | {bare['inner']:>6.2f} ({bare['inner_median']:.2f}) | "
            f"{batch['inner']:>7.2f} ({batch['inner_median']:.2f}) | {overhead:>+7.0%} | "
            f"{cli['wall']:>5.2f} ({cli['wall_median']:.2f}) | "
            f"{size / cli['wall']:>10,.0f} | {bare['peak'] / 2**20:>10.0f} MB | "
            f"{max(batch['peak'], cli['peak']) / 2**20:>11.0f} MB"
        )
        print(
            f"{'':>9}   CPU (user + system, every process, median): bare "
            f"{bare['inner_cpu']:.2f} s, batch {batch['inner_cpu']:.2f} s = "
            f"{batch['inner_cpu'] / bare['inner_cpu']:.2f}x in-process; whole processes "
            f"{bare['cpu']:.2f} s and {batch['cpu']:.2f} s = "
            f"{batch['cpu'] / bare['cpu']:.2f}x; batch CLI {cli['cpu']:.2f} s"
        )
        print(
            f"{'':>9}   (one step after the other: read+validate+score "
            f"{phases['read_score']:.2f} s, write {phases['write']:.2f} s; "
            f"{phases['scored']:,} scored, {phases['rejected']:,} rejected)"
        )
    print(
        f"\nseconds: best of {args.runs} runs (median in brackets); batch CLI = the whole "
        "command, Python start-up included; peak RSS of the batch = its process plus the "
        f"writer process. Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
        f"files in {folder}"
    )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker, params = sys.argv[2], sys.argv[3:]
        if worker == "bare":
            _bare(*params)
        elif worker == "batch":
            _batch(*params)
        elif worker == "phases":
            _phases(*params)
        elif worker == "shape":
            _shape(params[0], params[1], params[2] == "1")
    else:
        main()
