"""Every command speaks the session language on stderr (issue 12 item 2): for a success and
a failure of each command, the Latvian stderr has no English and the English stderr no
Latvian. What rightly shows in either (file paths, option names, ids, the village's own
name) is left out before the check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FULL_ANSWERS, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage.cli.app import app

runner = CliRunner()

# English words that no Latvian sentence has (checked as whole words, any case)
ENGLISH = re.compile(
    r"\b(the|and|of|is|are|was|with|for|from|not|has|have|an|or|but|this|that|be|at|on|by|"
    r"wrote|error|warning|found|checked|expected|got|carried|dropped|below|reached|invalid|"
    r"refusing|given|needs|files?|sound|problems?|valid|rows?|scored|rejected|village|"
    r"answers?|questions?|unanswered|set|tier)\b",
    re.IGNORECASE,
)
LATVIAN = re.compile(r"[āčēģīķļņšūž]|\b(un|ir|nav|vai|kļūda|brīdinājums|ierakstīts)\b", re.I)
# shown in either language: the village's and the criteria set's own names
PROPER = ("Ābeļciems", "Bērzciems", "Ābeļu pagasts", "Tukuma novads", "Mazais komplekts")


def prose(stderr: str, tmp_path: Path) -> str:
    """``stderr`` without what is not prose: paths, option names, ids and references."""
    text = stderr.replace(str(tmp_path), " ")
    for name in PROPER:
        text = text.replace(name, " ")
    text = re.sub(r"\S*/\S*|\S+\.(yaml|json|csv|xlsx|md)\b", " ", text)  # paths, file names
    text = re.sub(r"(?<!\w)-{1,2}[\w-]+", " ", text)  # options
    text = re.sub(r"\b\w+@\w+\b|\b[A-Z][A-Z_.@]+\b", " ", text)  # refs, metavars
    text = re.sub(r"'[^']*'|\b\w*_\w*\b|\b[qcd]\d?\b", " ", text)  # quoted values, ids
    return text


@pytest.fixture
def files(tmp_path, criteria_dir):
    partly = write_yaml(tmp_path / "ciems.yaml", questionnaire_data({"q_yes": "yes"}))
    full = write_yaml(tmp_path / "pilns.yaml", questionnaire_data(FULL_ANSWERS))
    other = write_yaml(tmp_path / "cits.yaml", questionnaire_data(FULL_ANSWERS, name="Bērzciems"))
    bad = write_yaml(tmp_path / "slikts.yaml", questionnaire_data({"q_num": -1}))
    table = tmp_path / "ciemi.csv"
    table.write_text(
        "criteria;mini@1\nvillage;municipality;assessor;date;q_yes\n"
        "Ābeļciems;Tukuma novads;self;2024-05-14;yes\n",
        encoding="utf-8",
    )
    return {
        "partly": partly,
        "full": full,
        "other": other,
        "bad": bad,
        "table": table,
        "dir": criteria_dir,
    }


def cases(f: dict, tmp: Path) -> dict[str, tuple[list, int]]:
    """Each case: the command line (without --lang) and its exit code."""
    d = ["--criteria-dir", f["dir"]]
    mini = f["dir"] / "mini" / "1.yaml"
    return {
        "score ok": (["score", f["partly"], *d, "-o", tmp / "r.json"], 0),
        "score below": (["score", f["partly"], *d, "--fail-under", "mid"], 1),
        "score unknown tier": (["score", f["partly"], *d, "--fail-under", "gold"], 2),
        "score two formats": (["score", f["full"], *d, "-f", "json", "-o", tmp / "r.html"], 2),
        "compare ok": (["compare", f["partly"], f["full"], *d, "-o", tmp / "c.md"], 0),
        "compare two villages": (["compare", f["full"], f["other"], *d], 0),
        "compare two stdin": (["compare", "-", "-", *d], 2),
        "assess dash": (["assess", "-", "--from-stdin", *d], 2),
        "assess other set": (
            ["assess", f["full"], "--from-stdin", "--criteria", "viedais-ciems@2024", *d],
            2,
        ),
        "validate ok": (["validate", f["full"], *d], 0),
        "validate bad": (["validate", f["bad"], *d], 2),
        "template ok": (["template", "--criteria", "mini@1", *d, "-o", tmp / "t.yaml"], 0),
        "template no set": (["template", "--criteria", "nope@1", *d], 2),
        "batch ok": (["batch", f["table"], *d, "-o", tmp / "out.json"], 0),
        "batch xlsx to stdout": (["batch", f["table"], *d, "-f", "xlsx"], 2),
        "migrate ok": (["migrate", f["full"], "--to", "mini@1", "-o", tmp / "m.yaml", *d], 0),
        "migrate no set": (["migrate", f["full"], "--to", "nope@1", "-o", tmp / "m.yaml", *d], 2),
        "criteria list": (["criteria", "list", *d], 0),
        "criteria show": (["criteria", "show", "mini@1", *d], 0),
        "criteria show unknown": (["criteria", "show", "nope@1", *d], 2),
        "criteria diff": (["criteria", "diff", "mini@1", "mini@1", *d], 0),
        "criteria check ok": (["criteria", "check", mini], 0),
        "criteria check bad": (["criteria", "check", f["bad"]], 2),
    }


CASES = list(
    cases(dict.fromkeys(("partly", "full", "other", "bad", "table"), 0) | {"dir": Path()}, Path())
)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_stderr_is_in_the_session_language(files, tmp_path, case, lang):
    args, code = cases(files, tmp_path)[case]
    result = runner.invoke(app, [str(a) for a in args] + ["--lang", lang], input="")
    assert result.exit_code == code, result.output
    if code or case == "compare two villages":
        assert result.stderr.strip(), "every failure (and the warning) is said on stderr"
    text = prose(result.stderr, tmp_path)
    if lang == "lv":
        assert not ENGLISH.findall(text), (ENGLISH.findall(text), result.stderr)
    else:
        assert not LATVIAN.findall(text), (LATVIAN.findall(text), result.stderr)


def test_the_environment_chooses_the_language_where_lang_is_not_given(files, tmp_path):
    args = ["criteria", "check", str(files["bad"])]
    latvian = runner.invoke(app, args, env={"SMARTVILLAGE_LANG": "lv"})
    english = runner.invoke(app, args, env={"SMARTVILLAGE_LANG": "en"})
    assert "pārbaudīti faili: 1; kārtībā: 0, ar kļūdām: 1" in latvian.stderr
    assert "files checked: 1; sound: 0, with problems: 1" in english.stderr


def test_migrate_says_what_it_did_in_the_session_language(files, tmp_path):
    args = ["migrate", files["full"], "--to", "mini@1", "-o", tmp_path / "m.yaml"]
    args += ["--criteria-dir", files["dir"]]
    latvian = runner.invoke(app, [str(a) for a in args])
    assert latvian.stdout.startswith("pārnestas 7 atbildes no mini@1 uz mini@1")
    english = runner.invoke(app, [str(a) for a in args] + ["--lang", "en"])
    assert english.stdout.startswith("carried: 7 answers from mini@1 to mini@1")
