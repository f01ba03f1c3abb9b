"""The questionnaire being filled in: its answers, the order of questions, saving.

:class:`Draft` holds a village's profile and answers as they are typed, knows which
questions are still open (the resume point is the first of them, dimension by
dimension), and saves itself atomically as a normal questionnaire after every change.
:class:`Unfinished` is a file that is valid but for its profile (a template being
continued): its answers are kept, and its profile is asked before anything is saved.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage.assess.texts import say
from smartvillage.errors import InputError, Problem
from smartvillage.models.common import Lang
from smartvillage.models.criteria import (
    CriteriaSet,
    Criterion,
    Dimension,
    InitiativesQuestion,
    Question,
    YesNoQuestion,
)
from smartvillage.models.questionnaire import (
    QUESTIONNAIRE_SCHEMA_VERSION,
    Answer,
    Assessment,
    Contact,
    Evidence,
    Questionnaire,
    Village,
)
from smartvillage.scoring.answer_texts import answer_error_text
from smartvillage.scoring.answers import AnswerError, interpret

_COMMENT = re.compile(r"^\s*#", re.MULTILINE)


@dataclass(frozen=True)
class Slot:
    """One question in the order it is asked, with its criterion and dimension."""

    index: int
    dimension: Dimension
    criterion: Criterion
    question: Question

    @property
    def id(self) -> str:
        """The question id."""
        return self.question.id


def question_order(criteria: CriteriaSet) -> list[Slot]:
    """Every question, dimension by dimension, criteria and questions in file order."""
    slots: list[Slot] = []
    for dimension in criteria.dimensions:
        for criterion in criteria.criteria:
            if criterion.dimension == dimension.id:
                for question in criterion.questions:
                    slots.append(Slot(len(slots), dimension, criterion, question))
    return slots


@dataclass
class Draft:
    """A questionnaire in the making, bound to the file it is saved to."""

    criteria: CriteriaSet
    path: Path
    village: dict[str, Any]
    assessment: dict[str, Any]
    answers: dict[str, Answer | None] = field(default_factory=dict)
    notes: str | None = None
    had_comments: bool = False
    slots: list[Slot] = field(init=False)

    def __post_init__(self) -> None:
        self.slots = question_order(self.criteria)

    # -- reading ---------------------------------------------------------------

    @classmethod
    def from_questionnaire(
        cls, questionnaire: Questionnaire, criteria: CriteriaSet, path: Path
    ) -> Draft:
        """A draft continuing a questionnaire read from ``path``."""
        data = questionnaire.model_dump(mode="json", exclude_none=True)
        text = _read_text(path)
        draft = cls(
            criteria=criteria,
            path=path,
            village=data["village"],
            assessment=data["assessment"],
            answers=dict(questionnaire.answers),
            notes=questionnaire.notes,
            had_comments=bool(_COMMENT.search(text)),
        )
        for slot in draft.slots:
            answer = draft.answers.get(slot.id)
            if answer is not None and draft.done(slot) and not answer.na:
                value = canonical(slot.question, answer.value)
                draft.answers[slot.id] = answer.model_copy(update={"value": value})
        return draft

    def answer(self, qid: str) -> Answer | None:
        """The stored answer of a question (it may hold only a note or evidence)."""
        return self.answers.get(qid)

    def problem(self, slot: Slot, lang: Lang = "en") -> str | None:
        """Why the stored answer does not fit its question (in ``lang``), or None when it fits."""
        answer = self.answer(slot.id)
        if answer is None or not answer.answered:
            return None
        if answer.na:
            return None if slot.question.allow_na else say("na_not_allowed", lang)
        try:
            interpret(slot.question, answer.value)
        except AnswerError as exc:
            return answer_error_text(exc, lang)
        return None

    def done(self, slot: Slot) -> bool:
        """Whether the question has an answer that fits (a value or not applicable)."""
        answer = self.answer(slot.id)
        return answer is not None and answer.answered and self.problem(slot) is None

    def first_open(self) -> int | None:
        """The index of the first question without a fitting answer (the resume point)."""
        return self.next_open(-1)

    def next_open(self, after: int) -> int | None:
        """The index of the next open question after ``after``, or None."""
        return next((s.index for s in self.slots[after + 1 :] if not self.done(s)), None)

    def counts(self, slots: list[Slot] | None = None) -> tuple[int, int, int]:
        """(answered including n/a, of them n/a, total) over ``slots`` (default: all)."""
        slots = self.slots if slots is None else slots
        done = [s for s in slots if self.done(s)]
        na = sum(1 for s in done if (answer := self.answers[s.id]) is not None and answer.na)
        return len(done), na, len(slots)

    def open_ids(self) -> list[str]:
        """The ids of the questions still open, in the order they are asked."""
        return [s.id for s in self.slots if not self.done(s)]

    def unknown_ids(self) -> list[str]:
        """Answered ids that the criteria set has no question for."""
        known = {s.id for s in self.slots}
        return [
            qid
            for qid, a in self.answers.items()
            if qid not in known and a is not None and a.answered
        ]

    # -- changing --------------------------------------------------------------

    def set_value(self, qid: str, value: Any) -> None:
        """Answer a question, keeping its evidence and note."""
        old = self.answers.get(qid)
        self.answers[qid] = Answer.model_validate(
            {
                "value": value,
                "evidence": list(old.evidence) if old else [],
                "note": old.note if old else None,
            }
        )

    def set_na(self, qid: str) -> None:
        """Answer a question 'not applicable', keeping its evidence and note."""
        old = self.answers.get(qid)
        self.answers[qid] = Answer(
            na=True, evidence=list(old.evidence) if old else [], note=old.note if old else None
        )

    def restore(self, qid: str, answer: Answer | None) -> None:
        """Put back an answer as it was."""
        self.answers[qid] = answer

    def add_evidence(self, qid: str, evidence: Evidence) -> None:
        """Add one piece of evidence to a question's answer."""
        old = self.answers.get(qid) or Answer()
        self.answers[qid] = old.model_copy(update={"evidence": [*old.evidence, evidence]})

    def replace_last_evidence(self, qid: str, evidence: Evidence) -> None:
        """Replace the last piece of evidence (to add what it shows)."""
        old = self.answers.get(qid)
        if old is None or not old.evidence:
            self.add_evidence(qid, evidence)
            return
        self.answers[qid] = old.model_copy(update={"evidence": [*old.evidence[:-1], evidence]})

    def set_note(self, qid: str, note: str | None) -> None:
        """Set or remove a question's note."""
        old = self.answers.get(qid) or Answer()
        self.answers[qid] = old.model_copy(update={"note": note or None})

    # -- writing ---------------------------------------------------------------

    def questionnaire(self) -> Questionnaire:
        """The draft as a questionnaire: every question in criteria order, then the rest."""
        answers: dict[str, Answer | None] = {}
        for qid in self.criteria.questions():
            answers[qid] = self.answers.get(qid)
        for qid, answer in self.answers.items():
            answers.setdefault(qid, answer)
        data: dict[str, Any] = {
            "schema_version": QUESTIONNAIRE_SCHEMA_VERSION,
            "criteria": self.criteria.ref,
            "village": self.village,
            "assessment": self.assessment,
            "answers": answers,
        }
        if self.notes:
            data["notes"] = self.notes
        return Questionnaire.model_validate(data)

    def scorable(self) -> tuple[Questionnaire, list[str]]:
        """The questionnaire with only the answers that fit, and the ids left out."""
        left_out = [s.id for s in self.slots if self.problem(s) is not None]
        left_out += self.unknown_ids()
        full = self.questionnaire()
        answers = {q: a for q, a in full.answers.items() if q not in left_out}
        return full.model_copy(update={"answers": answers}), left_out

    def text(self) -> str:
        """The file's content: JSON for a ``.json`` file, YAML otherwise."""
        from smartvillage.io.questionnaire_writer import dump_questionnaire, questionnaire_data

        questionnaire = self.questionnaire()
        if self.path.suffix.lower() == ".json":
            return (
                json.dumps(questionnaire_data(questionnaire), ensure_ascii=False, indent=2) + "\n"
            )
        return dump_questionnaire(questionnaire)

    def save(self) -> None:
        """Write the file atomically; Ctrl-C while writing takes effect just after."""
        from smartvillage.io.output import write_atomic

        text = self.text()
        with hold_interrupts():
            write_atomic(self.path, text)


