"""Criteria as versioned data: extends, list, show, diff, check, user folders, migrate."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import FULL_ANSWERS, MINI_CRITERIA, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.errors import InputError
from smartvillage.io.criteria import load_criteria

runner = CliRunner()

MINI_2 = textwrap.dedent("""\
    # Round 2: differences from mini@1 only.
    extends: mini@1
    version: "2"
    criterion_met_percent: 70
    criteria:
      - id: c1
        weight: 2
        questions:
          - id: q_rubric
            text: {lv: Cik plaši iesaistīti?, en: How broadly involved?}
          - id: q_new
            type: yes_no
            text: {lv: Vai ir padome?, en: Is there a council?}
      - id: c4
        dimension: d2
        title: {lv: Sadarbība, en: Cooperation}
        recommendation: {lv: Sadarbojieties., en: Cooperate.}
        questions:
          - {id: q_coop, type: yes_no, text: {lv: Vai ir partneri?, en: Any partners?}}
    tiers:
      - id: mid
        min_percent: 55
    remove:
      questions: [q_na]
    """)


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


@pytest.fixture
def two_rounds(criteria_dir: Path) -> Path:
    (criteria_dir / "mini" / "2.yaml").write_text(MINI_2, encoding="utf-8")
    return criteria_dir


def test_extends_merges_by_id_and_removes(two_rounds):
    round2 = load_criteria("mini@2", [two_rounds])
    assert round2.ref == "mini@2"
    assert round2.criterion_met_percent == 70
    c1 = round2.criteria[0]
    assert c1.weight == 2 and c1.gate is True  # merged field by field
    assert [q.id for q in c1.questions] == ["q_yes", "q_rubric", "q_new"]
    assert c1.questions[1].text.en == "How broadly involved?"
    assert len(c1.questions[1].levels) == 4  # the parent's levels are kept
    assert [c.id for c in round2.criteria] == ["c1", "c2", "c3", "c4"]
    assert "q_na" not in round2.questions()
    assert [(t.id, t.min_percent) for t in round2.tiers] == [("top", 80), ("mid", 55), ("low", 0)]
    assert load_criteria("mini", [two_rounds]).version == "2"  # newest when no version


def test_extends_problems_are_named(criteria_dir):
    folder = criteria_dir / "mini"
    (folder / "3.yaml").write_text('extends: mini@9\nversion: "3"\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_criteria("mini@3", [criteria_dir])
    problem = caught.value.problems[0]
    assert (problem.field, problem.line) == ("extends", 1)
    assert "extends mini@9: no criteria set 'mini@9' found" in problem.message
    (folder / "4.yaml").write_text('extends: mini@5\nversion: "4"\n', encoding="utf-8")
    (folder / "5.yaml").write_text('extends: mini@4\nversion: "5"\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_criteria("mini@4", [criteria_dir])
    assert "'extends' goes round in a circle" in caught.value.problems[0].message
    (folder / "6.yaml").write_text(
        'extends: mini@1\nversion: "6"\nremove: {criteria: [c9]}\n', encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        load_criteria("mini@6", [criteria_dir])
    assert "cannot remove 'c9': the parent set has no such criterion" in str(caught.value)


def test_list_shows_every_set_and_marks_shadowing(two_rounds, tmp_path):
    other = tmp_path / "other"
    (other / "mini").mkdir(parents=True)
    (other / "mini" / "1.yaml").write_text(MINI_CRITERIA, encoding="utf-8")
    (other / "mini" / "7.yaml").write_text("id: [broken\n", encoding="utf-8")
    result = invoke(
        "criteria",
        "list",
        "--criteria-dir",
        other,
        "--criteria-dir",
        two_rounds,
        "--json",
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result.output
    rows = {(r["ref"], r["origin"]): r for r in json.loads(result.stdout)}
    assert rows[("mini@1", str(other))]["notes"] == [f"hides the set from {two_rounds}"]
    assert rows[("mini@1", str(two_rounds))]["notes"] == [f"hidden by {other}"]
    assert rows[("mini@2", str(two_rounds))]["status"] == "custom"
    assert rows[("mini@7", str(other))]["valid"] is False
    assert ("viedais-ciems@2024", "bundled") in rows
    table = invoke("criteria", "list", "--criteria-dir", two_rounds)
    assert "mini@2" in table.stdout and "viedais-ciems@2024" in table.stdout


def test_environment_variable_adds_a_folder(two_rounds, monkeypatch):
    monkeypatch.setenv("SMARTVILLAGE_CRITERIA_DIR", str(two_rounds))
    assert load_criteria("mini@2").ref == "mini@2"


def test_show_formats(criteria_dir):
    table = invoke("criteria", "show", "mini@1", "--criteria-dir", criteria_dir, "--lang", "en")
    assert table.exit_code == 0, table.output
    assert "How broad?" in table.stdout and "q_rubric" not in table.stdout
    assert "every must-pass criterion met, every criterion met" in table.stdout
    details = invoke(
        "criteria", "show", "mini@1", "--criteria-dir", criteria_dir, "--lang", "en", "--details"
    )
    assert "q_rubric How" in details.stdout
    md = invoke(
        "criteria", "show", "mini@1", "--criteria-dir", criteria_dir, "-f", "md", "--lang", "lv"
    )
    assert "### Kopīgs mērķis" in md.stdout
    assert "| Vai ir plāns? | jā \\| nē | 2 | obligāti |" in md.stdout
    assert "izpildīti visi obligātie kritēriji, izpildīti visi kritēriji" in md.stdout
    md = invoke(
        "criteria", "show", "mini@1", "--criteria-dir", criteria_dir, "-f", "md", "--details"
    )
    assert "### `c1` Kopīgs mērķis" in md.stdout
    assert "| `q_yes` Vai ir plāns? | jā \\| nē | 2 | obligāti |" in md.stdout
    data = json.loads(
        invoke("criteria", "show", "mini@1", "--criteria-dir", criteria_dir, "-f", "json").stdout
    )
    assert data["id"] == "mini" and len(data["criteria"]) == 3


def test_diff_lists_real_differences(two_rounds):
    result = invoke(
        "criteria", "diff", "mini@1", "mini@2", "--criteria-dir", two_rounds, "-f", "json"
    )
    assert result.exit_code == 0, result.output
    changes = [
        (c["kind"], c["item"], c["id"], c["field"]) for c in json.loads(result.stdout)["changes"]
    ]
    assert changes == [
        ("changed", "set", "mini", "criterion_met_percent"),
        ("changed", "criterion", "c1", "weight"),
        ("added", "criterion", "c4", None),
        ("changed", "question", "q_rubric", "text"),
        ("added", "question", "q_new", None),
        ("added", "question", "q_coop", None),
        ("removed", "question", "q_na", None),
        ("changed", "tier", "mid", "min_percent"),
    ]
    table = invoke("criteria", "diff", "mini@1", "mini@2", "--criteria-dir", two_rounds)
    assert "mini@1 → mini@2: 8 izmaiņas" in table.stdout
    english = invoke(
        "criteria", "diff", "mini@1", "mini@2", "--criteria-dir", two_rounds, "--lang", "en"
    )
    assert "mini@1 → mini@2: 8 changes" in english.stdout


def test_check_reports_each_kind_of_mistake_with_its_line(tmp_path):
    edits = [
        ("title: {lv: Mazais komplekts, en: Mini set}", "title: {lv: Mazais komplekts}"),
        ("    weight: 3\n", "    weight: 0\n"),
        ("    sources: [s1]\n", "    sources: [s1, s2]\n"),
        ("  - id: c2\n    dimension: d1", "  - id: c1\n    dimension: d9"),
        ("      - id: q_choice", "      - id: q_num"),
        ("description: {lv: daudz, en: much},", ""),
        ("    min_percent: 50\n", "    min_percent: 90\n"),
        (
            "  - id: low\n    label: {lv: Apakšā, en: Low}\n",
            "  - id: low\n    label: {lv: Apakšā, en: Low}\n    all_gates: true\n",
        ),
    ]
    text = MINI_CRITERIA
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    lines = text.splitlines()

    def line(fragment: str, after: int = 0) -> int:
        return next(i + 1 for i, s in enumerate(lines) if fragment in s and i >= after)

    expected = [
        (line("title: {lv: Mazais komplekts}"), "title: text missing in en (give both lv and en)"),
        (line("weight: 0"), "dimensions.1.weight: weight must be a number above 0, got '0'"),
        (
            line("sources: [s1, s2]"),
            "criteria.0.sources.1: source 's2' is not defined; defined: s1",
        ),
        (
            line("{value: 2, label"),
            "criteria.0.questions.1.levels.2: rubric level 2 has no description",
        ),
        (
            line("- id: c1", line("- id: c1")),
            f"criteria.1.id: criterion id 'c1' is used again (first at line {line('- id: c1')})",
        ),
        (
            line("dimension: d9"),
            "criteria.1.dimension: dimension 'd9' is not defined; defined: d1, d2",
        ),
        (
            line("- id: q_num", line("- id: q_num")),
            "criteria.1.questions.1.id: question id 'q_num' is used again",
        ),
        (
            line("min_percent: 90"),
            "tiers.1.min_percent: tiers must be listed highest first: "
            "'mid' needs 90% but 'top' above it only 80%",
        ),
        (line("- id: low"), "tiers.2: the last tier ('low') must have no requirements"),
    ]
    result = invoke("criteria", "check", bad, "--lang", "en")
    assert result.exit_code == 2
    for number, message in expected:
        assert f"{bad}:{number}: {message}" in result.stdout, (number, message, result.stdout)
    assert "files checked: 1; sound: 0, with problems: 1; problems: " in result.stderr


def test_check_passes_sound_files(criteria_dir):
    result = invoke("criteria", "check", criteria_dir / "mini" / "1.yaml")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_every_bundled_set_is_sound():
    from smartvillage.io.criteria import bundled_dir

    files = sorted(bundled_dir().glob("*/*.yaml"))
    assert files
    result = invoke("criteria", "check", *files)
    assert result.exit_code == 0, result.stdout


def test_migrate_carries_answers_and_names_new_questions(two_rounds, tmp_path):
    source = write_yaml(tmp_path / "q.yaml", questionnaire_data(FULL_ANSWERS))
    before = source.read_bytes()
    out = tmp_path / "q2.yaml"
    result = invoke(
        "migrate",
        source,
        "--to",
        "mini@2",
        "-o",
        out,
        "--criteria-dir",
        two_rounds,
        "--json",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["carried"] == ["q_yes", "q_rubric", "q_num", "q_choice", "q_multi", "q_init"]
    assert report["dropped"] == [
        {
            "question": "q_na",
            "code": "migrate.no_question",
            "reason": "kritēriju kopā mini@2 šāda jautājuma nav",
        }
    ]
    assert report["needs_answer"] == ["q_new", "q_coop"]
    assert source.read_bytes() == before
    scored = invoke("score", out, "--criteria-dir", two_rounds, "-f", "json")
    assert scored.exit_code == 0, scored.output
    data = json.loads(scored.stdout)
    assert data["criteria"]["version"] == "2"
    assert data["summary"]["counts"]["unanswered"] == 2
    assert (
        invoke(
            "migrate", source, "--to", "mini@2", "-o", source, "--criteria-dir", two_rounds
        ).exit_code
        == 2
    )
    assert source.read_bytes() == before


def test_migrate_drops_answers_that_no_longer_fit(criteria_dir, tmp_path):
    round3 = MINI_CRITERIA.replace('version: "1"', 'version: "3"').replace(
        "- {value: monthly, label: {lv: Katru mēnesi, en: Monthly}, points: 2}", ""
    )
    (criteria_dir / "mini" / "3.yaml").write_text(round3, encoding="utf-8")
    source = write_yaml(tmp_path / "q.yaml", questionnaire_data(FULL_ANSWERS))
    result = invoke(
        "migrate",
        source,
        "--to",
        "mini@3",
        "-o",
        tmp_path / "q3.yaml",
        "--criteria-dir",
        criteria_dir,
    )
    assert result.exit_code == 0, result.output
    assert (
        "q_choice: atbilde vairs neder: gaidīta viena no izvēlēm “Nekad”, “Reizi gadā”, "
        "saņemts 'monthly'" in result.stdout
    )
    assert "nepieciešama atbilde: q_choice" in result.stdout


def test_bundled_sets_are_listed():
    rows = json.loads(invoke("criteria", "list", "--json").stdout)
    refs = {r["ref"] for r in rows if r["valid"]}
    assert {
        "viedais-ciems@2023",
        "viedais-ciems@2024",
        "eu-smart-villages@2019",
        "smart-rural-21@2022",
    } <= refs


def test_the_two_recognition_rounds_differ_as_their_calls_do():
    result = invoke("criteria", "diff", "viedais-ciems@2023", "viedais-ciems@2024", "-f", "json")
    changes = {
        (c["kind"], c["item"], c["id"], c["field"]) for c in json.loads(result.stdout)["changes"]
    }
    assert ("added", "question", "vc4.continuity", None) in changes
    assert ("removed", "question", "vc4.organisational_innovation", None) in changes
    assert ("removed", "question", "vc5.conditions", None) in changes
    assert ("changed", "criterion", "vc4", "title") in changes


def test_migrating_an_example_between_rounds_keeps_its_answers(tmp_path):
    from conftest import EXAMPLES

    out = tmp_path / "zilitkalni-2023.yaml"
    result = invoke(
        "migrate",
        EXAMPLES / "zilitkalni.yaml",
        "--to",
        "viedais-ciems@2023",
        "-o",
        out,
        "--json",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["carried"]) == 28
    assert report["dropped"] == [
        {
            "question": "vc4.continuity",
            "code": "migrate.no_question",
            "reason": "kritēriju kopā viedais-ciems@2023 šāda jautājuma nav",
        }
    ]
    assert report["needs_answer"] == ["vc4.organisational_innovation", "vc5.conditions"]
    scored = json.loads(invoke("score", out, "-f", "json").stdout)
    assert scored["criteria"]["version"] == "2023"


def test_a_missing_criteria_folder_is_named(tmp_path):
    from conftest import EXAMPLES

    result = invoke("score", EXAMPLES / "zilitkalni.yaml", "--criteria-dir", tmp_path / "nope")
    assert result.exit_code == 2
    assert (
        f"{tmp_path / 'nope'}: šādas kritēriju mapes nav (norādīta ar --criteria-dir)"
        in result.stderr
    )


def test_check_names_sources_a_reader_could_not_find(tmp_path):
    from smartvillage.catalog.lint import source_warnings
    from smartvillage.io.criteria import load_criteria_file

    text = MINI_CRITERIA.replace(
        "sources:\n  - id: s1\n    title: Test source\n",
        "sources:\n  - {id: s1, title: A call, url: 'https://example.org/call-2024'}\n"
        "  - {id: s2, title: Home, url: 'https://example.org/'}\n"
        "  - {id: s3, title: A printed summary}\n",
    )
    path = tmp_path / "1.yaml"
    path.write_text(text, encoding="utf-8")
    warnings = source_warnings(load_criteria_file(path))
    assert warnings == [
        "source 's2' points at a home page (https://example.org/), not at the page it cites",
        "source 's3' has no URL or DOI",
    ]
    result = invoke("criteria", "check", path, "--lang", "en")
    assert result.exit_code == 0  # warnings, not problems
    assert "warning:" in result.stderr and "source 's3' has no URL or DOI" in result.stderr
    assert (
        "Each criterion's share of the overall score: c1: 1/12; c2: 1/6; c3: 3/4." in result.stderr
    )
