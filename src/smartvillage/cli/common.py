"""What every command shares: exit codes, error printing, options, output."""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from smartvillage.errors import InputError

if TYPE_CHECKING:
    from smartvillage.models import Questionnaire, Report
    from smartvillage.models.common import Lang

F = TypeVar("F", bound=Callable[..., Any])


class Exit(IntEnum):
    """The exit codes of every command."""

    OK = 0
    BELOW = 1
    INVALID = 2
    INTERNAL = 3


class LangChoice(str, Enum):
    """The languages of human-readable output."""

    lv = "lv"
    en = "en"


LangOption = Annotated[
    LangChoice,
    typer.Option("--lang", "-l", case_sensitive=False, envvar="SMARTVILLAGE_LANG"),
]


class CsvDialectChoice(str, Enum):
    """The CSV dialects (``render.csv_dialect``), by the names the option takes."""

    excel_lv = "excel-lv"
    rfc4180 = "rfc4180"


CsvDialectOption = Annotated[
    CsvDialectChoice | None,
    typer.Option(
        "--csv-dialect",
        case_sensitive=False,
        envvar="SMARTVILLAGE_CSV_DIALECT",
    ),
]

CriteriaOption = Annotated[
    str | None,
    typer.Option("--criteria", "-c", metavar="ID@VERSION"),
]

CriteriaDirOption = Annotated[
    list[Path] | None,
    typer.Option("--criteria-dir", metavar="DIR"),
]


def quiet_stdout() -> None:
    """Point stdout at the null device, so that Python's final flush of a closed pipe
    raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


_SESSION: dict[str, Lang] = {}


def session_lang() -> Lang:
    """The language of this command's messages: its ``--lang``, else ``SMARTVILLAGE_LANG``,
    else Latvian."""
    chosen = _SESSION.get("lang")
    if chosen is not None:
        return chosen
    env = os.environ.get("SMARTVILLAGE_LANG", "").strip().casefold()
    return "en" if env == "en" else "lv"


def _begin_session(lang: Any) -> None:
    _SESSION.clear()
    value = getattr(lang, "value", lang)
    if value in ("lv", "en"):
        _SESSION["lang"] = value


def say(key: str, /, **params: Any) -> str:
    """The message ``key`` of the catalogue's ``cli`` section in the session language."""
    from smartvillage import messages

    return messages.fill(f"cli.{key}", session_lang(), params)


def err(message: str) -> None:
    """Print a message to stderr (never to stdout, which carries data only), in the session
    language when it is a coded message (:class:`smartvillage.messages.Msg`)."""
    from smartvillage.messages import localize

    sys.stderr.write(localize(message, session_lang()).rstrip("\n") + "\n")
    sys.stderr.flush()


def _prefixed(kind: str, message: str) -> None:
    from smartvillage.messages import localize, text

    lang = session_lang()
    err(f"{text(f'common.{kind}', lang)}: {localize(message, lang)}")


def warn(message: str) -> None:
    """A warning on stderr, in the session language."""
    _prefixed("warning", message)


def error(message: str) -> None:
    """An error on stderr, in the session language."""
    _prefixed("error", message)


def warn_about_report(
    report: Report, questionnaire: Questionnaire, lang: Lang, where: str = ""
) -> None:
    """A scored questionnaire's warnings on stderr: what reading it changed (each naming its
    place), then what the report's data says, in ``lang`` (``render.i18n.report_warnings``)."""
    from smartvillage.render.i18n import report_warnings

    for warning in questionnaire.read_warnings:
        warn(warning)
    for warning in report_warnings(report, lang):
        warn(f"{where}{warning}")


def fail(message: str, code: Exit = Exit.INVALID) -> typer.Exit:
    """Print ``message`` to stderr (in the session language when it is coded) and return the
    Exit to raise."""
    error(message)
    return typer.Exit(int(code))


def handle_errors(func: F) -> F:
    """Turn InputError into its problems on stderr and exit 2; never show a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _begin_session(kwargs.get("lang"))
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            for problem in exc.problems:
                error(problem.text(session_lang()))
            raise typer.Exit(int(Exit.INVALID)) from None
        except KeyboardInterrupt:
            err(say("interrupted"))
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # the reader of stdout has gone (`… | head`): stop quietly, as a pipe expects
            quiet_stdout()
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so briefly, without a traceback
            err(say("internal_error", error=f"{type(exc).__name__}: {exc}"))
            raise typer.Exit(int(Exit.INTERNAL)) from None

    return wrapper  # type: ignore[return-value]


def emit(text: str, output: Path | None, inputs: tuple[str | Path, ...] = ()) -> None:
    """Write ``text`` to ``output`` atomically, or to stdout when there is none."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from smartvillage.io.output import write_atomic

    write_atomic(output, text, inputs)
    err(say("wrote", path=output))


def load_criteria_noting_shadows(ref: str, dirs: list[Path] | None) -> Any:
    """Load a criteria set as ``load_criteria`` does; warn on stderr when it hides another."""
    from smartvillage.io.criteria import ENV_VAR, find_criteria_file, load_criteria_file, shadowed

    path = find_criteria_file(ref, dirs)
    if dirs or os.environ.get(ENV_VAR):
        for hidden in shadowed(path, dirs):
            if hidden.origin == "bundled":
                warn(say("shadows_bundled", ref=f"{hidden.id}@{hidden.version}", path=path))
            else:
                warn(
                    say(
                        "shadows",
                        ref=f"{hidden.id}@{hidden.version}",
                        path=path,
                        hidden=hidden.path,
                    )
                )
    return load_criteria_file(path, dirs)


def reflow(doc: str | None) -> str:
    """A command's help with each paragraph on one line; ``\\b`` blocks kept as written.

    Typer keeps the line breaks of a docstring, so a paragraph wrapped in the source
    would be shown wrapped twice.
    """
    paragraphs = inspect.cleandoc(doc or "").split("\n\n")
    return "\n\n".join(
        p if p.startswith("\b") else " ".join(s.strip() for s in p.splitlines()) for p in paragraphs
    )
