"""What the XLSX and CSV readers share: the column layout, header finding, cell syntax.

A village table (the ``Ciemi`` sheet of the template, or a CSV file) is a header
block followed by one row per village:

* optional preamble rows, among them ``criteria | ID@VERSION``, naming the criteria
  set the rows answer;
* optional label rows (readable question texts), ignored by the reader;
* the **key row** the reader keys on: ``village``, ``date``, ``assessor``, ...,
  one question id per answer column (``vc1.vision_document``) and
  ``<question id> evidence`` for evidence columns;
* data rows, one per village.

The key row is found by content (the row among the first rows with the most
known keys), so label rows, merged titles above it and a moved header all work.
Cell syntax for the answers that need it:

* multiple choice: options separated by ``;`` (``web; app``);
* initiatives: ``name [property, property]; name 2 [property]``;
* evidence: links or document names separated by ``;`` or line breaks, each
  optionally followed by ``| what it shows``;
* drop-down entries ``value — label`` (rubric levels, choices, assessor) are read
  by their value.

Everything here is pure: no files are opened except by :func:`check_zip`, which
inspects a zip container before any XML parser sees it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage import messages
from smartvillage.io.controls import without_controls
from smartvillage.messages import Msg, code_of, localize, msg
from smartvillage.models.common import LANGS, Lang

# ---------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class Limits:
    """Limits on what one input may hold; each has a CLI option to raise it."""

    max_file_bytes: int = 200 * 1024 * 1024  # --max-file-size (MB)
    max_rows: int = 200_000  # --max-rows, per sheet or CSV file
    max_text: int = 10_000  # --max-text, characters per cell
    max_unzipped_bytes: int = 2 * 1024 * 1024 * 1024  # what an XLSX may expand to
    max_ratio: int = 200  # compression ratio of one zip member
    max_zip_members: int = 10_000


# ---------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class ProfileColumn:
    """A column of the village profile or the assessment (not an answer); its heading and
    hint are the catalogue's ``profile`` section."""

    key: str
    required: bool = False
    kind: str = "text"  # text | integer | date | region | assessor | community | year | recognition
    width: int = 16
    section: str = "profile"  # of the catalogue: holds ``key`` and ``key_hint``

    @property
    def label(self) -> dict[Lang, str]:
        """The column's heading in each language."""
        return {lang: messages.text(f"{self.section}.{self.key}", lang) for lang in LANGS}

    @property
    def hint(self) -> dict[Lang, str]:
        """The hint the template shows for the column, in each language."""
        return {lang: messages.text(f"{self.section}.{self.key}_hint", lang) for lang in LANGS}


PROFILE_COLUMNS: tuple[ProfileColumn, ...] = (
    ProfileColumn("village", required=True, width=22),
    ProfileColumn("parish"),
    ProfileColumn("municipality"),
    ProfileColumn("region", kind="region", width=14),
    ProfileColumn("population", kind="integer", width=12),
    ProfileColumn("contact_name"),
    ProfileColumn("contact_email"),
    ProfileColumn("contact_phone", width=14),
    ProfileColumn("assessor", required=True, kind="assessor", width=18),
    ProfileColumn("assessor_name"),
    ProfileColumn("date", required=True, kind="date", width=12),
    ProfileColumn("notes", width=24),
)
# Headings earlier templates wrote for a column, still read as that column.
FORMER_LABELS = {
    "contact_email": ("Kontakta e-pasts",),
    "contact_phone": ("Kontakta tālrunis",),
}
# The LEADER profile (questionnaire schema_version 2), kept apart from PROFILE_COLUMNS so
# that the survey-platform exports keep their own profile; the template writes these after
# the answers, so that the columns of templates made before them keep their letters.
LEADER_PROFILE_COLUMNS: tuple[ProfileColumn, ...] = tuple(
    ProfileColumn(key, kind=kind, width=width, section="portfolio")
    for key, kind, width in (
        ("leader_group", "text", 20),
        ("community_type", "community", 18),
        ("legal_name", "text", 22),
        ("registration_number", "text", 14),
        ("recognition_year", "year", 12),
        ("recognition_tier", "recognition", 18),
        ("mentor", "text", 18),
    )
)
TABLE_PROFILE_COLUMNS = PROFILE_COLUMNS + LEADER_PROFILE_COLUMNS  # what a village table holds
PROFILE_BY_KEY = {c.key: c for c in TABLE_PROFILE_COLUMNS}
LEADER_COLUMNS = frozenset(c.key for c in LEADER_PROFILE_COLUMNS)
CRITERIA_KEY = "criteria"
CRITERIA_WORDS = frozenset({"criteria", "kritēriji", "kriteriji"})
EVIDENCE_SUFFIX = " evidence"
ASSESSORS = {
    "self": "self",
    "mentor": "mentor",
    "jury": "jury",
    "pašvērtējums": "self",
    "pašnovērtējums": "self",
    "self-assessment": "self",
    "mentors": "mentor",
    "žūrija": "jury",
    "zurija": "jury",
}
# who assessed, as a person reads it: the words of the catalogue's report section
ASSESSOR_LABELS: dict[str, dict[str, str]] = {
    key: {lang: messages.text(f"report.assessor.{key}", lang) for lang in LANGS}
    for key in ("self", "mentor", "jury")
}
LABEL_SEPARATOR = " — "
HEADER_WINDOW = 30
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_IDLIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def evidence_key(question_id: str) -> str:
    """The key of the evidence column of a question."""
    return question_id + EVIDENCE_SUFFIX


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """``C5`` for 1-based ``row`` and 0-based ``column``."""
    return f"{column_letter(column)}{row}"


