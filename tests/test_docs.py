"""Docs that cannot rot: every ``smartvillage`` command in the README and the guides runs.

The conventions the Markdown follows (README.md, README.lv.md and ``docs/**/*.md``):

- A command is a line of a fenced shell block (```` ```sh ````, ``bash``, ``shell``,
  ``console`` or no language) that starts with ``smartvillage ``; a line ending in ``\\``
  continues on the next. Output is shown in ```` ```text ```` blocks, which are not run.
- A command must exit 0, unless its trailing comment states another code: ``# exit 1``
  (English) or ``# izejas kods 1`` (Latvian), anywhere in the comment.
- ``assess`` without ``--from-stdin`` asks a person at a terminal. It is run with
  ``--from-stdin`` and the input ``:q`` (quit at the first prompt), which checks the command
  line, the file and its criteria, and saves nothing that was not there.
- ``<!-- docs-test: skip REASON -->`` on the line before a fenced block skips its commands;
  the reason shows in pytest's summary of skips.
- The commands of one document run in order in one temporary folder that holds copies of
  ``examples/`` and ``criteria/``, so a command may read what an earlier one wrote. The
  folder also holds ``answers.txt``: the answers of a full ``assess`` session of a new
  questionnaire (``FULL_SESSION`` below), for the README's example of piped answers.
- Commands run in-process through Typer's CliRunner, with globs and simple redirections
  (``> FILE``, ``2> FILE``, ``< FILE``) done by the test; a command that needs more of the
  shell (a pipe, a variable) runs through ``bash`` with the installed ``smartvillage`` first
  on ``PATH``.

Also checked: every relative link in the two READMEs and the guides points to a file that
exists, and the prompt count of a full ``assess`` session that the mentor's guides state.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO
from typer.testing import CliRunner

from smartvillage.cli.app import app

README_NAMES = ("README.md", "README.lv.md")
GUIDE_NAMES = (
    "docs/lv/mentoram.md",
    "docs/lv/vrg-birojam.md",
    "docs/en/mentor.md",
    "docs/en/leader-office.md",
)
READMES = [REPO / name for name in README_NAMES]
GUIDES = sorted((REPO / "docs").glob("**/*.md"))
DOCUMENTS = READMES + GUIDES
SHELL_LANGUAGES = {"", "sh", "bash", "shell", "console"}
FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)")
SKIP = re.compile(r"<!--\s*docs-test:\s*skip\b\s*(.*?)\s*-->")
EXIT = re.compile(r"#.*?\b(?:exit|izejas kods)\s+(\d+)\b")
NO_LANG = {"SMARTVILLAGE_LANG": None}
QUIT = ":q\n"

runner = CliRunner()


@dataclass(frozen=True)
class Command:
    """One command line of a document, where it is, and what it must exit with."""

    doc: Path
    line: int
    text: str
    expected: int
    skip: str | None

    @property
    def where(self) -> str:
        """``README.md:55`` for messages."""
        return f"{self.doc.relative_to(REPO)}:{self.line}"


def commands_in(doc: Path) -> list[Command]:
    """Every ``smartvillage`` command of the document's shell blocks, in order."""
    found: list[Command] = []
    lines = doc.read_text(encoding="utf-8").splitlines()
    fence: str | None = None
    shell = False
    skip: str | None = None
    pending = ""
    start = 0
    for number, line in enumerate(lines, start=1):
        opening = FENCE.match(line.strip())
        if fence is None:
            if opening:
                fence, shell = opening.group(1), opening.group(2).lower() in SHELL_LANGUAGES
                before = lines[number - 2] if number >= 2 else ""
                marker = SKIP.search(before)
                skip = (marker.group(1) or "no reason given") if marker else None
            continue
        if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
            fence = None
            continue
        if not shell:
            continue
        if pending:
            pending += " " + line.strip()
        elif line.startswith("smartvillage "):
            pending, start = line.strip(), number
        else:
            continue
        if pending.endswith("\\"):
            pending = pending[:-1].rstrip()
            continue
        code = EXIT.search(pending)
        found.append(Command(doc, start, pending, int(code.group(1)) if code else 0, skip))
        pending = ""
    return found


def _entry_point() -> str | None:
    """The installed ``smartvillage`` script beside this Python, if there is one."""
    return shutil.which("smartvillage", path=str(Path(sys.executable).parent))


def _in_process(line: str, folder: Path) -> tuple[list[str], dict[str, Path]] | None:
    """The arguments and redirections of a line the test can run without a shell: words,
    globs (expanded in ``folder``, sorted, as bash does) and ``> FILE``, ``2> FILE`` and
    ``< FILE`` standing apart. Anything else (a pipe, a variable, quotes around a glob, a
    redirection written together with its file) is left to bash: None."""
    if re.search(r"[|;&$`]", line):
        return None
    words = shlex.split(line)[1:]
    args: list[str] = []
    redirect: dict[str, Path] = {}
    pending = None
    for word in words:
        if pending is not None:
            redirect[pending] = folder / word
            pending = None
        elif word in (">", "2>", "<"):
            pending = word
        elif "<" in word or ">" in word:
            return None
        elif re.search(r"[*?\[]", word):
            if "'" in line or '"' in line:
                return None
            matches = sorted(str(p.relative_to(folder)) for p in folder.glob(word))
            args.extend(matches or [word])
        else:
            args.append(word)
    return (args, redirect) if pending is None else None


