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
)

app = typer.Typer(
    help="List, show, compare and check criteria sets.\n\n"
    "Example:\n\n  smartvillage criteria list\n\n"
    "  smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024",
    no_args_is_help=True,
)


class ViewFormat(str, Enum):
    """Formats of the criteria views."""

    table = "table"
    json = "json"
    md = "md"


FormatOption = Annotated[ViewFormat, typer.Option("--format", "-f", help="Output format.")]


def _print(parts: list, width: int = 100) -> None:
    import io

    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, emoji=False)
    for part in parts:
        console.print(part)
    emit(out.getvalue(), None)


@app.command("list")
@handle_errors
def list_sets(
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List every criteria set and version found, with status, sources and origin.

    Your own folders (--criteria-dir, $SMARTVILLAGE_CRITERIA_DIR) come before the
    bundled sets; a set that hides another of the same ID@VERSION is marked.

    \b
    Examples:
      smartvillage criteria list
      smartvillage criteria list --criteria-dir my-criteria --json

    """
    from smartvillage.errors import InputError
    from smartvillage.io.criteria import catalog, load_criteria_file

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
            notes.append(f"hidden by {seen[key]}")
        else:
            seen[key] = entry.origin
        try:
            criteria = load_criteria_file(entry.path, criteria_dir)
            row.update(
                status=criteria.status,
                title=criteria.title.get("en"),
                sources=len(criteria.sources),
            )
            if (criteria.id, criteria.version) != key:
                notes.append(f"the file says {criteria.ref}")
        except InputError as exc:
            row["valid"] = False
            notes.append(f"invalid: {exc.problems[0].message}")
        rows.append(row)
    for row in rows:
        for other in rows:
            if (
                other is not row
                and other["ref"] == row["ref"]
                and f"hidden by {row['origin']}" in other["notes"]
            ):
                row["notes"].append(f"hides the set from {other['origin']}")
    if as_json:
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", None)
    else:
        from smartvillage.render.criteria_views import listing_table

        _print([listing_table(rows)])
    err(f"{len(rows)} criteria set version(s) found")


@app.command("show")
@handle_errors
def show(
    ref: Annotated[
        str,
        typer.Argument(metavar="ID[@VERSION]", help="The set (newest version if none), or a file."),
    ],
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: FormatOption = ViewFormat.table,
    details: Annotated[
        bool,
        typer.Option("--details", help="Show the ids of dimensions, criteria and questions."),
    ] = False,
) -> None:
    """Show a criteria set: dimensions, criteria, questions, weights, gates and tiers.

    \b
    Examples:
      smartvillage criteria show viedais-ciems@2024 --lang en
      smartvillage criteria show viedais-ciems --format md > criteria.md
      smartvillage criteria show viedais-ciems@2024 --details

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


@app.command("diff")
@handle_errors
def diff(
    old: Annotated[str, typer.Argument(metavar="A", help="The older set: ID@VERSION or file.")],
    new: Annotated[str, typer.Argument(metavar="B", help="The newer set: ID@VERSION or file.")],
    criteria_dir: CriteriaDirOption = None,
    fmt: FormatOption = ViewFormat.table,
) -> None:
    """List what was added, removed or changed from set A to set B.

    Compares criteria, questions and their scoring rules, weights, gates, thresholds
    and tiers by their stable ids.

    \b
    Examples:
      smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024
      smartvillage criteria diff my/2024.yaml viedais-ciems@2024 --format json

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
        emit(views.diff_markdown(result), None)
    else:
        _print([views.diff_table(result)])


@app.command("check")
@handle_errors
def check(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE...", help="Criteria files to check.")
    ],
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """Check criteria files you wrote: every mistake with its line.

    Checks unique ids, that every reference resolves, tiers in order, valid weights,
    both languages present and every rubric level described, then the format itself.
    For a sound file it prints each criterion's share of the overall score, so an
    imbalance shows before a village meets it, and warns about sources a reader could
    not find (no URL or DOI, or only a home page).
    Exit 0 when every file is sound, 2 when any is not.

    \b
    Examples:
      smartvillage criteria check my-criteria/leader-zied-zeme/2025.yaml
      smartvillage criteria check criteria/*/*.yaml --json

    """
    from smartvillage.catalog.lint import check_criteria_file, source_warnings
    from smartvillage.io.criteria import load_criteria_file
    from smartvillage.render.criteria_views import criterion_shares
    from smartvillage.render.i18n import weighting_text

    problems = []
    for file in files:
        found = check_criteria_file(file, criteria_dir)
        if not found:
            criteria = load_criteria_file(file, criteria_dir)
            err(f"ok: {file} — {weighting_text(criterion_shares(criteria), 'en')}")
            for warning in source_warnings(criteria):
                err(f"warning: {file}: {warning}")
        problems += found
    if as_json:
        emit(json.dumps([p.to_dict() for p in problems], ensure_ascii=False, indent=2) + "\n", None)
    else:
        emit("".join(f"{p}\n" for p in problems), None)
    bad = len({p.file.split(" (extends")[0] for p in problems})
    err(
        f"{len(files)} file(s) checked: {len(files) - bad} sound, {bad} with problems, "
        f"{len(problems)} problem(s)"
    )
    if problems:
        raise typer.Exit(int(Exit.INVALID))