def norm(text: str) -> str:
    """A header as compared: NFC, whitespace collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def is_criteria_ref(text: str) -> bool:
    """Whether ``text`` is an ``ID@VERSION`` criteria reference."""
    return bool(_REF.match(text))


# ---------------------------------------------------------------------------- problems


@dataclass
class CellProblem:
    """A problem at a place in a table: file, sheet, cell, the column header."""

    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: int | None = None  # absolute 0-based column
    header: str | None = None
    severity: str = "error"  # error | warning
    rows: str | None = None  # a range of rows it concerns, when not one row
    line: int | None = None  # the line, in a YAML or JSON questionnaire

    @property
    def cell(self) -> str | None:
        """The cell name (``C5``), the row (``5``) or None."""
        if self.row is not None and self.column is not None:
            return cell_name(self.row, self.column)
        return None

    @property
    def place(self) -> str:
        """``Ciemi!C5`` (or ``C5`` in a CSV), ``Ciemi!5:5`` for a row, or the sheet."""
        return self.place_in("en")

    def place_in(self, lang: Lang) -> str:
        """:attr:`place`, a CSV's row or rows named in ``lang``."""
        prefix = f"{self.sheet}!" if self.sheet else ""
        if self.cell:
            return prefix + self.cell
        if self.row is not None:
            return (
                f"{prefix}{self.row}:{self.row}"
                if self.sheet
                else messages.text("common.row", lang, n=self.row)
            )
        if self.rows:
            if self.sheet:
                return prefix + self.rows
            first, _, last = self.rows.partition(":")
            return messages.text("common.rows", lang, first=first, last=last or first)
        return self.sheet or ""

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: Lang) -> str:
        """``file: place (column): message``, the message in ``lang``."""
        file = self.file if self.line is None else f"{self.file}:{self.line}"
        where = self.place_in(lang)
        message = localize(self.message, lang)
        if where:
            head = f" ({self.header})" if self.header else ""
            return f"{file}: {where}{head}: {message}"
        if self.header:
            return f"{file}: {self.header}: {message}"
        return f"{file}: {message}"

    def to_dict(self, lang: Lang = "en") -> dict[str, Any]:
        """A JSON-ready view: a stable ``code`` (None for a message without one yet) and the
        message in ``lang``."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row if self.row is not None else self.rows,
            "line": self.line,
            "column": self.header,
            "severity": self.severity,
            "code": code_of(self.message),
            "message": localize(self.message, lang),
        }


# ---------------------------------------------------------------------------- headers


@dataclass
class KeyIndex:
    """The keys a header cell may name, and the labels that stand for them."""

    keys: set[str]
    by_norm: dict[str, str]
    by_label: dict[str, str]
    required: tuple[str, ...]
    questions: tuple[str, ...]

    @classmethod
    def build(cls, criteria: Any | None) -> KeyIndex:
        """The index for a criteria set (question ids and texts), or the profile alone."""
        keys = {c.key for c in TABLE_PROFILE_COLUMNS} | {CRITERIA_KEY}
        labels: dict[str, str] = {}
        for column in TABLE_PROFILE_COLUMNS:
            for text in (*column.label.values(), *FORMER_LABELS.get(column.key, ())):
                labels.setdefault(norm(text), column.key)
        for word in CRITERIA_WORDS:
            labels.setdefault(word, CRITERIA_KEY)
        questions: list[str] = []
        if criteria is not None:
            for criterion in criteria.criteria:
                for question in criterion.questions:
                    questions.append(question.id)
                    keys.add(question.id)
                    keys.add(evidence_key(question.id))
                    for lang in ("lv", "en"):
                        labels.setdefault(norm(question_label(question, lang)), question.id)
                        labels.setdefault(
                            norm(evidence_label(question, lang)), evidence_key(question.id)
                        )
        return cls(
            keys=keys,
            by_norm={norm(k): k for k in keys},
            by_label=labels,
            required=tuple(c.key for c in PROFILE_COLUMNS if c.required),
            questions=tuple(questions),
        )

    def match(self, text: str) -> tuple[str | None, str]:
        """The key a header names and how: ``exact``, ``loose``, ``label``, ``idlike``, ``none``.

        ``idlike`` is a question-like id that no known criteria set has (when the set is
        not known yet, it may still be one of its questions).
        """
        if text in self.keys:
            return text, "exact"
        key = norm(text)
        if key in self.by_norm:
            return self.by_norm[key], "loose"
        if key in self.by_label:
            return self.by_label[key], "label"
        stripped = text.strip()
        base = stripped[: -len(EVIDENCE_SUFFIX)] if stripped.endswith(EVIDENCE_SUFFIX) else stripped
        if _IDLIKE.match(base):
            return stripped, "idlike"
        return None, "none"

    def suggest(self, text: str) -> str | None:
        """The known key closest to an unknown header, if one is close."""
        found = difflib.get_close_matches(
            norm(text), list(self.by_norm) + list(self.by_label), n=1, cutoff=0.75
        )
        if not found:
            return None
        return self.by_norm.get(found[0]) or self.by_label.get(found[0])


def question_label(question: Any, lang: Lang) -> str:
    """The readable header of a question's column (its text)."""
    from smartvillage.render.safe import plain

    return plain(question.text.get(lang)).strip()


