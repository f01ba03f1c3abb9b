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
        typer.Argument(
            metavar="FILE",
            help="The questionnaire to create or continue (YAML; .json writes JSON).",
        ),
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    from_stdin: Annotated[
        bool,
        typer.Option(
            "--from-stdin",
            help="Read the answers from standard input even when it is not a terminal, one "
            "line per prompt; prompts go to stderr, and an answer that does not fit "
            "stops with exit 2 (everything before it is saved).",
        ),
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Go through every question from the first, showing the saved answers "
            "(Enter keeps one), instead of only the unanswered ones; a review that was "
            "interrupted continues where it stopped.",
        ),
    ] = False,
) -> None:
    """Fill in a questionnaire question by question in the terminal (help: _HELP below)."""
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


_HELP = (
    "Fill in a questionnaire question by question, with a mentor, in the terminal.",
    "Creates FILE when it does not exist (asking the village profile first), or continues "
    "it at the first unanswered question. A file made by 'smartvillage template' is "
    "continued too: the profile is asked first (Enter keeps what the file has), and its "
    "criteria set and answers are kept. Every answer is saved at once (atomically), so "
    "Ctrl-C or a closed terminal loses at most the line being typed; FILE stays a normal "
    "questionnaire that score and validate read. The file is first written when the "
    "profile is complete (the village name and the date are needed).",
    """\b
Examples:
  smartvillage assess zilitkalni.yaml
  smartvillage assess zilitkalni.yaml --lang en --criteria viedais-ciems@2024
  smartvillage assess zilitkalni.yaml --review
  smartvillage assess village.yaml --from-stdin < answers.txt 2> session.log""",
    """\b
At any prompt (a whole line; Latvian or English):
  ?   !help  !palīdzība     help, and what the question means
  <   !back  !atpakaļ       the previous question (change an answer)
  >   !skip  !izlaist       skip; the answer stays as it was
  n/a !na  nav attiecināms  not applicable (where the question allows it)
  !note TEXT  !piezīme      a note on the question (- removes it)
  !progress  !gaita         answered of total, per dimension
  !report  !atskaite        the current score
  :q  !quit  !beigt         quit; everything answered is saved (also Ctrl-D)""",
    "Enter keeps a saved answer. A choice: its number as listed, its label (Latvian or "
    "English, any case, long vowels optional) or its id. Several choices: numbers, labels "
    "or ids with commas, - for none. Initiatives: a name, then its properties; an empty "
    "name ends the list. Evidence: a link or a document name, then what it shows; Enter "
    "skips it (a required one is then flagged in the score). Recommended evidence is "
    "offered once per criterion. Dates: 14.05.2024. or 2024-05-14. --review continues "
    "where an interrupted review stopped.",
    "Piped answers (--from-stdin): one line per prompt, exactly as typed in a session: the "
    "11 profile lines (empty keeps the default or leaves the field empty) when FILE is "
    "new or a template, then one answer per question in the order asked, then the "
    "evidence lines where asked. Prompts and a transcript go to stderr.",
    "Exit codes: 0 done, or quit with everything saved; 2 FILE or the criteria cannot be "
    "used, standard input is not a terminal (without --from-stdin), or a piped answer "
    "does not fit; 130 Ctrl-C (after saving).",
)
assess.__doc__ = "\n\n".join(_HELP)
