"""Labels and formats of the human-readable outputs in Latvian and English.

Every text a person reads in a report comes from here or from the criteria file:
labels (:data:`LABELS`, :func:`t`), numbers with the language's decimal mark and digit
grouping, percents, dates (``14.05.2024.`` and ``2024. gada 14. maijs`` in Latvian,
``2024-05-14`` and ``14 May 2024`` in English), and the scoring rules in words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.models.report import (
        NextTierPath,
        PathServes,
        QuestionResult,
        Report,
        TierRequirement,
    )

LABELS: dict[str, dict[Lang, str]] = {
    "village": {"lv": "Ciems", "en": "Village"},
    "population": {"lv": "iedzīvotāju", "en": "residents"},
    "population_one": {"lv": "iedzīvotājs", "en": "resident"},
    "assessed": {"lv": "Novērtēja", "en": "Assessed by"},
    "assessor.self": {"lv": "pašnovērtējums", "en": "self-assessment"},
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
    "req.min_percent": {
        "lv": "kopvērtējums {value} no vajadzīgajiem {needed}",
        "en": "overall {value} of {needed} needed",
    },
    "req.min_dimension_percent": {
        "lv": "katrā jomā vismaz {needed}; zemāk: {failing}",
        "en": "every dimension at {needed} or more; below: {failing}",
    },
    "req.all_gates": {
        "lv": "jāizpilda visi obligātie kritēriji; neizpildīti: {failing}",
        "en": "every gate criterion met; not met: {failing}",
    },
    "req.all_criteria": {
        "lv": "jāizpilda visi kritēriji; neizpildīti: {failing}",
        "en": "every criterion met; not met: {failing}",
    },
    "req.evidence_complete": {
        "lv": "pierādījumi visiem apgalvojumiem, kam tie vajadzīgi; trūkst: {failing}",
        "en": "evidence for every claim that needs it; missing: {failing}",
    },
    # --- reports (Markdown, HTML, spreadsheets) -------------------------------------
    "report_title": {
        "lv": "Viedā ciema pašnovērtējuma pārskats",
        "en": "Smart Village self-assessment report",
    },
    "parish": {"lv": "Pagasts", "en": "Parish"},
    "municipality": {"lv": "Novads", "en": "Municipality"},
    "region": {"lv": "Reģions", "en": "Region"},
    "population_label": {"lv": "Iedzīvotāju skaits", "en": "Population"},
    "assessment_date": {"lv": "Novērtējuma datums", "en": "Date of assessment"},
    "criteria_set": {"lv": "Kritēriju kopa", "en": "Criteria set"},
    "criteria_status.official": {"lv": "oficiāla", "en": "official"},
    "criteria_status.reconstruction": {"lv": "rekonstrukcija", "en": "reconstruction"},
    "criteria_status.draft": {"lv": "melnraksts", "en": "draft"},
    "criteria_status.custom": {"lv": "pašu veidota", "en": "custom"},
    "chart_title": {"lv": "Jomu profils", "en": "Profile by dimension"},
    "chart_desc": {
        "lv": "Zirnekļtīkla diagramma: katras jomas rezultāts procentos.",
        "en": "Spider-web chart: each dimension's score in percent.",
    },
    "of": {"lv": "no", "en": "of"},
    "gate": {"lv": "obligātais", "en": "gate"},
    "needed": {"lv": "nepieciešams", "en": "needed"},
    "met_count": {"lv": "izpildīti {met} no {total}", "en": "{met} of {total} met"},
    "path_title": {"lv": "Ceļš uz nākamo līmeni", "en": "The path to the next tier"},
    "path_intro": {
        "lv": "Mazākais soļu skaits, ar ko ciems sasniegtu līmeni “{tier}” (solis "
        "ir viens līmenis, viena josla, viena papildu iespēja, iniciatīva vai "
        "tās īpašība, viens pievienots pierādījums). Vispirms obligātie "
        "kritēriji, tad lielākais ieguvums par soli:",
        "en": "The fewest steps that would lift the village to “{tier}” (a step is "
        "one level, one band, one more option, initiative or property of one, "
        "or one piece of evidence). Unmet gates first, then the most gain per "
        "step:",
    },
    "steps_one": {"lv": "{n} solis", "en": "{n} step"},
    "steps_many": {"lv": "{n} soļi", "en": "{n} steps"},
    "path_after": {
        "lv": "Pēc šiem {n} soļiem kopvērtējums būtu {percent}.",
        "en": "After these {n} steps the overall score would be {percent}.",
    },
    "path_after_one": {
        "lv": "Pēc šī soļa kopvērtējums būtu {percent}.",
        "en": "After this step the overall score would be {percent}.",
    },
    "path_not_minimal": {
        "lv": "(Soļu skaits var nebūt mazākais iespējamais.)",
        "en": "(The number of steps may not be the fewest possible.)",
    },
    "path.no_better_answer": {
        "lv": "Līmeni “{tier}” ar šīm atbildēm sasniegt nevar: "
        "kritērijos {ids} nav atbilžu, ko uzlabot (visi jautājumi "
        "nav attiecināmi).",
        "en": "“{tier}” cannot be reached with these answers: criteria "
        "{ids} have no answer left to improve (every question is "
        "not applicable).",
    },
    "path.beyond_reach": {
        "lv": "Līmeni “{tier}” nevar sasniegt pat ar labāko atbildi uz katru jautājumu.",
        "en": "“{tier}” cannot be reached even with the best answer to every question.",
    },
    "step": {"lv": "Solis", "en": "Step"},
    "now": {"lv": "Tagad", "en": "Now"},
    "change": {"lv": "Izmaiņa", "en": "Change"},
    "gain_points": {"lv": "+ punkti", "en": "+ points"},
    "gain_col": {"lv": "Ieguvums", "en": "Gain"},
    "gain_percent": {"lv": "+ kopvērtējumam", "en": "+ overall"},
    "serves": {"lv": "Palīdz izpildīt", "en": "Serves"},
    "serves.min_percent": {"lv": "kopvērtējums", "en": "overall score"},
    "serves.min_dimension_percent": {"lv": "joma “{target}”", "en": "dimension “{target}”"},
    "serves.all_gates": {"lv": "obligātais kritērijs “{target}”", "en": "gate “{target}”"},
    "serves.all_criteria": {"lv": "kritērijs “{target}”", "en": "criterion “{target}”"},
    "serves.evidence_complete": {"lv": "pierādījumi", "en": "evidence"},
    "kind.answer": {"lv": "atbildēt", "en": "answer"},
    "kind.raise": {"lv": "uzlabot", "en": "improve"},
    "kind.add_evidence": {"lv": "pievienot pierādījumu", "en": "attach evidence"},
    "plus_evidence": {"lv": "un pievienot pierādījumu", "en": "and attach evidence"},
    "no_answer": {"lv": "nav atbildēts", "en": "unanswered"},
    "na_answer": {"lv": "nav attiecināms", "en": "not applicable"},
    "evidence_title": {"lv": "Pierādījumi", "en": "Evidence"},
    "evidence": {"lv": "Pierādījumi", "en": "Evidence"},
    "evidence_summary": {
        "lv": "Pierādījumi pievienoti {with_evidence} no {claims} "
        "apgalvojumiem (atbildēm, kas dod punktus); {need} no tiem "
        "pierādījumi ir obligāti.",
        "en": "{with_evidence} of {claims} claims (answers that earn points) "
        "carry evidence; {need} of them require it.",
    },
    "evidence_missing_list": {
        "lv": "Pierādījumi obligāti, bet nav pievienoti ({n}):",
        "en": "Evidence required but missing ({n}):",
    },
    "evidence_complete": {
        "lv": "Visiem apgalvojumiem, kam pierādījumi obligāti, tie ir pievienoti.",
        "en": "Every claim that requires evidence has it.",
    },
    "evidence_recommended_list": {
        "lv": "Pierādījumi ieteicami, bet nav pievienoti ({n}):",
        "en": "Evidence recommended but not given ({n}):",
    },
    "evidence_need.required": {"lv": "obligāti", "en": "required"},
    "evidence_need.recommended": {"lv": "ieteicami", "en": "recommended"},
    "evidence_need.none": {"lv": "nav vajadzīgi", "en": "not needed"},
    "evidence_lacking": {"lv": "trūkst pierādījuma", "en": "evidence missing"},
    "document": {"lv": "dokuments", "en": "document"},
    "recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "solutions_title": {
        "lv": "Ko šādos gadījumos darījuši citi ciemi",
        "en": "What other villages have done",
    },
    "challenge": {"lv": "Izaicinājums", "en": "Challenge"},
    "solution": {"lv": "Risinājums", "en": "Solution"},
    "source": {"lv": "Avots", "en": "Source"},
    "answers_by_dimension": {"lv": "Atbildes pa jomām", "en": "Answers by dimension"},
    "note": {"lv": "Piezīme", "en": "Note"},
    "notes": {"lv": "Piezīmes", "en": "Notes"},
    "disclaimer": {"lv": "Atruna", "en": "Disclaimer"},
    "weighting_equal": {
        "lv": "Katrs kritērijs veido {share} no kopvērtējuma.",
        "en": "Each criterion counts {share} of the overall score.",
    },
    "weighting_shares": {
        "lv": "Kritēriju daļa kopvērtējumā: {shares}.",
        "en": "Each criterion's share of the overall score: {shares}.",
    },
    "stance": {
        "lv": "Šis novērtējums ir spogulis kopienai un tās mentoram, veidots pēc "
        "publiskiem kritērijiem; tas nav spriedums un negarantē atpazīstamības "
        "zīmi — lēmumu pieņem žūrija.",
        "en": "This assessment is a mirror for the community and its mentor, built "
        "from public criteria; it is not a verdict and guarantees no sign — the "
        "jury decides.",
    },
    "reconstruction_note": {
        "lv": "Vērtēts pēc rekonstruētiem kritērijiem, nevis žūrijas lēmums.",
        "en": "Assessed against reconstructed criteria; not the jury's decision.",
    },
    "generated": {
        "lv": "Sagatavots {date} ar smartvillage {version}.",
        "en": "Made on {date} with smartvillage {version}.",
    },
    "digest": {"lv": "Kritēriju kopas nospiedums", "en": "Criteria digest"},
    "warning.unanswered": {
        "lv": "{n} no {total} jautājumiem nav atbildēti un dod 0 punktu.",
        "en": "{n} of {total} questions are unanswered and count as 0 points.",
    },
    "warning.unanswered_one": {
        "lv": "{n} no {total} jautājumiem nav atbildēts un dod 0 punktu.",
        "en": "{n} of {total} questions is unanswered and counts as 0 points.",
    },
    "assessment_kind.self": {"lv": "pašnovērtējums", "en": "self-assessment"},
    "assessment_kind.mentor": {"lv": "mentora vērtējums", "en": "mentor's assessment"},
    "assessment_kind.jury": {"lv": "žūrijas vērtējums", "en": "jury's assessment"},
    "assessment_line": {
        "lv": "Vērtējums: {kind}; vērtētājs: {who}, {date}",
        "en": "Assessment: {kind}; assessor: {who}, {date}",
    },
    "answered_one": {"lv": "atbildēts", "en": "answered"},
    "unanswered_one": {"lv": "neatbildēts", "en": "unanswered"},
    "not_applicable_one": {"lv": "nav attiecināms", "en": "not applicable"},
    "status.met_many": {"lv": "izpildīti", "en": "met"},
    "warning.other_criteria": {
        "lv": "Anketa atbild kritērijiem {answers}, bet novērtēta pēc {scored}.",
        "en": "The questionnaire answers {answers} but was scored against {scored}.",
    },
    "warning.unknown_answers": {
        "lv": "Atbildes uz jautājumiem, kuru šajos kritērijos nav: {ids}.",
        "en": "Answers to questions these criteria do not have: {ids}.",
    },
    "summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "points_col": {"lv": "Punkti", "en": "Points"},
    "id": {"lv": "Id", "en": "Id"},
    "title": {"lv": "Nosaukums", "en": "Title"},
    "max_points": {"lv": "maks. punkti", "en": "max points"},
    "status": {"lv": "Statuss", "en": "Status"},
    "weight": {"lv": "Svars", "en": "Weight"},
    "yes": {"lv": "jā", "en": "yes"},
    "no": {"lv": "nē", "en": "no"},
    "sheet.summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "sheet.dimensions": {"lv": "Jomas", "en": "Dimensions"},
    "sheet.criteria": {"lv": "Kritēriji", "en": "Criteria"},
    "sheet.answers": {"lv": "Atbildes", "en": "Answers"},
    "sheet.path": {"lv": "Ceļš uz nākamo līmeni", "en": "Path to next tier"},
    "sheet.recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "value": {"lv": "Vērtība", "en": "Value"},
    "item": {"lv": "Rādītājs", "en": "Item"},
    # --- compare --------------------------------------------------------------------
    "compare.title.progress": {"lv": "Ciema izaugsme", "en": "Progress"},
    "compare.title.assessors": {"lv": "Vērtētāju salīdzinājums", "en": "Assessors compared"},
    "compare.mode.progress": {
        "lv": "Viens ciems divos laikos (izaugsme).",
        "en": "The same village at two dates (progress).",
    },
    "compare.mode.assessors": {
        "lv": "Viens ciems, divi vērtētāji: kur viņu vērtējumi atšķiras.",
        "en": "The same village, two assessors: where they disagree.",
    },
    "compare.old": {"lv": "Iepriekš", "en": "Before"},
    "compare.new": {"lv": "Tagad", "en": "Now"},
    "compare.first": {"lv": "Pirmais", "en": "First"},
    "compare.second": {"lv": "Otrais", "en": "Second"},
    "compare.difference": {"lv": "Starpība", "en": "Difference"},
    "compare.tier_up": {
        "lv": "Līmenis paaugstinājies: {old} → {new}.",
        "en": "Tier up: {old} → {new}.",
    },
    "compare.tier_down": {
        "lv": "Līmenis pazeminājies: {old} → {new}.",
        "en": "Tier down: {old} → {new}.",
    },
    "compare.tier_same": {"lv": "Līmenis nav mainījies: {tier}.", "en": "Tier unchanged: {tier}."},
    "compare.tier_differ": {
        "lv": "Līmeņi atšķiras: {old} un {new}.",
        "en": "The tiers differ: {old} and {new}.",
    },
    "compare.tier_agree": {
        "lv": "Abi vērtētāji nonāk pie viena līmeņa: {tier}.",
        "en": "Both assessors reach the same tier: {tier}.",
    },
    "compare.newly_met": {"lv": "Kritēriji, kas tagad izpildīti", "en": "Criteria newly met"},
    "compare.lost": {"lv": "Kritēriji, kas vairs nav izpildīti", "en": "Criteria no longer met"},
    "compare.status_differ": {
        "lv": "Kritēriji, par kuru izpildi vērtētāji nav vienisprātis",
        "en": "Criteria the assessors judge differently",
    },
    "compare.none": {"lv": "nav", "en": "none"},
    "compare.questions.progress": {"lv": "Mainītās atbildes", "en": "Answers that changed"},
    "compare.questions.assessors": {
        "lv": "Kur vērtētāji nav vienisprātis (lielākās atšķirības vispirms)",
        "en": "Where the assessors disagree (largest first)",
    },
    "compare.agreement": {
        "lv": "Vienādi punkti {same} no {total} jautājumiem.",
        "en": "{same} of {total} questions scored the same.",
    },
    "compare.no_changes": {
        "lv": "Neviena atbilde nav mainījusies.",
        "en": "No answer has changed.",
    },
    "compare.criteria_differ": {
        "lv": "UZMANĪBU: novērtējumi veikti pēc dažādiem "
        "kritērijiem ({old} un {new}), tāpēc tie nav tieši "
        "salīdzināmi. Lai salīdzinātu pēc vienas kopas, "
        "norādiet --criteria ID@VERSIJA.",
        "en": "WARNING: the assessments were scored against different "
        "criteria ({old} and {new}), so they are not directly "
        "comparable. To compare them on one set, give --criteria "
        "ID@VERSION.",
    },
    "compare.villages_differ": {
        "lv": "Salīdzināti dažādi ciemi: {old} un {new}.",
        "en": "Two different villages are compared: {old} and {new}.",
    },
    "compare.missing": {"lv": "nav šajā kopā", "en": "not in this set"},
}

_LV_MONTHS = (
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
)
_LV_MONTHS_IN = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NBSP = "\u00a0"


def t(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``."""
    return LABELS[key][lang]


