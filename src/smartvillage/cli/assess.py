"""``smartvillage assess``: fill in a questionnaire in the terminal, saving after every answer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    Exit,
    LangChoice,
    LangOption,
    err,
    fail,
    handle_errors,
)

INTERRUPTED = 130

_NOT_A_TERMINAL = (
    "standard input is not a terminal, and assess asks its questions one by one. "
    "Run it in a terminal, or pipe answers in on purpose with --from-stdin "
    "(one answer per line, as you would type them; see smartvillage assess --help)."
)


@handle_errors
def assess(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE"),
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    from_stdin: Annotated[
        bool,
        typer.Option("--from-stdin"),
    ] = False,
    review: Annotated[
        bool,
        typer.Option("--review"),
    ] = False,
) -> None:
    """Fill in a questionnaire question by question in the terminal.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.assess.state import check_writable, only_session

    if str(file) == "-":
        raise fail("assess saves to FILE after every answer; give a file name, not -")
    if not from_stdin and (sys.stdin is None or not sys.stdin.isatty()):
        raise fail(_NOT_A_TERMINAL)
    check_writable(file)
    with only_session(file):
        _run(file, criteria, criteria_dir, lang, from_stdin, review)


def _run(
    file: Path,
    criteria: str | None,
    criteria_dir: list[Path] | None,
    lang: LangChoice,
    from_stdin: bool,
    review: bool,
) -> None:
    """The session itself, while the file is held (see ``assess``)."""
    from smartvillage.assess.session import Outcome, ScriptError, Session
    from smartvillage.assess.state import Draft, is_blank_file, read_unfinished
    from smartvillage.assess.terminal import Terminal
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.errors import InputError
    from smartvillage.io.criteria import DEFAULT_CRITERIA
    from smartvillage.io.questionnaire import load_questionnaire

    draft = unfinished = None
    if file.exists() and not is_blank_file(file):
        try:
            questionnaire = load_questionnaire(file)
        except InputError as exc:  # a template: continue it if only the profile is missing
            unfinished = read_unfinished(file, exc)
            questionnaire = unfinished.questionnaire
        criteria_set = load_criteria_noting_shadows(
            criteria or questionnaire.criteria, criteria_dir
        )
        if criteria_set.ref != questionnaire.criteria:
            raise fail(
                f"{file} answers {questionnaire.criteria}, but --criteria gives "
                f"{criteria_set.ref}; leave out --criteria to continue with the "
                "questionnaire's own set"
            )
        if unfinished is None:
            draft = Draft.from_questionnaire(questionnaire, criteria_set, file)
        else:
            unfinished.check(criteria_set)
    else:
        criteria_set = load_criteria_noting_shadows(criteria or DEFAULT_CRITERIA, criteria_dir)
    terminal = Terminal.piped() if from_stdin else Terminal.interactive()
    session = Session(
        terminal,
        criteria_set,
        file,
        lang.value,
        draft=draft,
        unfinished=unfinished,
        strict=from_stdin,
        review=review,
    )
    try:
        outcome = session.run()
    except ScriptError as exc:
        err(f"error: {exc}")
        if session.saved:
            err(f"everything before it is saved in {file}")
        raise typer.Exit(int(Exit.INVALID)) from None
    if outcome is Outcome.INTERRUPTED:
        raise typer.Exit(INTERRUPTED)