@dataclass(frozen=True)
class Unfinished:
    """A file that is a valid questionnaire but for its profile, such as a fresh template.

    ``questionnaire`` is the file with a stand-in profile (it is never saved as such):
    its criteria reference, answers and notes. ``profile`` holds the profile values the
    file has that fit, keyed as ``profile.FIELDS``; ``problems`` says what is wrong with
    the file as it is.
    """

    questionnaire: Questionnaire
    profile: dict[str, Any]
    problems: list[Problem]

    def check(self, criteria: CriteriaSet) -> None:
        """Raise InputError with every problem of the file if an answer does not fit."""
        from smartvillage.scoring import check_answers

        problems = check_answers(self.questionnaire, criteria)
        if problems:
            raise InputError([*self.problems, *problems])

    def draft(self, criteria: CriteriaSet, path: Path) -> Draft:
        """The file's answers and notes as a draft whose profile is still to be filled in."""
        draft = Draft.from_questionnaire(self.questionnaire, criteria, path)
        draft.village, draft.assessment = {}, {}
        return draft


def read_unfinished(path: Path, error: InputError) -> Unfinished:
    """The file at ``path`` when only its profile keeps it from being valid; else ``error``.

    ``error`` is what loading the file as a questionnaire raised. Its ``village`` and
    ``assessment`` may be missing, blank or hold values that do not fit (they are asked
    in the profile step); everything else must be right, because it is kept as it is: the
    criteria reference, the answers, and the names of the fields (an unknown field, even
    in the profile, would otherwise be lost without a word).
    """
    from smartvillage.assess import profile
    from smartvillage.io.documents import Document, load_document
    from smartvillage.io.questionnaire import questionnaire_from_document

    try:
        doc = load_document(path)
    except InputError:
        raise error from None
    if not isinstance(doc.data, dict):
        raise error
    village = {} if doc.data.get("village") is None else doc.data["village"]
    assessment = {} if doc.data.get("assessment") is None else doc.data["assessment"]
    contact = village.get("contact") if isinstance(village, dict) else None
    for part, model in (
        (village, Village),
        (assessment, Assessment),
        ({} if contact is None else contact, Contact),
    ):
        if not isinstance(part, dict) or not set(part) <= set(model.model_fields):
            raise error
    stand_in = {
        **doc.data,
        "village": {"name": "-"},
        "assessment": {"assessor": "self", "date": "2000-01-01"},
    }
    try:
        questionnaire = questionnaire_from_document(Document(stand_in, doc.source, doc.lines))
    except InputError:
        raise error from None
    return Unfinished(questionnaire, profile.from_file(village, assessment), list(error.problems))