def evidence_label(question: Any, lang: Lang) -> str:
    """The readable header of a question's evidence column."""
    return f"{messages.text('report.evidence', lang)}: {question_label(question, lang)}"


@dataclass
class Header:
    """Where the key row is and which column holds which key."""

    row: int  # 1-based row number of the key row
    columns: dict[str, int]  # key -> index into a row's cell list
    texts: dict[int, str]  # index -> header text as written
    col_offset: int = 0  # absolute column of index 0
    ignored: set[int] = field(default_factory=set)  # blank or unknown headers

    def header_of(self, index: int) -> str | None:
        """The header text above cell ``index``."""
        return self.texts.get(index)


def cell_text(value: Any) -> str:
    """A cell's value as header text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def find_criteria_declaration(rows: Iterable[tuple[int, list[Any]]]) -> tuple[str, int] | None:
    """A ``criteria | ID@VERSION`` row among ``rows``: the reference and its row number."""
    for number, cells in rows:
        texts = [cell_text(c) for c in cells]
        filled = [t for t in texts if t]
        if (
            len(filled) >= 2
            and norm(filled[0]).rstrip(":") in CRITERIA_WORDS
            and is_criteria_ref(filled[1])
        ):
            return filled[1], number
    return None


def find_header(rows: list[tuple[int, list[Any]]], index: KeyIndex) -> int | None:
    """The position in ``rows`` of the key row: the most known keys, then the most ids.

    A row needs at least two known keys (``village``, ``date``, a question id...);
    on a tie the later row wins (the key row comes after the label row).
    """
    best, best_score = None, (2, 0)
    for position, (_, cells) in enumerate(rows):
        known: set[str] = set()
        idlike = 0
        for value in cells:
            if isinstance(value, str) and value.strip():
                key, how = index.match(value)
                if how == "idlike":
                    idlike += 1
                elif key is not None:
                    known.add(key)
        score = (len(known), idlike)
        if score >= best_score:
            best, best_score = position, score
    return best


def map_header(
    file: str,
    sheet: str | None,
    number: int,
    cells: list[Any],
    index: KeyIndex,
    col_offset: int = 0,
) -> tuple[Header, list[CellProblem]]:
    """Map the key row's cells to keys; report blank, unknown, duplicate and missing columns.

    Errors (a duplicate or a missing required column) mean the table cannot be read;
    warnings (unknown columns, loose matches, missing questions) do not.
    """
    header = Header(row=number, columns={}, texts={}, col_offset=col_offset)
    problems: list[CellProblem] = []
    first_at: dict[str, int] = {}

    def problem(
        message: str,
        position: int | None = None,
        severity: str = "warning",
        head: str | None = None,
    ) -> None:
        problems.append(
            CellProblem(
                file,
                message,
                sheet,
                number if position is not None else None,
                None if position is None else position + col_offset,
                head,
                severity,
            )
        )

    for position, value in enumerate(cells):
        text = cell_text(value)
        if not text:
            header.ignored.add(position)
            continue
        header.texts[position] = text
        shown = value if isinstance(value, str) else text
        key, how = index.match(text)
        if key is None or (how == "idlike" and index.questions):
            header.ignored.add(position)
            hint = index.suggest(text)
            problem(
                msg("sheet.unknown_column_close", column=shown, close=hint)
                if hint
                else msg("sheet.unknown_column", column=shown),
                position,
                head=None,
            )
            continue
        if key in first_at:
            other = cell_name(number, first_at[key] + col_offset)
            problem(
                msg("sheet.repeated_column", column=shown, key=key, first=other),
                position,
                "error",
            )
            continue
        if how == "loose" or (how == "label" and shown != text):
            problem(msg("sheet.column_read_as", column=shown, key=key), position, head=None)
        first_at[key] = position
        header.columns[key] = position
    for key in index.required:
        if key not in header.columns:
            hint = next(
                (
                    header.texts[p]
                    for p in header.ignored
                    if p in header.texts and index.suggest(header.texts[p]) == key
                ),
                None,
            )
            problem(
                msg("sheet.missing_column_close", key=key, close=hint)
                if hint
                else msg("sheet.missing_column", key=key),
                severity="error",
            )
    missing = [q for q in index.questions if q not in header.columns]
    if missing and index.questions:
        problem(no_columns_message(missing))
    return header, problems


def no_columns_message(missing: list[str]) -> Msg:
    """That the questions ``missing`` have no column (they count as unanswered): the first
    eight named, then how many more."""
    if len(missing) > 8:
        return msg("sheet.no_columns_more", n=len(missing), ids=missing[:8], more=len(missing) - 8)
    return msg("sheet.no_columns", n=len(missing), ids=missing)


# ---------------------------------------------------------------------------- cells


class CellError(ValueError):
    """A cell that does not hold what its column expects; the message says what."""

    @property
    def message(self) -> str:
        """The message, coded where it was made with one (shown in the reader's language)."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def clean_text(value: str) -> tuple[str, bool]:
    """NFC text without control characters (``io.controls``), and whether any were."""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    value, removed = without_controls(value)
    return value, removed > 0


def text_value(value: Any) -> str | None:
    """A cell as text (numbers without a needless ``.0``, dates as ISO); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def integer_value(value: Any) -> int | None:
    """A whole number from a number cell or text such as ``1 200``."""
    if type(value) is float and value.is_integer():
        return int(value)
    if value is None or value == "":
        return None
    from smartvillage.scoring.answers import AnswerError, parse_number

    if isinstance(value, bool):
        raise CellError(msg("sheet.whole", got=repr(value)))
    try:
        number = parse_number(value)
    except AnswerError:
        raise CellError(msg("sheet.whole", got=_show(value))) from None
    if not float(number).is_integer():
        raise CellError(msg("sheet.whole", got=_show(value)))
    return int(number)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_LV_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$")
_DOT_DATE = re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$")


def date_value(value: Any) -> dt.date | None:
    """A date from a date cell, ``YYYY-MM-DD``, ``DD.MM.YYYY`` or ``YYYY.MM.DD``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern, order in (
            (_ISO_DATE, (1, 2, 3)),
            (_LV_DATE, (3, 2, 1)),
            (_DOT_DATE, (1, 2, 3)),
        ):
            match = pattern.match(text)
            if match:
                year, month, day = (int(match.group(i)) for i in order)
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    raise CellError(msg("sheet.no_such_date", got=_show(value))) from None
    raise CellError(msg("sheet.date", got=_show(value)))


def assessor_value(value: Any) -> str | None:
    """``self``, ``mentor`` or ``jury`` from the cell (Latvian words and labels accepted)."""
    text = text_value(value)
    if text is None:
        return None
    key = drop_label(text).strip().casefold()
    if key in ASSESSORS:
        return ASSESSORS[key]
    raise CellError(msg("sheet.assessor", got=_show(value)))


def _choices(kind: str) -> tuple[tuple[str, ...], str]:
    from smartvillage.models.questionnaire import COMMUNITY_TYPES, RECOGNITION_TIERS

    if kind == "community":
        return COMMUNITY_TYPES, "community"
    return RECOGNITION_TIERS, "recognition"


def choice_entries(kind: str, lang: Lang) -> tuple[str, ...]:
    """The drop-down entries (labels, as every drop-down offers them) of a closed profile
    list: ``community`` (the type of community) or ``recognition`` (the tier of an earlier
    recognition)."""
    values, section = _choices(kind)
    return tuple(messages.text(f"portfolio.{section}.{v}", lang) for v in values)


def choice_value(kind: str, value: Any) -> str | None:
    """The value of a closed profile list from a cell: its label in either language
    (``apkaime``, ``neighbourhood``), its value, or an older ``value — label`` drop-down
    entry; None for an empty cell."""
    found = text_value(value)
    if found is None:
        return None
    values, section = _choices(kind)
    key = norm(drop_label(found))
    for item in values:
        if key == norm(item) or any(
            key == norm(messages.text(f"portfolio.{section}.{item}", lang)) for lang in ("lv", "en")
        ):
            return item
    allowed = [messages.msg(f"portfolio.{section}.{item}") for item in values]
    raise CellError(messages.msg("answer.option", allowed=allowed, got=_show(value)))


def drop_label(text: str) -> str:
    """``3`` from a drop-down entry ``3 — Visi``; other text unchanged."""
    head, sep, _ = text.partition(LABEL_SEPARATOR)
    return head.strip() if sep else text


_SPLIT_ITEMS = re.compile(r"[;\n]")


_INITIATIVE = re.compile(r"[ \t]*([^;\n\[\]]*?)[ \t]*(?:\[([^\[\]]*)\])?[ \t]*(?:[;\n]|\Z)")
_PROPS = re.compile(r"[,;]")


def initiatives_value(text: str) -> list[dict[str, Any]]:
    """``name [prop, prop]; name 2`` as a list of ``{name, properties}``.

    Initiatives are separated by ``;`` or line breaks; the properties of each, in
    square brackets after its name, by ``,``.
    """
    if "[" not in text and "]" not in text:
        return [
            {"name": part.strip(), "properties": []}
            for part in _SPLIT_ITEMS.split(text)
            if part.strip()
        ]
    items: list[dict[str, Any]] = []
    position, end = 0, len(text)
    while position < end:
        match = _INITIATIVE.match(text, position)
        if match is None or match.end() == position:
            raise CellError(msg("sheet.initiatives", got=_show(text)))
        name, props = match.group(1), match.group(2)
        if name or props:
            items.append(
                {
                    "name": name,
                    "properties": [p.strip() for p in _PROPS.split(props) if p.strip()]
                    if props
                    else [],
                }
            )
        position = match.end()
    return items


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def evidence_value(text: str) -> list[dict[str, str]]:
    """Links or documents separated by ``;`` or line breaks, each ``ref | what it shows``."""
    items = []
    for part in _SPLIT_ITEMS.split(text):
        ref, _, shows = part.partition("|")
        ref = ref.strip()
        if not ref:
            continue
        item = {"link" if _SCHEME.match(ref) else "document": ref}
        if shows.strip():
            item["shows"] = shows.strip()
        items.append(item)
    return items


def _show(value: Any) -> str:
    text = f"'{value}'" if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ---------------------------------------------------------------------------- tables


@dataclass
class Table:
    """The village rows of one sheet or CSV file, after its header block."""

    file: str
    sheet: str | None
    header: Header
    rows: Iterator[tuple[int, list[Any]]]
    declared: str | None = None  # the criteria ref the table declares
    declared_at: str | None = None  # where, for messages
    problems: list[CellProblem] = field(default_factory=list)
    expected_rows: int | None = None  # for progress, when known
    # row -> [(index into the row's cells, or None for the whole row; message)]
    bad_cells: dict[int, list[tuple[int | None, str]]] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    def place(self, row: int, index: int | None = None) -> CellProblem:
        """A blank problem for ``row`` (and cell ``index``), to fill in."""
        column = None if index is None else index + self.header.col_offset
        head = None if index is None else self.header.header_of(index)
        return CellProblem(self.file, "", self.sheet, row, column, head)


def read_table(
    file: str,
    sheet: str | None,
    rows: Iterator[tuple[int, list[Any]]],
    index_for: Any,
    col_offset: int = 0,
    declared: tuple[str, str] | None = None,
) -> Table | list[CellProblem]:
    """Find the header block in ``rows`` and return the table, or the problems that stop it.

    ``index_for(ref)`` returns the KeyIndex for a declared criteria ref (or None).
    """
    window: list[tuple[int, list[Any]]] = []
    for item in rows:
        window.append(item)
        if len(window) >= HEADER_WINDOW:
            break
    found = find_criteria_declaration(window)
    declared_ref, declared_at = declared or (None, None)
    problems: list[CellProblem] = []
    if found is not None:
        ref, number = found
        where = f"{sheet}!{number}:{number}" if sheet else f"row {number}"
        if declared_ref and declared_ref != ref:
            problems.append(
                CellProblem(
                    file,
                    msg("sheet.ref_differs", ref=ref, declared=declared_ref),
                    sheet,
                    number,
                    severity="warning",
                )
            )
        declared_ref, declared_at = ref, where
    index = index_for(declared_ref)
    position = find_header(window, index)
    if position is None:
        if not any(any(text_value(c) is not None for c in cells) for _, cells in window):
            return [CellProblem(file, msg("sheet.empty"), sheet, severity="error")]
        return [
            CellProblem(
                file,
                msg("sheet.no_header", n=HEADER_WINDOW),
                sheet,
                severity="error",
            )
        ]
    number, cells = window[position]
    header, header_problems = map_header(file, sheet, number, cells, index, col_offset)
    problems += header_problems
    rest = window[position + 1 :]

    def chained() -> Iterator[tuple[int, list[Any]]]:
        yield from rest
        yield from rows

    return Table(
        file=file,
        sheet=sheet,
        header=header,
        rows=chained(),
        declared=declared_ref,
        declared_at=declared_at,
        problems=problems,
    )


# ---------------------------------------------------------------------------- zip checks

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ContainerError(ValueError):
    """A workbook file refused before parsing; the message says why."""


@dataclass
class ZipScan:
    """What a zip check learnt: sheet parts with formulas or error cells, row counts."""

    formula_parts: list[str] = field(default_factory=list)
    rows_per_part: dict[str, int] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)


