"""Google Forms and Microsoft Forms exports of the questionnaire, as the village table batch reads.

What those platforms write (and what is read):

* a header row of question texts: a column is matched to a question (or a profile field,
  or a question's evidence) by its text in Latvian or English, exactly or after
  normalising case, spaces, quotes and diacritics (``Vai ir plans?`` matches ``Vai ir
  plāns?``); a text that two questions share is an error, never a guess; a column that
  matches nothing is listed once, with the closest question when one is close;
* the platforms' own columns: Google's timestamp (and e-mail, score), Microsoft's ``ID``,
  ``Start time``, ``Completion time``, ``Email``, ``Name`` (in English or Latvian); the
  timestamp gives the assessment date when the form did not ask for one;
* answers as option labels in either language (or the option's id); checkbox answers
  joined with ``, `` (Google) or ``;`` (Microsoft): labels that themselves hold commas are
  found whole, by trying every way of cutting the text into known labels;
* initiatives as ``name [property, property]; name 2``, properties by label or id.

Answers that cannot be recognised are left as written, so that batch names the cell and
what it expected.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from smartvillage import messages
from smartvillage.io.exports.fields import header_table, unknown_columns
from smartvillage.io.spreadsheet import (
    ASSESSOR_LABELS,
    ASSESSORS,
    TABLE_PROFILE_COLUMNS,
    CellProblem,
    Table,
    cell_text,
    evidence_key,
    evidence_label,
    question_label,
    text_value,
)
from smartvillage.models.common import LANGS, Lang
from smartvillage.models.questionnaire import NA_WORDS

# The platforms' own columns, compared loosely (see :func:`loose`).
TIMESTAMPS = ("timestamp", "laikspiedols", "laika zimogs", "laika spiedogs", "iesniegsanas laiks")
GOOGLE_OTHER = ("email address", "e-pasta adrese", "score", "punkti", "punktu skaits")
MICROSOFT = (
    "id",
    "start time",
    "completion time",
    "last modified time",
    "email",
    "name",
    "total points",
    "quiz feedback",
    "sakuma laiks",
    "pabeigsanas laiks",
    "beigu laiks",
    "pedejo reizi modificets",
    "pedejas modificesanas laiks",
    "e-pasts",
    "vards",
)
# columns whose date is the assessment date when the form did not ask for one
DATE_STAMPS = (*TIMESTAMPS, "completion time", "pabeigsanas laiks", "beigu laiks")
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_SEPARATORS = re.compile(r"\s*[;,]\s*|\s*\n\s*")


def loose(text: str) -> str:
    """A text as compared loosely: no diacritics, quotes and dashes unified, spaces
    collapsed, case folded, a trailing required mark (``*``) dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_QUOTES).translate(_DASHES)
    text = " ".join(text.split()).casefold()
    return text.rstrip(" *").strip()


def is_platform_column(text: str) -> bool:
    """Whether a header is one of Google's or Microsoft's own columns."""
    key = loose(text)
    return key in TIMESTAMPS or key in GOOGLE_OTHER or key in MICROSOFT


def looks_like_forms(header: list[Any]) -> bool:
    """Whether a header row is a Google Forms or Microsoft Forms export: Google's
    timestamp column, or Microsoft's ``ID`` with its start or completion time."""
    keys = {loose(cell_text(value)) for value in header}
    if keys & set(TIMESTAMPS):
        return True
    return "id" in keys and bool(
        keys & {"start time", "completion time", "sakuma laiks", "pabeigsanas laiks"}
    )


@dataclass(frozen=True)
class Target:
    """What a column can stand for: a profile key, a question, or a question's evidence."""

    key: str
    role: str  # profile | question | evidence
    question: Any = None


def targets(criteria: Any) -> dict[str, list[Target]]:
    """Every header text a form may use for ``criteria``, loosely, with what it names."""
    found: dict[str, list[Target]] = {}

    def add(text: str, target: Target) -> None:
        items = found.setdefault(loose(text), [])
        if target not in items:
            items.append(target)

    for column in TABLE_PROFILE_COLUMNS:  # the LEADER profile too
        add(column.key, Target(column.key, "profile"))
        for lang in ("lv", "en"):
            add(column.label[lang], Target(column.key, "profile"))
    for criterion in criteria.criteria:
        for question in criterion.questions:
            for lang in LANGS:
                add(question_label(question, lang), Target(question.id, "question", question))
                add(
                    evidence_label(question, lang),
                    Target(evidence_key(question.id), "evidence", question),
                )
    return found