def tf(key: str, lang: Lang, **values: Any) -> str:
    """The label ``key`` in ``lang`` with ``values`` filled in."""
    return LABELS[key][lang].format(**values)


def percent(value: float | None, lang: Lang) -> str:
    """A percent as the language writes it: ``72,5 %`` in Latvian, ``72.5%`` in English."""
    if value is None:
        return "—"
    text = f"{value:.1f}"
    return text.replace(".", ",") + " %" if lang == "lv" else text + "%"


def number(value: float, lang: Lang) -> str:
    """A number without a needless fraction (at most 2 decimals), in the language's style.

    Latvian: decimal comma and a non-breaking space between thousands (``1 850,5``);
    English: decimal point and a comma between thousands (``1,850.5``).
    """
    value = round(float(value) + 0.0, 2)
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}".rstrip("0")
    if lang == "lv":
        text = text.replace(",", _NBSP).replace(".", ",")
    return text


def signed(value: float, lang: Lang) -> str:
    """A difference with its sign: ``+2``, ``−1,5`` (a real minus sign)."""
    if abs(value) < 1e-9:
        return "0"
    sign = "+" if value > 0 else "−"
    return sign + number(abs(value), lang)


def signed_percent(value: float | None, lang: Lang) -> str:
    """A change in percentage points: ``+12,5 p.p.`` in Latvian, ``+12.5 pp`` in English."""
    if value is None:
        return "—"
    text = f"{abs(value):.1f}"
    sign = "" if round(abs(value), 1) == 0 else ("+" if value > 0 else "−")
    return sign + (text.replace(".", ",") + " p.p." if lang == "lv" else text + " pp")


