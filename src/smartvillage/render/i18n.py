"""Labels and formats of the human-readable outputs in Latvian and English.

Every text a person reads in a report comes from here or from the criteria file:
labels (:func:`t`: the ``report`` section of :mod:`smartvillage.messages`), numbers with
the language's decimal mark and digit grouping, percents, dates (``14.05.2024.`` and
``2024. gada 14. maijs`` in Latvian, ``2024-05-14`` and ``14 May 2024`` in English), and
the scoring rules in words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from smartvillage import messages
from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.models.report import (
        NextTierPath,
        PathServes,
        QuestionResult,
        Report,
        TierRequirement,
    )


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
    return messages.text(f"report.{key}", lang)


def tf(key: str, lang: Lang, **values: Any) -> str:
    """The label ``key`` in ``lang`` with ``values`` filled in."""
    return messages.text(f"report.{key}", lang, **values)


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
    key = f"report.assessor.{kind}"
    return messages.text(key, lang) if messages.has(key) else kind


def criteria_status(status: str, lang: Lang) -> str:
    """A criteria set's status (official, reconstruction...) in words."""
    key = f"report.criteria_status.{status}"
    return messages.text(key, lang) if messages.has(key) else status


def weighting_text(shares: Sequence[tuple[str, str | None]], lang: Lang) -> str:
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


def requirement_text(
    req: TierRequirement,
    lang: Lang,
    overall: float | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """A tier requirement in words, in ``lang``; ``overall`` as ``render.figures`` shows it.

    What falls short is named as a person reads it (``names``: titles and question texts
    by id, see :func:`target_names`), never by id.
    """
    value = overall if overall is not None and req.requirement == "min_percent" else req.value
    known = names or {}
    joiner = "; " if req.requirement == "evidence_complete" else ", "
    return tf(
        f"req.{req.requirement}",
        lang,
        value=percent(value, lang),
        needed=percent(req.needed, lang),
        failing=joiner.join(f"“{known.get(i, i)}”" for i in req.failing) or "—",
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
    """The titles of the report's dimensions and criteria and the texts of its questions,
    by id: what a person reads where a script would read the id."""
    names = {q.id: q.text.get(lang) for c in report.criteria_results for q in c.questions}
    names.update({d.id: d.title.get(lang) for d in report.dimensions})
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


def path_unreachable(path: NextTierPath, lang: Lang, names: dict[str, str] | None = None) -> str:
    """Why the path to the next tier does not exist, in words (criteria by their titles,
    from ``names``)."""
    known = names or {}
    return tf(
        f"path.{path.reason or 'beyond_reach'}",
        lang,
        tier=path.label.get(lang),
        ids=", ".join(f"“{known.get(i, i)}”" for i in path.blocked),
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


def answer_counts(counts: Any, lang: Lang) -> str:
    """``28/29 atbildēti, 1 neatbildēts, 0 nav attiecināmi``: each word agreeing with its
    number, as every report writes the answer counts."""
    return (
        f"{counts.answered}/{counts.questions} {counted('answered', counts.answered, lang)}, "
        f"{counts.unanswered} {counted('unanswered', counts.unanswered, lang)}, "
        f"{counts.not_applicable} {counted('not_applicable', counts.not_applicable, lang)}"
    )


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


def rule_words(question: QuestionResult, lang: Lang) -> str:
    """The rule applied to ``question`` as a person reads it, with option labels:
    ``mobilitāte (1) + publiskā ārtelpa (1) = 2``. A report made before the rule was kept
    in words (read back from JSON) falls back to :func:`rule_text`."""
    if question.rule_text is not None:
        return question.rule_text.get(lang)
    return rule_text(question.rule, lang)


def id_mark(value: str, lang: Lang) -> str:
    """An id shown for a script author (``--details``), marked as one: ``ID: q1``."""
    return messages.text("labels.id", lang, id=value)


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
