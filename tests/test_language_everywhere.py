"""Every output a person reads speaks one language and names things, not ids.

Each shipped example is scored and rendered in Latvian and in English, in every format a
person reads (terminal, Markdown, HTML, the report workbook), together with the blank
questionnaire, ``criteria show`` and the messages of ``validate``, ``score`` and ``batch``
on stderr. A Latvian output must hold no English words and no ids (of dimensions, criteria,
questions, options, tiers); an English output no Latvian words and no ids.

What the user or the criteria's sources wrote (the village's name, notes, evidence, the
titles of cited documents, web addresses) is data, in whatever language it was written,
and is taken out before the check. Machine-readable outputs (JSON, JSON Lines, the data
CSVs) keep stable English keys and codes by design and are not checked here.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.io.criteria import load_criteria
from smartvillage.io.documents import load_document

runner = CliRunner()
EXAMPLE_FILES = sorted(p for p in EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.json"))

# Words that give English away in a Latvian text (none of them is a Latvian word).
ENGLISH = re.compile(
    r"\b(the|and|of|is|are|with|for|which|this|that|was|were|by|from|question|questions|"
    r"village|villages|evidence|points?|answered|unanswered|warning|error|gate|tier|overall|"
    r"criterion|criteria|dimension|step|steps|not|yes|none|list|e\.g)\b",
    re.IGNORECASE,
)
# Latvian words and letters give Latvian away in an English text.
LATVIAN = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]|\b(un|vai|nav|ir|jā|nē|kopā|ciems|joma)\b")


def data_strings(value) -> set[str]:
    """Every text in a questionnaire: the village's own words, taken out before the check."""
    if isinstance(value, dict):
        return set().union(*(data_strings(v) for v in value.values()), set())
    if isinstance(value, list):
        return set().union(*(data_strings(v) for v in value), set())
    return {value} if isinstance(value, str) and len(value) > 1 else set()


def ids_of(criteria) -> set[str]:
    """The ids of a criteria set that a person must never see outside --details."""
    found = {d.id for d in criteria.dimensions} | {t.id for t in criteria.tiers}
    for criterion in criteria.criteria:
        found.add(criterion.id)
        for question in criterion.questions:
            found.add(question.id)
            for option in getattr(question, "options", None) or []:
                if "_" in option.value:
                    found.add(option.value)
            for prop in getattr(question, "properties", None) or []:
                if "_" in prop.id:
                    found.add(prop.id)
    return {i for i in found if "_" in i or "." in i or re.search(r"\d", i)}


def source_strings(criteria) -> set[str]:
    """The titles and publishers of the documents a criteria set cites: quoted as written."""
    out = set()
    for source in criteria.sources:
        out |= {source.title, source.publisher or ""}
    return {s for s in out if s}


def text_of(path: Path) -> str:
    """The words a person reads in an output file."""
    if path.suffix == ".xlsx":
        book = CalamineWorkbook.from_path(str(path))
        rows = []
        for name in book.sheet_names:
            rows.append(name)
            for row in book.get_sheet_by_name(name).to_python():
                rows.append(" | ".join(str(c) for c in row if c not in ("", None)))
        return "\n".join(rows)
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".html":
        text = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


# The recognition's own name is Latvian in both languages.
PROPER_NAMES = ("Viedais ciems", "Viedais Ciems", "VIEDAIS CIEMS", "Viedo ciemu", "Ceļā uz")


def cleaned(text: str, data: set[str]) -> str:
    """``text`` without data: the user's and the sources' words, names, web addresses,
    paths, and the field paths and format keys of a file (``village.population``,
    ``{value: ..., evidence: [...]}``)."""
    for item in sorted(data | set(PROPER_NAMES), key=len, reverse=True):
        text = text.replace(item, " ")
        for cut in range(len(item) - 1, 7, -1):  # a long text shown cut short: "Ciema What…"
            text = text.replace(item[:cut].rstrip() + "…", " ")
    text = re.sub(r"\b[\w-]+@[\w.-]+", " ", text)  # a criteria set's reference
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"(/[\w.@+-]+)+", " ", text)  # file paths
    text = re.sub(r"\b[\w]+(\.[\w]+)+:", " ", text)  # a field's path in the file
    text = re.sub(r"\{[^{}]*\[[^\]]*\][^{}]*\}", " ", text)  # a YAML example of the format
    return text


