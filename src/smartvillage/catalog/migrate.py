"""``migrate``: carry a questionnaire's answers over to another criteria version.

An answer is carried when its question id still exists and the answer still fits the
question (a choice whose option was removed does not). Everything else is listed:
answers that no longer apply (each with a stable ``code`` and its reason in the chosen
language), and questions that need a new answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from smartvillage import messages
from smartvillage.models.criteria import CriteriaSet
from smartvillage.models.questionnaire import Answer, Questionnaire
from smartvillage.scoring.answers import AnswerError, interpret

if TYPE_CHECKING:
    from smartvillage.models.common import Lang


class Dropped(BaseModel):
    """An answer that could not be carried over, and why: ``reason`` for a person (in the
    language asked for), ``code`` for a script (``no_question``, ``na_not_allowed``,
    ``misfit``)."""

    question: str
    reason: str
    code: str


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
    """A new questionnaire for ``target`` with every answer that still applies; the
    reasons for what was dropped in ``lang``."""
    questions = target.questions()
    answers: dict[str, Answer | None] = {}
    carried, dropped = [], []
    for qid, answer in questionnaire.answers.items():
        if answer is None or not answer.answered:
            continue
        if qid not in questions:
            reason = messages.fill("cli.migrate.no_question", lang, {"ref": target.ref})
            dropped.append(Dropped(question=qid, reason=reason, code="no_question"))
            continue
        question = questions[qid][1]
        misfit = _misfit(question, answer, lang)
        if misfit:
            code, reason = misfit
            dropped.append(Dropped(question=qid, reason=reason, code=code))
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


def _misfit(question, answer: Answer, lang: Lang) -> tuple[str, str] | None:
    """Why ``answer`` no longer fits ``question``: (code, reason in ``lang``), or None."""
    if answer.na:
        if question.allow_na:
            return None
        return "na_not_allowed", messages.text("cli.migrate.na_not_allowed", lang)
    try:
        interpret(question, answer.value)
    except AnswerError as exc:
        from smartvillage.scoring.answer_texts import answer_error_text

        error = answer_error_text(exc, lang)
        return "misfit", messages.text("cli.migrate.misfit", lang, error=error)
    return None
