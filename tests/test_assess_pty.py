"""``assess`` in a real (pseudo-)terminal: typed keys, Ctrl-C, Ctrl-D, a killed process.

Each test starts ``python -m smartvillage assess`` on a pseudo-terminal (the ``pty``
module), so stdin is a terminal, line editing is on, and signals come from the
terminal as they would for a person at the keyboard.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import struct
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, questionnaire_data, write_yaml
from test_assess import ANSWERS, PROFILE, answers_in, report_json

pty = pytest.importorskip("pty")
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")

_ANSI = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][A-Z0-9]|.)")
TIMEOUT = 20


class Terminal:
    """A child process on a pseudo-terminal, with expect/send helpers."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO / "src"),
            "TERM": "xterm-256color",
            "COLUMNS": "100",
            "LINES": "40",
            "LANG": "C.UTF-8",
            "NO_COLOR": "",
        }
        env.pop("NO_COLOR")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child
            os.chdir(cwd)
            os.execvpe(sys.executable, [sys.executable, "-m", "smartvillage", *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        self.raw = b""
        self.seen = 0  # how much of the screen text expect() has consumed
        self.status: int | None = None

    @property
    def text(self) -> str:
        """Everything shown so far, without colours and terminal controls."""
        return _ANSI.sub("", self.raw.decode("utf-8", "replace")).replace("\r", "")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the child has gone
            return False
        self.raw += chunk
        return bool(chunk)

    def expect(self, needle: str, timeout: float = TIMEOUT) -> str:
        """Wait until ``needle`` is shown (after what was already expected)."""
        deadline = time.monotonic() + timeout
        while True:
            at = self.text.find(needle, self.seen)
            if at >= 0:
                self.seen = at + len(needle)
                return self.text
            if time.monotonic() > deadline or (not self._read(0.2) and self._exited()):
                raise AssertionError(f"never saw {needle!r}; screen:\n{self.text[-3000:]}")

    def send(self, line: str) -> None:
        """Type a line and press Enter."""
        os.write(self.fd, line.encode("utf-8") + b"\r")

    def key(self, data: bytes) -> None:
        """Press a key (e.g. Ctrl-C ``b'\\x03'``)."""
        os.write(self.fd, data)

    def _exited(self) -> bool:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def wait(self, timeout: float = TIMEOUT) -> int:
        """Wait for the child to end; its exit code (or -signal)."""
        deadline = time.monotonic() + timeout
        while not self._exited():
            self._read(0.1)
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"still running; screen:\n{self.text[-3000:]}")
        while self._read(0.05):
            pass
        os.close(self.fd)
        assert self.status is not None
        if os.WIFSIGNALED(self.status):
            return -os.WTERMSIG(self.status)
        return os.WEXITSTATUS(self.status)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Send a signal to the child."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, sig)


@pytest.fixture
def start(tmp_path, criteria_dir):
    """Start ``assess FILE`` for the mini set on a pseudo-terminal."""
    children: list[Terminal] = []

    def run(path: Path, *extra: str) -> Terminal:
        child = Terminal(
            "assess",
            str(path),
            "--criteria",
            "mini@1",
            "--criteria-dir",
            str(criteria_dir),
            *extra,
            cwd=tmp_path,
        )
        children.append(child)
        return child

    yield run
    for child in children:
        if child.status is None:
            child.kill()
            child.wait()


def type_lines(term: Terminal, typed: list[str]) -> None:
    """Type each line after the prompt for it appears (a prompt ends with ':' or '›')."""
    for line in typed:
        _wait_for_prompt(term)
        term.send(line)


def _wait_for_prompt(term: Terminal) -> None:
    deadline = time.monotonic() + TIMEOUT
    while True:
        text = term.text
        tail = text[term.seen :].rstrip(" ")
        if tail.endswith(("›", ":", "]:")):
            term.seen = len(text)
            return
        if time.monotonic() > deadline or (not term._read(0.2) and term._exited()):
            raise AssertionError(f"no prompt; screen:\n{term.text[-3000:]}")


def test_a_full_session_in_a_terminal_scores_like_the_yaml(tmp_path, criteria_dir, start):
    path = tmp_path / "ciems.yaml"
    term = start(path)
    type_lines(term, [*PROFILE, *ANSWERS])
    assert term.wait() == 0, term.text
    screen = term.text
    assert "Ciema nosaukums: Ābeļciems" in screen  # the terminal echoes what was typed
    assert "Līmenis: Augšā" in screen  # the closing report, through the table renderer
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_ctrl_c_halfway_saves_and_exits_130_then_resumes(tmp_path, criteria_dir, start):
    path = tmp_path / "ciems.yaml"
    term = start(path)
    type_lines(term, [*PROFILE, *ANSWERS[:6]])  # q_yes with evidence, q_rubric, q_num
    term.expect("Jautājums 4 no 7")
    _wait_for_prompt(term)
    term.key(b"mont")  # half an answer, then Ctrl-C
    term.expect("mont")
    time.sleep(0.3)  # let readline wait for the next key (a signal just before it waits is
    term.key(b"\x03")  # only noticed at the next key press: a CPython readline race)
    assert term.wait() == 130
    assert "Pārtraukts" in term.text
    assert set(answers_in(path)) == {"q_yes", "q_rubric", "q_num"}
    again = start(path)
    again.expect("Turpinām: 3 no 7")
    again.expect("Jautājums 4 no 7")
    type_lines(again, ANSWERS[6:])
    assert again.wait() == 0, again.text
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_a_killed_session_loses_nothing_and_resumes_at_the_next_question(
    tmp_path, criteria_dir, start
):
    path = tmp_path / "ciems.yaml"
    term = start(path, "--lang", "en")
    type_lines(term, [*PROFILE, *ANSWERS[:10]])  # up to q_choice and its evidence
    term.expect("Question 5 of 7")
    term.kill(signal.SIGKILL)  # no chance to clean up: a closed lid, a dead battery
    assert term.wait() == -signal.SIGKILL
    saved = answers_in(path)
    assert set(saved) == {"q_yes", "q_rubric", "q_num", "q_choice"}
    assert saved["q_yes"].evidence[0].shows == "plāns"
    assert not list(tmp_path.glob(".ciems.yaml.*.tmp"))
    again = start(path, "--lang", "en")
    again.expect("Question 5 of 7")
    assert "Question 4 of 7" not in again.text
    type_lines(again, ANSWERS[10:])
    assert again.wait() == 0, again.text
    by_hand = write_yaml(tmp_path / "by-hand.yaml", questionnaire_data())
    assert report_json(path, criteria_dir) == report_json(by_hand, criteria_dir)


def test_ctrl_d_quits_with_everything_saved(tmp_path, start):
    path = tmp_path / "ciems.yaml"
    term = start(path)
    type_lines(term, [*PROFILE, "jā", ""])
    term.expect("Jautājums 2 no 7")
    _wait_for_prompt(term)
    term.key(b"\x04")
    assert term.wait() == 0
    assert "Lai turpinātu: smartvillage assess" in term.text
    assert answers_in(path)["q_yes"].value == "yes"


def test_line_editing_keeps_latvian_letters(tmp_path, start):
    path = tmp_path / "ciems.yaml"
    term = start(path)
    _wait_for_prompt(term)
    term.key("Ābeļciemx".encode())
    term.key(b"\x7f")  # Backspace removes the x, not half a letter
    term.send("s")
    type_lines(term, [*PROFILE[1:], "!piezīme Ģirts, Ķegums, Ļaudona, Ņ, Ž", ":q"])
    assert term.wait() == 0
    questionnaire = __import__("smartvillage").load_questionnaire(path)
    assert questionnaire.village.name == "Ābeļciems"
    assert questionnaire.answers["q_yes"].note == "Ģirts, Ķegums, Ļaudona, Ņ, Ž"