def without_names(text: str) -> str:
    """English text without capitalised words: Latvian place and people's names."""
    return re.sub(r"\b[A-ZĀČĒĢĪĶĻŅŠŪŽ][\wāčēģīķļņšūž-]*", " ", text)


# A count that does not agree with its noun: Latvian takes the singular after 1, 21, 31 …
# (not 11); English after 1 only.
DISAGREEING = {
    "lv": re.compile(
        r"(?<![\d/.,])(?:[2-9]?1)(?<!11) (neatbildēti|atbildēti|nav attiecināmi|izpildīti|"
        r"soļi|punkti|iniciatīvas|iedzīvotāji)\b"
    ),
    "en": re.compile(r"(?<![\d/.,])1 (villages|questions|steps|points|initiatives|residents)\b"),
}


def check(text: str, lang: str, ids: set[str], where: str) -> None:
    shown_ids = sorted({w for w in re.findall(r"[\w.]+", text) if w.strip(".") in ids})
    assert not shown_ids, f"{where}: ids shown: {shown_ids[:10]}"
    disagreeing = DISAGREEING[lang].findall(text)
    assert not disagreeing, f"{where}: a count disagrees with its noun: {disagreeing}"
    pattern = ENGLISH if lang == "lv" else LATVIAN
    if lang == "en":
        text = without_names(text)
    found = sorted({m.group(0) for m in pattern.finditer(text)})
    if found:
        line = next(ln for ln in text.splitlines() if pattern.search(ln))
        raise AssertionError(f"{where}: {found[:10]} in: {line.strip()[:200]}")


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_reports_speak_one_language_and_show_no_ids(tmp_path, example, lang):
    questionnaire = load_document(example).data
    criteria = load_criteria(questionnaire["criteria"])
    data = data_strings(questionnaire) | source_strings(criteria)
    outputs = [tmp_path / f"report.{ext}" for ext in ("md", "html", "xlsx", "txt")]
    args = ["score", str(example), "--lang", lang]
    result = runner.invoke(app, [*args, *(a for o in outputs for a in ("-o", str(o)))])
    assert result.exit_code in (0, 1), result.output
    ids = ids_of(criteria)
    for path in outputs:
        check(cleaned(text_of(path), data), lang, ids, f"{example.name} {path.name}")
    check(cleaned(result.stderr, data), lang, ids, f"{example.name} stderr")


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("ref", ["viedais-ciems@2024", "smart-rural-21@2022"])
def test_questionnaire_template_and_criteria_show_speak_one_language(tmp_path, ref, lang):
    criteria = load_criteria(ref)
    data = source_strings(criteria)
    ids = ids_of(criteria)
    template = runner.invoke(app, ["template", "--criteria", ref, "--lang", lang])
    assert template.exit_code == 0, template.output
    # the YAML keys are the file's format (question ids); the comments are for people
    comments = "\n".join(
        line.split("#", 1)[1] for line in template.stdout.splitlines() if "#" in line
    )
    check(cleaned(comments, data), lang, ids, f"{ref} template")
    # the Markdown view holds the same words as the terminal's table, where Rich wraps the
    # sources' titles over several lines and they cannot be told from the tool's words
    shown = runner.invoke(app, ["criteria", "show", ref, "--lang", lang, "-f", "md"])
    assert shown.exit_code == 0, shown.output
    check(cleaned(shown.stdout.replace("\\", ""), data), lang, ids, f"{ref} criteria show")


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_errors_speak_the_session_language(tmp_path, lang):
    bad = tmp_path / "ciems.yaml"
    data = load_document(EXAMPLES / "veverupe.yaml").data
    data["answers"]["vc1.vision_public"] = "varbūt"
    data["answers"]["vc1.vision_document"] = "xx"
    data["village"]["population"] = "daudz"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    criteria = load_criteria(data["criteria"])
    ids = ids_of(criteria) - {"vc1.vision_public", "vc1.vision_document"}  # the field's path
    for command in (["validate", str(bad)], ["score", str(bad)]):
        result = runner.invoke(app, [*command, "--lang", lang])
        assert result.exit_code == 2
        text = cleaned(result.stdout + result.stderr, {"varbūt", "daudz", "xx"})
        check(text, lang, ids, " ".join(command[:1]))
    table = EXAMPLES / "batch" / "ciemi.csv"
    result = runner.invoke(app, ["batch", str(table), "--lang", lang, "-f", "json"])
    assert result.exit_code == 1
    text = cleaned(result.stderr, {"varbūt", "daudz"})
    text = re.sub(r"\([\w. ]+\)", " ", text)  # the column as the file heads it
    check(text, lang, ids_of(load_criteria("viedais-ciems@2024")), "batch stderr")


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize(
    "pair", [("veverupe-self.yaml", "veverupe.yaml"), ("veverupe.yaml", "veverupe-2025.yaml")]
)
def test_comparisons_speak_one_language_and_show_no_ids(tmp_path, pair, lang):
    old, new = (EXAMPLES / name for name in pair)
    data = set()
    for path in (old, new):
        data |= data_strings(load_document(path).data)
    criteria = load_criteria(load_document(new).data["criteria"])
    data |= source_strings(criteria)
    # the terminal's tables wrap the villages' own words over lines, where they cannot be told
    # from the tool's; Markdown and HTML hold the same words unwrapped
    outputs = [tmp_path / f"compare.{ext}" for ext in ("md", "html")]
    args = ["compare", str(old), str(new), "--lang", lang]
    result = runner.invoke(app, [*args, *(a for o in outputs for a in ("-o", str(o)))])
    assert result.exit_code == 0, result.output
    for path in outputs:
        check(cleaned(text_of(path), data), lang, ids_of(criteria), f"{pair} {path.name}")


