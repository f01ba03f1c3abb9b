"""The village profile asked before the questions: fields, their checks, the result.

The profile is asked as one step: nothing is written until every field has been
offered, because a questionnaire file needs at least the village name and the
assessment date to be valid. :func:`build` turns the typed values into the
``village`` and ``assessment`` parts of a questionnaire; :func:`from_file` reads the
values a file already has (a template being continued) to offer them as defaults.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from smartvillage import messages
from smartvillage.assess.commands import fold
from smartvillage.assess.texts import say
from smartvillage.models.common import Lang
from smartvillage.models.questionnaire import (
    COMMUNITY_TYPES,
    FIRST_ROUND,
    RECOGNITION_TIERS,
    REG_NO,
    REGIONS,
    Assessment,
    Contact,
    LegalBody,
    Recognition,
    Village,
)

ASSESSORS = ("self", "mentor", "jury")
DEFAULT_ASSESSOR = "mentor"
_ASSESSOR_WORDS = {
    fold(word): who
    for word, who in (
        ("self", "self"),
        ("self-assessment", "self"),
        ("pašnovērtējums", "self"),
        ("pašvērtējums", "self"),
        ("pašnovērtējums", "self"),
        ("mentor", "mentor"),
        ("mentors", "mentor"),
        ("jury", "jury"),
        ("žūrija", "jury"),
    )
}
_REGION_WORDS = {fold(region): region for region in REGIONS}
_DATE_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$")


class FieldError(ValueError):
    """A profile value that does not fit; the message says what was expected."""


@dataclass(frozen=True)
class ProfileField:
    """One field of the profile: where it goes, how it is asked, how it is checked."""

    key: str
    required: bool
    parse: Callable[[str, Lang], Any]

    def label(self, lang: Lang) -> str:
        """The prompt text, with the choices listed where there are some."""
        if self.key in _CLOSED or self.key in _LEADER_TEXT:
            text = messages.text(f"portfolio.{self.key}", lang)
            if self.key in _CLOSED:
                text += f" ({_listed(self.key, lang)})"
            return text
        text = say(f"profile.{self.key}", lang)
        if self.key == "region":
            text += " (" + ", ".join(f"{n} {r}" for n, r in enumerate(REGIONS, start=1)) + ")"
        elif self.key == "assessor":
            text += (
                " ("
                + ", ".join(
                    f"{n} {say(f'assessor.{a}', lang)}" for n, a in enumerate(ASSESSORS, start=1)
                )
                + ")"
            )
        return text

    def shown(self, value: Any, lang: Lang) -> str:
        """A stored value as the prompt shows it as default."""
        if self.key == "assessor":
            return say(f"assessor.{value}", lang)
        if self.key in _CLOSED:
            section, _ = _CLOSED[self.key]
            return messages.text(f"portfolio.{section}.{value}", lang)
        if self.key == "date":
            return shown_date(str(value), lang)
        return str(value)


def _text(text: str, lang: Lang) -> str:
    return text


def _name(text: str, lang: Lang) -> str:
    if not text.strip() or len(text) > 200:
        raise FieldError(say("bad.name", lang))
    return text


def _region(text: str, lang: Lang) -> str:
    if text.isdigit() and 1 <= int(text) <= len(REGIONS):
        return REGIONS[int(text) - 1]
    region = _REGION_WORDS.get(fold(text))
    if region is None:
        allowed = ", ".join(f"{n} {r}" for n, r in enumerate(REGIONS, start=1))
        raise FieldError(say("bad.region", lang, allowed=allowed))
    return region


def _population(text: str, lang: Lang) -> int:
    digits = text.replace(" ", "").replace("\u00a0", "")
    if not digits.isdigit() or int(digits) > 10_000_000:
        raise FieldError(say("bad.population", lang))
    return int(digits)


def _email(text: str, lang: Lang) -> str:
    if not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
        raise FieldError(say("bad.email", lang))
    return text


def _assessor(text: str, lang: Lang) -> str:
    if text.isdigit() and 1 <= int(text) <= len(ASSESSORS):
        return ASSESSORS[int(text) - 1]
    found = _ASSESSOR_WORDS.get(fold(text))
    if found is None:
        allowed = ", ".join(
            f"{n} {a} ({say(f'assessor.{a}', lang)})" for n, a in enumerate(ASSESSORS, start=1)
        )
        raise FieldError(say("bad.assessor", lang, allowed=allowed))
    return found


# the LEADER profile (questionnaire schema_version 2)
_CLOSED = {
    "community_type": ("community", COMMUNITY_TYPES),
    "recognition_tier": ("recognition", RECOGNITION_TIERS),
}
_LEADER_TEXT = ("leader_group", "legal_name", "registration_number", "recognition_year", "mentor")


def _listed(key: str, lang: Lang) -> str:
    section, values = _CLOSED[key]
    return ", ".join(
        f"{n} {messages.text(f'portfolio.{section}.{v}', lang)}"
        for n, v in enumerate(values, start=1)
    )


def _closed(key: str) -> Callable[[str, Lang], str]:
    section, values = _CLOSED[key]
    words = {fold(v): v for v in values} | {
        fold(messages.text(f"portfolio.{section}.{v}", lang)): v
        for v in values
        for lang in ("lv", "en")
    }

    def parse(text: str, lang: Lang) -> str:
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        found = words.get(fold(text))
        if found is None:
            raise FieldError(
                messages.text(f"portfolio.bad.{key}", lang, allowed=_listed(key, lang))
            )
        return found

    return parse


def _registration_number(text: str, lang: Lang) -> str:
    digits = "".join(text.split())
    if not REG_NO.match(digits):
        raise FieldError(messages.text("portfolio.bad.registration_number", lang))
    return digits


def _recognition_year(text: str, lang: Lang) -> int:
    this_year = dt.date.today().year
    if not text.isdigit() or not FIRST_ROUND <= int(text) <= this_year:
        raise FieldError(messages.text("portfolio.bad.recognition_year", lang, year=this_year))
    return int(text)


def incomplete(values: dict[str, Any], lang: Lang) -> str | None:
    """What is missing when the profile's values do not fit together (an earlier
    recognition with a year but no tier, or a tier but no year), else None."""
    year, tier = values.get("recognition_year"), values.get("recognition_tier")
    if (year in (None, "")) != (tier in (None, "")):
        return messages.text("portfolio.bad.recognition_incomplete", lang)
    return None


def parse_date(text: str, lang: Lang = "en") -> str:
    """A date typed as ``14.05.2024.``, ``14.05.2024`` or ``2024-05-14``, as ISO text."""
    try:
        match = _DATE_DOTS.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        today = dt.date.today()
        raise FieldError(
            say("bad.date", lang, example=_dotted(today, lang), iso=today.isoformat())
        ) from None


def _dotted(day: dt.date, lang: Lang) -> str:
    """``14.05.2024.`` (Latvian, with the closing dot) or ``14.05.2024``."""
    text = f"{day.day:02d}.{day.month:02d}.{day.year}"
    return text + "." if lang == "lv" else text


def shown_date(value: str, lang: Lang) -> str:
    """An ISO date as a person reads it: ``14.05.2024.`` in Latvian, ``2024-05-14`` in
    English (see ``render.i18n.date``); text that is no date stays as it is."""
    from smartvillage.render.i18n import date

    try:
        return date(dt.date.fromisoformat(value), lang)
    except ValueError:
        return value


FIELDS: tuple[ProfileField, ...] = (
    ProfileField("name", True, _name),
    ProfileField("parish", False, _text),
    ProfileField("municipality", False, _text),
    ProfileField("region", False, _region),
    ProfileField("population", False, _population),
    ProfileField("contact_name", False, _text),
    ProfileField("contact_email", False, _email),
    ProfileField("contact_phone", False, _text),
    ProfileField("leader_group", False, _text),
    ProfileField("community_type", False, _closed("community_type")),
    ProfileField("legal_name", False, _text),
    ProfileField("registration_number", False, _registration_number),
    ProfileField("recognition_year", False, _recognition_year),
    ProfileField("recognition_tier", False, _closed("recognition_tier")),
    ProfileField("mentor", False, _text),
    ProfileField("assessor", True, _assessor),
    ProfileField("assessor_name", False, _text),
    ProfileField("date", True, parse_date),
)


def position(key: str) -> int:
    """Where the field ``key`` is in :data:`FIELDS`."""
    return next(i for i, field in enumerate(FIELDS) if field.key == key)


def defaults(today: dt.date) -> dict[str, Any]:
    """The values offered before anything is typed."""
    return {"assessor": DEFAULT_ASSESSOR, "date": today.isoformat()}


# Where each field is in a questionnaire file, and what makes it valid on its own.
_IN_FILE: dict[str, tuple[str, str, type[BaseModel], dict[str, Any]]] = {
    "name": ("village", "name", Village, {}),
    "parish": ("village", "parish", Village, {"name": "-"}),
    "municipality": ("village", "municipality", Village, {"name": "-"}),
    "region": ("village", "region", Village, {"name": "-"}),
    "population": ("village", "population", Village, {"name": "-"}),
    "contact_name": ("contact", "name", Contact, {}),
    "contact_email": ("contact", "email", Contact, {}),
    "contact_phone": ("contact", "phone", Contact, {}),
    "leader_group": ("village", "leader_group", Village, {"name": "-"}),
    "community_type": ("village", "community_type", Village, {"name": "-"}),
    "legal_name": ("legal_body", "name", LegalBody, {}),
    "registration_number": ("legal_body", "registration_number", LegalBody, {}),
    "recognition_year": ("recognition", "year", Recognition, {"tier": "sign"}),
    "recognition_tier": ("recognition", "tier", Recognition, {"year": FIRST_ROUND}),
    "mentor": ("village", "mentor", Village, {"name": "-"}),
    "assessor": ("assessment", "assessor", Assessment, {"date": "2000-01-01"}),
    "assessor_name": ("assessment", "name", Assessment, {"assessor": "self", "date": "2000-01-01"}),
    "date": ("assessment", "date", Assessment, {"assessor": "self"}),
}


def from_file(village: dict[str, Any], assessment: dict[str, Any]) -> dict[str, Any]:
    """The profile values a file holds that the format accepts, keyed as :data:`FIELDS`.

    ``village`` and ``assessment`` are the file's data as read. Text the format refuses
    but a person may type (``14.05.2024``, ``žūrija``) is read as typed. A value that
    does not fit either way (a blank name, a date that is no date) is left out, so that
    it is asked afresh; the others are offered as the defaults, so Enter keeps them.
    """
    contact = village.get("contact")
    legal, recognition = village.get("legal_body"), village.get("recognition")
    parts = {
        "village": village,
        "assessment": assessment,
        "contact": contact if isinstance(contact, dict) else {},
        "legal_body": legal if isinstance(legal, dict) else {},
        "recognition": recognition if isinstance(recognition, dict) else {},
    }
    fields = {field.key: field for field in FIELDS}
    values: dict[str, Any] = {}
    for key, (part, name, model, stand_in) in _IN_FILE.items():
        raw = parts[part].get(name)
        if raw is None:
            continue
        try:
            value = getattr(model.model_validate({**stand_in, name: raw}), name)
        except ValidationError:
            try:
                typed = fields[key].parse(raw.strip(), "en") if isinstance(raw, str) else None
                value = getattr(model.model_validate({**stand_in, name: typed}), name)
            except (FieldError, ValidationError):
                continue
        if value is not None:
            values[key] = value.isoformat() if isinstance(value, dt.date) else value
    return values


def build(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``village`` and ``assessment`` data from the typed values (checked by the models)."""
    contact = {
        k: values[f"contact_{k}"] for k in ("name", "email", "phone") if values.get(f"contact_{k}")
    }
    village: dict[str, Any] = {
        k: values[k]
        for k in ("name", "parish", "municipality", "region", "population")
        if values.get(k) not in (None, "")
    }
    if contact:
        village["contact"] = contact
    for key in ("leader_group", "community_type", "mentor"):
        if values.get(key) not in (None, ""):
            village[key] = values[key]
    legal = {
        k: values[key]
        for k, key in (("name", "legal_name"), ("registration_number", "registration_number"))
        if values.get(key) not in (None, "")
    }
    if legal:
        village["legal_body"] = legal
    if values.get("recognition_year") not in (None, "") and values.get("recognition_tier"):
        village["recognition"] = {
            "year": values["recognition_year"],
            "tier": values["recognition_tier"],
        }
    assessment = {"assessor": values["assessor"], "date": values["date"]}
    if values.get("assessor_name"):
        assessment["name"] = values["assessor_name"]
    Village.model_validate(village)
    Assessment.model_validate(assessment)
    return village, assessment
