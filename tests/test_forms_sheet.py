"""``template --format forms``: the Google / Microsoft Forms build sheet, and that every title
and option it lists is what batch recognises."""

from __future__ import annotations

import re

import pytest
from conftest import REPO
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.io.criteria import load_criteria
from smartvillage.io.exports.forms import converter, loose, targets

runner = CliRunner()
BUNDLED = sorted(f"{path.parent.name}@{path.stem}" for path in (REPO / "criteria").glob("*/*.yaml"))


def sheet(*args):
    result = runner.invoke(app, ["template", "--format", "forms", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


def items(text):
    """(title, options) for every numbered item of the sheet, Markdown escapes undone."""
    found = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        head = re.match(r"^\d+\. \*\*(.*)\*\*  $", lines[0]) if lines else None
        if head is None:
            continue
        options = [
            re.sub(r"\\(.)", r"\1", line.strip()[2:])
            for line in lines
            if line.startswith(" ") and line.strip().startswith("- ")
        ]
        found.append((re.sub(r"\\(.)", r"\1", head.group(1)), options))
    return found


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("ref", BUNDLED)
def test_every_title_and_option_is_recognised_by_batch(ref, lang):
    criteria = load_criteria(ref)
    known = targets(criteria)
    listed = items(sheet("--criteria", ref, "--lang", lang))
    seen = set()
    for title, options in listed:
        matches = known.get(loose(title))
        assert matches and len(matches) == 1, title
        target = matches[0]
        seen.add(target.key)
        convert = converter(target)
        if target.role == "question" and options:
            question = target.question
            allowed = {str(getattr(o, "value", "")) for o in getattr(question, "options", [])}
            allowed |= {str(lv.value) for lv in getattr(question, "levels", [])}
            allowed |= {"yes", "no", "n/a"}
            for option in options:
                value = convert(option)
                assert value.split("; ")[0] in allowed, (title, option, value)
    questions = {q.id for c in criteria.criteria for q in c.questions}
    assert questions <= seen


def test_the_sheet_for_the_mini_set(criteria_dir):
    text = sheet("--criteria", "mini@1", "--criteria-dir", criteria_dir, "--lang", "en")
    assert text.startswith("# How to build this questionnaire in Google Forms or Microsoft Forms\n")
    assert (
        "13. **Is there a plan?**  \n    one answer from a list; optional\n    - Yes\n    - No\n"
    ) in text
    assert (
        "15. **How broad?**  \n"
        "    one answer from a list; optional\n"
        "    - 0 — None\n"
        "    - 1 — Little\n"
        "    - 2 — Much\n"
        "    - 3 — All\n"
    ) in text
    assert "    - Not applicable\n" in text
    assert "1. **Village**  \n   short text answer; required\n" in text
    assert "Properties: digital, lasting." in text
    lv = sheet("--criteria", "mini@1", "--criteria-dir", criteria_dir)
    assert "**Vai ir plāns?**" in lv and "    - Jā\n" in lv and "obligāts" in lv
