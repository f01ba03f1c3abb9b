"""Building blocks shared by every model: strict base, bilingual text, safe numbers."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from smartvillage.messages import msg

Lang = Literal["lv", "en"]
LANGS: tuple[Lang, ...] = ("lv", "en")

Id = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
        description="A stable identifier: letters, digits, '.', '_' or '-'.",
    ),
]


def _no_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError(msg("validation.not_a_number"))
    return value


Number = Annotated[float, BeforeValidator(_no_bool)]
Integer = Annotated[int, BeforeValidator(_no_bool)]


def number_text(value: float, lang: Lang) -> str:
    """A number as :func:`fmt_points` writes it, with a decimal comma in Latvian: ``1,5``."""
    text = fmt_points(value)
    return text.replace(".", ",") if lang == "lv" else text


def fmt_points(value: float) -> str:
    """A number as points and bounds are shown: no needless ``.0``, no float noise.

    ``2``, ``1.5``, ``1234567.5`` (never ``1.23457e+06``).
    """
    value = round(float(value) + 0.0, 6)
    return str(int(value)) if value.is_integer() else f"{value:.15g}"


class StrictModel(BaseModel):
    """Base for every model: unknown fields are errors, numbers must be finite."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True, defer_build=True)


class Text(StrictModel):
    """A text in Latvian and English; at least one must be given."""

    lv: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _one_language(self) -> Text:
        if not (self.lv or self.en):
            raise ValueError(msg("validation.text_language"))
        return self

    def get(self, lang: Lang) -> str:
        """The text in ``lang``, falling back to the other language."""
        if lang == "lv":
            return self.lv or self.en or ""
        return self.en or self.lv or ""


def _schema_v1(value: Any) -> Any:
    if isinstance(value, bool) or str(value).strip() != "1":
        raise ValueError(msg("validation.schema_version", got=repr(value)))
    return 1


SchemaVersion = Annotated[Literal[1], BeforeValidator(_schema_v1)]