def match_count(header: list[Any], criteria: Any) -> int:
    """How many columns of ``header`` name a question of ``criteria``."""
    known = targets(criteria)
    return sum(
        1
        for value in header
        if any(t.role == "question" for t in known.get(loose(cell_text(value)), ()))
    )


@dataclass
class FormsLayout:
    """Which column holds what, and what is wrong with the header."""

    columns: dict[str, int] = field(default_factory=dict)
    targets: dict[int, Target] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)
    ignored: set[int] = field(default_factory=set)
    timestamp: int | None = None
    unknown: list[tuple[int, str, str | None]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def forms_layout(header: list[Any], criteria: Any, lang: Lang, mapping: Any = None) -> FormsLayout:
    """Map every header of a forms export to the profile field or question it names
    (a ``--mapping`` first, then the question texts)."""
    known = targets(criteria)
    by_key = {t.key: t for items in known.values() for t in items}
    explicit = {loose(k): v for k, v in mapping.columns.items()} if mapping else {}
    found = FormsLayout()
    for index, value in enumerate(header):
        text = cell_text(value)
        if not text:
            found.ignored.add(index)
            continue
        found.texts[index] = text
        key = loose(text)
        if key in explicit:
            mapped = explicit[key]
            if mapped is None or mapped not in by_key:
                found.ignored.add(index)  # mapped to null (keys are checked on loading)
                continue
            matches = [by_key[mapped]]
        elif is_platform_column(text):
            found.ignored.add(index)
            if key in DATE_STAMPS and found.timestamp is None:
                found.timestamp = index
            continue
        else:
            matches = known.get(key, [])
        if len(matches) > 1:
            found.errors.append(
                (
                    index,
                    messages.msg(
                        "forms.column_ambiguous",
                        column=text,
                        keys=[t.key for t in matches],
                    ),
                )
            )
            found.ignored.add(index)
            continue
        if not matches:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.8)
            hint = None
            if close:
                target = known[close[0]][0]
                hint = _readable(target, lang)
            found.unknown.append((index, text, hint))
            found.ignored.add(index)
            continue
        target = matches[0]
        if target.key in found.columns:
            first = found.texts[found.columns[target.key]]
            found.errors.append(
                (
                    index,
                    messages.msg("forms.column_twice", column=text, first=first),
                )
            )
            found.ignored.add(index)
            continue
        found.columns[target.key] = index
        found.targets[index] = target
    return found


def _readable(target: Target, lang: Lang) -> str:
    """A target as a person knows it: the question text (or the profile label)."""
    if target.role == "profile":
        return next(c.label[lang] for c in TABLE_PROFILE_COLUMNS if c.key == target.key)
    if target.role == "evidence":
        return evidence_label(target.question, lang)
    return question_label(target.question, lang)


def forms_table(
    file: str,
    sheet: str | None,
    rows: list[tuple[int, list[Any]]],
    criteria: Any,
    lang: Lang,
    mapping: Any = None,
) -> Table:
    """The village table of a Google Forms or Microsoft Forms export (header row first),
    or of any table read with a ``--mapping``."""
    (header_number, header_cells), data = rows[0], rows[1:]
    found = forms_layout(header_cells, criteria, lang, mapping)
    problems: list[CellProblem] = []
    for index, message in found.errors:
        problems.append(CellProblem(file, message, sheet, header_number, index))
    if found.unknown:
        listed = [
            messages.msg("forms.column", column=text)
            if hint is None
            else messages.msg("forms.column_closest", column=text, question=hint)
            for _, text, hint in found.unknown
        ]
        problems.append(unknown_columns(file, sheet, listed))
    columns = dict(found.columns)
    texts = dict(found.texts)
    width = len(header_cells)
    extra: dict[str, int] = {}
    if "date" not in columns and found.timestamp is not None:
        columns["date"] = found.timestamp
        problems.append(
            CellProblem(
                file,
                messages.msg("forms.date_from_timestamp", column=found.texts[found.timestamp]),
                sheet,
                severity="warning",
            )
        )
    if "assessor" not in columns:
        extra["assessor"] = width + len(extra)
        columns["assessor"] = extra["assessor"]
        texts[extra["assessor"]] = "assessor"
        problems.append(
            CellProblem(file, messages.msg("forms.assessor_self"), sheet, severity="warning")
        )
    table = header_table(
        file, sheet, header_number, columns, texts, set(found.ignored), problems, criteria
    )
    table.rows = _rows(data, found, width, extra, mapping.values if mapping else {})
    table.expected_rows = len(data)
    return table