def canonical(question: Question, value: Any) -> Any:
    """A value as read from a file in the form a session writes: ``'3'`` becomes ``3``.

    Yes/no answers keep their word (``jā`` stays ``jā``) and initiatives their extra
    fields (description, year, link); a value that does not fit is left as it is.
    """
    if isinstance(question, YesNoQuestion | InitiativesQuestion):
        return value
    try:
        result = interpret(question, value)
    except AnswerError:
        return value
    return result.value


def check_writable(path: Path) -> None:
    """Refuse early (before any question) a path that could never be saved."""
    import os

    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError([Problem(str(path), "is a folder; give a file name")])
    if not folder.is_dir():
        raise InputError([Problem(str(path), f"folder '{folder}' does not exist")])
    if not os.access(folder, os.W_OK):
        raise InputError([Problem(str(path), f"cannot write in folder '{folder}'")])


@contextlib.contextmanager
def only_session(path: Path) -> Iterator[None]:
    """Hold ``path`` for one assess session: a second session on the same file is refused
    (two sessions would each save over the other's answers).

    The lock is an advisory ``flock`` on a hidden file beside the questionnaire
    (``.NAME.lock``); it ends with the process, however that ends. The lock file stays
    (removing it could let two later sessions lock two different files).
    """
    try:
        import fcntl
    except ImportError:  # not on this system: nothing to lock with
        yield
        return
    import os

    lock = path.with_name(f".{path.name}.lock")
    try:
        fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)
    except OSError as exc:
        raise InputError(
            [Problem(str(path), f"cannot lock the file for this session: {exc.strerror or exc}")]
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise InputError(
                [
                    Problem(
                        str(path),
                        "another assess session is working on this file; finish that session first",
                    )
                ]
            ) from None
        yield
    finally:
        os.close(fd)


def is_blank_file(path: Path) -> bool:
    """Whether ``path`` exists but holds nothing (then it is started as a new file)."""
    try:
        return path.is_file() and not path.read_bytes().strip()
    except OSError:
        return False


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


@contextlib.contextmanager
def hold_interrupts() -> Iterator[None]:
    """Delay Ctrl-C (SIGINT) until the block is done, so a save is never cut short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(
            signal.SIGINT, previous if previous is not None else signal.default_int_handler
        )
        if received:
            raise KeyboardInterrupt
