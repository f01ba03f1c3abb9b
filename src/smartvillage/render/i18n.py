"""Labels of the human-readable outputs in Latvian and English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.models.report import TierRequirement

LABELS: dict[str, dict[Lang, str]] = {
    "village": {"lv": "Ciems", "en": "Village"},
    "population": {"lv": "iedzīvotāji", "en": "residents"},
    "assessed": {"lv": "Novērtēja", "en": "Assessed by"},
    "assessor.self": {"lv": "pašvērtējums", "en": "self-assessment"},
    "assessor.mentor": {"lv": "mentors", "en": "mentor"},
    "assessor.jury": {"lv": "žūrija", "en": "jury"},
    "criteria": {"lv": "Kritēriji", "en": "Criteria"},
    "tier": {"lv": "Līmenis", "en": "Tier"},
    "overall": {"lv": "Kopā", "en": "Overall"},
    "points": {"lv": "punkti", "en": "points"},
    "dimensions": {"lv": "Jomas", "en": "Dimensions"},
    "dimension": {"lv": "Joma", "en": "Dimension"},
    "average": {"lv": "vidēji", "en": "average"},
    "weakest": {"lv": "vājākā", "en": "weakest"},
    "gates": {"lv": "Obligātie kritēriji", "en": "Gates"},
    "criterion": {"lv": "Kritērijs", "en": "Criterion"},
    "status.met": {"lv": "izpildīts", "en": "met"},
    "status.not_met": {"lv": "nav izpildīts", "en": "not met"},
    "status.not_assessed": {"lv": "nav vērtēts", "en": "not assessed"},
    "next_tier": {"lv": "Līdz nākamajam līmenim", "en": "To reach the next tier"},
    "top_tier": {"lv": "Augstākais līmenis sasniegts.", "en": "The highest tier is reached."},
    "gaps": {"lv": "Lielākās nepilnības un ieteikumi", "en": "Biggest gaps and recommendations"},
    "gain": {"lv": "iespējamais pieaugums", "en": "possible gain"},
    "answers": {"lv": "Atbildes", "en": "Answers"},
    "answered": {"lv": "atbildēti", "en": "answered"},
    "unanswered": {"lv": "neatbildēti", "en": "unanswered"},
    "not_applicable": {"lv": "nav attiecināmi", "en": "not applicable"},
    "evidence_missing": {"lv": "Apgalvojumi bez pierādījumiem", "en": "Claims without evidence"},
    "question": {"lv": "Jautājums", "en": "Question"},
    "answer": {"lv": "Atbilde", "en": "Answer"},
    "rule": {"lv": "Noteikums", "en": "Rule"},
    "warnings": {"lv": "Brīdinājumi", "en": "Warnings"},
    "percent": {"lv": "%", "en": "%"},
    "met": {"lv": "izpildīts", "en": "met"},
    "req.min_percent": {"lv": "kopvērtējums {value} no vajadzīgajiem {needed}",
                        "en": "overall {value} of {needed} needed"},
    "req.min_dimension_percent": {"lv": "katrā jomā vismaz {needed}; zemāk: {failing}",
                                  "en": "every dimension at {needed} or more; below: {failing}"},
    "req.all_gates": {"lv": "jāizpilda visi obligātie kritēriji; neizpildīti: {failing}",
                      "en": "every gate criterion met; not met: {failing}"},
    "req.all_criteria": {"lv": "jāizpilda visi kritēriji; neizpildīti: {failing}",
                         "en": "every criterion met; not met: {failing}"},
    "req.evidence_complete": {"lv": "pierādījumi visiem apgalvojumiem, kam tie vajadzīgi; "
                                    "trūkst: {failing}",
                              "en": "evidence for every claim that needs it; missing: {failing}"},
}


def t(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``."""
    return LABELS[key][lang]


def percent(value: float | None, lang: Lang) -> str:
    """A percent as the language writes it: ``72,5 %`` in Latvian, ``72.5%`` in English."""
    if value is None:
        return "—"
    text = f"{value:.1f}"
    return text.replace(".", ",") + " %" if lang == "lv" else text + "%"


def number(value: float, lang: Lang) -> str:
    """Points without a needless fraction, with the language's decimal mark."""
    value = round(value, 2)
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang == "lv" else text


def points_gain(value: float, lang: Lang) -> str:
    """A gain in percentage points: ``+12,5 p.p.`` in Latvian, ``+12.5 pp`` in English."""
    text = f"+{value:.1f}"
    return text.replace(".", ",") + " p.p." if lang == "lv" else text + " pp"


def requirement_text(req: TierRequirement, lang: Lang) -> str:
    """A tier requirement in words, in ``lang``."""
    return t(f"req.{req.requirement}", lang).format(
        value=percent(req.value, lang), needed=percent(req.needed, lang),
        failing=", ".join(req.failing) or "—")
