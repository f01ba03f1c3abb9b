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
    EXIT_CODES_HELP,
    CriteriaDirOption,
    CriteriaOption,
    CsvDialectOption,
    Exit,
    LangChoice,
    LangOption,
    err,
    fail,
    handle_errors,
    warn_about_report,
)
from smartvillage.render.base import EXTENSIONS, OutputFormat


def output_option(formats: tuple[OutputFormat, ...] = tuple(OutputFormat)) -> Any:
    """The ``--output`` option of a command that writes ``formats``; its help lists their
    extensions only."""
    extensions = ", ".join(ext for ext, fmt in EXTENSIONS.items() if fmt in formats)
    return typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write to PATH (atomically) instead of stdout; may be given several times. The "
        f"format comes from the extension: {extensions} (.txt is the table); other "
        "names use --format; - is stdout.",
    )


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
        raise fail(
            f"--output {path}: the extension means {chosen.value} but --format is "
            f"{fmt.value}; change the extension or leave out --format"
        )
    if sum(path is None for path, _ in planned) > 1:
        raise fail("--output: stdout (-) is given more than once")
    seen: set[Path] = set()
    for path, chosen in planned:
        if chosen not in allowed:
            where = "stdout" if path is None else str(path)
            raise fail(
                f"{where}: this command writes {', '.join(f.value for f in allowed)}, "
                f"not {chosen.value}"
            )
        if path is not None:
            key = path.resolve()
            if key in seen:
                raise fail(f"--output {path} is given more than once")
            seen.add(key)
    return planned


def write_outputs(
    planned: list[tuple[Path | None, OutputFormat]],
    render: Callable[[OutputFormat, bool, int], str | bytes],
    inputs: tuple[str | Path, ...],
) -> None:
    """Render each format once (``render(format, color, width)``) and write every output.

    Everything is rendered before anything is written, and the files are all or nothing:
    each is written to a temporary file beside its target, and only when every one has
    been written are they moved into place (standard output comes after them). A binary
    format is never sent to a terminal.
    """
    from smartvillage.io.output import check_target, write_all_atomic

    tty = sys.stdout.isatty()
    for path, fmt in planned:
        if path is None and fmt.binary and tty:
            raise fail(
                f"{fmt.value} is a binary format and stdout is a terminal; write it to a "
                f"file with --output FILE.{fmt.value} (or redirect stdout)"
            )
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
        err(f"wrote {path}")
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
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="Questionnaire (YAML or JSON); - reads stdin.")
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format for stdout and for --output files whose extension names none "
            "(default: table).",
        ),
    ] = None,
    output: OutputOption = None,
    fail_under: Annotated[
        str | None,
        typer.Option(
            "--fail-under",
            metavar="TIER",
            help="Exit 1 when the village is below this tier (a tier id such as sign, on_the_way).",
        ),
    ] = None,
    details: Annotated[
        bool,
        typer.Option(
            "--details",
            help="Show every answer with its rule and points (table format; "
            "md, html, xlsx and csv always have them), and the ids of questions and "
            "criteria for a script author, marked as ids (table, md, html, xlsx).",
        ),
    ] = False,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Score a questionnaire and show the tier, dimensions, gates, the path to the next tier
    and the biggest gaps.

    \b
    Examples:
      smartvillage score examples/zilitkalni.yaml
      smartvillage score village.yaml --lang en --format json --output report.json
      smartvillage score village.yaml -o report.html -o report.md -o report.xlsx
      smartvillage score village.yaml --format md > report.md
      smartvillage score village.yaml --fail-under on_the_way

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
        raise fail(
            f"--fail-under: no tier '{fail_under}' in {criteria_set.ref}; "
            f"expected one of: {', '.join(tier_ids)}"
        )
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
        err(f"below {fail_under}: the village reached {report.summary.tier}")
        raise typer.Exit(int(Exit.BELOW))


score.__doc__ = (score.__doc__ or "") + EXIT_CODES_HELP