def _rows(
    data: list[tuple[int, list[Any]]],
    found: FormsLayout,
    width: int,
    extra: dict[str, int],
    values: dict[str, dict[str, str]],
) -> Iterator[tuple[int, list[Any]]]:
    converters = {
        index: converter(target, values.get(target.key)) for index, target in found.targets.items()
    }
    memo: dict[int, dict[Any, Any]] = {index: {} for index in converters}
    timestamp = found.timestamp
    for number, original in data:
        cells = list(original) + [""] * max(0, width - len(original)) + [""] * len(extra)
        if all(text_value(v) is None for i, v in enumerate(cells) if i != timestamp):
            yield number, [""] * len(cells)  # a row with nothing but the platform's columns
            continue
        for index, convert in converters.items():
            value = cells[index]
            if convert is None or value is None or value == "":
                continue
            key = value if isinstance(value, str | float | int) else None
            if key is not None and key in memo[index]:
                cells[index] = memo[index][key]
                continue
            converted = convert(value)
            if key is not None and len(memo[index]) < 10_000:
                memo[index][key] = converted
            cells[index] = converted
        if timestamp is not None and "date" not in found.columns:
            cells[timestamp] = _timestamp_date(cells[timestamp])
        if "assessor" in extra:
            cells[extra["assessor"]] = "self"
        yield number, cells


# ---------------------------------------------------------------------------- answers


def converter(target: Target, values: dict[str, str] | None = None) -> Any:
    """How to turn a cell of this column into the row model's syntax (None: as written);
    ``values`` maps answers as written to what they mean (from a ``--mapping``)."""
    if values:
        mapped = {loose(k): v for k, v in values.items()}
        inner = converter(target)
        if target.role == "question" and target.question.type == "multi_choice":
            labels = {**option_labels(target.question), **mapped}
            return lambda value: _several(value, labels)

        def convert(value: Any) -> Any:
            if isinstance(value, str) and loose(value) in mapped:
                return mapped[loose(value)]
            return inner(value) if inner is not None else value

        return convert
    if target.role == "profile":
        if target.key == "assessor":
            return _assessor
        if target.key == "date":
            return _date
        return None
    if target.role != "question":
        return None
    question = target.question
    kind = question.type
    if kind == "yes_no":
        return _yes_no
    if kind in ("rubric", "choice"):
        labels = option_labels(question)
        return lambda value: _one(value, labels)
    if kind == "multi_choice":
        labels = option_labels(question)
        return lambda value: _several(value, labels)
    if kind == "initiatives":
        properties = {loose(p.id): p.id for p in question.properties}
        for prop in question.properties:
            for lang in ("lv", "en"):
                properties.setdefault(loose(prop.label.get(lang)), prop.id)
        return lambda value: _initiatives(value, properties)
    return None


def option_labels(question: Any) -> dict[str, str]:
    """Every way a form may write an option (loosely) → the option's value."""
    from smartvillage.render.safe import plain

    found: dict[str, str] = {}
    if question.type == "rubric":
        for level in question.levels:
            value = str(level.value)
            found[value] = value
            for lang in ("lv", "en"):
                label = plain(level.label.get(lang))
                found.setdefault(loose(f"{value} — {label}"), value)
                found.setdefault(loose(label), value)
        return found
    for option in question.options:
        found[loose(option.value)] = option.value
        for lang in ("lv", "en"):
            found.setdefault(loose(plain(option.label.get(lang))), option.value)
    return found


