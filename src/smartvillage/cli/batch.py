"""``smartvillage batch``: score many villages; write the results workbook, CSV, JSON Lines,
the portfolio page and each village's report, from one run.

The command parses options, runs the pure batch core, prints problems and counts on
stderr, writes every output atomically (all or nothing) and picks the exit code. Data
(CSV, JSON Lines or the portfolio page without ``--output``) is the only thing on stdout.
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
    html = "html"


_SUFFIX_FORMATS = {
    ".xlsx": BatchFormat.xlsx,
    ".csv": BatchFormat.csv,
    ".json": BatchFormat.json,
    ".jsonl": BatchFormat.json,
    ".ndjson": BatchFormat.json,
    ".html": BatchFormat.html,
    ".htm": BatchFormat.html,
}


@handle_errors
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(metavar="INPUT", show_default=False),
    ],
    output: Annotated[
        list[Path] | None,
        typer.Option("--output", "-o", metavar="PATH"),
    ] = None,
    fmt: Annotated[
        BatchFormat | None,
        typer.Option("--format", "-f", case_sensitive=False),
    ] = None,
    reports: Annotated[
        Path | None,
        typer.Option("--reports", metavar="DIR"),
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
    from smartvillage.batch import BatchOptions
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

    planned = _plan_outputs(output, fmt)
    if delimiter is not None and len(delimiter) != 1:
        if delimiter in ("\\t", "tab"):
            delimiter = "\t"
        else:
            raise fail(say("batch.delimiter", got=delimiter))
    report_format = _report_format(fmt) if reports is not None else None
    _check_targets(planned, reports, inputs)
    limits = Limits(
        max_rows=max_rows, max_file_bytes=max_file_size * 1024 * 1024, max_text=max_text
    )
    options = BatchOptions(
        criteria=criteria,
        criteria_dirs=criteria_dir,
        encoding=encoding,
        delimiter=delimiter,
        limits=limits,
        keep_questionnaires=reports is not None,
        lang=lang.value,
        mapping=mapping,
    )
    show_progress = not quiet and sys.stderr.isatty()
    generated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    tiers = _TierCount(fail_under)
    result = _run_and_write(
        inputs,
        options,
        planned,
        lang.value,
        rank,
        generated,
        show_progress,
        tiers,
        quiet,
        reports,
        report_format,
        csv_dialect.value if csv_dialect is not None else None,
    )
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
    for path, _ in planned:
        if path is not None:
            err(say("wrote", path=path))
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


def _plan_outputs(
    outputs: list[Path] | None, fmt: BatchFormat | None
) -> list[tuple[Path | None, BatchFormat]]:
    """Each output (None for stdout) with its format; exit 2 on a contradiction: stdout
    twice, a file twice, or a workbook on stdout."""
    default = fmt or BatchFormat.json
    planned: list[tuple[Path | None, BatchFormat]] = []
    path: Path | None
    for path in outputs or [Path("-")]:
        if str(path) == "-":
            planned.append((None, default))
        else:
            planned.append((path, _SUFFIX_FORMATS.get(path.suffix.lower(), default)))
    if sum(path is None for path, _ in planned) > 1:
        raise fail(say("output.stdout_twice"))
    seen: set[Path] = set()
    for path, chosen in planned:
        if path is None and chosen is BatchFormat.xlsx:
            raise fail(say("batch.xlsx_needs_output"))
        if path is not None:
            key = path.resolve()
            if key in seen:
                raise fail(say("output.twice", path=path))
            seen.add(key)
    return planned


def _report_format(fmt: BatchFormat | None) -> Any:
    """The format of the --reports files: HTML, or the one --format names."""
    from smartvillage.render.base import OutputFormat

    return OutputFormat(fmt.value) if fmt is not None else OutputFormat.html


def _check_targets(
    planned: list[tuple[Path | None, BatchFormat]], reports: Path | None, inputs: list[Path]
) -> None:
    """Refuse, before anything is read or written, an output onto an input, a folder, a
    missing folder, or a --reports DIR that is a file or has no parent folder."""
    from smartvillage.batch import expand_inputs
    from smartvillage.io.output import check_target, same_file

    files, _ = expand_inputs(inputs)
    for path, _ in planned:
        if path is None:
            continue
        for source in files:
            if same_file(path, source):
                raise fail(say("batch.onto_input", path=source))
        check_target(path, tuple(inputs))
    if reports is not None:
        if reports.exists() and not reports.is_dir():
            raise fail(_said("reports_not_folder", path=reports))
        parent = reports.parent if str(reports.parent) else Path(".")
        if not reports.exists() and not parent.is_dir():
            raise fail(_said("reports_no_parent", path=reports, parent=parent))


def _run_and_write(
    inputs: list[Path],
    options: Any,
    planned: list[tuple[Path | None, BatchFormat]],
    lang: Any,
    rank: bool,
    generated: str,
    show_progress: bool,
    tiers: _TierCount,
    quiet: bool,
    reports: Path | None,
    report_format: Any,
    dialect: str | None = None,
) -> BatchResult:
    """Run the batch and write every output, all or nothing.

    Each file output gets a temporary file beside it (``io.output.atomic_target``); the
    workbook is written into its temporary file as villages are scored (in a child
    process where fork is available and the batch is large enough to gain from it), the
    others when the batch is done. Only when every one is complete are they all moved
    into place; any failure removes them all. Standard output comes last.
    """
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

    workbook_path = next((p for p, f in planned if f is BatchFormat.xlsx), None)
    keep = reports is not None or any(f is not BatchFormat.xlsx for _, f in planned)
    expected = _estimate(inputs) if workbook_path is not None else 0
    big = expected >= CONSTANT_MEMORY_FROM
    forked = (
        workbook_path is not None
        and expected >= PARALLEL_FROM
        and sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and not os.environ.get("SMARTVILLAGE_NO_FORK")
    )
    kept: list[Any] = []
    # SIGTERM ends the batch as Ctrl-C does: the half-written files are removed on the way out
    with _terminate_as_exit(), contextlib.ExitStack() as stack:
        temps = {
            path: stack.enter_context(atomic_target(path, tuple(inputs)))
            for path, _ in planned
            if path is not None
        }
        book: Any = None
        if workbook_path is not None:
            temp = temps[workbook_path]
            book = (
                ForkedWorkbook(temp, lang, ranked=rank, big=True)
                if forked
                else ResultsWorkbook(temp, lang, ranked=rank, big=big)
            )
        bar = None
        try:
            bar = _Bar() if show_progress else None

            def sink(village: Any, plan: Any) -> None:
                if book is not None:
                    book.add_plan(plan)
                    book.add(village)
                if keep:
                    kept.append(village)
                tiers.count(village, plan)

            try:
                result = run_batch(inputs, options, bar, sink)
            finally:
                if bar is not None:
                    bar.stop()
            tiers.check(result)
            _report_problems(result, quiet)
            if book is not None:
                if show_progress:
                    err(say("batch.writing", path=workbook_path))
                with paused_gc():
                    book.finish(result, generated)
        except BaseException:
            if forked and book is not None:
                book.abort()
            raise
        result.villages = kept
        if rank:
            result.rank()
        links: dict[int, str] = {}
        if reports is not None:
            links = _write_reports(result, reports, report_format, lang, inputs, dialect)
        stdout: tuple[BatchFormat, Any] | None = None
        for path, chosen in planned:
            if chosen is BatchFormat.xlsx:
                continue
            data = _render(result, chosen, lang, rank, links, path, dialect)
            if path is None:
                stdout = (chosen, data)
            else:
                with open(temps[path], "w", encoding="utf-8", newline="") as handle:
                    for piece in data:
                        handle.write(piece)
    if stdout is not None:
        out = sys.stdout
        for piece in stdout[1]:
            out.write(piece)
        out.flush()
    return result


def _render(
    result: BatchResult,
    chosen: BatchFormat,
    lang: Any,
    ranked: bool,
    links: dict[int, str],
    path: Path | None,
    dialect: str | None = None,
) -> Any:
    """The text of a CSV (in ``dialect``, default the language's), JSON Lines or portfolio
    output (an iterable of pieces)."""
    if chosen is BatchFormat.csv:
        from smartvillage.render.results_csv import csv_lines

        return csv_lines(result, lang, ranked, dialect)
    if chosen is BatchFormat.html:
        from smartvillage.render.portfolio_html import render_portfolio

        return [render_portfolio(result, result.villages, lang, links=_relative(links, path))]
    from smartvillage.render.results_jsonl import jsonl_lines

    return jsonl_lines(result, lang, ranked)


def _relative(links: dict[int, str], page: Path | None) -> dict[int, str]:
    """Report paths as links relative to the folder of the page that links to them."""
    import os
    from urllib.parse import quote

    folder = (page.parent if page is not None else Path(".")).resolve()
    return {
        order: quote(Path(os.path.relpath(Path(target).resolve(), folder)).as_posix())
        for order, target in links.items()
    }


def _write_reports(
    result: BatchResult,
    folder: Path,
    report_format: Any,
    lang: Any,
    inputs: list[Path],
    dialect: str | None = None,
) -> dict[int, str]:
    """Each village's full report in ``folder`` (created if missing), written atomically
    and named ``<number in the batch>-<safe name>.<ext>``, never onto an input; returns
    each village's file by its order."""
    from smartvillage.batch import expand_inputs
    from smartvillage.io.names import numbered_name
    from smartvillage.io.output import write_atomic
    from smartvillage.render.base import EXTENSIONS, get_renderer
    from smartvillage.scoring import score as score_questionnaire

    suffix = next(ext for ext, f in EXTENSIONS.items() if f is report_format)
    render = get_renderer(report_format)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise fail(
            _said("reports_cannot_create", path=folder, why=exc.strerror or str(exc))
        ) from None
    sources = tuple(expand_inputs(inputs)[0])
    links: dict[int, str] = {}
    for village in result.villages:
        questionnaire = village.questionnaire
        if questionnaire is None:
            continue
        plan = result.plans[village.criteria]
        report = score_questionnaire(questionnaire, plan.criteria)
        target = folder / numbered_name(village.order, village.name, suffix)
        if report_format.value == "csv":
            from smartvillage.render.report_csv import render as to_csv

            text: str | bytes = to_csv(report, lang, dialect=dialect)
        else:
            text = render(report, lang, color=False, width=100, details=True)
        write_atomic(target, text, sources)
        links[village.order] = str(target)
        village.questionnaire = None  # the report is written; free the answers
    from smartvillage.messages import msg

    err(msg("portfolio.wrote_reports", n=len(links), path=str(folder)))
    return links


def _said(key: str, /, **params: Any) -> str:
    """The message ``portfolio.key`` in the session language."""
    from smartvillage import messages
    from smartvillage.cli.common import session_lang

    return messages.fill(f"portfolio.{key}", session_lang(), params)


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
