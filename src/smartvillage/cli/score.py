"""``smartvillage score``: score one questionnaire and show or write the report.

Also holds what ``score`` and ``compare`` share about outputs: ``--output`` may be given
several times, each file's format comes from its extension, and every file is written
atomically.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    CsvDialectOption,
    Exit,
    LangChoice,
    LangOption,
    err,
    fail,
    handle_errors,
    say,
    warn_about_report,
)
from smartvillage.render.base import OutputFormat


def output_option(formats: tuple[OutputFormat, ...] = tuple(OutputFormat)) -> Any:
    """The ``--output`` option of a command that writes ``formats`` (its help, listing their
    extensions only, is made in ``cli/help.py``)."""
    return typer.Option("--output", "-o", metavar="PATH")


OutputOption = Annotated[list[Path] | None, output_option()]


def plan_outputs(
    outputs: list[Path] | None,
    fmt: OutputFormat | None,
    allowed: tuple[OutputFormat, ...] = tuple(OutputFormat),
) -> list[tuple[Path | None, OutputFormat]]:
    """Each output (None for stdout) with its format; exit 2 on a contradiction.

    A file's extension decides its format; ``--format`` applies to stdout and to files
    whose extension names no format. A ``--format`` that no output uses, because every
    file's extension names another format, is an error (``-f json -o report.html``), as
    are the same file twice, stdout twice and a format not in ``allowed``.
    """
    from smartvillage.render.base import format_for_path

    default = fmt or OutputFormat.table
    planned: list[tuple[Path | None, OutputFormat]] = []
    for path in outputs or [Path("-")]:
        if str(path) == "-":
            planned.append((None, default))
        else:
            planned.append((path, format_for_path(path) or default))
    if fmt is not None and all(chosen is not fmt for _, chosen in planned):
        path, chosen = planned[0]
        raise fail(say("output.format_conflict", path=path, chosen=chosen.value, fmt=fmt.value))
    if sum(path is None for path, _ in planned) > 1:
        raise fail(say("output.stdout_twice"))
    seen: set[Path] = set()
    for path, chosen in planned:
        if chosen not in allowed:
            where = say("output.stdout") if path is None else str(path)
            formats = [f.value for f in allowed]
            raise fail(say("output.not_written", where=where, formats=formats, chosen=chosen.value))
        if path is not None:
            key = path.resolve()
            if key in seen:
                raise fail(say("output.twice", path=path))
            seen.add(key)
    return planned


def write_outputs(
    planned: list[tuple[Path | None, OutputFormat]],
    render: Callable[[OutputFormat, bool, int], str | bytes],
    inputs: tuple[str | Path, ...],
) -> None:
    """Render each format once (``render(format, color, width)``) and write every output.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.io.output import check_target, write_all_atomic

    tty = sys.stdout.isatty()
    for path, fmt in planned:
        if path is None and fmt.binary and tty:
            raise fail(say("output.binary_terminal", fmt=fmt.value))
    for path, _ in planned:
        if path is not None:
            check_target(path, inputs)
    width = min(typer.get_terminal_size()[0], 120) if tty else 100
    rendered: dict[tuple[OutputFormat, bool], str | bytes] = {}
    for path, fmt in planned:
        color = path is None and tty
        if (fmt, color) not in rendered:
            rendered[fmt, color] = render(fmt, color, width if color else 100)
    files = [(path, rendered[fmt, False]) for path, fmt in planned if path is not None]
    for path in write_all_atomic(files, inputs):
        err(say("wrote", path=path))
    for path, fmt in planned:
        if path is not None:
            continue
        data = rendered[fmt, tty]
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()


@handle_errors
def score(
    file: Annotated[str, typer.Argument(metavar="FILE")],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f"),
    ] = None,
    output: OutputOption = None,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", metavar="TIER"),
    ] = None,
    details: Annotated[
        bool,
        typer.Option("--details"),
    ] = False,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Score a questionnaire and show the tier, dimensions, gates, the path to the next tier
    and the biggest gaps.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.render.base import get_renderer
    from smartvillage.scoring import score as score_questionnaire

    planned = plan_outputs(output, fmt)
    questionnaire = load_questionnaire(file)
    criteria_set = load_criteria_noting_shadows(criteria or questionnaire.criteria, criteria_dir)
    tier_ids = [t.id for t in criteria_set.tiers]
    if fail_under is not None and fail_under not in tier_ids:
        raise fail(say("fail_under.unknown", tier=fail_under, ref=criteria_set.ref, tiers=tier_ids))
    report = score_questionnaire(questionnaire, criteria_set)
    warn_about_report(report, questionnaire, lang.value)

    def render(chosen: OutputFormat, color: bool, width: int) -> str | bytes:
        if chosen is OutputFormat.csv:
            from smartvillage.render.report_csv import render as to_csv

            dialect = csv_dialect.value if csv_dialect is not None else None
            return to_csv(report, lang.value, dialect=dialect)
        return get_renderer(chosen)(report, lang.value, color=color, width=width, details=details)

    write_outputs(planned, render, inputs=(file,))
    if fail_under is not None and tier_ids.index(report.summary.tier) > tier_ids.index(fail_under):
        labels = {t.id: t.label.get(lang.value) for t in criteria_set.tiers}
        reached = report.summary.tier
        err(
            say(
                "score.below",
                tier=fail_under,
                label=labels[fail_under],
                reached=reached,
                reached_label=labels[reached],
            )
        )
        raise typer.Exit(int(Exit.BELOW))
