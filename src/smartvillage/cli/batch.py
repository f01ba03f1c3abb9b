"""``smartvillage batch``: score many villages and write one results workbook (or CSV/JSON).

The command parses options, runs the pure batch core, prints problems and counts on
stderr, writes the output atomically and picks the exit code. Data (CSV or JSON Lines
without ``--output``) is the only thing on stdout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CsvDialectOption,
    Exit,
    LangChoice,
    LangOption,
    err,
    error,
    fail,
    handle_errors,
    say,
    session_lang,
    warn,
)

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult

SHOWN_PROBLEMS = 30


class BatchFormat(str, Enum):
    """The formats ``batch`` can write."""

    xlsx = "xlsx"
    csv = "csv"
    json = "json"


_SUFFIX_FORMATS = {
    ".xlsx": BatchFormat.xlsx,
    ".csv": BatchFormat.csv,
    ".json": BatchFormat.json,
    ".jsonl": BatchFormat.json,
    ".ndjson": BatchFormat.json,
}


@handle_errors
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(metavar="INPUT", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="PATH"),
    ] = None,
    fmt: Annotated[
        BatchFormat | None,
        typer.Option("--format", "-f", case_sensitive=False),
    ] = None,
    criteria: Annotated[
        str | None,
        typer.Option("--criteria", "-c", metavar="ID@VERSION"),
    ] = None,
    criteria_dir: CriteriaDirOption = None,
    rank: Annotated[
        bool,
        typer.Option("--rank"),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q"),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", metavar="ENC"),
    ] = None,
    delimiter: Annotated[
        str | None,
        typer.Option("--delimiter", metavar="CHAR"),
    ] = None,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", metavar="TIER"),
    ] = None,
    lang: LangOption = LangChoice.lv,
    mapping: Annotated[
        Path | None,
        typer.Option("--mapping", metavar="FILE"),
    ] = None,
    suggest_mapping: Annotated[
        bool,
        typer.Option("--suggest-mapping"),
    ] = False,
    max_rows: Annotated[
        int,
        typer.Option("--max-rows", min=1, metavar="N"),
    ] = 200_000,
    max_file_size: Annotated[int, typer.Option("--max-file-size", min=1, metavar="MB")] = 200,
    max_text: Annotated[
        int,
        typer.Option("--max-text", min=1, metavar="N"),
    ] = 10_000,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Score many villages: validate every row, score the good ones, report the rest.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.batch import BatchOptions, expand_inputs, run_batch
    from smartvillage.io.spreadsheet import Limits

    if suggest_mapping:
        from smartvillage.batch.core import suggest_mapping as suggest

        if len(inputs) != 1:
            raise fail(say("batch.suggest_one"))
        text = suggest(inputs[0], criteria, criteria_dir, lang.value, encoding, delimiter)
        if text is None:
            raise fail(say("batch.suggest_unreadable", path=inputs[0]))
        sys.stdout.write(text)
        return

    if fmt is None:
        fmt = (
            _SUFFIX_FORMATS.get(output.suffix.lower(), BatchFormat.json)
            if output is not None
            else BatchFormat.json
        )
    to_stdout = output is None or str(output) == "-"
    if fmt is BatchFormat.xlsx and to_stdout:
        raise fail(say("batch.xlsx_needs_output"))
    if delimiter is not None and len(delimiter) != 1:
        if delimiter in ("\\t", "tab"):
            delimiter = "\t"
        else:
            raise fail(say("batch.delimiter", got=delimiter))
    if output is not None and not to_stdout:
        from smartvillage.io.output import same_file

        files, _ = expand_inputs(inputs)
        for path in files:
            if same_file(Path(output), path):
                raise fail(say("batch.onto_input", path=path))
    limits = Limits(
        max_rows=max_rows, max_file_bytes=max_file_size * 1024 * 1024, max_text=max_text
    )
    options = BatchOptions(
        criteria=criteria,
        criteria_dirs=criteria_dir,
        encoding=encoding,
        delimiter=delimiter,
        limits=limits,
        lang=lang.value,
        mapping=mapping,
    )
    show_progress = not quiet and sys.stderr.isatty()
    generated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    tiers = _TierCount(fail_under)
    if fmt is BatchFormat.xlsx:
        assert output is not None  # refused above: a workbook needs --output
        result = _batch_to_workbook(
            inputs,
            options,
            output,
            lang.value,
            rank,
            generated,
            show_progress,
            tiers,
            quiet,
        )
    else:
        bar = _Bar() if show_progress else None
        try:
            result = run_batch(inputs, options, bar)
        finally:
            if bar is not None:
                bar.stop()
        tiers.check(result)
        if rank:
            result.rank()
        for village in result.villages:
            tiers.count(village, result.plans[village.criteria])
        _report_problems(result, quiet)
        dialect = csv_dialect.value if csv_dialect is not None else None
        _write_lines(result, fmt, output, lang.value, rank, tuple(inputs), dialect)
    stats = result.stats
    err(
        say(
            "batch.summary",
            rows=stats.rows,
            files=stats.files,
            scored=stats.scored,
            rejected=stats.rejected,
        )
        + (say("batch.blank", blank=stats.blank) if stats.blank else "")
    )
    for warning in result.warnings:
        warn(warning)
    if not to_stdout:
        err(say("wrote", path=output))
    if tiers.below:
        err(say("batch.below", n=tiers.below, tier=fail_under))
    if stats.scored == 0:
        error(say("batch.nothing_scored"))
        raise typer.Exit(int(Exit.INVALID))
    if stats.rejected or stats.files_unreadable or tiers.below:
        raise typer.Exit(int(Exit.BELOW))


PARALLEL_FROM = 2_000  # estimated villages from which the workbook is written in a child


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While the block runs, SIGTERM raises SystemExit (exit 143), so that every ``with``
    cleans up (the temporary output is removed) instead of the process just vanishing."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _estimate(inputs: list[Path]) -> int:
    """A rough count of the villages in the inputs, from their sizes, before reading them."""
    from smartvillage.batch import expand_inputs

    files, _ = expand_inputs(inputs)
    total = 0
    for path in files:
        suffix = path.suffix.lower()
        try:
            size = path.stat().st_size
        except OSError:
            continue
        total += (
            size // 180
            if suffix in (".xlsx", ".xlsm", ".ods")
            else size // 220
            if suffix in (".csv", ".tsv", ".txt")
            else 1
        )
    return total


def _batch_to_workbook(
    inputs: list[Path],
    options: Any,
    output: Path,
    lang: Any,
    rank: bool,
    generated: str,
    show_progress: bool,
    tiers: _TierCount,
    quiet: bool,
) -> BatchResult:
    """Run the batch and write the workbook as villages are scored (in a child process
    where fork is available and the batch is large enough to gain from it)."""
    import multiprocessing
    import os

    from smartvillage.batch import run_batch
    from smartvillage.batch.core import paused_gc
    from smartvillage.io.output import atomic_target
    from smartvillage.render.results_xlsx import (
        CONSTANT_MEMORY_FROM,
        ForkedWorkbook,
        ResultsWorkbook,
    )

    expected = _estimate(inputs)
    big = expected >= CONSTANT_MEMORY_FROM
    forked = (
        expected >= PARALLEL_FROM
        and sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and not os.environ.get("SMARTVILLAGE_NO_FORK")
    )
    # SIGTERM ends the batch as Ctrl-C does: the half-written file is removed on the way out
    with _terminate_as_exit(), atomic_target(output, tuple(inputs)) as temp:
        book: Any = (
            ForkedWorkbook(temp, lang, ranked=rank, big=True)
            if forked
            else ResultsWorkbook(temp, lang, ranked=rank, big=big)
        )
        bar = None
        try:
            bar = _Bar() if show_progress else None

            def sink(village: Any, plan: Any) -> None:
                book.add_plan(plan)
                book.add(village)
                tiers.count(village, plan)

            try:
                result = run_batch(inputs, options, bar, sink)
            finally:
                if bar is not None:
                    bar.stop()
            tiers.check(result)
            _report_problems(result, quiet)
            if show_progress:
                err(say("batch.writing", path=output))
            with paused_gc():
                book.finish(result, generated)
        except BaseException:
            if forked:
                book.abort()
            raise
    return result


class _TierCount:
    """Counts villages below ``--fail-under`` (per criteria set's own tiers)."""

    def __init__(self, tier: str | None) -> None:
        self.tier = tier
        self.below = 0
        self.unknown: set[str] = set()

    def count(self, village: Any, plan: Any) -> None:
        if self.tier is None:
            return
        if self.tier not in plan.tier_ids:
            self.unknown.add(plan.ref)
        elif village.scores.tier > plan.tier_ids.index(self.tier):
            self.below += 1

    def check(self, result: BatchResult) -> None:
        """Refuse a --fail-under tier that a criteria set used does not have."""
        if self.tier is None:
            return
        for ref, plan in result.plans.items():
            if self.tier not in plan.tier_ids:
                raise fail(
                    say("fail_under.unknown", tier=self.tier, ref=ref, tiers=list(plan.tier_ids))
                )


def _report_problems(result: BatchResult, quiet: bool) -> None:
    """Errors (and, unless quiet, warnings) on stderr, at most SHOWN_PROBLEMS of them."""
    from smartvillage.render.safe import plain

    shown = [p for p in result.problems if p.severity == "error" or not quiet]
    for problem in shown[:SHOWN_PROBLEMS]:
        text = plain(problem.text(session_lang()))
        (warn if problem.severity == "warning" else error)(text)
    if len(shown) > SHOWN_PROBLEMS:
        err(say("batch.more_problems", n=len(shown) - SHOWN_PROBLEMS))


def _write_lines(
    result: BatchResult,
    fmt: BatchFormat,
    output: Path | None,
    lang: Any,
    ranked: bool,
    inputs: tuple[Path, ...],
    dialect: str | None = None,
) -> None:
    """CSV (in ``dialect``, default the language's) or JSON Lines, to stdout or atomically
    to ``output``."""
    if fmt is BatchFormat.csv:
        from smartvillage.render.results_csv import csv_lines

        lines = csv_lines(result, lang, ranked, dialect)
    else:
        from smartvillage.render.results_jsonl import jsonl_lines

        lines = jsonl_lines(result, lang, ranked)
    if output is None or str(output) == "-":
        out = sys.stdout
        for line in lines:
            out.write(line)
        out.flush()
        return
    from smartvillage.io.output import atomic_target

    with (
        atomic_target(output, inputs) as temp,
        temp.open("w", encoding="utf-8", newline="") as handle,
    ):
        for line in lines:
            handle.write(line)


class _Bar:
    """A rich progress bar on stderr, one task per input table."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.progress.start()
        self.task: Any = None

    def file(self, name: str, expected_rows: int | None) -> None:
        """Start counting rows of a new input."""
        from rich.markup import escape

        from smartvillage.render.safe import plain

        description = escape(plain(name))[-60:]
        if self.task is None:
            self.task = self.progress.add_task(description, total=expected_rows)
        else:
            self.progress.update(
                self.task, description=description, total=expected_rows, completed=0
            )

    def advance(self, rows: int) -> None:
        """Count ``rows`` more rows."""
        if self.task is not None:
            self.progress.advance(self.task, rows)

    def stop(self) -> None:
        """Remove the bar."""
        self.progress.stop()
