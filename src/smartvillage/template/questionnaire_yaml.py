"""A blank YAML questionnaire that lists every question with its allowed answers.

The file it writes is a normal questionnaire: once the village name, the assessment
date and some answers are filled in, ``validate`` and ``score`` read it as it is.
"""

from __future__ import annotations

import json

from smartvillage import messages
from smartvillage.models.common import Lang
from smartvillage.models.criteria import (
    CriteriaSet,
    InitiativesQuestion,
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


def _labels(section: str, values: tuple[str, ...], lang: Lang) -> str:
    """The labels of a closed profile list in ``lang``, as the questionnaire accepts them."""
    return " | ".join(messages.text(f"portfolio.{section}.{v}", lang) for v in values)


def blank_questionnaire(criteria: CriteriaSet, lang: Lang = "lv") -> str:
    """The YAML text of a blank questionnaire for ``criteria``, commented in ``lang``."""
    title, how, evidence = (
        messages.text(f"template.yaml.{k}", lang) for k in ("title", "how", "evidence")
    )
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
        f"  leader_group:        # {messages.text('portfolio.leader_group', lang)}",
        f"  community_type:      # {_labels('community', COMMUNITY_TYPES, lang)}",
        "  legal_body:",
        "    name:",
        f"    registration_number:   # {messages.text('portfolio.yaml.registration', lang)}",
        "  recognition:",
        f"    year:              # {messages.text('portfolio.yaml.year', lang, year=FIRST_ROUND)}",
        f"    tier:              # {_labels('recognition', RECOGNITION_TIERS, lang)}",
        "  mentor:",
        "assessment:",
        f"  assessor: self   # {messages.text('template.yaml.assessor', lang)}",
        "  name:",
        f"  date:          # {messages.text('template.yaml.date', lang)}",
        "answers:",
    ]
    dimensions = {d.id: d for d in criteria.dimensions}
    current = None
    for criterion in criteria.criteria:
        if criterion.dimension != current:
            current = criterion.dimension
            lines += ["", f"  # ===== {plain(dimensions[current].title.get(lang))} ====="]
        gate = f" [{messages.text('template.gate', lang)}]" if criterion.gate else ""
        lines += ["", f"  # --- {plain(criterion.title.get(lang))}{gate} ---"]
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
    elif isinstance(question, NumberQuestion) and question.unit:
        out.append(f"     ({plain(question.unit.get(lang))})")
    elif isinstance(question, InitiativesQuestion):
        example = {
            "name": "...",
            "properties": [plain(p.label.get(lang)) for p in question.properties[:1]],
        }
        out.append(
            f"     {messages.text('template.example', lang)}: - "
            f"{json.dumps(example, ensure_ascii=False)}"
        )
    return out
