"""``migrate``: carry a questionnaire's answers over to another criteria version.

An answer is carried when its question id still exists and the answer still fits the
question (a choice whose option was removed does not). Everything else is listed:
answers that no longer apply, and questions that need a new answer.
"""

from __future__ import annotations

from pydantic import BaseModel

from smartvillage.models.criteria import CriteriaSet, Question
from smartvillage.models.questionnaire import Answer, Questionnaire
from smartvillage.scoring.answers import AnswerError, interpret


class Dropped(BaseModel):
    """An answer that could not be carried over, and why."""

    question: str
    reason: str


class Migration(BaseModel):
    """What ``migrate`` did."""

    source: str
    target: str
    carried: list[str]
    dropped: list[Dropped]
    needs_answer: list[str]


def migrate(questionnaire: Questionnaire, target: CriteriaSet) -> tuple[Questionnaire, Migration]:
    """A new questionnaire for ``target`` with every answer that still applies."""
    questions = target.questions()
    answers: dict[str, Answer | None] = {}
    carried, dropped = [], []
    for qid, answer in questionnaire.answers.items():
        if answer is None or not answer.answered:
            continue
        if qid not in questions:
            dropped.append(Dropped(question=qid, reason=f"no such question in {target.ref}"))
            continue
        question = questions[qid][1]
        reason = _misfit(question, answer)
        if reason:
            dropped.append(Dropped(question=qid, reason=reason))
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


def _misfit(question: Question, answer: Answer) -> str | None:
    if answer.na:
        return None if question.allow_na else "'not applicable' is no longer allowed"
    try:
        interpret(question, answer.value)
    except AnswerError as exc:
        return f"the answer no longer fits: {exc}"
    return None