def visible_text(path: Path, skip_rows: dict[str, set[int]] | None = None) -> str:
    """The words on a workbook's visible sheets (hidden ones hold machine data), without
    the rows in ``skip_rows`` (by sheet: 0-based rows that hold keys for the program)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=False)
    rows = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows.append(sheet.title)
        skip = (skip_rows or {}).get(sheet.title, set())
        for number, row in enumerate(sheet.iter_rows(values_only=True)):
            if number not in skip:
                rows.append(" | ".join(str(c) for c in row if c not in ("", None)))
    return "\n".join(rows)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_results_workbook_and_template_workbook_speak_one_language(tmp_path, lang):
    table = EXAMPLES / "batch" / "ciemi.csv"
    data = {
        cell.strip()
        for line in table.read_text(encoding="utf-8-sig").splitlines()
        for cell in line.split(";")
        if cell.strip()
    }
    criteria = load_criteria("viedais-ciems@2024")
    data |= source_strings(criteria) | {"smartvillage", criteria.id}  # the set is named by id
    out = tmp_path / "rezultati.xlsx"
    result = runner.invoke(app, ["batch", str(table), "--lang", lang, "-o", str(out)])
    assert result.exit_code == 1, result.output
    text = visible_text(out)
    text = re.sub(r"\b[A-Z]+\d+\b", " ", text)  # cell names
    errors_sheet = "Kļūdas" if lang == "lv" else "Errors"
    text = re.sub(
        rf"{errors_sheet}.*?(?=\n\S+\n|\Z)", " ", text, flags=re.S
    )  # the file's own words
    check(cleaned(text, data), lang, ids_of(criteria), f"results workbook {lang}")
    template = tmp_path / "veidne.xlsx"
    made = runner.invoke(app, ["template", "-f", "xlsx", "--lang", lang, "-o", str(template)])
    assert made.exit_code == 0, made.output
    sheet = "Ciemi" if lang == "lv" else "Villages"
    text = visible_text(template, {sheet: {0, 2}})  # the criteria row and the key row
    check(cleaned(text, data), lang, ids_of(criteria), f"template workbook {lang}")
