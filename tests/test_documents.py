"""The strict YAML/JSON reader: no guessing, no aliases or tags, positions kept."""

from __future__ import annotations

import pytest

from smartvillage.errors import InputError
from smartvillage.io.documents import load_document, parse_json, parse_yaml


def test_yaml_values_stay_text_and_lines_are_kept():
    doc = parse_yaml("a: no\nb: 0420\nc: 12:30\nd: 2024-05-01\ne: Rīga\nf: ~\ng: ''\n", "x.yaml")
    assert doc.data == {
        "a": "no",
        "b": "0420",
        "c": "12:30",
        "d": "2024-05-01",
        "e": "Rīga",
        "f": None,
        "g": "",
    }
    assert doc.line_of(("e",)) == 5
    assert doc.line_of(("e", "missing", 3)) == 5


def test_yaml_text_is_normalised_to_nfc():
    decomposed = "Ra\u0304mava"  # a + combining macron
    doc = parse_yaml(f"name: {decomposed}\n", "x.yaml")
    assert doc.data["name"] == "Rāmava"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: &x 1\nb: *x\n", "anchors", 1),
        ("a: 1\nb:\n  c: 2\n  c: 3\n", "duplicate key 'c' (first at line 3)", 4),
        ("a: !!python/object:os.system x\n", "tags", 1),
        ("a: !!str 3\n", "tags", 1),
        ("--- 1\n--- 2\n", "more than one YAML document", 2),
        ("a: [1, 2\n", "not valid YAML", None),
        ("? [a, b]\n: c\n", "mapping key must be plain text", 1),
        ("[" * 60 + "]" * 60, "nested deeper than 40 levels", 1),
    ],
)
def test_yaml_refusals_name_the_line(text, message, line):
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "bad.yaml")
    problem = caught.value.problems[0]
    assert problem.file == "bad.yaml"
    assert message in problem.message
    if line is not None:
        assert problem.line == line


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": NaN}', "NaN is not a number JSON allows"),
        ('{"a": Infinity}', "Infinity is not a number JSON allows"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"a": ', "not valid JSON"),
        ("[" * 100 + "]" * 100, "nested deeper than 40 levels"),
    ],
)
def test_json_refusals(text, message):
    with pytest.raises(InputError) as caught:
        parse_json(text, "bad.json")
    assert message in caught.value.problems[0].message


def test_json_keeps_types(tmp_path):
    path = tmp_path / "q.json"
    path.write_text('{"a": true, "b": 1.5, "c": "Ķegums"}', encoding="utf-8")
    assert load_document(path).data == {"a": True, "b": 1.5, "c": "Ķegums"}


def test_bom_is_dropped_and_other_encodings_refused(tmp_path):
    good = tmp_path / "bom.yaml"
    good.write_bytes(b"\xef\xbb\xbfname: \xc5\xa0\xc4\xb7\xc4\xabbe\n")
    assert load_document(good).data == {"name": "Šķībe"}
    bad = tmp_path / "cp1257.yaml"
    bad.write_bytes("name: Šķībe\n".encode("cp1257"))
    with pytest.raises(InputError) as caught:
        load_document(bad)
    assert "not UTF-8 text" in caught.value.problems[0].message


def test_missing_file_and_size_limit(tmp_path):
    with pytest.raises(InputError) as caught:
        load_document(tmp_path / "nope.yaml")
    assert caught.value.problems[0].message == "no such file"
    big = tmp_path / "big.yaml"
    big.write_text("a: 1\n" * 10)
    with pytest.raises(InputError) as caught:
        load_document(big, max_bytes=10)
    assert "the limit is 10 bytes" in caught.value.problems[0].message


def test_text_length_limit_is_reported_and_can_be_changed(monkeypatch):
    long_text = "ā" * 30_000
    with pytest.raises(InputError) as caught:
        parse_yaml(f"notes: {long_text}\n", "long.yaml")
    problem = caught.value.problems[0]
    assert problem.line == 1
    assert (
        "a text of 30,000 characters; the limit is 20,000 (set "
        "SMARTVILLAGE_MAX_TEXT_CHARS to change it)" in problem.message
    )
    with pytest.raises(InputError):
        parse_json(f'{{"notes": "{long_text}"}}', "long.json")
    monkeypatch.setenv("SMARTVILLAGE_MAX_TEXT_CHARS", "50000")
    assert parse_yaml(f"notes: {long_text}\n", "long.yaml").data["notes"] == long_text


def test_file_size_limit_names_its_variable(tmp_path, monkeypatch):
    path = tmp_path / "q.yaml"
    path.write_text("a: 1\n" * 100)
    monkeypatch.setenv("SMARTVILLAGE_MAX_FILE_BYTES", "100")
    with pytest.raises(InputError) as caught:
        load_document(path)
    assert (
        "the limit is 100 bytes (set SMARTVILLAGE_MAX_FILE_BYTES to change it)"
        in caught.value.problems[0].message
    )
