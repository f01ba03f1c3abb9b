"""The shipped examples land in their tiers; the terminal report is pinned exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, questionnaire_data
from typer.testing import CliRunner

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.cli.app import app
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.render.table import render

GOLDEN = Path(__file__).parent / "golden"
NOW = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)
PARTIAL = dict(
    FULL_ANSWERS,
    q_num=30,
    q_choice="yearly",
    q_multi=["web", "chat"],
    q_init=[{"name": "Ciema čats", "properties": ["digital"]}],
)


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("zilitkalni.yaml", "sign"),
        ("veverupe.yaml", "on_the_way"),
        ("priezulejas.json", "on_the_way"),
        ("jaunpuni.yaml", "not_yet"),
    ],
)
def test_each_example_lands_in_its_tier(name, tier):
    questionnaire = load_questionnaire(EXAMPLES / name)
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    assert report.summary.tier == tier
    result = CliRunner().invoke(app, ["score", str(EXAMPLES / name), "--lang", "en"])
    assert result.exit_code == 0, result.output


def test_examples_cover_every_tier_of_the_bundled_set():
    tiers = {
        score(q, load_criteria(q.criteria)).summary.tier
        for q in map(load_questionnaire, sorted(EXAMPLES.glob("*.*")))
        if q.criteria.startswith("viedais-ciems@")
    }
    assert tiers >= {t.id for t in load_criteria("viedais-ciems@2024").tiers}


@pytest.mark.parametrize(
    ("answers", "lang", "details", "golden"),
    [
        (FULL_ANSWERS, "en", False, "mini_full_en.txt"),
        (PARTIAL, "lv", False, "mini_partial_lv.txt"),
        (PARTIAL, "en", True, "mini_partial_details_en.txt"),
    ],
)
def test_table_output_is_pinned(mini, answers, lang, details, golden):
    report = score(Questionnaire.model_validate(questionnaire_data(answers)), mini, now=NOW)
    text = render(report, lang, width=100, details=details)
    expected = (GOLDEN / golden).read_text(encoding="utf-8")
    assert text == expected


def test_table_neutralises_markup_and_terminal_escapes(mini):
    data = questionnaire_data(FULL_ANSWERS, name="[bold red]Ciems[/] \x1b[2J\x1b]0;x\x07")
    report = score(Questionnaire.model_validate(data), mini, now=NOW)
    text = render(report, "en", width=100, color=True)
    assert "\x1b[2J" not in text and "\x1b]0" not in text and "\x07" not in text
    assert "[bold red]Ciems[/]" in text


@pytest.mark.parametrize(
    ("name", "extra"),
    [("ciemi.csv", []), ("ciemi-cp1257.csv", ["--encoding", "cp1257"]), ("ciemi-cp1257.csv", [])],
)
def test_the_example_village_table_scores_like_the_questionnaires(name, extra):
    import json

    result = CliRunner().invoke(
        app, ["batch", str(EXAMPLES / "batch" / name), "-f", "json", "--quiet", *extra]
    )
    assert result.exit_code == 1, result.output  # one row is rejected on purpose
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    scored = [
        (r["village"]["name"], r["summary"]["tier"], r["summary"]["percent"])
        for r in lines
        if r["status"] == "scored"
    ]
    expected = []
    for file in (
        "zilitkalni.yaml",
        "veverupe.yaml",
        "jaunpuni.yaml",
        "priezulejas.json",
        "veverupe-2025.yaml",
    ):
        q = load_questionnaire(EXAMPLES / file)
        s = score(q, load_criteria(q.criteria)).summary
        expected.append((q.village.name, s.tier, s.percent))
    assert scored == expected
    rejected = [r for r in lines if r["status"] == "rejected"]
    assert [r["row"] for r in rejected] == [9]
    for cell in ("E9 (population)", "K9 (date)", "P9 (vc1.vision_public)"):
        assert cell in result.stderr


def test_the_two_examples_of_one_village_compare():
    import json

    progress = CliRunner().invoke(
        app,
        [
            "compare",
            str(EXAMPLES / "veverupe.yaml"),
            str(EXAMPLES / "veverupe-2025.yaml"),
            "-f",
            "json",
        ],
    )
    assert progress.exit_code == 0, progress.output
    data = json.loads(progress.stdout)
    assert data["kind"] == "progress" and data["same_village"] is True
    assessors = CliRunner().invoke(
        app,
        [
            "compare",
            str(EXAMPLES / "veverupe-self.yaml"),
            str(EXAMPLES / "veverupe.yaml"),
            "-f",
            "json",
        ],
    )
    assert json.loads(assessors.stdout)["kind"] == "assessors"
