"""The CLI through Typer's CliRunner: exit codes, stdout/stderr split, JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FULL_ANSWERS, REPO, questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.cli.app import app

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def village(tmp_path):
    return write_yaml(tmp_path / "ciems.yaml", questionnaire_data())


def test_score_json_equals_the_api(village, criteria_dir):
    result = invoke("score", village, "--criteria-dir", criteria_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    from_cli = json.loads(result.stdout)
    questionnaire = load_questionnaire(village)
    from_api = json.loads(
        score(questionnaire, load_criteria("mini@1", [criteria_dir])).model_dump_json()
    )
    from_cli.pop("generated_at")
    from_api.pop("generated_at")
    assert from_cli == from_api
    assert from_cli["summary"]["tier"] == "top"
    assert from_cli["tool"]["name"] == "smartvillage"
    assert from_cli["criteria"]["id"] == "mini" and from_cli["criteria"]["version"] == "1"
    assert from_cli["schema_version"] == 3
    assert from_cli["village"]["name"] == "Ābeļciems"


def test_score_json_is_valid_against_the_published_schema(village, criteria_dir):
    jsonschema = pytest.importorskip("jsonschema")
    report = json.loads(
        invoke("score", village, "--criteria-dir", criteria_dir, "-f", "json").stdout
    )
    schema = json.loads(invoke("schema", "report").stdout)
    jsonschema.Draft202012Validator(schema).validate(report)


def test_table_goes_to_stdout_and_warnings_to_stderr(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data({"q_yes": "yes"}))
    result = invoke("score", path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert result.exit_code == 0
    assert "Ābeļciems" in result.stdout
    assert "Tier: Low" in result.stdout
    assert "warning: 6 of 7 questions are unanswered" in result.stderr
    assert "warning" not in result.stdout


@pytest.mark.parametrize(("tier", "code"), [("top", 1), ("mid", 1), ("low", 0)])
def test_fail_under(tmp_path, criteria_dir, tier, code):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data({"q_yes": "yes"}))
    result = invoke(
        "score", path, "--criteria-dir", criteria_dir, "--fail-under", tier, "--lang", "en"
    )
    assert result.exit_code == code
    if code:
        label = {"top": "Top", "mid": "Middle"}[tier]
        assert f"below {label} ({tier}): the village reached Low (low)" in result.stderr


def test_fail_under_passes_when_the_tier_is_reached(village, criteria_dir):
    assert (
        invoke("score", village, "--criteria-dir", criteria_dir, "--fail-under", "top").exit_code
        == 0
    )


def test_fail_under_unknown_tier_is_exit_2(village, criteria_dir):
    result = invoke("score", village, "--criteria-dir", criteria_dir, "--fail-under", "gold")
    assert result.exit_code == 2
    assert (
        "kritēriju kopā mini@1 nav līmeņa 'gold'; gaidīts viens no: top, mid, low" in result.stderr
    )


def test_invalid_questionnaire_is_exit_2_with_every_problem(tmp_path, criteria_dir):
    data = questionnaire_data({"q_yes": "maybe", "q_num": "many"})
    data["assessment"]["assessor"] = "neighbour"
    path = write_yaml(tmp_path / "bad.yaml", data)
    result = invoke("score", path, "--criteria-dir", criteria_dir)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{path}:" in result.stderr
    assert (
        "kļūda: " + f"{path}:10: assessment.assessor: gaidīts viens no: self, mentor, jury "
        "(saņemts 'neighbour')"
    ) in result.stderr
    english = invoke("score", path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert (
        "error: " + f"{path}:10: assessment.assessor: expected one of: self, mentor, jury "
        "(got 'neighbour')"
    ) in english.stderr
    assert result.stdout == ""


def test_validate_names_every_problem_with_its_line(tmp_path, criteria_dir):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "criteria: mini@1\n"
        "village:\n  name: Ābeļciems\n  Population : 12\n"
        "assessment:\n  assessor: self\n  date: 2024-05-01\n"
        "answers:\n  q_yes: maybe\n  q_num: -3\n  q_nope: yes\n",
        encoding="utf-8",
    )
    good = write_yaml(tmp_path / "good.yaml", questionnaire_data())
    result = invoke("validate", good, path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:4: village.Population: unknown field 'Population'; did you mean 'population'?",
    ]
    # answers are checked once the format is right
    path.write_text(
        path.read_text(encoding="utf-8").replace("  Population : 12\n", ""), encoding="utf-8"
    )
    result = invoke("validate", good, path, "--criteria-dir", criteria_dir)
    assert result.stdout.splitlines() == [
        f"{path}:8: answers.q_yes: gaidīts jā vai nē, saņemts 'maybe'",
        f"{path}:9: answers.q_num: gaidīts vismaz 0, saņemts '-3'",
        f"{path}:10: answers.q_nope: kritēriju kopā mini@1 nav jautājuma 'q_nope'",
    ]
    assert f"derīgs: {good}" in result.stderr
    assert "pārbaudīti faili: 2; derīgi: 1, nederīgi: 1; problēmas: 3" in result.stderr
    english = invoke("validate", good, path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert f"ok: {good}" in english.stderr
    assert "files checked: 2; valid: 1, invalid: 1; problems: 3" in english.stderr


def test_validate_json(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data({"q_yes": "maybe"}))
    result = invoke("validate", path, "--criteria-dir", criteria_dir, "--json")
    assert result.exit_code == 2
    assert json.loads(result.stdout) == [
        {
            "file": str(path),
            "line": 14,
            "field": "answers.q_yes",
            "code": "answer.yes_no",
            "message": "gaidīts jā vai nē, saņemts 'maybe'",
        }
    ]


def test_validate_ok_is_exit_0(village, criteria_dir):
    result = invoke("validate", village, "--criteria-dir", criteria_dir)
    assert result.exit_code == 0
    assert result.stdout == ""


def test_stdin_is_read_with_dash(village, criteria_dir):
    result = invoke(
        "score",
        "-",
        "--criteria-dir",
        criteria_dir,
        "-f",
        "json",
        input=village.read_text(encoding="utf-8"),
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_output_is_written_atomically_and_never_onto_the_input(village, criteria_dir, tmp_path):
    out = tmp_path / "report.json"
    result = invoke("score", village, "--criteria-dir", criteria_dir, "-f", "json", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["tier"] == "top"
    before = village.read_bytes()
    result = invoke("score", village, "--criteria-dir", criteria_dir, "-o", village)
    assert result.exit_code == 2
    assert "refusing to write the output onto an input file" in result.stderr
    assert village.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_criteria_set_is_exit_2(village):
    result = invoke("score", village)
    assert result.exit_code == 2
    assert "kritēriju kopa 'mini@1' nav atrasta; zināmās kopas: " in result.stderr
    english = invoke("score", village, "--lang", "en")
    assert "no criteria set 'mini@1' found; known sets: " in english.stderr


def test_scoring_against_another_version_only_when_asked(tmp_path, criteria_dir):
    text = (criteria_dir / "mini" / "1.yaml").read_text(encoding="utf-8")
    (criteria_dir / "mini" / "2.yaml").write_text(
        text.replace('version: "1"', 'version: "2"'), encoding="utf-8"
    )
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data(FULL_ANSWERS))
    result = invoke("score", path, "--criteria-dir", criteria_dir, "-f", "json")
    assert json.loads(result.stdout)["criteria"]["version"] == "1"
    result = invoke("score", path, "--criteria-dir", criteria_dir, "-c", "mini@2", "-f", "json")
    assert json.loads(result.stdout)["criteria"]["version"] == "2"
    assert "Anketa atbild kritērijiem mini@1, bet novērtēta pēc mini@2." in result.stderr
    result = invoke(
        "score", path, "--criteria-dir", criteria_dir, "-c", "mini@2", "-f", "json", "-l", "en"
    )
    assert (
        "warning: The questionnaire answers mini@1 but was scored against mini@2." in result.stderr
    )


def test_template_round_trip(tmp_path, criteria_dir):
    out = tmp_path / "blank.yaml"
    result = invoke(
        "template",
        "--criteria",
        "mini@1",
        "--criteria-dir",
        criteria_dir,
        "--lang",
        "en",
        "--output",
        out,
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# Is there a plan?" in text
    assert "#   -> yes | no   [evidence required]" in text
    assert "#      3 = All: all" in text
    assert "  q_init:" in text
    # the blank template is a questionnaire still to be filled in
    result = invoke("validate", out, "--criteria-dir", criteria_dir)
    assert result.exit_code == 2
    assert "village.name" in result.stdout and "assessment.date" in result.stdout
    filled = (
        text.replace('  name: ""', "  name: Ābeļciems", 1)
        .replace("  date:          # YYYY-MM-DD", "  date: 2024-05-01")
        .replace("  q_yes:", "  q_yes: yes")
        .replace("  q_multi:", "  q_multi: [web, app]")
    )
    out.write_text(filled, encoding="utf-8")
    result = invoke("score", out, "--criteria-dir", criteria_dir, "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["summary"]["counts"]["answered"] == 2
    assert report["summary"]["points"] == 5


@pytest.mark.parametrize("name", ["questionnaire", "criteria", "report"])
def test_schema_prints_the_shipped_file_and_the_models_match_it(name):
    from smartvillage.schemas import generate

    result = invoke("schema", name)
    assert result.exit_code == 0
    shipped = REPO / "src" / "smartvillage" / "schemas" / f"{name}.schema.json"
    assert result.stdout == shipped.read_text(encoding="utf-8")
    # compared as data: Pydantic releases differ in how they print a number (0 or 0.0)
    assert json.loads(generate(name)) == json.loads(result.stdout), (
        "run: python -m smartvillage.schemas"
    )
    assert json.loads(result.stdout)["$id"].startswith(f"urn:smartvillage:schema:{name}:")


@pytest.mark.parametrize(("lang", "example"), [("en", "Examples:"), ("lv", "Piemēri:")])
def test_every_command_has_help_with_an_example(lang, example):
    """Every command and subcommand (criteria list ...), in both languages; the full check
    of each page's language is in test_help_lang.py."""
    import typer.main

    from smartvillage.cli.help import localize_tree

    group = typer.main.get_command(app)
    localize_tree(group, lang)
    commands = [((name,), command) for name, command in group.commands.items()]
    commands += [
        ((name, sub_name), sub)
        for name, command in group.commands.items()
        for sub_name, sub in (getattr(command, "commands", None) or {}).items()
    ]
    for path, command in commands:
        result = runner.invoke(app, [*path, "--help"], env={"SMARTVILLAGE_LANG": lang})
        assert result.exit_code == 0, path
        assert command.help and example in command.help, f"{path} help has no example"
        assert example in result.stdout, path


