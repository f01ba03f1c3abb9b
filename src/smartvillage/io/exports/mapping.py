"""``--mapping FILE``: how the columns and answers of any table map to the questionnaire.

A mapping is a YAML file a person writes (or starts from ``batch --suggest-mapping``)::

    criteria: viedais-ciems@2024      # optional: the set the table answers
    sheet: Atbildes                   # optional: the sheet of a workbook (default: the first)
    header_row: 1                     # optional: the row of column titles (default 1)
    columns:
      "Ciema nosaukums": village      # a profile field
      "Vīzija?": vc1.vision_document  # a question id
      "Saites": vc1.vision_document evidence
      "Komentārs": null               # not read, and not listed as unknown
    values:
      vc1.vision_document:
        "Ir plāns": strategy          # an answer as written -> the option it means
        "Nav": none

Columns the mapping does not name are matched as in a Google or Microsoft Forms export
(by question text); answers the mapping does not name are read by their labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage.errors import InputError, Problem
from smartvillage.messages import msg

SUFFIX = " evidence"


@dataclass
class Mapping:
    """A column and value mapping read from a file."""

    source: str
    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    criteria: str | None = None
    sheet: str | None = None
    header_row: int = 1
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)


def load_mapping(path: Path) -> Mapping:
    """The mapping in the YAML file at ``path``; InputError naming every problem by line."""
    from smartvillage.io.documents import load_document

    document = load_document(path)
    source = str(path)
    data = document.data
    problems: list[Problem] = []

    def problem(where: tuple[Any, ...], message: Any) -> None:
        problems.append(
            Problem(source, message, ".".join(map(str, where)) or None, document.line_of(where))
        )

    if not isinstance(data, dict):
        raise InputError([Problem(source, msg("forms.mapping.not_mapping"))])
    mapping = Mapping(source, lines=dict(document.lines))
    for key in data:
        if key not in ("criteria", "sheet", "header_row", "columns", "values"):
            problem((key,), msg("forms.mapping.unknown_field"))
    for key in ("criteria", "sheet"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            problem((key,), msg("forms.mapping.text"))
        else:
            setattr(mapping, key, value)
    row = data.get("header_row", "1")
    if not (isinstance(row, str) and row.isdigit() and int(row) >= 1):
        problem(("header_row",), msg("forms.mapping.row", got=repr(row)))
    else:
        mapping.header_row = int(row)
    columns = data.get("columns") or {}
    if not isinstance(columns, dict):
        problem(("columns",), msg("forms.mapping.columns"))
        columns = {}
    for title, key in columns.items():
        if key is not None and not isinstance(key, str):
            problem(("columns", title), msg("forms.mapping.column"))
            continue
        mapping.columns[str(title)] = key.strip() if isinstance(key, str) else None
    values = data.get("values") or {}
    if not isinstance(values, dict):
        problem(("values",), msg("forms.mapping.values"))
        values = {}
    for key, table in values.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            problem(("values", key), msg("forms.mapping.value_table"))
            continue
        mapping.values[str(key)] = {str(k): v.strip() for k, v in table.items()}
    if problems:
        raise InputError(problems)
    return mapping


def check_mapping(mapping: Mapping, criteria: Any) -> list[Problem]:
    """What in ``mapping`` does not fit ``criteria``: unknown keys, options that no question has."""
    from smartvillage.io.spreadsheet import TABLE_PROFILE_COLUMNS as PROFILE_COLUMNS

    questions = criteria.questions()
    profile = {c.key for c in PROFILE_COLUMNS}
    problems = []

    def problem(where: tuple[Any, ...], message: Any) -> None:
        line = None
        probe = where
        while probe and line is None:
            line = mapping.lines.get(probe)
            probe = probe[:-1]
        problems.append(Problem(mapping.source, message, ".".join(map(str, where)), line))

    for title, key in mapping.columns.items():
        if key is None or key in profile:
            continue
        base = key[: -len(SUFFIX)] if key.endswith(SUFFIX) else key
        if base not in questions:
            problem(
                ("columns", title),
                msg(
                    "forms.mapping.unknown_key",
                    key=key,
                    ref=criteria.ref,
                    fields=[c.key for c in PROFILE_COLUMNS],
                ),
            )
    for key, table in mapping.values.items():
        if key in profile:
            continue
        if key not in questions:
            problem(
                ("values", key), msg("forms.mapping.unknown_question", key=key, ref=criteria.ref)
            )
            continue
        allowed = allowed_values(questions[key][1])
        if allowed is None:
            continue
        for written, value in table.items():
            if value not in allowed:
                problem(
                    ("values", key, written),
                    msg(
                        "forms.mapping.unknown_value", value=value, key=key, allowed=sorted(allowed)
                    ),
                )
    return problems


def allowed_values(question: Any) -> set[str] | None:
    """The answers a value mapping may name for ``question`` (None: any text)."""
    extra = {"n/a"} if question.allow_na else set()
    if question.type == "yes_no":
        return {"yes", "no"} | extra
    if question.type == "rubric":
        return {str(level.value) for level in question.levels} | extra
    if question.type in ("choice", "multi_choice"):
        return {o.value for o in question.options} | extra
    return None