def points_gain(value: float, lang: Lang) -> str:
    """A gain in percentage points: ``+12,5 p.p.`` in Latvian, ``+12.5 pp`` in English."""
    text = f"+{value:.1f}"
    return text.replace(".", ",") + " p.p." if lang == "lv" else text + " pp"


def date(value: dt.date, lang: Lang, *, long: bool = False, within: bool = False) -> str:
    """A date: ``14.05.2024.`` / ``2024. gada 14. maijs`` or ``2024-05-14`` / ``14 May 2024``.

    ``within`` gives the Latvian long form used inside a sentence ("on ..."):
    ``2024. gada 14. maijā``.
    """
    if lang == "lv":
        if long:
            months = _LV_MONTHS_IN if within else _LV_MONTHS
            return f"{value.year}. gada {value.day}. {months[value.month - 1]}"
        return f"{value.day:02d}.{value.month:02d}.{value.year}."
    if long:
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return value.isoformat()


def timestamp(value: str, lang: Lang) -> str:
    """An ISO 8601 timestamp (as in ``generated_at``) as a long date with the time (UTC),
    for use inside a sentence: ``2024. gada 1. jūnijā, 12:30 UTC``."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return f"{date(moment.date(), lang, long=True, within=True)}, {moment:%H:%M} UTC"


def assessor(kind: str, lang: Lang) -> str:
    """Who assessed: self-assessment, mentor or jury."""
    return LABELS.get(f"assessor.{kind}", {}).get(lang, kind)


def criteria_status(status: str, lang: Lang) -> str:
    """A criteria set's status (official, reconstruction...) in words."""
    return LABELS.get(f"criteria_status.{status}", {}).get(lang, status)