def run(command: Command, folder: Path) -> tuple[int, str]:
    """Run one command in ``folder``; its exit code and what it printed (for messages)."""
    line = command.text.split(" #")[0].rstrip()
    stdin = None
    if shlex.split(line)[1:2] == ["assess"] and "--from-stdin" not in line.split():
        line += " --from-stdin"
        stdin = QUIT
    parsed = _in_process(line, folder)
    if parsed is None:
        return _through_bash(command, line, folder, stdin)
    args, redirect = parsed
    if "<" in redirect:
        stdin = redirect["<"].read_bytes()
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        result = runner.invoke(app, args, input=stdin, env={"COLUMNS": "100", **NO_LANG})
    finally:
        os.chdir(cwd)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if ">" in redirect:
        redirect[">"].write_bytes(result.stdout_bytes)
    if "2>" in redirect:
        redirect["2>"].write_bytes(result.stderr_bytes)
    return result.exit_code, result.output[-3000:]


def _through_bash(command: Command, line: str, folder: Path, stdin: str | None) -> tuple[int, str]:
    """Run a line that needs a shell, with the installed ``smartvillage`` first on PATH."""
    script = _entry_point()
    if script is None:
        pytest.skip(f"{command.where}: uses the shell, and no smartvillage script is installed")
    environ = {k: v for k, v in os.environ.items() if k not in NO_LANG}
    environ.update(
        COLUMNS="100", PATH=f"{Path(script).parent}{os.pathsep}{environ.get('PATH', '')}"
    )
    done = subprocess.run(
        ["bash", "-c", line],
        cwd=folder,
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout[-1500:] + done.stderr[-1500:]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A temporary folder with copies of the shipped examples and criteria."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    shutil.copytree(REPO / "criteria", tmp_path / "criteria")
    (tmp_path / "answers.txt").write_text("".join(f"{a}\n" for a in FULL_SESSION), "utf-8")
    return tmp_path


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_command_of_a_document_runs(doc: Path, folder: Path):
    """Each command exits as its document says (0 unless marked), in document order."""
    commands = commands_in(doc)
    if not commands:
        # the READMEs and the guides must show commands (else the extraction broke); another
        # page of docs/ (a glossary, say) need not
        assert doc.relative_to(REPO).as_posix() not in {*README_NAMES, *GUIDE_NAMES}
        pytest.skip(f"{doc.relative_to(REPO)} shows no smartvillage command")
    failures = []
    skipped = []
    for command in commands:
        if command.skip is not None:
            skipped.append(f"{command.where}: {command.skip}")
            continue
        code, output = run(command, folder)
        if code != command.expected:
            failures.append(
                f"{command.where}: `{command.text}` exited {code}, expected "
                f"{command.expected}\n{output}"
            )
    assert not failures, "\n\n".join(failures)
    if skipped:
        pytest.skip("not run: " + "; ".join(skipped))


def test_the_guides_exist_in_both_languages():
    """Every guide the READMEs promise is there, and the docs test finds them."""
    names = {p.relative_to(REPO).as_posix() for p in GUIDES}
    assert set(GUIDE_NAMES) <= names


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_points_to_a_file(doc: Path):
    """Links to files of the project resolve (web links and anchors are not followed)."""
    broken = []
    for target in LINK.findall(doc.read_text(encoding="utf-8")):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue
        path = (doc.parent / target.split("#", 1)[0]).resolve()
        if not path.exists():
            broken.append(target)
    assert not broken, f"{doc.relative_to(REPO)}: links to missing files: {broken}"


def test_the_readmes_link_to_each_other_on_their_first_line():
    """README.md opens with a link to README.lv.md, and the reverse."""
    english = READMES[0].read_text(encoding="utf-8").splitlines()[0]
    latvian = READMES[1].read_text(encoding="utf-8").splitlines()[0]
    assert "(README.lv.md)" in english
    assert "(README.md)" in latvian


def test_the_readmes_link_to_every_guide():
    """Each README links to all four guides."""
    for readme in READMES:
        targets = set(LINK.findall(readme.read_text(encoding="utf-8")))
        for guide in GUIDE_NAMES:
            name = guide.rsplit("/", 1)[1]
            assert any(t.endswith(name) for t in targets), f"{readme.name} lacks {guide}"


# A full session of a new questionnaire, answered as a community might (Jaunpūņi, 2025):
# the profile, every question, evidence where it is required, two initiatives per list
# (Enter where recommended evidence is offered: once per criterion that has none yet).
FULL_SESSION = [
    *["Jaunpūņi", "Sūnāju pagasts", "Rēzeknes novads", "5", "260", "Inese Začeste"],
    *["inese.zaceste@example.org", ""],
    *["", "", "", "", "", "", ""],  # the LEADER profile: left empty
    *["1", "Biedrība “Jaunpūņu kopiena”", "2025-05-06"],
    *["3", "pielikumi/jaunpunu-vizija-2025.pdf", "Vīzija, pieņemta kopsapulcē", "", "2", "22"],
    *["jā", "https://jaunpuni.example.org/vizija", "Vīzija ciema lapā", "", "2", "", "nē", "2"],
    *["6", "Bibliotēkas dārzs", "1,2", "Sporta laukuma talka", "1,3", ""],
    *["pielikumi/talku-foto-2024.pdf", "Foto no abām talkām", "", "2", "1,2,5", "4", "involved"],
    *["3", "", "occasional", "jā", "https://jaunpuni.example.org/pieredze"],
    *["Pieredzes apmaiņa ar Vēverupi", "", "consulted", "survey", "pielikumi/aptauja-2025.xlsx"],
    *["71 atbilde", "", "natural,social,cultural,local_products", "jā", "2", "traditions"],
    *["Ciema Facebook grupa", "1", "Saules panelis bibliotēkai", "3,4", ""],
    *["https://jaunpuni.example.org/saule", "Saražotā enerģija 2024. gadā", "", "2", "volunteers"],
    *["nē", "public_space,culture_leisure", "pielikumi/parmainas-2024.pdf", "Foto pirms un pēc"],
    *["", "2", "pielikumi/parmainas-2024.pdf", "Foto pirms un pēc", "", "48"],
]
FULL_SESSION_PROMPTS = {
    "docs/lv/mentoram.md": f"{len(FULL_SESSION)} ievad",
    "docs/en/mentor.md": f"{len(FULL_SESSION)} entries",
}


def test_a_full_session_takes_the_prompts_the_mentor_guides_state(tmp_path: Path):
    """The session above answers every question of viedais-ciems@2024 with every piece of
    evidence it gives, prompt for prompt; the mentor's guides state its length."""
    from smartvillage import load_criteria, load_questionnaire, score

    path = tmp_path / "jaunpuni-2025.yaml"
    result = runner.invoke(
        app,
        ["assess", str(path), "--from-stdin"],
        input="".join(f"{line}\n" for line in FULL_SESSION),
        env={"COLUMNS": "100", "SMARTVILLAGE_LANG": None},
    )
    assert result.exit_code == 0, result.output
    questionnaire = load_questionnaire(path)
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    counts = report.summary.counts
    assert (counts.answered, counts.unanswered, counts.evidence_missing) == (29, 0, 0)
    with_evidence = [a for a in questionnaire.answers.values() if getattr(a, "evidence", None)]
    assert len(with_evidence) == 8  # every claim that requires evidence has it
    for guide, phrase in FULL_SESSION_PROMPTS.items():
        assert phrase in (REPO / guide).read_text(encoding="utf-8"), f"{guide}: {phrase!r}"


def test_the_conventions_are_read_as_documented(tmp_path: Path):
    """Shell blocks only, continuation lines, exit markers in both languages, skip markers."""
    doc = tmp_path / "guide.md"
    doc.write_text(
        "\n".join(
            [
                "```sh",
                "smartvillage score a.yaml \\",
                "  --lang en   # exit 1: below the tier",
                "smartvillage batch b.csv   # izejas kods 2",
                "cat a.yaml | smartvillage score -",
                "```",
                "```text",
                "smartvillage is not run from an output block",
                "```",
                "<!-- docs-test: skip needs a terminal -->",
                "```bash",
                "smartvillage assess c.yaml",
                "```",
            ]
        ),
        encoding="utf-8",
    )
    found = [(c.line, c.text, c.expected, c.skip) for c in commands_in(doc)]
    assert found == [
        (2, "smartvillage score a.yaml --lang en   # exit 1: below the tier", 1, None),
        (4, "smartvillage batch b.csv   # izejas kods 2", 2, None),
        (12, "smartvillage assess c.yaml", 0, "needs a terminal"),
    ]


def test_the_mentor_guides_name_every_prompt_command():
    """The Latvian guide shows every word ``assess`` takes at a prompt; the English one at
    least one word for each command (it mentions that the Latvian words work too)."""
    from smartvillage.assess.commands import KEYWORDS

    latvian = (REPO / "docs/lv/mentoram.md").read_text(encoding="utf-8")
    english = (REPO / "docs/en/mentor.md").read_text(encoding="utf-8")
    missing = [word for words in KEYWORDS.values() for word in words if f"`{word}" not in latvian]
    assert not missing, f"docs/lv/mentoram.md does not show: {missing}"
    for command, words in KEYWORDS.items():
        assert any(f"`{word}" in english for word in words), f"docs/en/mentor.md: {command}"
