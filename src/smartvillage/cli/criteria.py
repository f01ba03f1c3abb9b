"""``smartvillage criteria list|show|diff|check``: criteria sets as versioned data."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    Exit,
    LangChoice,
    LangOption,
    emit,
    err,
    handle_errors,
    say,
    session_lang,
    warn,
)
from smartvillage.cli.help import HelpCommand, HelpGroup

app = typer.Typer(cls=HelpGroup, no_args_is_help=True)


class ViewFormat(str, Enum):
    """Formats of the criteria views."""

    table = "table"
    json = "json"
    md = "md"


FormatOption = Annotated[ViewFormat, typer.Option("--format", "-f")]


def _print(parts: list, width: int = 100) -> None:
    import io

    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, emoji=False)
    for part in parts:
        console.print(part)
    emit(out.getvalue(), None)


@app.command("list", cls=HelpCommand)
@handle_errors
def list_sets(
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: LangOption = LangChoice.lv,
) -> None:
    """List every criteria set and version found, with status, sources and origin.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.errors import InputError
    from smartvillage.io.criteria import catalog, load_criteria_file
    from smartvillage.messages import localize

    rows = []
    seen: dict[tuple[str, str], str] = {}
    for entry in catalog(criteria_dir):
        notes: list[str] = []
        row = {
            "ref": f"{entry.id}@{entry.version}",
            "id": entry.id,
            "version": entry.version,
            "path": str(entry.path),
            "origin": entry.origin,
            "status": None,
            "title": None,
            "sources": None,
            "valid": True,
            "notes": notes,
        }
        key = (entry.id, entry.version)
        if key in seen:
            notes.append(say("criteria.hidden_by", origin=_origin(seen[key])))
        else:
            seen[key] = entry.origin
        try:
            criteria = load_criteria_file(entry.path, criteria_dir)
            row.update(
                status=criteria.status,
                title=criteria.title.get(lang.value),
                sources=len(criteria.sources),
            )
            if (criteria.id, criteria.version) != key:
                notes.append(say("criteria.file_says", ref=criteria.ref))
        except InputError as exc:
            row["valid"] = False
            problem = localize(exc.problems[0].message, session_lang())
            notes.append(say("criteria.invalid", problem=problem))
        rows.append(row)
    for row in rows:
        for other in rows:
            if (
                other is not row
                and other["ref"] == row["ref"]
                and say("criteria.hidden_by", origin=_origin(row["origin"])) in other["notes"]
            ):
                row["notes"].append(say("criteria.hides", origin=_origin(other["origin"])))
    if as_json:
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
    else:
        from smartvillage.render.criteria_views import listing_table

        _print([listing_table(rows, lang.value)])
    err(say("criteria.found", n=len(rows)))


def _origin(origin: str) -> str:
    """Where a set came from, as a person reads it: a folder, or the bundled sets."""
    return say("criteria.bundled") if origin == "bundled" else origin


@app.command("show", cls=HelpCommand)
@handle_errors
def show(
    ref: Annotated[
        str,
        typer.Argument(metavar="ID[@VERSION]"),
    ],
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: FormatOption = ViewFormat.table,
    details: Annotated[
        bool,
        typer.Option("--details"),
    ] = False,
) -> None:
    """Show a criteria set: dimensions, criteria, questions, weights, gates and tiers.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.render import criteria_views as views

    criteria = load_criteria_noting_shadows(ref, criteria_dir)
    if fmt is ViewFormat.json:
        emit(criteria.model_dump_json(indent=2) + "\n", None)
    elif fmt is ViewFormat.md:
        emit(views.show_markdown(criteria, lang.value, details), None)
    else:
        _print(views.show_parts(criteria, lang.value, details))


@app.command("diff", cls=HelpCommand)
@handle_errors
def diff(
    old: Annotated[str, typer.Argument(metavar="A")],
    new: Annotated[str, typer.Argument(metavar="B")],
    criteria_dir: CriteriaDirOption = None,
    fmt: FormatOption = ViewFormat.table,
    lang: LangOption = LangChoice.lv,
) -> None:
    """List what was added, removed or changed from set A to set B.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.catalog.diff import diff_criteria
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.render import criteria_views as views

    result = diff_criteria(
        load_criteria_noting_shadows(old, criteria_dir),
        load_criteria_noting_shadows(new, criteria_dir),
    )
    if fmt is ViewFormat.json:
        emit(result.model_dump_json(indent=2) + "\n", None)
    elif fmt is ViewFormat.md:
        emit(views.diff_markdown(result, lang.value), None)
    else:
        _print([views.diff_table(result, lang.value)])


@app.command("check", cls=HelpCommand)
@handle_errors
def check(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...")],
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: LangOption = LangChoice.lv,
) -> None:
    """Check criteria files you wrote: every mistake with its line.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.catalog.lint import check_criteria_file, source_warnings
    from smartvillage.io.criteria import load_criteria_file
    from smartvillage.messages import localize
    from smartvillage.render.criteria_views import criterion_shares
    from smartvillage.render.i18n import weighting_text

    problems = []
    for file in files:
        found = check_criteria_file(file, criteria_dir)
        if not found:
            criteria = load_criteria_file(file, criteria_dir)
            weighting = weighting_text(criterion_shares(criteria), lang.value)
            err(say("criteria.ok", file=file, weighting=weighting))
            for warning in source_warnings(criteria):
                warn(f"{file}: {localize(warning, lang.value)}")
        problems += found
    if as_json:
        data = [p.to_dict(lang.value) for p in problems]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        emit("".join(f"{p.text(lang.value)}\n" for p in problems), None)
    bad = len({p.file.split(" (extends")[0] for p in problems})
    err(
        say(
            "criteria.check_summary",
            files=len(files),
            sound=len(files) - bad,
            bad=bad,
            n=len(problems),
        )
    )
    if problems:
        raise typer.Exit(int(Exit.INVALID))