def weighting_text(shares: list[tuple[str, str | None]], lang: Lang) -> str:
    """How the criteria weigh in the overall score, in one line ("" when unknown).

    ``shares`` are (the criterion as the reader knows it — its title in a report, its id
    for a set's author — and its exact share as a fraction's text).
    """
    known = [(cid, share) for cid, share in shares if share]
    if not known:
        return ""
    if len({share for _, share in known}) == 1:
        return tf("weighting_equal", lang, share=known[0][1])
    return tf(
        "weighting_shares", lang, shares="; ".join(f"{name}: {share}" for name, share in known)
    )


def requirement_text(req: TierRequirement, lang: Lang, overall: float | None = None) -> str:
    """A tier requirement in words, in ``lang``; ``overall`` as ``render.figures`` shows it."""
    value = overall if overall is not None and req.requirement == "min_percent" else req.value
    return t(f"req.{req.requirement}", lang).format(
        value=percent(value, lang),
        needed=percent(req.needed, lang),
        failing=", ".join(req.failing) or "—",
    )


def answer_text(question: QuestionResult, lang: Lang) -> str:
    """A question's answer as a person reads it, or that it is unanswered / not applicable."""
    if question.status == "unanswered":
        return t("no_answer", lang)
    if question.status == "not_applicable":
        return t("na_answer", lang)
    return question.answer_text.get(lang) if question.answer_text else ""