def test_version():
    from smartvillage import __version__

    result = invoke("--version")
    assert result.stdout == f"smartvillage {__version__}\n"


def test_a_closed_pipe_and_a_narrow_encoding_end_quietly():
    """`batch … | head -c 10` stops without an internal error; an output encoding that
    cannot write Latvian letters replaces them instead of crashing."""
    import os
    import subprocess
    import sys

    command = [
        sys.executable,
        "-m",
        "smartvillage",
        "batch",
        str(REPO / "examples" / "batch" / "ciemi.csv"),
        "--format",
        "json",
        "--quiet",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    process.wait(timeout=60)
    assert process.returncode in (0, 1) and "internal error" not in stderr
    example = str(REPO / "examples" / "zilitkalni.yaml")
    narrow = subprocess.run(
        [sys.executable, "-m", "smartvillage", "score", example],
        capture_output=True,
        env=dict(os.environ, PYTHONIOENCODING="ascii"),
        timeout=60,
    )
    assert narrow.returncode == 0, narrow.stderr
    assert b"Z?l?tkalni" in narrow.stdout


def test_an_output_that_is_replaced_keeps_its_permissions(tmp_path):
    import os
    import stat

    private = tmp_path / "report.json"
    private.write_text("{}", encoding="utf-8")
    os.chmod(private, 0o600)
    fresh = tmp_path / "new.json"
    example = str(REPO / "examples" / "zilitkalni.yaml")
    assert invoke("score", example, "-o", private, "-o", fresh).exit_code == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    assert json.loads(private.read_text(encoding="utf-8"))["summary"]["tier"] == "sign"


def test_help_names_only_what_each_command_does():
    compare = invoke("compare", "--help")
    assert ".xlsx" not in compare.output and ".csv" in compare.output
    assert ".json" in compare.output
    score = invoke("score", "--help")
    assert ".xlsx" in score.output and ".csv" in score.output
    template = invoke("template", "--help")
    assert "the questionnaire names" not in template.output
    assert "newest viedais-ciems" in template.output


def test_shell_completion_completes_commands_and_choices():
    import os
    import subprocess
    import sys

    script = Path(sys.executable).parent / "smartvillage"
    if not script.exists():
        pytest.skip("the smartvillage command is not installed beside this Python")

    def complete(words: str, index: int) -> list[str]:
        env = {
            **os.environ,
            "_SMARTVILLAGE_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(index),
        }
        done = subprocess.run([str(script)], env=env, capture_output=True, text=True, check=True)
        return done.stdout.split()

    assert complete("smartvillage sc", 1) == ["score", "schema"]
    assert complete("smartvillage score --format ", 3) == [
        "table",
        "json",
        "md",
        "html",
        "xlsx",
        "csv",
    ]
    assert "--install-completion" in invoke("--help").output


@pytest.mark.parametrize(
    ("population", "lang", "shown"),
    [
        (21, "lv", "(21 iedzīvotājs)"),
        (11, "lv", "(11 iedzīvotāju)"),
        (420, "lv", "(420 iedzīvotāju)"),
        (1, "en", "(1 resident)"),
        (420, "en", "(420 residents)"),
    ],
)
def test_the_population_agrees_with_its_number(tmp_path, criteria_dir, population, lang, shown):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data(population=population))
    result = invoke("score", path, "--criteria-dir", criteria_dir, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


def test_warnings_on_stderr_speak_the_session_language(tmp_path, criteria_dir):
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data({"q_yes": "yes"}))
    latvian = invoke("score", path, "--criteria-dir", criteria_dir)
    assert latvian.stderr == "brīdinājums: 6 no 7 jautājumiem nav atbildēti un dod 0 punktu.\n"
    english = invoke("score", path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert english.stderr == "warning: 6 of 7 questions are unanswered and count as 0 points.\n"


@pytest.mark.parametrize("command", ["score", "validate", "compare", "batch", "migrate"])
def test_a_missing_argument_is_a_usage_error(command):
    result = invoke(command)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal" not in result.output