def sniff_container(path: Path, head: bytes) -> None:
    """Refuse a legacy .xls, an encrypted workbook or a file that is no zip, saying which."""
    if head.startswith(CFB_MAGIC):
        try:
            raw = path.read_bytes()
        except OSError:
            raw = head
        if (
            "EncryptionInfo".encode("utf-16-le") in raw
            or "EncryptedPackage".encode("utf-16-le") in raw
        ):
            raise ContainerError(msg("sheet.encrypted"))
        if (
            path.suffix.lower() == ".xls"
            or "Workbook".encode("utf-16-le") in raw
            or "Book".encode("utf-16-le") in raw
        ):
            raise ContainerError(msg("sheet.xls"))
        raise ContainerError(msg("sheet.ole"))
    if not head.startswith(ZIP_MAGIC):
        if head.lstrip()[:1] in (b"<",):
            raise ContainerError(msg("sheet.xml"))
        raise ContainerError(msg("sheet.not_zip"))


_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")
_CHUNK = 1 << 20


def check_zip(path: Path, limits: Limits) -> ZipScan:
    """Check a zip container before any parser opens it.

    Refuses too many members, a member name given twice, a declared total size or
    compression ratio over the limits, and members that expand to more than they
    declare (the CRC check fails at the declared size, so a lying header costs no more
    than an honest one).
    Worksheet parts are read through once, counting rows and noting formulas and
    error cells, which the caller reports by cell.
    """
    import zipfile

    scan = ZipScan()
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ContainerError(msg("sheet.bad_zip")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_members:
            raise ContainerError(
                msg("sheet.too_many_parts", n=len(infos), limit=limits.max_zip_members)
            )
        seen: set[str] = set()
        for info in infos:
            if info.filename in seen:
                # readers disagree on which copy counts: one could show what another hides
                raise ContainerError(msg("sheet.part_twice", part=info.filename))
            seen.add(info.filename)
        total = sum(i.file_size for i in infos)
        if total > limits.max_unzipped_bytes:
            raise ContainerError(msg("sheet.expands", size=total, limit=limits.max_unzipped_bytes))
        for info in infos:
            scan.names.add(info.filename)
            if info.file_size > 1_000_000 and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise ContainerError(
                    msg(
                        "sheet.ratio",
                        part=info.filename,
                        ratio=info.file_size // max(info.compress_size, 1),
                        limit=limits.max_ratio,
                    )
                )
        for info in infos:
            name = info.filename
            if not (name.endswith(".xml") or name.endswith(".rels")):
                continue
            try:
                if name.startswith("xl/worksheets/") and name.count("/") == 2:
                    _scan_sheet(archive, info, scan)
                else:
                    with archive.open(info) as handle:
                        while handle.read(_CHUNK):
                            pass
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
                raise ContainerError(msg("sheet.corrupt_part", part=name, why=str(exc))) from None
            except RuntimeError as exc:  # encrypted zip members
                raise ContainerError(
                    msg("sheet.unreadable_part", part=name, why=str(exc))
                ) from None
    return scan


def _scan_sheet(archive: Any, info: Any, scan: ZipScan) -> None:
    """Count a sheet's rows and note whether it has formulas or error cells.

    Plain byte searches per chunk: ``<row``, ``<f`` (a formula, or a rarer element such
    as ``<filterColumn>``: the by-cell pass sorts them out) and ``t="e"``. A row written
    as an empty element (``<row r="9" s="2" customFormat="1"/>``: only formatted, as a
    sheet formatted down to its last row has a million of) is not a row of data and is
    not counted.
    """
    rows = 0
    formulas = False
    row_tag = formula_tag = b""
    carry = b""
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            data = carry + chunk
            cut = data.rfind(b">") + 1
            data, carry = data[:cut], data[cut:]
            if not row_tag:
                match = _ROOT.search(data)
                prefix = (match.group(1) + b":") if match and match.group(1) else b""
                row_tag, formula_tag = b"<" + prefix + b"row", b"<" + prefix + b"f"
            rows += data.count(row_tag) - len(re.findall(re.escape(row_tag) + rb"\b[^>]*/>", data))
            if not formulas and (formula_tag in data or b't="e"' in data):
                formulas = True
    scan.rows_per_part[info.filename] = rows
    if formulas:
        scan.formula_parts.append(info.filename)


# ---------------------------------------------------------------------------- template layout


@dataclass(frozen=True)
class TemplateColumn:
    """One column of the template's village table, as both templates write it."""

    key: str
    label: str
    hint_title: str
    hint: str
    kind: str = "text"  # text | integer | date | list | number | free
    entries: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    width: int = 16
    group: str | None = None  # the criterion the question belongs to
    dimension: int | None = None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def yes_no_words(lang: Lang) -> tuple[str, str]:
    """The yes/no drop-down words in ``lang``."""
    return messages.text("report.yes", lang), messages.text("report.no", lang)


def template_columns(criteria: Any, lang: Lang) -> list[TemplateColumn]:
    """The columns of the village table for ``criteria``, labelled in ``lang``.

    Profile columns first, then each question (with an evidence column after each
    question that requires evidence), then notes.
    """
    from smartvillage.models.questionnaire import FIRST_ROUND, REGIONS
    from smartvillage.render.safe import plain
    from smartvillage.scoring.answers import describe_allowed

    columns: list[TemplateColumn] = []
    leader: list[TemplateColumn] = []  # the LEADER profile columns, written last
    for column in TABLE_PROFILE_COLUMNS:
        if column.key == "notes":
            continue
        entries: tuple[str, ...] = ()
        kind = {"integer": "integer", "date": "date"}.get(column.kind, "text")
        if column.kind == "region":
            kind, entries = "list", tuple(REGIONS)
        elif column.kind == "assessor":
            kind = "list"
            entries = tuple(labels[lang] for labels in ASSESSOR_LABELS.values())
        elif column.kind in ("community", "recognition"):
            kind, entries = "list", choice_entries(column.kind, lang)
        elif column.kind == "year":
            kind = "integer"
        (leader if column.key in LEADER_COLUMNS else columns).append(
            TemplateColumn(
                column.key,
                column.label[lang],
                column.label[lang][:32],
                column.hint[lang],
                kind=kind,
                entries=entries,
                minimum=(FIRST_ROUND if column.kind == "year" else 0)
                if kind == "integer"
                else None,
                maximum=(2100 if column.kind == "year" else 10_000_000)
                if kind == "integer"
                else None,
                integer=kind == "integer",
                width=column.width,
            )
        )
    dimensions = {d.id: i for i, d in enumerate(criteria.dimensions)}
    for criterion in criteria.criteria:
        group = f"{criterion.id}: {plain(criterion.title.get(lang))}"
        for question in criterion.questions:
            text = question_label(question, lang)
            entries = ()
            kind = "free"
            hint = ""
            extra = (messages.text("template.na", lang),) if question.allow_na else ()
            minimum = maximum = None
            if question.type == "yes_no":
                kind, entries = "list", (*yes_no_words(lang), *extra)
            elif question.type == "rubric":
                kind = "list"
                entries = (
                    tuple(
                        f"{lv.value}{LABEL_SEPARATOR}{plain(lv.label.get(lang))}"
                        for lv in question.levels
                    )
                    + extra
                )
                hint = "; ".join(
                    f"{lv.value} = {plain(lv.description.get(lang))}" for lv in question.levels
                )
            elif question.type == "choice":
                kind = "list"  # a label names its option (scoring.answers reads it)
                entries = tuple(plain(o.label.get(lang)) for o in question.options) + extra
            elif question.type == "number":
                kind = "free" if question.allow_na else "number"
                minimum, maximum = question.min, question.max
                unit = f" ({plain(question.unit.get(lang))})" if question.unit else ""
                hint = describe_allowed(question, lang) + unit
            elif question.type == "multi_choice":
                hint = messages.text("template.syntax.multi_choice", lang) + " | ".join(
                    plain(o.label.get(lang)) for o in question.options
                )
            elif question.type == "initiatives":
                hint = messages.text("template.syntax.initiatives", lang) + " | ".join(
                    plain(p.label.get(lang)) for p in question.properties
                )
            if question.allow_na and kind != "list":
                hint += " | " + messages.text("template.na", lang)
            if question.evidence == "required":
                hint += " | " + messages.text("template.evidence.required", lang)
            message = f"{text} — {hint}" if hint else text
            columns.append(
                TemplateColumn(
                    question.id,
                    text,
                    _clip(question.id, 32),
                    _clip(message, 255),
                    kind=kind,
                    entries=entries,
                    minimum=minimum,
                    maximum=maximum,
                    integer=question.type == "number" and question.integer,
                    width=22 if question.type in ("multi_choice", "initiatives") else 16,
                    group=group,
                    dimension=dimensions[criterion.dimension],
                )
            )
            if question.evidence == "required":
                columns.append(
                    TemplateColumn(
                        evidence_key(question.id),
                        evidence_label(question, lang),
                        _clip(evidence_key(question.id), 32),
                        _clip(messages.text("template.syntax.evidence", lang), 255),
                        width=24,
                        group=group,
                        dimension=dimensions[criterion.dimension],
                    )
                )
    notes = PROFILE_BY_KEY["notes"]
    columns.append(
        TemplateColumn(
            "notes", notes.label[lang], notes.label[lang], notes.hint[lang], width=notes.width
        )
    )
    return columns + leader