def points_text(question: QuestionResult, lang: Lang) -> str:
    """``2 / 3`` points, or a dash for a question that is not applicable."""
    if question.status == "not_applicable":
        return "—"
    return f"{number(question.points, lang)} / {number(question.max_points, lang)}"


def serves_text(serves: PathServes, lang: Lang, names: dict[str, str] | None = None) -> str:
    """A requirement a path step serves, in words; ``names`` gives the title a person reads
    for a criterion or dimension id."""
    target = serves.target or ""
    return tf(f"serves.{serves.requirement}", lang, target=(names or {}).get(target, target))


def target_names(report: Report, lang: Lang) -> dict[str, str]:
    """The titles of the report's criteria and dimensions, by id."""
    names = {d.id: d.title.get(lang) for d in report.dimensions}
    names.update({c.id: c.title.get(lang) for c in report.criteria_results})
    return names


def path_after(path: NextTierPath, lang: Lang) -> str:
    """The overall percent the path leads to, in a sentence ("" when it has none)."""
    if not path.reachable or path.percent_after is None:
        return ""
    steps = path.total_steps or len(path.steps)
    key = "path_after_one" if steps == 1 else "path_after"
    from smartvillage.render.figures import figure

    shown = figure(path.percent_after_exact, path.percent_after)
    return tf(key, lang, n=steps, percent=percent(shown, lang))


