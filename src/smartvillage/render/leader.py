"""The LEADER profile of a village as a report shows it: label and value, in one language.

Shared by every report format (the facts at the head of the HTML, Markdown, terminal and
workbook reports). Only the fields the village gave are listed, so the report of a
questionnaire without them is exactly what it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartvillage import messages

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.questionnaire import Village


def recognition_text(year: int, tier: str, lang: Lang) -> str:
    """An earlier recognition as the calls name it: ``VIEDAIS CIEMS 2023``,
    ``Ceļā uz VIEDAIS CIEMS 2024``; the 2021 middle tier by its own name
    (``Ceļā uz viedo ciemu (2021)``)."""
    if tier == "on_the_way" and year == 2021:
        name = messages.text("portfolio.recognition.on_the_way_2021", lang)
        return messages.text("portfolio.recognition_value_2021", lang, tier=name, year=year)
    name = messages.text(f"portfolio.recognition.{tier}", lang)
    return messages.text("portfolio.recognition_value", lang, tier=name, year=year)


def leader_facts(village: Village, lang: Lang) -> list[tuple[str, str]]:
    """The LEADER profile fields the village gave, as (label, value) in ``lang``."""

    def say(key: str, **params: object) -> str:
        return messages.text(f"portfolio.{key}", lang, **params)

    facts = []
    if village.leader_group:
        facts.append((say("leader_group"), village.leader_group))
    if village.community_type:
        facts.append((say("community_type"), say(f"community.{village.community_type}")))
    legal = village.legal_body
    if legal is not None:
        number = legal.registration_number
        if legal.name and number:
            value = say("legal_body_value", name=legal.name, number=number)
        else:
            value = legal.name or say("registration_value", number=number)
        facts.append((say("legal_body"), value))
    if village.recognition is not None:
        facts.append(
            (
                say("recognition"),
                recognition_text(village.recognition.year, village.recognition.tier, lang),
            )
        )
    if village.mentor:
        facts.append((say("mentor_fact"), village.mentor))
    return facts
