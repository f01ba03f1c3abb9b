"""How many prompts a full ``assess`` session takes: every question of a shipped example.

A mentor types the example's answers into a new file, one prompt after another: the
village profile (Enter keeps the defaults), each answer as it is written in the example
(``n/a`` where it is not applicable), each initiative's name and properties, and Enter
at every offer of evidence (evidence typed would add its own lines). The session is
driven in-process through :class:`Session` with a terminal that answers each prompt by
what it asks, so the same script measures any version of the code; the lines it typed
are then piped through ``smartvillage assess --from-stdin`` to check that the same
lines fill in the same answers, as a person would get them.

    python benchmarks/assess_prompts.py                          # examples/zilitkalni.yaml
    python benchmarks/assess_prompts.py examples/veverupe.yaml --lines answers.txt

Prints the prompts of the whole session, and how many were questions, evidence offers
and the rest.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def typed_answer(question: Any, answer: Any) -> str:
    """The line a person types for a saved answer (its first line, for initiatives)."""
    if answer is None or not answer.answered:
        return ">"
    if answer.na:
        return "n/a"
    value = answer.value
    if question.type == "yes_no":
        return "yes" if value in (True, "yes", "jā") else "no"
    if question.type == "multi_choice":
        return ", ".join(value) if value else "-"
    if question.type == "initiatives":
        return _initiatives(value)[0][0] if value else "-"
    return str(value)


def _initiatives(value: list[Any]) -> list[tuple[str, str]]:
    out = []
    for item in value:
        if isinstance(item, str):
            out.append((item, ""))
        else:
            props = item.get("properties") or []
            if isinstance(props, dict):
                props = [k for k, v in props.items() if v]
            out.append((item["name"], ", ".join(props)))
    return out


def drive(example: Path) -> list[tuple[str, str]]:
    """Run a full session for ``example`` into a new file; the (kind, line) of each prompt."""
    from smartvillage.assess.session import Session
    from smartvillage.assess.terminal import Terminal
    from smartvillage.io.criteria import load_criteria
    from smartvillage.io.questionnaire import load_questionnaire

    source = load_questionnaire(example)
    criteria = load_criteria(source.criteria)
    questions = {q.id: q for c in criteria.criteria for q in c.questions}
    village = source.village
    profile = {
        "profile.name": village.name,
        "profile.parish": village.parish or "",
        "profile.municipality": village.municipality or "",
        "profile.date": source.assessment.date.isoformat(),
    }
    typed: list[tuple[str, str]] = []
    queue: list[tuple[str, str]] = []  # the initiatives still to type, (name, properties)
    last: list[tuple[str, str]] = []  # the initiative whose properties are asked next

    class Scripted(Terminal):
        def ask(self, prompt: str) -> str:
            where = session._where
            if where.startswith("profile."):
                kind, line = "profile", profile.get(where, "")
            elif prompt.startswith(("Evidence", "More evidence", "What does it show")):
                kind, line = "evidence", ""
            elif prompt.startswith("Name of initiative"):
                last[:] = queue[:1]
                del queue[:1]
                kind, line = "initiative", last[0][0] if last else ""
            elif prompt.startswith("Properties of"):
                kind, line = "initiative", last[0][1] if last else ""
            else:
                kind = "question"
                answer = source.answer(where)
                line = typed_answer(questions[where], answer)
                if questions[where].type == "initiatives" and answer and answer.value:
                    queue[:] = _initiatives(answer.value)
                    last[:] = queue[:1]
                    del queue[:1]
            typed.append((kind, line))
            self.lines_read += 1
            return line

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "ciems.yaml"
        terminal = Scripted(io.StringIO(), io.StringIO(), width=100)
        session = Session(terminal, criteria, target, "en", strict=True)
        session.run()
        check(target, source)
    return typed


def check(target: Path, source: Any) -> None:
    """The session filled in every answer of the example."""
    from smartvillage.io.questionnaire import load_questionnaire

    made = load_questionnaire(target)
    for qid in source.answers:
        want, got = source.answer(qid), made.answer(qid)
        if want.answered and (got is None or got.na != want.na):
            raise SystemExit(f"{qid}: the session did not fill it in as the example has it")


def pipe(example: Path, lines: list[str]) -> None:
    """The same lines through the CLI, piped, fill in the same file."""
    from typer.testing import CliRunner

    from smartvillage.cli.app import app
    from smartvillage.io.questionnaire import load_questionnaire

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "ciems.yaml"
        result = CliRunner().invoke(
            app,
            ["assess", str(target), "--from-stdin", "--lang", "en"],
            input="".join(line + "\n" for line in lines),
        )
        if result.exit_code != 0:
            raise SystemExit(f"piped session failed ({result.exit_code}): {result.output[-500:]}")
        check(target, load_questionnaire(example))


def main(argv: list[str] | None = None) -> int:
    """Measure one example (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("example", nargs="?", type=Path, default=ROOT / "examples/zilitkalni.yaml")
    parser.add_argument("--lines", type=Path, help="write the typed lines to this file")
    parser.add_argument("--no-pipe", action="store_true", help="skip the piped check")
    args = parser.parse_args(argv)
    typed = drive(args.example)
    lines = [line for _, line in typed]
    if not args.no_pipe:
        pipe(args.example, lines)
    if args.lines:
        args.lines.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    kinds = Counter(kind for kind, _ in typed)
    enters = sum(1 for _, line in typed if line == "")
    print(
        f"{args.example.name}: {len(typed)} prompts ({kinds['profile']} profile, "
        f"{kinds['question']} questions, {kinds['initiative']} initiative lines, "
        f"{kinds['evidence']} evidence offers); {enters} of them answered with Enter alone"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