def _na(text: str) -> bool:
    return text.strip().casefold() in NA_WORDS or loose(text) in {loose(w) for w in NA_WORDS}


def _yes_no(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    key = loose(value)
    if key in ("ja", "yes", "j", "y", "true"):
        return "yes"
    if key in ("ne", "no", "n", "false"):
        return "no"
    return "n/a" if _na(value) else value


def _one(value: Any, labels: dict[str, str]) -> Any:
    if not isinstance(value, str):
        return value
    found = labels.get(loose(value))
    if found is not None:
        return found
    return "n/a" if _na(value) else value


def _several(value: Any, labels: dict[str, str]) -> Any:
    """Checkbox answers as ``value; value``: the text cut into known labels (a label may
    hold commas); as written when no cut works."""
    if not isinstance(value, str):
        return value
    text = value.strip().rstrip(";").strip()
    if _na(text):
        return "n/a"
    chosen = _cut(text, labels)
    return value if chosen is None else "; ".join(chosen)


def _cut(text: str, labels: dict[str, str]) -> list[str] | None:
    """The option values ``text`` is made of, cut at ``,`` ``;`` or line breaks."""
    pieces = _SEPARATORS.split(text)
    count = len(pieces)

    @cache
    def from_(start: int) -> tuple[str, ...] | None:
        if start == count:
            return ()
        for end in range(count, start, -1):
            candidates = {", ".join(pieces[start:end]), ",".join(pieces[start:end])}
            candidates |= {"; ".join(pieces[start:end])}
            value = next((labels[loose(c)] for c in candidates if loose(c) in labels), None)
            if value is None:
                continue
            rest = from_(end)
            if rest is not None:
                return (value, *rest)
        return None

    if count > 200:
        return None
    found = from_(0)
    if found is None:
        return None
    unique: list[str] = []
    for value in found:
        if value not in unique:
            unique.append(value)
    return unique


def _initiatives(value: Any, properties: dict[str, str]) -> Any:
    """``name [property, property]; name 2`` as a list of initiatives: items cut at ``;``
    or line breaks outside brackets, properties found whole by label (a label may hold
    commas) or id; as written when the brackets do not pair up."""
    if not isinstance(value, str):
        return value
    if _na(value):
        return "n/a"
    items: list[dict[str, Any]] = []
    depth, start = 0, 0
    parts = []
    for position, char in enumerate(value):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth < 0:
                return value
        elif char in ";\n" and depth == 0:
            parts.append(value[start:position])
            start = position + 1
    if depth != 0:
        return value
    parts.append(value[start:])
    for part in parts:
        part = part.strip()
        if not part:
            continue
        name, props = part, ""
        if part.endswith("]") and "[" in part:
            name, _, props = part[:-1].partition("[")
        name = name.strip()
        if "[" in name or "]" in name:
            return value
        found = _cut(props.strip(), properties) if props.strip() else []
        if found is None:
            found = [p.strip() for p in props.split(",") if p.strip()]
        items.append({"name": name, "properties": found})
    return items


def _assessor(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    key = loose(value)
    for code, labels in ASSESSOR_LABELS.items():
        if key in (loose(code), loose(labels["lv"]), loose(labels["en"])):
            return code
    return ASSESSORS.get(value.strip().casefold(), value)


_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?$")
_ISO_STAMP = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_LV_STAMP = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?(?:\s.*)?$")


def _date(value: Any) -> Any:
    """A date as the platforms write it (``2024-05-14``, ``14.05.2024``, ``5/14/2024``;
    a day/month order that cannot be told is left for batch to name)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    match = _SLASH_DATE.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif first == second:
            day = month = first
        else:
            return value
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return value
    return value


def _timestamp_date(value: Any) -> Any:
    """The date of a platform's timestamp (``2024/05/14 10:11:12 AM GMT+3``,
    ``14.05.2024 10:11:12``, ``5/14/2024 10:11:12``, or a date-time cell)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, str):
        return value
    text = value.strip()
    for pattern, order in ((_ISO_STAMP, (1, 2, 3)), (_LV_STAMP, (3, 2, 1))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return value
    return _date(text)
