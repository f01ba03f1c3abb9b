"""The conversation of ``assess``: the profile, then question by question, saving as it goes.

:class:`Session` is independent of Typer: give it a :class:`Terminal` (any text
streams will do) and it runs the whole session, returning an :class:`Outcome`.

* The profile is one step: the file is first written when it is complete. A file that
  lacks only its profile (a blank ``template``) starts there too, with the values it has
  offered as defaults, and keeps its criteria set and answers.
* After that every change (an answer, a piece of evidence, a note) is saved at once,
  atomically, so stopping at any moment loses at most the line being typed.
* Questions are asked dimension by dimension; a new session starts at the first
  question without an answer (with ``review``, at the first question).
* With ``strict`` (answers piped in on purpose) an answer that does not fit stops the
  session with :class:`ScriptError` instead of asking again, so that the lines that
  follow are never taken as answers to the wrong questions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from rich.text import Text

from smartvillage.assess import display, profile
from smartvillage.assess.answers import (
    NONE_WORD,
    looks_like_link,
    parse_answer,
    parse_properties,
    stored_value,
)
from smartvillage.assess.commands import Command, Typed, read_line
from smartvillage.assess.state import Draft, Slot, Unfinished
from smartvillage.assess.terminal import BadText, Terminal
from smartvillage.assess.texts import say
from smartvillage.models.common import Lang
from smartvillage.models.criteria import CriteriaSet, InitiativesQuestion
from smartvillage.models.questionnaire import Evidence
from smartvillage.render.safe import plain
from smartvillage.scoring.answer_texts import answer_error_text
from smartvillage.scoring.answers import AnswerError, interpret


class Outcome(str, Enum):
    """How a session ended."""

    DONE = "done"  # went through to the last question
    QUIT = "quit"  # :q, or the input ended; everything typed is saved
    INTERRUPTED = "interrupted"  # Ctrl-C; everything typed before it is saved


class ScriptError(Exception):
    """A piped answer that does not fit (strict mode); the message names line and question."""


class _Quit(Exception):
    """Leave the session from any prompt."""


class _Move(Enum):
    NEXT = "next"
    BACK = "back"
    SAME = "same"


_EVERYWHERE = {Command.HELP, Command.QUIT, Command.PROGRESS, Command.REPORT}


class Session:
    """One sitting of a mentor with a village, from the profile (when new) to the end.

    ``draft`` continues a valid questionnaire; ``unfinished`` one whose profile is still
    to be filled in (it is asked first); with neither, the file is new.
    """

    def __init__(
        self,
        terminal: Terminal,
        criteria: CriteriaSet,
        path: Path,
        lang: Lang,
        *,
        draft: Draft | None = None,
        unfinished: Unfinished | None = None,
        strict: bool = False,
        review: bool = False,
        today: dt.date | None = None,
    ) -> None:
        self.term = terminal
        self.criteria = criteria
        self.path = path
        self.lang: Lang = lang
        self.draft = draft
        self.unfinished = None if draft is not None else unfinished
        self.strict = strict
        self.review = review
        self.today = today or dt.date.today()
        self._where = "profile"
        self._again: Callable[[], None] | None = None  # shows the current question again
        self._offered: set[str] = set()  # criteria whose recommended evidence was offered

    # -- the whole session -----------------------------------------------------

    @property
    def saved(self) -> bool:
        """Whether the file has been written (the profile is complete)."""
        return self.draft is not None

    def run(self) -> Outcome:
        """Run the session to its end, a quit or Ctrl-C; ScriptError in strict mode."""
        try:
            if self.draft is None:
                self._profile()
            else:
                self._opening()
            self._walk()
            self._finish()
            return Outcome.DONE
        except _Quit:
            self._say("quit", saved=self._saved_line())
            return Outcome.QUIT
        except KeyboardInterrupt:
            self.term.show("")
            if self.saved:
                self.term.show(Text(say("interrupted", self.lang, path=self.path), style="yellow"))
            else:
                self._say("profile.quit")
            return Outcome.INTERRUPTED

    def _saved_line(self) -> str:
        if not self.saved:
            return say("profile.quit", self.lang)
        return (
            say("session.saved_in", self.lang, path=self.path)
            + "\n"
            + say("continue_hint", self.lang, path=self.path)
        )

    # -- reading a line ----------------------------------------------------------

    def _say(self, key: str, style: str | None = None, **values: Any) -> None:
        self.term.show(Text(say(key, self.lang, **values), style=style or ""))

    def _refuse(self, message: str, *, sentence: bool = False) -> None:
        """A line that does not fit: say why and ask again, or stop in strict mode.

        ``message`` is what was expected (shown after "Not accepted:"), or with
        ``sentence`` a whole sentence shown as it is.
        """
        if self.strict:
            raise ScriptError(
                say("script_error", self.lang, line=self.term.lines_read, where=self._where)
                + message
            )
        shown = message if sentence else say("not_accepted", self.lang, message=message)
        self.term.show(Text(shown, style="red"))

    def _refuse_answer(self, exc: AnswerError) -> None:
        """An answer that does not fit, said in the session's language."""
        self._refuse(answer_error_text(exc, self.lang))

    def _read(
        self, prompt: str, allowed: set[Command], help_extra: Callable[[], None] | None = None
    ) -> Typed:
        """A line that is text or one of ``allowed``; other commands are handled here."""
        while True:
            try:
                line = self.term.ask(prompt)
            except EOFError:
                self.term.show("")
                raise _Quit from None
            except BadText:
                self._refuse(say("bad_text", self.lang), sentence=True)
                continue
            typed = read_line(line)
            if typed.unknown:
                self._refuse(say("unknown_command", self.lang, text=typed.text), sentence=True)
                continue
            command = typed.command
            if command is Command.NA and Command.NA not in allowed and Command.SKIP in allowed:
                command = Command.SKIP  # "not applicable" where nothing is asked: nothing
                typed = Typed(typed.text, Command.SKIP)
            if command is None or command in allowed:
                return typed
            if command is Command.QUIT:
                raise _Quit
            if command is Command.HELP:
                self.term.show(Text(say("help", self.lang)))
                if help_extra is not None:
                    help_extra()
            elif command in (Command.PROGRESS, Command.REPORT) and self.draft is not None:
                self._progress() if command is Command.PROGRESS else self._report()
                if self._again is not None:  # the long output pushed the question away
                    self._again()
            elif self.draft is None:
                self._refuse(say("profile.not_yet", self.lang), sentence=True)
            else:
                self._refuse(
                    say("no_na", self.lang)
                    if command is Command.NA
                    else say("not_here", self.lang),
                    sentence=True,
                )

    # -- the profile -------------------------------------------------------------

    def _profile(self) -> None:
        lang = self.lang
        self.term.show(
            Text(say("profile.title", lang), style="bold cyan"), Text(say("profile.intro", lang))
        )
        values: dict[str, Any] = profile.defaults(self.today)
        carried = None
        if self.unfinished is not None:
            carried = self.unfinished.draft(self.criteria, self.path)
            values.update(self.unfinished.profile)
            self._say("profile.continue", "cyan", path=self.path)
            kept = carried.counts()[0]
            if kept:
                self._say("profile.kept", "cyan", count=kept)
            if carried.had_comments:
                self._say("session.comments", "yellow", path=self.path)
        self._say("session.commands", "dim")
        index = previous = 0
        while index < len(profile.FIELDS):
            if index > previous and profile.FIELDS[index - 1].key == "recognition_tier":
                missing = profile.incomplete(values, lang)
                if missing is not None:  # the recognition is asked again, year first
                    self._refuse(missing)
                    index = profile.position("recognition_year")
            previous = index
            field = profile.FIELDS[index]
            self._where = f"profile.{field.key}"
            current = values.get(field.key)
            if current not in (None, ""):
                suffix = f" [{field.shown(current, lang)}]"
            else:
                suffix = "" if field.required else f" ({say('profile.optional', lang)})"
            typed = self._read(
                f"{field.label(lang)}{suffix}: ",
                {Command.BACK, Command.SKIP},
                lambda: self._say("profile.help"),
            )
            if typed.command is Command.BACK:
                if index == 0:
                    self._say("profile.first")
                else:
                    index -= 1
                continue
            if typed.command is Command.SKIP or typed.empty:
                if field.required and current in (None, ""):
                    self._refuse(say("profile.required", lang), sentence=True)
                    continue
                index += 1
                continue
            if typed.text == NONE_WORD and not field.required:
                values[field.key] = None
                index += 1
                continue
            try:
                values[field.key] = field.parse(typed.text, lang)
            except profile.FieldError as exc:
                self._refuse(str(exc))
                continue
            index += 1
        village, assessment = profile.build(values)
        if carried is not None:
            draft = carried
            draft.village, draft.assessment = village, assessment
        else:
            draft = Draft(
                criteria=self.criteria, path=self.path, village=village, assessment=assessment
            )
        draft.save()
        self.draft = draft  # only now is there a file to continue
        self._say("profile.saved", "green", path=self.path)

    def _opening(self) -> None:
        draft = self._draft
        village = plain(draft.village.get("name"))
        who = say(f"assessor.{draft.assessment['assessor']}", self.lang)
        line = Text(village, style="bold")
        shown = profile.shown_date(str(draft.assessment["date"]), self.lang)
        line.append(f" · {self.criteria.ref} · {who}, {shown}")
        self.term.show(line, Text(say("session.commands", self.lang), style="dim"))
        if draft.had_comments:
            self._say("session.comments", "yellow", path=self.path)
        unknown = draft.unknown_ids()
        if unknown:
            self._say("unknown_saved", "yellow", ref=self.criteria.ref, ids=", ".join(unknown))

    @property
    def _draft(self) -> Draft:
        if self.draft is None:  # pragma: no cover - the profile always comes first
            raise RuntimeError("no questionnaire yet")
        return self.draft

    # -- the questions -------------------------------------------------------------

    def _walk(self) -> None:
        draft = self._draft
        index = self._review_start() if self.review else draft.first_open()
        done, _, total = draft.counts()
        if not self.review and index is not None and done:
            self._say("session.resume", "cyan", answered=done, total=total)
        history: list[int] = []
        while index is not None:
            if self.review:
                self._review_mark(draft.slots[index].id)
            move = self._question(draft.slots[index])
            if move is _Move.NEXT:
                history.append(index)
                index = index + 1 if self.review else draft.next_open(index)
                if index is not None and index >= len(draft.slots):
                    index = None
            elif move is _Move.BACK:
                if history:
                    index = history.pop()
                elif index > 0:
                    index -= 1
                else:
                    self._say("session.first")
        if self.review:
            self._review_done()

    # -- where a review stopped ------------------------------------------------------

    @property
    def _review_file(self) -> Path:
        """The hidden file beside FILE that keeps where ``--review`` is (``.NAME.review``)."""
        return self.path.with_name(f".{self.path.name}.review")

    def _review_start(self) -> int:
        """Where ``--review`` starts: where an interrupted review stopped, else the first
        question (saying which)."""
        draft = self._draft
        try:
            stopped = self._review_file.read_text(encoding="utf-8").strip()
        except OSError:
            stopped = None
        if stopped is None:
            self._say("session.review", "cyan")
            return 0
        index = next((s.index for s in draft.slots if s.id == stopped), None)
        if index is None or index == 0:
            self._say("session.review_restart" if index is None else "session.review", "cyan")
            return 0
        self._say("session.review_resume", "cyan", n=index + 1, total=len(draft.slots))
        return index

    def _review_mark(self, question_id: str) -> None:
        """Keep where the review is, so that an interrupted review continues there."""
        from smartvillage.io.output import write_atomic

        # nowhere to keep it: a later review starts from the beginning
        with contextlib.suppress(OSError):
            write_atomic(self._review_file, question_id + "\n")

    def _review_done(self) -> None:
        with contextlib.suppress(OSError):
            self._review_file.unlink()

    def _question(self, slot: Slot) -> _Move:
        draft, question, lang = self._draft, slot.question, self.lang
        self._where = slot.id
        self._again = lambda: self.term.show("", display.question_block(draft, slot, lang))
        self._again()
        prompt = f"{display.prompt_hint(question, lang)} › "
        if isinstance(question, InitiativesQuestion) and draft.done(slot):
            prompt = f"{say('hint.initiatives.existing', lang)} › "
        while True:
            typed = self._read(
                prompt,
                {Command.BACK, Command.SKIP, Command.NA, Command.NOTE},
                lambda: self._question_help(slot),
            )
            if typed.command is Command.BACK:
                return _Move.BACK
            if typed.command is Command.SKIP:
                return _Move.NEXT
            if typed.command is Command.NOTE:
                self._note(slot, typed.arg)
                continue
            if typed.command is Command.NA:
                if not question.allow_na:
                    self._refuse(say("no_na", lang), sentence=True)
                    continue
                draft.set_na(slot.id)
                draft.save()
                self._say("na_saved", "green")
                return _Move.NEXT
            if typed.empty:
                if draft.done(slot):
                    return self._kept(slot)
                self._refuse(
                    say("type_answer", lang, hint=display.prompt_hint(question, lang)),
                    sentence=True,
                )
                continue
            if isinstance(question, InitiativesQuestion) and typed.text != NONE_WORD:
                return self._initiatives(slot, question, typed.text)
            try:
                result = parse_answer(question, typed.text)
            except AnswerError as exc:
                self._refuse_answer(exc)
                continue
            draft.set_value(slot.id, stored_value(question, result))
            draft.save()
            self._saved(slot)
            return self._evidence(slot, result.points)

    def _kept(self, slot: Slot) -> _Move:
        """Enter on a saved answer: keep it, and ask for evidence if a claim still lacks it."""
        answer = self._draft.answer(slot.id)
        if answer is None or answer.na or answer.evidence:
            return _Move.NEXT
        return self._evidence(slot, interpret(slot.question, answer.value).points)

    def _evidence_offered(self, slot: Slot) -> bool:
        """Whether recommended evidence was already offered for ``slot``'s criterion (in
        this session, or some answer of the criterion carries evidence)."""
        criterion = slot.criterion.id
        if criterion in self._offered:
            return True
        draft = self._draft
        return any(
            (answer := draft.answer(other.id)) is not None and bool(answer.evidence)
            for other in draft.slots
            if other.criterion.id == criterion
        )

    def _saved(self, slot: Slot) -> None:
        answer = self._draft.answer(slot.id)
        line = Text(say("saved", self.lang) + ": ", style="green")
        if answer is not None:
            line.append(display.answer_text(slot.question, answer, self.lang))
        self.term.show(line)

    def _question_help(self, slot: Slot) -> None:
        criterion = slot.criterion
        parts: list[Any] = [Text(plain(criterion.title.get(self.lang)), style="bold")]
        if criterion.description:
            parts.append(Text(plain(criterion.description.get(self.lang))))
        if criterion.evidence_note:
            parts.append(Text(plain(criterion.evidence_note.get(self.lang)), style="italic"))
        if slot.question.help:
            parts.append(Text(plain(slot.question.help.get(self.lang)), style="italic"))
        parts.append(Text(plain(slot.question.text.get(self.lang)), style="bold"))
        parts += display.choices(slot.question, self.lang)
        self.term.show(*parts)

    def _initiatives(self, slot: Slot, question: InitiativesQuestion, first: str) -> _Move:
        draft, lang = self._draft, self.lang
        before = draft.answer(slot.id)
        items: list[dict[str, Any]] = []
        name: str | None = first
        if first == "+":
            name = None
            if draft.done(slot) and before is not None:  # keep each item as it was written
                items = [dict(i) if isinstance(i, dict) else {"name": i} for i in before.value]
        while True:
            if name is None:
                typed = self._read(
                    say("initiatives.name", lang, n=len(items) + 1) + " › ",
                    {Command.BACK, Command.SKIP, Command.NOTE},
                    lambda: self._question_help(slot),
                )
                if typed.command is Command.BACK:
                    draft.restore(slot.id, before)
                    draft.save()
                    return _Move.SAME
                if typed.command is Command.NOTE:
                    self._note(slot, typed.arg)
                    continue
                if typed.command is Command.SKIP or typed.empty:
                    break
                name = typed.text
            typed = self._read(
                say("initiatives.props", lang, name=name) + " › ", {Command.BACK, Command.SKIP}
            )
            if typed.command is Command.BACK:
                name = None
                continue
            try:
                props = (
                    [] if typed.command is Command.SKIP else parse_properties(question, typed.text)
                )
                interpret(question, [*items, {"name": name, "properties": props}])
            except AnswerError as exc:
                self._refuse_answer(exc)
                continue
            items.append({"name": name, "properties": props})
            draft.set_value(slot.id, items)
            draft.save()
            name = None
        if not items:
            draft.restore(slot.id, before)
            draft.save()
            return _Move.SAME
        self._saved(slot)
        return self._evidence(slot, interpret(question, items).points)

    def _evidence(self, slot: Slot, points: float) -> _Move:
        """Ask for evidence of a claim: always where it is required; where it is only
        recommended, once per criterion (the first claim of the criterion that earns
        points), so that a session is not an Enter press after every answer."""
        question, draft, lang = slot.question, self._draft, self.lang
        if question.evidence == "none" or points <= 0:
            return _Move.NEXT
        answer = draft.answer(slot.id)
        if question.evidence == "recommended" and not (answer and answer.evidence):
            if self._evidence_offered(slot):
                return _Move.NEXT
            self._offered.add(slot.criterion.id)
            prompt = say(
                "evidence.ask_criterion",
                lang,
                criterion=plain(slot.criterion.title.get(lang)),
            )
        else:
            need = say(f"need.{question.evidence}", lang)
            prompt = say(
                "evidence.more" if answer and answer.evidence else "evidence.ask", lang, need=need
            )
        while True:
            typed = self._read(prompt + " › ", {Command.BACK, Command.SKIP, Command.NOTE})
            if typed.command is Command.BACK:
                self._offered.discard(slot.criterion.id)  # offered again after the answer
                return _Move.SAME
            if typed.command is Command.NOTE:
                self._note(slot, typed.arg)
                continue
            if typed.command is Command.SKIP or typed.empty:
                answer = draft.answer(slot.id)
                if question.evidence == "required" and not (answer and answer.evidence):
                    self._say("evidence.skipped", "yellow")
                return _Move.NEXT
            where = "link" if looks_like_link(typed.text) else "document"
            before = draft.answer(slot.id)
            draft.add_evidence(slot.id, Evidence(**{where: typed.text}))
            draft.save()
            shows = self._read(say("evidence.shows", lang) + " › ", {Command.BACK, Command.SKIP})
            if shows.command is Command.BACK:
                draft.restore(slot.id, before)
                draft.save()
                continue
            if shows.command is None and shows.text:
                draft.replace_last_evidence(
                    slot.id, Evidence(**{where: typed.text, "shows": shows.text})
                )
                draft.save()
            self._say("saved", "green")
            prompt = say("evidence.more", lang)

    def _note(self, slot: Slot, text: str) -> None:
        draft = self._draft
        if not text:
            answer = draft.answer(slot.id)
            if answer is not None and answer.note:
                self.term.show(Text(f"{say('note', self.lang)}: {plain(answer.note)}", style="dim"))
            typed = self._read(say("note.ask", self.lang) + " › ", {Command.BACK, Command.SKIP})
            if typed.command is not None or typed.empty:
                return
            text = typed.text
        if text == NONE_WORD:
            draft.set_note(slot.id, None)
            draft.save()
            self._say("note.removed", "green")
            return
        draft.set_note(slot.id, text)
        draft.save()
        self._say("note.saved", "green")

    # -- progress, report, the end --------------------------------------------------

    def _progress(self) -> None:
        self.term.show("", display.progress_table(self._draft, self.lang))

    def _report(self) -> None:
        from smartvillage.render.table import render
        from smartvillage.scoring import score

        questionnaire, left_out = self._draft.scorable()
        report = score(questionnaire, self.criteria, now=None)
        width = min(max(self.term.console.width, 60), 120)
        self.term.show("")
        self.term.write(render(report, self.lang, color=self.term.color, width=width))
        known = {slot.id for slot in self._draft.slots}
        invalid = [i for i in left_out if i in known]  # the others were named at the start
        if invalid:
            self._say("report.invalid", "yellow", numbers=self._numbers(invalid))

    def _numbers(self, ids: list[str], most: int = 12) -> str:
        """Questions by their numbers as the session shows them (``3, 7, 12``), not ids."""
        where = {slot.id: slot.index + 1 for slot in self._draft.slots}
        numbers = [str(where[i]) for i in ids if i in where]
        return ", ".join(numbers[:most]) + (", …" if len(numbers) > most else "")

    def _finish(self) -> None:
        draft = self._draft
        self._progress()
        self._again = None
        open_ids = draft.open_ids()
        if open_ids:
            self._say(
                "session.unanswered", "yellow", count=len(open_ids), numbers=self._numbers(open_ids)
            )
        else:
            self._say("session.all_done", "green")
        self._report()
        self._say("session.saved_in", "green", path=self.path)
