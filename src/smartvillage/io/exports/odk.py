"""ODK Central and KoboToolbox exports of the tool's XLSForm, as the village table batch reads.

What the platforms write (and what is read):

* headers are field names with their group paths: ``vision/vc1/vc1_vision_document``
  (KoboToolbox, and ODK Central's JSON), ``vision-vc1-vc1_vision_document`` (ODK Central's
  CSV), or the bare field name when groups are left out of the headers; a header is
  matched by its longest tail that is a field of the form;
* the platforms' own columns (``_id``, ``_uuid``, ``_submission_time``, ``_index``,
  ``__version__``, ``KEY``, ``SubmissionDate``, ``meta/instanceID``, ``start``, ``end`` ...)
  are left out without a word; any other unknown column is listed once;
* ``select_multiple`` answers as space-separated choice names in one column, or as one
  column per choice (``…/vc2_decision_channels/surveys``) holding 1/0 (or true/false);
  when both are there, the single column is read;
* the initiatives of a ``repeat`` come from their own table (a sheet of the workbook, or
  a CSV file beside the main one), joined to their village by the parent key:
  ``_parent_index`` → ``_index`` (KoboToolbox), ``PARENT_KEY`` → ``KEY`` (ODK Central),
  ``_submission__uuid`` → ``_uuid``;
* the hidden ``criteria`` field names the criteria set of every row.

The result is a :class:`~smartvillage.io.spreadsheet.Table` whose header maps the
table's keys (profile keys, question ids, evidence keys, ``criteria``) to columns, and
whose rows are the export's rows with those answers put into the row model's cell
syntax; batch then validates and scores every row on its own, as for its own template.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from smartvillage.io.exports.fields import (
    NA_FLAG_VALUE,
    FormField,
    form_fields,
    header_table,
    unknown_columns,
)
from smartvillage.io.spreadsheet import CellProblem, Table, cell_text, text_value
from smartvillage.messages import msg

# Columns the platforms add to every export (compared case-sensitively after the group path).
METADATA = frozenset(
    {
        # KoboToolbox
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_notes",
        "_status",
        "_submitted_by",
        "_tags",
        "_index",
        "_parent_index",
        "_parent_table_name",
        "_submission__id",
        "_submission__uuid",
        "_submission__submission_time",
        "_submission__validation_status",
        "_submission__notes",
        "_submission__status",
        "_submission__submitted_by",
        "_submission___version__",
        "_submission__tags",
        "__version__",
        "_version_",
        "_xform_id_string",
        "_attachments",
        "_geolocation",
        "formhub/uuid",
        "meta/rootUuid",
        "meta/deprecatedID",
        # ODK Central
        "SubmissionDate",
        "KEY",
        "PARENT_KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "instanceID",
        "instanceName",
        "deprecatedID",
        "audit",
        # metadata questions a form may have
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "phonenumber",
        "email",
        "simserial",
        "subscriberid",
    }
)
# the columns that mark an export of a form platform, whatever its form
MARKERS = frozenset(
    {
        "_uuid",
        "_submission_time",
        "_index",
        "__version__",
        "KEY",
        "SubmissionDate",
        "meta/instanceID",
        "meta-instanceID",
        "instanceID",
    }
)
PARENT_KEYS = (("_index", "_parent_index"), ("KEY", "PARENT_KEY"), ("_uuid", "_submission__uuid"))
_SEPARATOR = re.compile(r"[/-]")
_TRUE = frozenset({"1", "true", "yes", "jā", "x", "✓"})
_FALSE = frozenset({"0", "false", "no", "nē", ""})


def is_metadata(text: str) -> bool:
    """Whether a header is one of the platforms' own columns (``meta/instanceID`` ...)."""
    if text in METADATA:
        return True
    tail = _SEPARATOR.split(text)[-1]
    head = text[: -len(tail)] if tail != text else ""
    return head in ("meta/", "meta-", "formhub/") or (
        tail in METADATA and head.startswith(("meta", "formhub"))
    )


def looks_like_export(header: list[Any]) -> bool:
    """Whether a header row is an ODK / KoboToolbox export: a platform column and a
    ``village`` field (bare or under its group path)."""
    texts = [cell_text(value) for value in header]
    if not any(text in MARKERS for text in texts):
        return False
    return any(text == "village" or _SEPARATOR.split(text)[-1] == "village" for text in texts)


