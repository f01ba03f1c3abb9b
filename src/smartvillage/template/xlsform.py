"""The criteria set as an XLSForm: the form definition ODK Central, KoboToolbox and Enketo read.

Sheets ``survey``, ``choices`` and ``settings``:

* the village profile first (a group), then a group per dimension and in it a group per
  criterion, each question typed by its answer type: ``select_one`` (yes/no, rubric,
  choice) and ``select_multiple`` with a choices list per question, ``integer`` /
  ``decimal`` constrained to the question's range, and a ``repeat`` for initiatives (a
  name and the properties that hold for each);
* labels and hints in Latvian and English (``label::Latviešu (lv)``,
  ``label::English (en)``); the session language is the form's default;
* "not applicable" as a choice where a question allows it (a tick box before a number
  or an initiatives list);
* an evidence field after each question that asks for evidence, shown only when the
  answer earns points (``relevant``);
* a hidden ``criteria`` field holding ``ID@VERSION``, so every export names the set its
  rows answer; the set's id, version and digest are also in ``settings``.

Field names come from :mod:`smartvillage.io.exports.fields` (valid XML names derived from
the question ids), which the export reader uses too. Written with XlsxWriter into memory;
the caller writes the bytes atomically.
"""

from __future__ import annotations

import io
from typing import Any

from smartvillage import messages
from smartvillage._version import __version__
from smartvillage.io.exports.fields import (
    CRITERIA_FIELD,
    EVIDENCE_SUFFIX,
    NA_CHOICE,
    NA_FLAG_VALUE,
    NA_SUFFIX,
    NAME_SUFFIX,
    PROFILE_GROUP,
    PROPERTIES_SUFFIX,
    REGION_CHOICES,
    question_names,
    xml_name,
)
from smartvillage.models.common import LANGS, Lang
from smartvillage.models.criteria import CriteriaSet

# the XLSForm language names (label::Latviešu (lv)): column names, not messages
LANGUAGES: dict[Lang, str] = dict((("lv", "Latviešu (lv)"), ("en", "English (en)")))
SURVEY_COLUMNS = (
    "type",
    "name",
    *(f"label::{LANGUAGES[lang]}" for lang in LANGS),
    *(f"hint::{LANGUAGES[lang]}" for lang in LANGS),
    "required",
    "relevant",
    "constraint",
    *(f"constraint_message::{LANGUAGES[lang]}" for lang in LANGS),
    "calculation",
    "appearance",
)
CHOICES_COLUMNS = ("list_name", "name", *(f"label::{LANGUAGES[lang]}" for lang in LANGS))
SETTINGS_COLUMNS = (
    "form_title",
    "form_id",
    "version",
    "default_language",
    "instance_name",
    "criteria",
    "criteria_digest",
    "generator",
)

Row = dict[str, str]


def xlsform_rows(criteria: CriteriaSet, lang: Lang = "lv") -> dict[str, list[Row]]:
    """The three sheets of the XLSForm as rows of ``column -> text``."""
    from smartvillage.scoring.engine import criteria_digest

    form = _Form()
    form.profile()
    form.survey.append(
        {"type": "calculate", "name": CRITERIA_FIELD, "calculation": _quote(criteria.ref)}
    )
    names = question_names(criteria)
    for dimension in criteria.dimensions:
        criteria_of = [c for c in criteria.criteria if c.dimension == dimension.id]
        form.survey.append(
            {
                "type": "begin_group",
                "name": xml_name(dimension.id),
                **_texts("label", dimension.title),
            }
        )
        for criterion in criteria_of:
            form.survey.append(
                {
                    "type": "begin_group",
                    "name": xml_name(criterion.id),
                    **_texts("label", criterion.title),
                    **_texts("hint", criterion.description),
                }
            )
            for question in criterion.questions:
                form.question(question, names[question.id])
            form.survey.append({"type": "end_group"})
        form.survey.append({"type": "end_group"})
    notes = _profile_column("notes")
    form.survey.append(
        {
            "type": "text",
            "name": "notes",
            **_plain_texts("label", notes.label),
            "appearance": "multiline",
        }
    )
    settings = {
        "form_title": _plain(criteria.title.get(lang)),
        "form_id": xml_name(f"smartvillage_{criteria.id}_{criteria.version}"),
        "version": criteria.version,
        "default_language": LANGUAGES[lang],
        "instance_name": "concat(${village}, ' ', ${date})",
        "criteria": criteria.ref,
        "criteria_digest": criteria_digest(criteria),
        "generator": f"smartvillage {__version__}",
    }
    return {"survey": form.survey, "choices": form.choices, "settings": [settings]}


