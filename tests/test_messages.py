"""The one message catalogue: complete in both languages, consistent, and the only one."""

from __future__ import annotations

import ast
import csv
import io
import string
from pathlib import Path

import pytest

from smartvillage import messages

SRC = Path(messages.__file__).resolve().parents[1]


def test_every_message_has_both_languages():
    for key, texts in messages.catalogue().items():
        assert set(texts) == {"lv", "en"}, key
        assert all(value.strip() for value in texts.values()), key


def test_both_languages_have_the_same_placeholders():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, texts in messages.catalogue().items():
        assert fields(texts["lv"]) == fields(texts["en"]), key


# Latvian agrees in number and gender where English does not: these English words
# rightly have more than one Latvian form (izpildīts / izpildīti, obligāts / obligāti ...).
AGREEMENT = {
    "met",
    "answered",
    "unanswered",
    "not applicable",
    "required",
    "recommended",
    "gate",
}


def test_every_message_formats():
    """Literal braces are doubled; every placeholder is a plain name."""
    for key, texts in messages.catalogue().items():
        for lang, text in texts.items():
            names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
            assert all(n.isidentifier() for n in names), (key, lang)
            text.format(**dict.fromkeys(names, "x"))


def test_one_english_text_has_one_latvian_text():
    """Drift: the same English words must not be translated two ways."""
    seen: dict[str, tuple[str, str]] = {}
    for key, texts in messages.catalogue().items():
        if texts["en"] in AGREEMENT:
            continue
        first = seen.setdefault(texts["en"], (key, texts["lv"]))
        assert first[1] == texts["lv"], f"{first[0]} and {key}: {texts['en']!r}"


@pytest.mark.parametrize(
    "count,lv,en",
    [
        (1, True, True),
        (21, True, False),
        (11, False, False),
        (0, False, False),
        (2, False, False),
        (101, True, False),
    ],
)
def test_plural_rule(count, lv, en):
    assert messages.is_one(count, "lv") is lv
    assert messages.is_one(count, "en") is en


# Still to move into the catalogue (issue 12); this list only shrinks.
NOT_YET: set[str] = set()


def test_no_message_tables_outside_the_catalogue():
    """Bilingual tables (a dict with "lv" and "en" keys) live only in smartvillage.messages."""
    found = []
    for path in SRC.rglob("*.py"):
        if "messages" in path.relative_to(SRC).parts or str(path.relative_to(SRC)) in NOT_YET:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                values = [v for v in node.values if isinstance(v, ast.Constant)]
                if (
                    {"lv", "en"} <= keys
                    and values
                    and all(isinstance(v.value, str) for v in values)
                ):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found, found


def test_no_text_chosen_by_language_outside_the_catalogue():
    """``"jā" if lang == "lv" else "yes"``: words in two languages outside the catalogue
    (number marks such as ``" %"`` / ``"%"`` are typography, not words)."""
    found = []
    for path in SRC.rglob("*.py"):
        if "messages" in path.relative_to(SRC).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.IfExp):
                continue
            test = ast.unparse(node.test)
            texts = [
                n
                for n in (node.body, node.orelse)
                if isinstance(n, ast.Constant)
                and isinstance(n.value, str)
                and any(c.isalpha() for c in n.value)  # words, not "%" or " p.p." marks
            ]
            if "lang" in test and "'lv'" in test and len(texts) == 2:
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found, found


def test_catalogue_dump_has_every_message(capsys):
    from smartvillage.messages.__main__ import main

    main()
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    assert rows[0] == ["key", "lv", "en"]
    assert len(rows) - 1 == len(messages.catalogue())
    assert ["report.village", "Ciems", "Village"] in rows