def steps_text(n: int, lang: Lang) -> str:
    """``2 soļi`` / ``2 steps`` (Latvian: 1, 21, 31… solis; otherwise soļi)."""
    one = n % 10 == 1 and n % 100 != 11 if lang == "lv" else n == 1
    return tf("steps_one" if one else "steps_many", lang, n=n)


def path_unreachable(path: NextTierPath, lang: Lang) -> str:
    """Why the path to the next tier does not exist, in words."""
    return tf(
        f"path.{path.reason or 'beyond_reach'}",
        lang,
        tier=path.label.get(lang),
        ids=", ".join(path.blocked),
    )


def report_warnings(report: Report, lang: Lang) -> list[str]:
    """The report's warnings in ``lang``, built from its data (not its English strings)."""
    out = []
    ref = f"{report.criteria.id}@{report.criteria.version}"
    if report.questionnaire_criteria != ref:
        out.append(
            tf("warning.other_criteria", lang, answers=report.questionnaire_criteria, scored=ref)
        )
    counts = report.summary.counts
    if counts.unanswered:
        key = "warning.unanswered_one" if is_one(counts.unanswered, lang) else "warning.unanswered"
        out.append(tf(key, lang, n=counts.unanswered, total=counts.questions))
    if report.unknown_answers:
        out.append(tf("warning.unknown_answers", lang, ids=", ".join(report.unknown_answers)))
    return out


