"""``migrate``: carry a questionnaire's answers over to another criteria version.

An answer is carried when its question id still exists and the answer still fits the
question (a choice whose option was removed does not). Everything else is listed:
answers that no longer apply, and questions that need a new answer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from smartvillage.messages import Msg, msg
from smartvillage.models.common import Lang
from smartvillage.models.criteria import CriteriaSet
from smartvillage.models.questionnaire import Answer, Questionnaire
from smartvillage.scoring.answers import AnswerError, interpret


class Dropped(BaseModel):
    """An answer that could not be carried over, and why: a stable ``code`` and the reason
    in words, in the language asked for."""

    question: str
    code: str
    reason: str


class Migration(BaseModel):
    """What ``migrate`` did."""

    source: str
    target: str
    carried: list[str]
    dropped: list[Dropped]
    needs_answer: list[str]


def migrate(
    questionnaire: Questionnaire, target: CriteriaSet, lang: Lang = "en"
) -> tuple[Questionnaire, Migration]:
    """A new questionnaire for ``target`` with every answer that still applies; what was
    dropped is said in ``lang``."""

    def drop(qid: str, reason: Msg) -> None:
        dropped.append(Dropped(question=qid, code=reason.code, reason=reason.localized(lang)))

    questions = target.questions()
    answers: dict[str, Answer | None] = {}
    carried, dropped = [], []
    for qid, answer in questionnaire.answers.items():
        if answer is None or not answer.answered:
            continue
        if qid not in questions:
            drop(qid, msg("migrate.no_question", ref=target.ref))
            continue
        question = questions[qid][1]
        reason = _misfit(question, answer)
        if reason:
            drop(qid, reason)
            continue
        answers[qid] = answer
        carried.append(qid)
    needs = [qid for qid in questions if qid not in answers]
    for qid in needs:
        answers[qid] = None
    ordered = {qid: answers[qid] for qid in questions}
    new = questionnaire.model_copy(update={"criteria": target.ref, "answers": ordered})
    return new, Migration(
        source=questionnaire.criteria,
        target=target.ref,
        carried=carried,
        dropped=dropped,
        needs_answer=needs,
    )


def _misfit(question: Any, answer: Answer) -> Msg | None:
    if answer.na:
        return None if question.allow_na else msg("migrate.na_not_allowed")
    try:
        interpret(question, answer.value)
    except AnswerError as exc:
        return msg("migrate.no_longer_fits", problem=exc.message)
    return None