def field_of(text: str, fields: dict[str, FormField]) -> FormField | None:
    """The field a header names: the whole text, else its longest tail after a ``/`` or ``-``."""
    if text in fields:
        return fields[text]
    for match in _SEPARATOR.finditer(text):
        tail = text[match.end() :]
        if tail in fields:
            return fields[tail]
    return None


def choice_column(text: str, fields: dict[str, FormField]) -> tuple[FormField, str] | None:
    """``(field, choice)`` for a header of one choice of a select_multiple split into
    columns (``…/vc2_decision_channels/surveys``, or with ``.``, ``-`` before the choice)."""
    for separator in ("/", ".", "-"):
        head, sep, choice = text.rpartition(separator)
        if not sep or not head:
            continue
        found = field_of(head, fields)
        if found is None:
            continue
        question = found.question
        if found.role == "question" and question.type == "multi_choice":
            values = {o.value for o in question.options} | ({"na"} if question.allow_na else set())
            if choice in values:
                return found, choice
        if found.role == "initiative_properties" and choice in {p.id for p in question.properties}:
            return found, choice
    return None


@dataclass
class Layout:
    """Which column of an export holds what."""

    columns: dict[str, int] = field(default_factory=dict)  # table key -> index
    multi_single: dict[str, int] = field(default_factory=dict)  # question id -> index
    multi_split: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    na_flags: dict[str, int] = field(default_factory=dict)  # question id -> index
    ignored: set[int] = field(default_factory=set)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)
    duplicates: list[tuple[int, str, int]] = field(default_factory=list)


def layout(header: list[Any], fields: dict[str, FormField]) -> Layout:
    """Map every header of the main table to what it holds."""
    found = Layout()
    for index, value in enumerate(header):
        text = cell_text(value)
        if not text:
            found.ignored.add(index)
            continue
        found.texts[index] = text
        if is_metadata(text):
            found.ignored.add(index)
            continue
        item = field_of(text, fields)
        if item is None:
            split = choice_column(text, fields)
            if split is not None and split[0].role == "question":
                found.multi_split.setdefault(split[0].key, []).append((index, split[1]))
            else:
                found.unknown.append((index, text))
            found.ignored.add(index)
            continue
        if item.role == "na":
            found.na_flags[item.key] = index
            continue
        if item.role not in ("profile", "criteria", "question", "evidence"):
            found.ignored.add(index)
            found.unknown.append((index, text))
            continue
        if item.key in found.columns:
            found.duplicates.append((index, text, found.columns[item.key]))
            continue
        found.columns[item.key] = index
        if item.role == "question" and item.question.type == "multi_choice":
            found.multi_single[item.key] = index
    for qid in list(found.multi_split):
        if qid in found.multi_single:
            del found.multi_split[qid]  # "both": the single column is read
    return found


@dataclass
class Repeat:
    """The initiatives of one repeat table, by the parent key of their village."""

    question: str  # question id
    parent_column: str  # the main table's key column (``_index``, ``KEY`` ...)
    source: str  # the file (and sheet) they came from, for messages
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    orphans: int = 0


def read_repeat(source: str, rows: list[list[Any]], fields: dict[str, FormField]) -> Repeat | None:
    """The initiatives in a repeat table (its header row first), or None when it is not
    the repeat of an initiatives question of this form."""
    if not rows:
        return None
    header = [cell_text(value) for value in rows[0]]
    name_at = props_at = None
    split: list[tuple[int, str]] = []
    question = None
    for index, text in enumerate(header):
        item = field_of(text, fields) if text else None
        if item is not None and item.role == "initiative_name":
            name_at, question = index, item.key
        elif item is not None and item.role == "initiative_properties":
            props_at = index
        elif text:
            found = choice_column(text, fields)
            if found is not None and found[0].role == "initiative_properties":
                split.append((index, found[1]))
    link = next(
        ((own, parent) for own, parent in PARENT_KEYS if parent in header),
        None,
    )
    if question is None or name_at is None or link is None:
        return None
    parent_at = header.index(link[1])
    repeat = Repeat(question, link[0], source)
    for cells in rows[1:]:
        key = text_value(cells[parent_at]) if parent_at < len(cells) else None
        name = text_value(cells[name_at]) if name_at < len(cells) else None
        if key is None or name is None:
            continue
        if props_at is not None:
            raw = text_value(cells[props_at]) if props_at < len(cells) else None
            props = raw.split() if raw else []
        else:
            props = [
                choice for index, choice in split if index < len(cells) and _ticked(cells[index])
            ]
        repeat.items.setdefault(key, []).append({"name": name, "properties": props})
    return repeat