def xlsform(criteria: CriteriaSet, lang: Lang = "lv") -> bytes:
    """The XLSForm workbook for ``criteria`` (default language ``lang``), as bytes."""
    import xlsxwriter

    sheets = xlsform_rows(criteria, lang)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties(
        {
            "title": _plain(criteria.title.get(lang)),
            "author": "smartvillage",
            "comments": f"XLSForm for criteria {criteria.ref}; smartvillage {__version__}",
        }
    )
    bold = workbook.add_format({"bold": True, "bg_color": "#D9D9D9"})
    for sheet_name, columns in (
        ("survey", SURVEY_COLUMNS),
        ("choices", CHOICES_COLUMNS),
        ("settings", SETTINGS_COLUMNS),
    ):
        sheet = workbook.add_worksheet(sheet_name)
        for col, column in enumerate(columns):
            sheet.write_string(0, col, column, bold)
            sheet.set_column(col, col, 40 if column.startswith(("label", "hint")) else 18)
        for row, values in enumerate(sheets[sheet_name], start=1):
            for col, column in enumerate(columns):
                value = values.get(column)
                if value:
                    sheet.write_string(row, col, value)
        sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()


class _Form:
    """Collects the survey and choices rows."""

    def __init__(self) -> None:
        self.survey: list[Row] = []
        self.choices: list[Row] = []

    def choice_list(self, name: str, items: list[tuple[str, dict[str, str]]]) -> None:
        for value, labels in items:
            self.choices.append({"list_name": name, "name": value, **_plain_texts("label", labels)})

    def profile(self) -> None:
        from smartvillage.io.spreadsheet import ASSESSOR_LABELS, PROFILE_COLUMNS

        self.survey.append(
            {
                "type": "begin_group",
                "name": PROFILE_GROUP,
                **_message_texts("label", "forms.profile_group"),
            }
        )
        for column in PROFILE_COLUMNS:
            if column.key == "notes":
                continue
            row: Row = {
                "name": column.key,
                **_plain_texts("label", column.label),
                **_plain_texts("hint", column.hint),
            }
            if column.kind == "integer":
                row.update(type="integer", constraint=". >= 0 and . <= 10000000")
                row.update(
                    _message_texts("constraint_message", "forms.between", min=0, max=10_000_000)
                )
            elif column.kind == "date":
                row.update(type="date")
            elif column.kind == "region":
                row["type"] = "select_one region"
                self.choice_list(
                    "region", [(k, dict.fromkeys(LANGS, v)) for k, v in REGION_CHOICES.items()]
                )
            elif column.kind == "assessor":
                row["type"] = "select_one assessor"
                self.choice_list("assessor", list(ASSESSOR_LABELS.items()))
            else:
                row["type"] = "text"
            if column.key == "contact_email":
                row["constraint"] = "regex(., '^[^@\\s]+@[^@\\s]+$')"
            if column.required:
                row["required"] = "yes"
            self.survey.append(row)
        self.survey.append({"type": "end_group"})

    def question(self, question: Any, name: str) -> None:
        kind = question.type
        row: Row = {"name": name, **_texts("label", question.text), **_texts("hint", question.help)}
        earns: str | None = None  # when the answer earns points (for evidence)
        ref = "${" + name + "}"
        if kind == "yes_no":
            row["type"] = f"select_one {name}"
            items = [
                ("yes", _message_pair("forms.yes")),
                ("no", _message_pair("forms.no")),
            ]
            paying = [
                v for v, p in (("yes", question.points_yes), ("no", question.points_no)) if p > 0
            ]
            earns = _any_of(ref, paying)
            self.choice_list(name, items + self._na(question))
        elif kind in ("rubric", "choice"):
            row["type"] = f"select_one {name}"
            if kind == "rubric":
                items = [
                    (
                        str(level.value),
                        {
                            lang: f"{level.value} — {_plain(level.label.get(lang))}"
                            for lang in LANGS
                        },
                    )
                    for level in question.levels
                ]
                row.update(
                    _pair_texts(
                        "hint",
                        {
                            lang: "\n".join(
                                filter(
                                    None,
                                    [
                                        _plain(question.help.get(lang)) if question.help else "",
                                        *(
                                            f"{level.value} — {_plain(level.description.get(lang))}"
                                            for level in question.levels
                                        ),
                                    ],
                                )
                            )
                            for lang in LANGS
                        },
                    )
                )
                paying = [str(level.value) for level in question.levels if level.points > 0]
            else:
                items = [(o.value, _text_pair(o.label)) for o in question.options]
                paying = [o.value for o in question.options if o.points > 0]
            earns = _any_of(ref, paying)
            self.choice_list(name, items + self._na(question))
        elif kind == "multi_choice":
            row["type"] = f"select_multiple {name}"
            items = [(o.value, _text_pair(o.label)) for o in question.options]
            earns = (
                " or ".join(
                    f"selected({ref}, '{o.value}')" for o in question.options if o.points > 0
                )
                or None
            )
            na = self._na(question)
            if na:
                row["constraint"] = f"not(selected(., '{NA_CHOICE}')) or count-selected(.) = 1"
                row.update(_message_texts("constraint_message", "forms.na_alone"))
            self.choice_list(name, items + na)
        elif kind == "number":
            row["type"] = "integer" if question.integer else "decimal"
            self._number_constraint(row, question)
            if question.unit:
                hint: dict[str, str] = {
                    lang: " ".join(
                        filter(
                            None,
                            [
                                _plain(question.help.get(lang)) if question.help else "",
                                messages.text(
                                    "forms.unit", lang, unit=_plain(question.unit.get(lang))
                                ),
                            ],
                        )
                    )
                    for lang in LANGS
                }
                row.update(_pair_texts("hint", hint))
            earns = _bands_expression(ref, question) or None
        if kind == "initiatives":
            self._na_flag(question, name)
            self._initiatives(question, name)
            earns = f"count({ref}) > 0"
        else:
            if kind == "number":
                self._na_flag(question, name)
                if question.allow_na:
                    row["relevant"] = "${" + name + NA_SUFFIX + "} != '" + NA_FLAG_VALUE + "'"
            self.survey.append(row)
        if question.evidence != "none" and earns:
            need = (
                "forms.evidence_required"
                if question.evidence == "required"
                else "forms.evidence_recommended"
            )
            hint = {
                lang: messages.text("forms.evidence_hint", lang) + " " + messages.text(need, lang)
                for lang in LANGS
            }
            self.survey.append(
                {
                    "type": "text",
                    "name": name + EVIDENCE_SUFFIX,
                    **_pair_texts(
                        "label",
                        {
                            lang: messages.text(
                                "forms.evidence_label",
                                lang,
                                question=_plain(question.text.get(lang)),
                            )
                            for lang in LANGS
                        },
                    ),
                    **_pair_texts("hint", hint),
                    "relevant": earns,
                    "appearance": "multiline",
                }
            )

    def _na(self, question: Any) -> list[tuple[str, dict[str, str]]]:
        return [(NA_CHOICE, _message_pair("forms.na"))] if question.allow_na else []

    def _na_flag(self, question: Any, name: str) -> None:
        """A tick box 'not applicable' before a number or an initiatives list that allows it."""
        if question.allow_na:
            self.survey.append(
                {
                    "type": "acknowledge",
                    "name": name + NA_SUFFIX,
                    **_message_texts("label", "forms.na_flag"),
                }
            )

    def _number_constraint(self, row: Row, question: Any) -> None:
        low, high = question.min, question.max
        if low is None and high is None:
            return
        parts = []
        if low is not None:
            parts.append(f". >= {_number(low)}")
        if high is not None:
            parts.append(f". <= {_number(high)}")
        row["constraint"] = " and ".join(parts)
        if low is not None and high is not None:
            row.update(
                _message_texts(
                    "constraint_message", "forms.between", min=_number(low), max=_number(high)
                )
            )
        elif low is not None:
            row.update(_message_texts("constraint_message", "forms.at_least", min=_number(low)))
        else:
            row.update(_message_texts("constraint_message", "forms.at_most", max=_number(high)))

    def _initiatives(self, question: Any, name: str) -> None:
        repeat: Row = {
            "type": "begin_repeat",
            "name": name,
            **_texts("label", question.text),
            **_texts("hint", question.help),
        }
        if question.allow_na:
            repeat["relevant"] = "${" + name + NA_SUFFIX + "} != '" + NA_FLAG_VALUE + "'"
        self.survey.append(repeat)
        self.survey.append(
            {
                "type": "text",
                "name": name + NAME_SUFFIX,
                **_message_texts("label", "forms.initiative_name"),
                "required": "yes",
            }
        )
        if question.properties:
            self.survey.append(
                {
                    "type": f"select_multiple {name}{PROPERTIES_SUFFIX}",
                    "name": name + PROPERTIES_SUFFIX,
                    **_message_texts("label", "forms.initiative_properties"),
                }
            )
            self.choice_list(
                name + PROPERTIES_SUFFIX, [(p.id, _text_pair(p.label)) for p in question.properties]
            )
        self.survey.append({"type": "end_repeat"})


