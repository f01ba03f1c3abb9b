"""``smartvillage validate``: check questionnaires and name every problem."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    Exit,
    LangChoice,
    LangOption,
    emit,
    err,
    handle_errors,
    load_criteria_noting_shadows,
    say,
)


@handle_errors
def validate(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE..."),
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: LangOption = LangChoice.lv,
) -> None:
    """Check questionnaires against their format and criteria; list every problem.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.errors import InputError, Problem
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.scoring import check_answers

    problems: list[Problem] = []
    invalid = 0
    for file in files:
        try:
            questionnaire = load_questionnaire(file)
            criteria_set = load_criteria_noting_shadows(
                criteria or questionnaire.criteria, criteria_dir
            )
            found = check_answers(questionnaire, criteria_set)
        except InputError as exc:
            found = exc.problems
        problems += found
        invalid += bool(found)
        if not found:
            err(say("validate.ok", file="<stdin>" if file == "-" else file))
    if as_json:
        data = [p.to_dict(lang.value) for p in problems]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        emit("".join(f"{p.text(lang.value)}\n" for p in problems), None)
    err(
        say(
            "validate.summary",
            files=len(files),
            valid=len(files) - invalid,
            invalid=invalid,
            n=len(problems),
        )
    )
    if invalid:
        raise typer.Exit(int(Exit.INVALID))
