"""Write a questionnaire back to YAML that ``load_questionnaire`` reads as it was."""

from __future__ import annotations

from typing import Any

import yaml

from smartvillage.models.questionnaire import Questionnaire


def questionnaire_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire as plain data; an answer with only a value is written bare."""
    data = questionnaire.model_dump(mode="json", exclude_none=True)
    answers: dict[str, Any] = {}
    for qid, answer in questionnaire.answers.items():
        if answer is None or (not answer.answered and not answer.evidence and not answer.note):
            answers[qid] = None
        elif answer.na and not answer.evidence and not answer.note:
            answers[qid] = "n/a"
        elif not answer.evidence and not answer.note:
            answers[qid] = answer.value
        else:
            item = answer.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            answers[qid] = item
    data["answers"] = answers
    return data


def dump_questionnaire(questionnaire: Questionnaire) -> str:
    """The questionnaire as YAML text (UTF-8 letters kept, field order kept)."""
    return yaml.safe_dump(
        questionnaire_data(questionnaire),
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