def points_word(value: float, lang: Lang) -> str:
    """``+1 punkts``, ``+2 punkti``, ``+1,5 punkta``; ``+1 point``, ``+2 points``."""
    shown = "+" + number(value, lang)
    if lang == "en":
        return f"{shown} {'point' if value == 1 else 'points'}"
    if not float(value).is_integer():
        return f"{shown} punkta"
    return f"{shown} {plural_lv(int(value), 'punkts', 'punkti')}"


def is_one(count: int, lang: Lang) -> bool:
    """Whether ``count`` takes the singular: Latvian after 1, 21, 31... (not 11); English
    after 1."""
    return count % 10 == 1 and count % 100 != 11 if lang == "lv" else count == 1


def counted(key: str, count: int, lang: Lang) -> str:
    """The label ``key`` agreeing with ``count`` (``key_one`` for the singular)."""
    return t(f"{key}_one" if is_one(count, lang) else key, lang)


def plural_lv(count: int, one: str, many: str) -> str:
    """The Latvian noun form for ``count``: singular after 1, 21, 31... (not 11)."""
    return one if count % 10 == 1 and count % 100 != 11 else many


_RULE_WORDS_LV = (
    (re.compile(r"^unanswered → 0$"), "nav atbildēts → 0"),
    (re.compile(r"^not applicable → left out$"), "nav attiecināms → neskaita"),
    (re.compile(r"^yes → "), "jā → "),
    (re.compile(r"^no → "), "nē → "),
    (re.compile(r"^level (\S+) → "), r"līmenis \1 → "),
    (re.compile(r" in no band → "), " nav nevienā joslā → "),
    (re.compile(r"^(\S+) in (.*x.*) → "), r"\1: \2 → "),
    (re.compile(r"^none = "), "nekas = "),
    (re.compile(r", capped at "), ", ierobežots līdz "),
)
_INITIATIVES = re.compile(r"^(\d+) initiative\(s\): ")
_DECIMAL = re.compile(r"(?<![\w.])(\d+)\.(\d+)(?![\w.])")


def rule_text(rule: str, lang: Lang) -> str:
    """A scoring rule (as the engine writes it, in English) in ``lang``.

    ``level 2 → 2`` becomes ``līmenis 2 → 2``, ``yes → 1`` ``jā → 1``, ``12.5`` ``12,5``...;
    a rule in a form this does not know is shown as it is.
    """
    if lang == "en":
        return rule
    text = rule
    for pattern, replacement in _RULE_WORDS_LV:
        text = pattern.sub(replacement, text)
    match = _INITIATIVES.match(text)
    if match:
        count = int(match.group(1))
        text = f"{count} {plural_lv(count, 'iniciatīva', 'iniciatīvas')}: " + text[match.end() :]
    return _DECIMAL.sub(r"\1,\2", text)
