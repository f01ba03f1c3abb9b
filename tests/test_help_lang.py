"""``--help`` in the session language (issue 16 items 5 and 6): every command's help,
options, arguments, examples and exit codes come from the catalogue, Latvian with
SMARTVILLAGE_LANG=lv or --lang lv and English otherwise, with no word left in the other
language."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer.core
import typer.main
from conftest import REPO
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.cli.help import help_lang, localize_tree, param_help

runner = CliRunner()


def command_paths() -> list[tuple[str, ...]]:
    """Every command of the tree, as the words that call it (``()`` is smartvillage)."""
    paths: list[tuple[str, ...]] = []

    def walk(command, path):
        paths.append(path)
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return paths


PATHS = command_paths()


def show_help(path: tuple[str, ...], lang: str | None, *extra: str) -> str:
    env = {"SMARTVILLAGE_LANG": lang, "COLUMNS": "100"}
    result = runner.invoke(app, [*path, *extra, "--help"], env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


# What the help rightly shows in either language: values a person types (formats, tiers,
# modes, schema names, encodings), names of formats and standards, the shipped criteria
# set and example files, the keys and the session commands of assess.
_SHARED = """
    table json md html xlsx csv yaml txt markdown htm jsonl lv en sign on_the_way auto
    progress assessors questionnaire format criteria report batch template score validate assess
    jq summary tier utf cp1257 windows bom mb url doi ctrl enter d q na n smartvillage
    smartvillage_lang smartvillage_criteria_dir viedais ciems id id@version version
    examples zilitkalni leader zied zeme help back skip note quit palīdzība atpakaļ izlaist
    nav attiecināms piezīme gaita atskaite beigt file dir path tier enc char new a b c
    compare migrate schema list show diff check to var no x cp
    xlsform forms google microsoft kobotoolbox odk central excel rfc
"""
SHARED = set(_SHARED.split())
_ENGLISH = """
    the and of a an is are with or for in from on by it its when not this that be as at
    each every usage options arguments commands default required env show message exit
    example examples codes write print set output input sets
