"""The field names of the tool's XLSForm, shared by the form writer and the export reader.

Every name is a valid XML name derived from a stable id (a question id with ``.`` made
``_``: ``vc1.vision_document`` → ``vc1_vision_document``), so that a form published
once and its exports keep matching the criteria set as long as the ids stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smartvillage.io.spreadsheet import Table

PROFILE_GROUP = "profile"
CRITERIA_FIELD = "criteria"
EVIDENCE_SUFFIX = "_evidence"
NA_SUFFIX = "_na"
NAME_SUFFIX = "_name"
PROPERTIES_SUFFIX = "_properties"
NA_CHOICE = "na"
NA_FLAG_VALUE = "OK"  # what an XLSForm 'acknowledge' field holds when ticked
REGION_CHOICES = {
    "kurzeme": "Kurzeme",
    "zemgale": "Zemgale",
    "vidzeme": "Vidzeme",
    "riga": "Rīga",
    "latgale": "Latgale",
}
_NOT_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def xml_name(text: str) -> str:
    """``text`` as an XML name (letters, digits, ``_ - .``; starting with a letter or
    ``_``): ``vc1.vision_document`` → ``vc1_vision_document``."""
    name = _NOT_NAME.sub("_", text.replace(".", "_"))
    if not name or not (name[0].isalpha() or name[0] == "_"):
        name = "q_" + name
    return name


@dataclass(frozen=True)
class FormField:
    """One field an export may hold, and what it stands for in the village table.

    ``role``: ``profile`` (a profile key), ``criteria``, ``question`` (an answer),
    ``evidence`` (the evidence of ``question``), ``na`` (the question is not
    applicable), ``initiative_name`` / ``initiative_properties`` (inside the repeat of
    an initiatives question).
    """

    name: str
    key: str
    role: str
    question: Any = None


def question_names(criteria: Any) -> dict[str, str]:
    """Question id → its field name, unique across the form (a clash gets ``_2``...)."""
    from smartvillage.io.spreadsheet import PROFILE_COLUMNS

    taken = {c.key for c in PROFILE_COLUMNS} | {PROFILE_GROUP, CRITERIA_FIELD, "meta"}
    taken |= {xml_name(d.id) for d in criteria.dimensions}
    taken |= {xml_name(c.id) for c in criteria.criteria}
    names: dict[str, str] = {}
    for criterion in criteria.criteria:
        for question in criterion.questions:
            base = name = xml_name(question.id)
            number = 2
            while name in taken:
                name = f"{base}_{number}"
                number += 1
            taken.add(name)
            names[question.id] = name
    return names


def form_fields(criteria: Any) -> dict[str, FormField]:
    """Every field of the tool's XLSForm for ``criteria`` by name (no group paths)."""
    from smartvillage.io.spreadsheet import CRITERIA_KEY, PROFILE_COLUMNS, evidence_key

    fields: dict[str, FormField] = {
        CRITERIA_FIELD: FormField(CRITERIA_FIELD, CRITERIA_KEY, "criteria")
    }
    for column in PROFILE_COLUMNS:
        fields[column.key] = FormField(column.key, column.key, "profile")
    for qid, name in question_names(criteria).items():
        question = criteria.questions()[qid][1]
        fields[name] = FormField(name, qid, "question", question)
        fields[name + EVIDENCE_SUFFIX] = FormField(
            name + EVIDENCE_SUFFIX, evidence_key(qid), "evidence", question
        )
        fields[name + NA_SUFFIX] = FormField(name + NA_SUFFIX, qid, "na", question)
        if question.type == "initiatives":
            fields[name + NAME_SUFFIX] = FormField(
                name + NAME_SUFFIX, qid, "initiative_name", question
            )
            fields[name + PROPERTIES_SUFFIX] = FormField(
                name + PROPERTIES_SUFFIX, qid, "initiative_properties", question
            )
    return fields


def unknown_columns(file: str, sheet: str | None, listed: list[Any]) -> Any:
    """The warning that the columns ``listed`` (messages naming each) match no question."""
    from smartvillage.io.spreadsheet import CellProblem
    from smartvillage.messages import msg

    message = msg("forms.unknown_columns", n=len(listed), columns=listed)
    return CellProblem(file, message, sheet, severity="warning")


def header_table(
    file: str,
    sheet: str | None,
    header_number: int,
    columns: dict[str, int],
    texts: dict[int, str],
    ignored: set[int],
    problems: list[Any],
    criteria: Any,
) -> Table:
    """The Table an export's header makes (its rows are set by the caller), with a warning
    for the questions that have no column (they count as unanswered)."""
    from smartvillage.io.spreadsheet import CellProblem, Header, Table, no_columns_message

    missing = [q.id for c in criteria.criteria for q in c.questions if q.id not in columns]
    if missing:
        problems.append(CellProblem(file, no_columns_message(missing), sheet, severity="warning"))
    header = Header(
        row=header_number, columns=columns, texts=texts, ignored=ignored - set(columns.values())
    )
    return Table(file=file, sheet=sheet, header=header, rows=iter(()), problems=problems)
