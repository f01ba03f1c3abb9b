"""A blank YAML questionnaire that lists every question with its allowed answers.

The file it writes is a normal questionnaire: once the village name, the assessment
date and some answers are filled in, ``validate`` and ``score`` read it as it is.
"""

from __future__ import annotations

import json

from smartvillage import messages
from smartvillage.models.common import Lang
from smartvillage.models.criteria import (
    ChoiceQuestion,
    CriteriaSet,
    InitiativesQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Question,
    RubricQuestion,
)
from smartvillage.models.questionnaire import (
    COMMUNITY_TYPES,
    FIRST_ROUND,
    QUESTIONNAIRE_SCHEMA_VERSION,
    RECOGNITION_TIERS,
    REGIONS,
)
from smartvillage.render.safe import plain
from smartvillage.scoring.answers import describe_allowed

_HEAD = {
    "lv": [
        "Viedā ciema pašnovērtējuma anketa",
        "Aizpildiet atbildes aiz kola. Ja atbildi vēl "
        "nezināt, atstājiet to tukšu; 'n/a' nozīmē 'nav attiecināms' (kur atļauts).",
        "Pierādījumus pievienojiet šādi:  jautājums: {value: ..., evidence: "
        "[{link: https://..., shows: ko tas parāda}]}",
    ],
    "en": [
        "Smart Village self-assessment questionnaire",
        "Write each answer after the colon. "
        "Leave an answer empty if you do not know it yet; 'n/a' means not applicable "
        "(where allowed).",
        "Add evidence like this:  question: {value: ..., evidence: "
        "[{link: https://..., shows: what it shows}]}",
    ],
}


def blank_questionnaire(criteria: CriteriaSet, lang: Lang = "lv") -> str:
    """The YAML text of a blank questionnaire for ``criteria``, commented in ``lang``."""
    title, how, evidence = _HEAD[lang]
    lines = [
        f"# {title}: {plain(criteria.title.get(lang))} ({criteria.ref})",
        f"# {how}",
        f"# {evidence}",
        "",
        f"schema_version: {QUESTIONNAIRE_SCHEMA_VERSION}",
        f"criteria: {criteria.ref}",
        "village:",
        '  name: ""',
        "  parish:",
        "  municipality:",
        f"  region:        # {' | '.join(REGIONS)}",
        "  population:",
        "  contact:",
        "    name:",
        "    email:",
        "    phone:",
        "  leader_group:        # LEADER (VRG)",
        f"  community_type:      # {' | '.join(COMMUNITY_TYPES)}",
        "  legal_body:",
        "    name:",
        "    registration_number:   # 11 digits / 11 cipari",
        "  recognition:",
        f"    year:              # {FIRST_ROUND}+",
        f"    tier:              # {' | '.join(RECOGNITION_TIERS)}",
        "  mentor:",
        "assessment:",
        "  assessor: self   # self | mentor | jury",
        "  name:",
        "  date:          # YYYY-MM-DD",
        "answers:",
    ]
    dimensions = {d.id: d for d in criteria.dimensions}
    current = None
    for criterion in criteria.criteria:
        if criterion.dimension != current:
            current = criterion.dimension
            lines += ["", f"  # ===== {plain(dimensions[current].title.get(lang))} ====="]
        gate = " [gate]" if criterion.gate else ""
        lines += ["", f"  # --- {criterion.id}: {plain(criterion.title.get(lang))}{gate} ---"]
        for question in criterion.questions:
            lines += [f"  # {line}" for line in _comment(question, lang)]
            lines.append(f"  {question.id}:")
    lines += ["", "notes:", ""]
    return "\n".join(lines)


def _comment(question: Question, lang: Lang) -> list[str]:
    out = [plain(question.text.get(lang))]
    if question.help:
        out.append(f"  ({plain(question.help.get(lang))})")
    allowed = describe_allowed(question, lang)
    if question.allow_na:
        allowed += " | " + messages.text("template.na", lang)
    need = question.evidence != "none"
    out.append(
        f"  -> {allowed}"
        + (f"   [{messages.text(f'template.evidence.{question.evidence}', lang)}]" if need else "")
    )
    if isinstance(question, RubricQuestion):
        out += [
            f"     {lvl.value} = {plain(lvl.label.get(lang))}: {plain(lvl.description.get(lang))}"
            for lvl in question.levels
        ]
    elif isinstance(question, ChoiceQuestion | MultiChoiceQuestion):
        out += [f"     {o.value} = {plain(o.label.get(lang))}" for o in question.options]
    elif isinstance(question, NumberQuestion) and question.unit:
        out.append(f"     ({plain(question.unit.get(lang))})")
    elif isinstance(question, InitiativesQuestion):
        out += [f"     {p.id} = {plain(p.label.get(lang))}" for p in question.properties]
        example = {"name": "...", "properties": [p.id for p in question.properties[:2]]}
        out.append(f"     e.g. - {json.dumps(example, ensure_ascii=False)}")
    return out