def is_repeat_table(header: list[Any]) -> bool:
    """Whether a header row is a repeat table of an export (a parent-key column, no
    ``village``)."""
    texts = {cell_text(value) for value in header}
    return any(parent in texts for _, parent in PARENT_KEYS) and not any(
        text == "village" or _SEPARATOR.split(text)[-1] == "village" for text in texts
    )


def export_table(
    file: str,
    sheet: str | None,
    rows: list[tuple[int, list[Any]]],
    criteria: Any,
    repeats: list[Repeat],
) -> Table:
    """The village table of an export: ``rows`` starts with the header row; the columns
    not in the form are listed once."""
    from smartvillage import messages

    fields = form_fields(criteria)
    (header_number, header_cells), data = rows[0], rows[1:]
    found = layout(header_cells, fields)
    problems: list[CellProblem] = []
    for index, text, first in found.duplicates:
        problems.append(
            CellProblem(
                file,
                messages.msg("forms.field_twice", column=text, first=found.texts[first]),
                sheet,
                header_number,
                index,
            )
        )
    if found.unknown:
        shown = [messages.msg("forms.column", column=text) for _, text in found.unknown]
        problems.append(unknown_columns(file, sheet, shown))
    columns = dict(found.columns)
    texts = dict(found.texts)
    width = len(header_cells)
    # one synthetic column per initiatives question answered in a repeat table
    repeat_at: dict[str, tuple[int, Repeat]] = {}
    for repeat in repeats:
        if repeat.question in columns or repeat.question in repeat_at:
            continue
        index = width + len(repeat_at)
        repeat_at[repeat.question] = (index, repeat)
        columns[repeat.question] = index
        texts[index] = repeat.source
    parent_index = {
        own: next((i for i, t in found.texts.items() if t == own), None)
        for own in {r.parent_column for _, r in repeat_at.values()}
    }
    missing_parent = [own for own, at in parent_index.items() if at is None]
    for own in missing_parent:
        problems.append(
            CellProblem(
                file,
                messages.msg("forms.repeat_no_key", column=own),
                sheet,
                severity="error",
            )
        )
    for qid, split in found.multi_split.items():
        columns[qid] = split[0][0]
        texts[split[0][0]] = qid
    table = header_table(
        file, sheet, header_number, columns, texts, set(found.ignored), problems, criteria
    )
    table.rows = _rows(table, data, found, repeat_at, parent_index, width)
    table.expected_rows = len(data)
    return table


def _rows(
    table: Table,
    data: list[tuple[int, list[Any]]],
    found: Layout,
    repeat_at: dict[str, tuple[int, Repeat]],
    parent_index: dict[str, int | None],
    width: int,
) -> Iterator[tuple[int, list[Any]]]:
    extra = len(repeat_at)
    used: dict[str, set[str]] = {qid: set() for qid in repeat_at}
    for number, original in data:
        cells = list(original) + [""] * max(0, width - len(original)) + [""] * extra
        for index in found.multi_single.values():
            value = cells[index]
            if isinstance(value, str) and value.strip():
                cells[index] = "; ".join(value.split())
        for split in found.multi_split.values():
            chosen = [choice for index, choice in split if _ticked(cells[index])]
            cells[split[0][0]] = "; ".join(chosen)
        for qid, index in found.na_flags.items():
            flag = text_value(cells[index])
            at = found.columns.get(qid)
            if flag is not None and flag.casefold() in (NA_FLAG_VALUE.casefold(), *_TRUE):
                if at is not None and text_value(cells[at]) is None:
                    cells[at] = "n/a"
                elif qid in repeat_at:
                    cells[repeat_at[qid][0]] = "n/a"
        for qid, (index, repeat) in repeat_at.items():
            at = parent_index.get(repeat.parent_column)
            key = text_value(cells[at]) if at is not None and at < width else None
            items = repeat.items.get(key) if key is not None else None
            if items and key is not None and cells[index] != "n/a":
                cells[index] = items
                used[qid].add(key)
        yield number, cells
    for qid, (_, repeat) in repeat_at.items():
        orphans = sum(len(v) for k, v in repeat.items.items() if k not in used[qid])
        if orphans:
            table.problems.append(
                CellProblem(
                    repeat.source,
                    msg(
                        "forms.repeat_orphans",
                        n=orphans,
                        file=table.file,
                        column=repeat.parent_column,
                    ),
                    severity="warning",
                )
            )


def _ticked(value: Any) -> bool:
    """Whether a split select_multiple cell says the choice was made (1, true ...)."""
    text = text_value(value)
    return text is not None and text.casefold() in _TRUE