"""
ENGLISH_WORDS = set(_ENGLISH.split()) - SHARED


def _parameter_names(command) -> set[str]:
    subs = (getattr(command, "commands", None) or {}).values()
    return {p.name for p in command.params}.union(*(_parameter_names(s) for s in subs))


if not hasattr(typer.core, "HAS_RICH"):
    # Typer before 0.20 (the floor in pyproject.toml) always draws Rich's panels, showing
    # an argument's parameter name and type, and a default of None
    SHARED |= {"none", "text", "integer", "boolean"} | _parameter_names(typer.main.get_command(app))
LATVIAN_LETTERS = re.compile(r"[āčēģīķļņšūž]", re.I)


def words(page: str) -> set[str]:
    """The words of a help page a person reads as prose: example commands, option names,
    metavars, file names and environment variables left out."""
    kept = []
    for line in page.splitlines():
        stripped = line.strip(" │╭╮╰╯─")
        if stripped.startswith(("smartvillage ", "SMARTVILLAGE_LANG=lv smartvillage")):
            continue
        kept.append(stripped)
    text = " ".join(kept)
    text = re.sub(r"(?<![\w])-{1,2}[\w-]+", " ", text)  # options
    text = re.sub(r"\$?\b[A-Z][A-Z@_.]*[A-Z]\b(\.\.\.)?", " ", text)  # metavars, $ENV
    text = re.sub(r"\S+\.(yaml|json|xlsx|csv|md|html|txt|log)\b", " ", text)  # file names
    text = re.sub(r"<[^>]*>|\{[^}]*\}|\w+_\w+", " ", text)  # choices, on_the_way
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "smartvillage")
def test_every_help_is_complete_in_both_languages(path):
    latvian = show_help(path, "lv")
    english = show_help(path, "en")
    assert "Piemēri:" in latvian and "Examples:" in english
    assert "Lietojums:" in latvian and "Usage:" in english
    if path != ("criteria",):
        assert "Izejas kodi:" in latvian and "Exit codes:" in english
    lv_words, en_words = words(latvian), words(english)
    # no English left in the Latvian page: neither its function words nor any other word
    # of the English page (an untranslated sentence shares them), beyond what both show
    assert not (lv_words & ENGLISH_WORDS), sorted(lv_words & ENGLISH_WORDS)
    assert not (lv_words & en_words) - SHARED, sorted((lv_words & en_words) - SHARED)
    latvian_in_english = {w for w in en_words if LATVIAN_LETTERS.search(w)} - SHARED
    assert not latvian_in_english, sorted(latvian_in_english)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_option_and_argument_has_help_from_the_catalogue(lang):
    group = typer.main.get_command(app)
    localize_tree(group, lang)

    def walk(command, path):
        assert command.help, path
        for param in command.params:
            assert getattr(param, "help", None), f"{path} {param.name}: no help in {lang}"
            # from the catalogue, not from a help= left in the code
            assert param_help(path, param.name, lang) == param.help, (path, param.name)
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, name if path == "app" else f"{path}.{name}")

    walk(group, "app")


def test_the_help_language_comes_from_the_command_line_then_the_environment(monkeypatch):
    monkeypatch.delenv("SMARTVILLAGE_LANG", raising=False)
    assert help_lang(["score", "x.yaml"]) == "en"  # neither: English, as issue 16 asks
    assert help_lang(["score", "--lang", "lv"]) == "lv"
    assert help_lang(["score", "-l", "LV", "--help"]) == "lv"
    assert help_lang(["score", "--lang=lv"]) == "lv"
    assert help_lang(["score", "-llv"]) == "lv"
    assert help_lang(["score", "--lang", "lv", "--lang", "en"]) == "en"  # the last wins
    assert help_lang(["score", "--", "--lang", "lv"]) == "en"
    monkeypatch.setenv("SMARTVILLAGE_LANG", "lv")
    assert help_lang(["score"]) == "lv"
    assert help_lang(["score", "--lang", "en"]) == "en"
    monkeypatch.setenv("SMARTVILLAGE_LANG", "de")
    assert help_lang(["score"]) == "en"


def test_lang_on_the_command_line_beats_the_environment():
    assert "Novērtē anketu" in show_help(("score",), "en", "--lang", "lv")
    assert "Score a questionnaire" in show_help(("score",), "lv", "-l", "en")
    assert "Score a questionnaire" in show_help(("score",), None)


def test_the_output_option_lists_only_what_the_command_writes():
    score = show_help(("score",), "lv")
    compare = show_help(("compare",), "lv")
    assert ".xlsx" in score and ".csv" in score
    assert ".xlsx" not in compare and ".json" in compare


def test_rich_help_is_latvian_too():
    """The panels Typer draws with Rich (a terminal) have Latvian titles and notes."""
    env = {
        **os.environ,
        "SMARTVILLAGE_LANG": "lv",
        "TYPER_USE_RICH": "1",
        "COLUMNS": "120",
        "PYTHONPATH": str(REPO / "src"),
    }
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "smartvillage", "score", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    page = done.stdout
    for latvian in ("Lietojums:", "Argumenti", "Opcijas", "[obligāts]", "[noklusējums: lv]"):
        assert latvian in page, latvian
    for english in ("Usage:", "Options", "Arguments", "required", "default:", "Show this"):
        assert english not in page, english
    assert "Novērtē anketu" in page and "Piemēri:" in page


def test_a_usage_error_keeps_one_language():
    """Click's own error text is English: its usage line stays English with it."""
    result = runner.invoke(app, ["score"], env={"SMARTVILLAGE_LANG": "lv"})
    assert result.exit_code != 0  # 2; Typer 0.16 ends it otherwise (so does main)
    assert "Lietojums" not in result.output and "OPCIJAS" not in result.output
