"""``smartvillage score``: score one questionnaire and show or write the report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    EXIT_CODES_HELP,
    CriteriaDirOption,
    CriteriaOption,
    Exit,
    LangChoice,
    LangOption,
    emit,
    err,
    fail,
    handle_errors,
)
from smartvillage.render.base import OutputFormat


@handle_errors
def score(
    file: Annotated[str, typer.Argument(metavar="FILE",
                                        help="Questionnaire (YAML or JSON); - reads stdin.")],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f",
                                              help="Output format.")] = OutputFormat.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help="Write the report to PATH (atomically) instead of stdout.")] = None,
    fail_under: Annotated[str | None, typer.Option(
        "--fail-under", metavar="TIER",
        help="Exit 1 when the village is below this tier (a tier id such as sign, "
             "on_the_way).")] = None,
    details: Annotated[bool, typer.Option(
        "--details", help="Show every answer with its rule and points (table format).")] = False,
) -> None:
    """Score a questionnaire and show the tier, dimensions, gates and biggest gaps.

    \b
    Examples:
      smartvillage score examples/zilitkalni.yaml
      smartvillage score village.yaml --lang en --format json --output report.json
      smartvillage score village.yaml --fail-under on_the_way

    """
    from smartvillage.io.criteria import load_criteria
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.render.base import get_renderer
    from smartvillage.scoring import score as score_questionnaire

    questionnaire = load_questionnaire(file)
    criteria_set = load_criteria(criteria or questionnaire.criteria, criteria_dir)
    tier_ids = [t.id for t in criteria_set.tiers]
    if fail_under is not None and fail_under not in tier_ids:
        raise fail(f"--fail-under: no tier '{fail_under}' in {criteria_set.ref}; "
                   f"expected one of: {', '.join(tier_ids)}")
    report = score_questionnaire(questionnaire, criteria_set)
    for warning in report.warnings:
        err(f"warning: {warning}")
    to_terminal = output is None and sys.stdout.isatty()
    width = typer.get_terminal_size()[0] if to_terminal else 100
    text = get_renderer(fmt)(report, lang.value, color=to_terminal, width=min(width, 120),
                             details=details)
    emit(text, output, inputs=(file,))
    if fail_under is not None and tier_ids.index(report.summary.tier) > tier_ids.index(fail_under):
        err(f"below {fail_under}: the village reached {report.summary.tier}")
        raise typer.Exit(int(Exit.BELOW))


score.__doc__ = (score.__doc__ or "") + EXIT_CODES_HELP
