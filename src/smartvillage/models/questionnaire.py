"""The questionnaire format: a village's profile, who assessed it, and its answers.

Answers are kept as given (``value``) and typed against their question only when
scored, because the answer type lives in the criteria set, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, Literal

from pydantic import Field, PrivateAttr, field_validator, model_serializer, model_validator

from smartvillage import messages
from smartvillage.messages import msg
from smartvillage.models.common import Id, Integer, StrictModel

QUESTIONNAIRE_SCHEMA_VERSION: Final = 2
REGIONS = ("Kurzeme", "Zemgale", "Vidzeme", "Rīga", "Latgale")
_REGION_KEYS = {r.casefold(): r for r in REGIONS} | {"riga": "Rīga"}
NA_WORDS = frozenset({"n/a", "na", "nav attiecināms", "not applicable"})
CRITERIA_REF = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]{0,63})@([A-Za-z0-9][A-Za-z0-9._-]{0,63})$")


class Contact(StrictModel):
    """Who to contact about the assessment."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


COMMUNITY_TYPES = ("village", "neighbourhood", "parish", "farm", "other")
RECOGNITION_TIERS = ("sign", "on_the_way")
FIRST_ROUND = 2021  # the first "Viedais ciems" round
REG_NO = re.compile(r"^\d{11}$")
# profile fields added in schema_version 2 (left out of a report when not given)
V2_FIELDS = ("leader_group", "community_type", "legal_body", "recognition", "mentor")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _by_label(value: Any, section: str, values: tuple[str, ...]) -> Any:
    """The value whose label (Latvian or English, any case) ``value`` is; else ``value``."""
    if not isinstance(value, str) or value in values:
        return value
    folded = _fold(value)
    for item in values:
        for lang in ("lv", "en"):
            if folded == _fold(messages.text(f"portfolio.{section}.{item}", lang)):
                return item
    return value


class LegalBody(StrictModel):
    """The legal body (juridiska persona) that acts for the community."""

    name: str | None = Field(None, max_length=300)
    registration_number: str | None = Field(
        None, description="The 11-digit Latvian registration number.", pattern=r"^\d{11}$"
    )

    @field_validator("registration_number", mode="before")
    @classmethod
    def _registration_number(cls, value: Any) -> Any:
        if isinstance(value, bool) or value is None:
            return value
        text = "".join(str(value).split())
        if not REG_NO.match(text):
            raise ValueError(msg("portfolio.v.registration_number"))
        return text

    @model_validator(mode="after")
    def _something(self) -> LegalBody:
        if not ((self.name and self.name.strip()) or self.registration_number):
            raise ValueError(msg("portfolio.v.legal_body_empty"))
        return self


class Recognition(StrictModel):
    """An earlier "Viedais ciems" recognition: its round (year) and tier."""

    year: Integer = Field(ge=FIRST_ROUND, le=2100, description="The round, 2021 or later.")
    tier: Literal["sign", "on_the_way"] = Field(
        description="sign (VIEDAIS CIEMS) or on_the_way (Ceļā uz VIEDAIS CIEMS)."
    )

    @field_validator("tier", mode="before")
    @classmethod
    def _tier_label(cls, value: Any) -> Any:
        # "Ceļā uz VIEDAIS CIEMS" (or the 2021 name) stands for on_the_way
        if isinstance(value, str) and _fold(value) == _fold(
            messages.text("portfolio.recognition.on_the_way_2021", "lv")
        ):
            return "on_the_way"
        return _by_label(value, "recognition", RECOGNITION_TIERS)

    @field_validator("year")
    @classmethod
    def _not_future(cls, value: int) -> int:
        if value > dt.date.today().year:
            raise ValueError(msg("portfolio.v.future_round", year=str(value)))
        return value


