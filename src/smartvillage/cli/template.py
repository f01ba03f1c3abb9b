"""``smartvillage template``: write a blank questionnaire for a criteria set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    LangChoice,
    LangOption,
    emit,
    handle_errors,
)


@handle_errors
def template(
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write the questionnaire to FILE (atomically) instead of stdout.")] = None,
) -> None:
    """Write a blank questionnaire listing every question and its allowed answers.

    The default criteria set is the newest viedais-ciems.

    \b
    Examples:
      smartvillage template --output my-village.yaml
      smartvillage template --criteria viedais-ciems@2024 --lang en

    """
    from smartvillage.io.criteria import DEFAULT_CRITERIA, load_criteria
    from smartvillage.template.questionnaire_yaml import blank_questionnaire

    criteria_set = load_criteria(criteria or DEFAULT_CRITERIA, criteria_dir)
    emit(blank_questionnaire(criteria_set, lang.value), output)