# ---------------------------------------------------------------------------- helpers


def _profile_column(key: str) -> Any:
    from smartvillage.io.spreadsheet import PROFILE_BY_KEY

    return PROFILE_BY_KEY[key]


def _plain(text: str) -> str:
    from smartvillage.render.safe import plain

    return " ".join(plain(text).split())


def _text_pair(text: Any) -> dict[str, str]:
    return {lang: _plain(text.get(lang)) for lang in LANGS}


def _texts(column: str, text: Any) -> Row:
    """``label::Latviešu (lv)`` ... from a criteria ``Text`` (nothing when absent)."""
    if text is None:
        return {}
    return _pair_texts(column, _text_pair(text))


def _plain_texts(column: str, texts: dict[Lang, str] | dict[str, str]) -> Row:
    return _pair_texts(column, {lang: texts[lang] for lang in LANGS})


def _pair_texts(column: str, texts: dict[str, str]) -> Row:
    return {f"{column}::{LANGUAGES[lang]}": texts[lang] for lang in LANGS if texts.get(lang)}


def _message_pair(key: str, **params: Any) -> dict[str, str]:
    return {lang: messages.text(key, lang, **params) for lang in LANGS}


def _message_texts(column: str, key: str, **params: Any) -> Row:
    return _pair_texts(column, _message_pair(key, **params))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "") + "'"


def _number(value: float) -> str:
    from decimal import Decimal

    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(str(value)).normalize(), "f")


def _any_of(ref: str, values: list[str]) -> str | None:
    if not values:
        return None
    return " or ".join(f"{ref} = '{value}'" for value in values)


def _bands_expression(ref: str, question: Any) -> str:
    parts = []
    for band in question.bands:
        if band.points <= 0:
            continue
        tests = [f"{ref} != ''"]
        if band.min is not None:
            tests.append(f"{ref} >= {_number(band.min)}")
        if band.max is not None:
            tests.append(f"{ref} < {_number(band.max)}")
        parts.append("(" + " and ".join(tests) + ")")
    return " or ".join(parts)