class Village(StrictModel):
    """The village profile."""

    name: str = Field(min_length=1, max_length=200)
    parish: str | None = Field(None, description="pagasts")
    municipality: str | None = Field(None, description="novads")
    region: Literal["Kurzeme", "Zemgale", "Vidzeme", "Rīga", "Latgale"] | None = Field(
        None, description="Planning region."
    )
    population: Integer | None = Field(None, ge=0, le=10_000_000)
    contact: Contact | None = None
    leader_group: str | None = Field(
        None, max_length=200, description="The LEADER local action group (vietējā rīcības grupa)."
    )
    community_type: Literal["village", "neighbourhood", "parish", "farm", "other"] | None = Field(
        None,
        description="village (ciems), neighbourhood (apkaime), parish (pagasts), farm (a single "
        "farm or enterprise) or other.",
    )
    legal_body: LegalBody | None = None
    recognition: Recognition | None = Field(None, description="An earlier recognition.")
    mentor: str | None = Field(None, max_length=200, description="The mentor's name.")

    @model_serializer(mode="wrap")
    def _leave_out_unset(self, handler: Any) -> Any:
        # the fields of schema_version 2 appear only when given: the report of a
        # version 1 questionnaire stays what it was, byte for byte
        data = handler(self)
        if isinstance(data, dict):
            for key in V2_FIELDS:
                if data.get(key) is None:
                    data.pop(key, None)
        return data

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        # the schema of the fields (a wrap serializer would otherwise hide them)
        return handler({k: v for k, v in core_schema.items() if k != "serialization"})

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(msg("validation.name_blank"))
        return value.strip()

    @field_validator("community_type", mode="before")
    @classmethod
    def _community_label(cls, value: Any) -> Any:
        # the label in either language stands for its value (apkaime -> neighbourhood)
        return _by_label(value, "community", COMMUNITY_TYPES)

    @field_validator("legal_body", "recognition", mode="before")
    @classmethod
    def _blank_part(cls, value: Any) -> Any:
        # a template's empty ``legal_body:`` or ``recognition:`` block says nothing
        if isinstance(value, dict) and all(v is None or v == "" for v in value.values()):
            return None
        return value

    @field_validator("region", mode="before")
    @classmethod
    def _region(cls, value: Any) -> Any:
        if isinstance(value, str):
            return _REGION_KEYS.get(value.strip().casefold(), value)
        return value


class Assessment(StrictModel):
    """Who assessed the village, and when."""

    assessor: Literal["self", "mentor", "jury"]
    name: str | None = None
    date: dt.date


class Evidence(StrictModel):
    """Evidence for an answer: a link or a document, and what it shows."""

    link: str | None = None
    document: str | None = None
    shows: str | None = None

    @model_validator(mode="after")
    def _something(self) -> Evidence:
        if not ((self.link and self.link.strip()) or (self.document and self.document.strip())):
            raise ValueError(msg("validation.evidence_empty"))
        return self


class Answer(StrictModel):
    """One answer: its value (typed by the question), or not applicable, with evidence."""

    value: Any = None
    na: bool = Field(False, description="Not applicable to this village.")
    evidence: list[Evidence] = Field(default_factory=list)
    note: str | None = None

    @property
    def answered(self) -> bool:
        """Whether the answer says anything (a value or not applicable)."""
        return self.na or self.value is not None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        # A bare value stands for {value: ...}; "n/a" for {na: true}.
        if isinstance(value, dict) and value.keys() <= {"value", "na", "evidence", "note"}:
            data = dict(value)
        else:
            data = {"value": value}
        if isinstance(data.get("value"), str) and data["value"].strip().casefold() in NA_WORDS:
            data["value"] = None
            data["na"] = True
        return data


class Questionnaire(StrictModel):
    """A village's self-assessment against one criteria set and version."""

    schema_version: Literal[1, 2] = Field(
        QUESTIONNAIRE_SCHEMA_VERSION,
        description="2 adds the LEADER profile fields; files of version 1 read as before.",
    )
    criteria: str = Field(description="The criteria set it answers, as ID@VERSION.")
    village: Village
    assessment: Assessment
    answers: dict[Id, Answer | None] = Field(default_factory=dict)
    notes: str | None = None

    _source: str | None = PrivateAttr(None)
    _lines: Any = PrivateAttr(None)
    _read_warnings: list[str] = PrivateAttr(default_factory=list)

    @property
    def read_warnings(self) -> list[str]:
        """What reading the file changed, each naming its place (e.g. control characters
        removed); empty for a questionnaire built in code."""
        return self._read_warnings

    @property
    def source(self) -> str | None:
        """The file the questionnaire was read from, when it was read from one."""
        return self._source

    def line_of(self, path: tuple[Any, ...]) -> int | None:
        """The line in the source file where the value at ``path`` starts, if known."""
        return self._lines.line_of(path) if self._lines is not None else None

    @field_validator("schema_version", mode="before")
    @classmethod
    def _schema_version(cls, value: Any) -> Any:
        text = str(value).strip()
        if isinstance(value, bool) or text not in ("1", "2"):
            raise ValueError(msg("portfolio.v.schema_version", got=repr(value)))
        return int(text)

    @model_validator(mode="after")
    def _fields_of_version(self) -> Questionnaire:
        if self.schema_version == 1:
            used = [k for k in V2_FIELDS if getattr(self.village, k) is not None]
            if used:
                raise ValueError(msg("portfolio.v.needs_v2", field=f"village.{used[0]}"))
        return self

    @field_validator("criteria")
    @classmethod
    def _criteria_ref(cls, value: str) -> str:
        if not CRITERIA_REF.match(value):
            raise ValueError(msg("validation.criteria_ref", got=value))
        return value

    def answer(self, question_id: str) -> Answer | None:
        """The answer to a question, or None when it has none."""
        answer = self.answers.get(question_id)
        return answer if answer is not None and answer.answered else None
