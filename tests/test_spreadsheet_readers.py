"""The XLSX and CSV readers: layouts, encodings, header problems and hostile files.

Every file is built by the test itself; each class of input ends in a result or a
clear problem naming the place.
"""

from __future__ import annotations

import codecs
import datetime as dt
import struct
import zipfile
from pathlib import Path

import pytest
from test_spreadsheet_support import KEYS, csv_text, village, write_xlsx

from smartvillage.batch import BatchOptions, run_batch
from smartvillage.io.spreadsheet import Limits


def batch(criteria_dir: Path, *paths: Path, **options):
    return run_batch(paths, BatchOptions(criteria_dirs=[criteria_dir], **options))


def messages(result) -> list[str]:
    return [str(p) for p in result.problems]


# ------------------------------------------------------------------ XLSX layout


def test_template_layout_is_read_with_cells_named(tmp_path, criteria_dir):
    path = write_xlsx(
        tmp_path / "ciemi.xlsx",
        [village("Ābeļciems"), village("Bērzciems", population="daudz"), village("Cīruļi")],
    )
    result = batch(criteria_dir, path)
    assert [v.name for v in result.villages] == ["Ābeļciems", "Cīruļi"]
    assert [v.row for v in result.villages] == [4, 6]
    assert result.villages[0].sheet == "Ciemi"
    assert result.stats.rows == 3 and result.stats.scored == 2 and result.stats.rejected == 1
    assert messages(result) == [
        f"{path}: Ciemi!E5 (population): expected a whole number, got 'daudz'"
    ]


def test_table_starting_away_from_a1_names_the_right_cells(tmp_path, criteria_dir):
    # calamine yields rows from row 1 but columns from the first used one: pinned here
    path = write_xlsx(
        tmp_path / "moved.xlsx", [village("A"), village("B", q_rubric=9)], start_row=4, start_col=2
    )
    result = batch(criteria_dir, path)
    assert [v.row for v in result.villages] == [8]
    rubric = chr(ord("C") + KEYS.index("q_rubric"))
    assert messages(result) == [
        f"{path}: Ciemi!{rubric}9 (q_rubric): expected one of the levels 0, 1, 2, 3, got 9"
    ]


def test_header_without_label_row_and_criteria_from_the_option(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "bare.xlsx", [village("A")], ref=None, labels=False)
    result = batch(criteria_dir, path)
    assert result.stats.scored == 0
    assert "no criteria set named" in messages(result)[0]
    result = batch(criteria_dir, path, criteria="mini@1")
    assert result.stats.scored == 1 and result.villages[0].criteria == "mini@1"


def test_blank_and_whitespace_rows_are_skipped_and_counted(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "gaps.xlsx", [village("A"), {}, {"village": "   "}, village("B")])
    result = batch(criteria_dir, path)
    assert [v.row for v in result.villages] == [4, 7]
    assert result.stats.blank == 2 and result.stats.rows == 2
    assert messages(result) == [f"{path}: Ciemi!6:6: the row holds only spaces; skipped"]


def test_header_problems_are_reported_up_front(tmp_path, criteria_dir):
    keys = ["village", "Population ", "assessor", "date", "Populaton", "q_yes", "q_yess"]
    rows = [
        {
            "village": "A",
            "Population ": 5,
            "assessor": "self",
            "date": "2024-01-02",
            "q_yes": "jā",
            "q_yess": "nē",
        }
    ]
    path = write_xlsx(tmp_path / "h.xlsx", rows, keys=keys)
    result = batch(criteria_dir, path)
    assert result.stats.scored == 1
    assert result.villages[0].population == 5
    found = messages(result)
    assert f"{path}: Ciemi!B3: column 'Population ' read as 'population'" in found
    assert (
        f"{path}: Ciemi!E3: unknown column 'Populaton'; did you mean 'population'? "
        "(its values are ignored)" in found
    )
    assert (
        f"{path}: Ciemi!G3: unknown column 'q_yess'; did you mean 'q_yes'? "
        "(its values are ignored)" in found
    )
    assert (
        f"{path}: Ciemi: no column for 6 questions: q_rubric, q_num, q_choice, q_multi, "
        "q_init, q_na; they count as unanswered" in found
    )


def test_duplicate_or_missing_required_columns_reject_the_table(tmp_path, criteria_dir):
    keys = ["village", "date", "assessor", "village", "q_yes"]
    path = write_xlsx(
        tmp_path / "dup.xlsx",
        [{"village": "A", "date": "2024-01-01", "assessor": "self"}] * 3,
        keys=keys,
    )
    result = batch(criteria_dir, path)
    assert result.stats.rows == 3 and result.stats.rejected == 3 and result.stats.scored == 0
    found = messages(result)
    assert (
        f"{path}: Ciemi!D3: column 'village' repeats 'village' (first at A3); keep one "
        "of them" in found
    )
    assert f"{path}: Ciemi!4:6: 3 rows not scored: fix the problems above" in found
    path = write_xlsx(
        tmp_path / "missing.xlsx", [{"Name": "A"}], keys=["Name", "assessor", "q_yes", "q_rubric"]
    )
    found = messages(batch(criteria_dir, path))
    assert f"{path}: Ciemi: missing column 'village' (required)" in found
    assert f"{path}: Ciemi: missing column 'date' (required)" in found


def test_no_header_at_all(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "x.xlsx", [{"a": 1}], ref=None, labels=False, keys=["a", "b"])
    result = batch(criteria_dir, path)
    assert result.stats.files_unreadable == 1
    assert "no village table in Ciemi: expected a header row of column keys" in messages(result)[0]


def test_merged_cells_down_a_column_fill_each_row(tmp_path, criteria_dir):
    import openpyxl

    path = write_xlsx(
        tmp_path / "m.xlsx", [village("A"), village("B", region=None), village("C", region=None)]
    )
    book = openpyxl.load_workbook(path)
    col = chr(ord("A") + KEYS.index("region"))
    book["Ciemi"].merge_cells(f"{col}4:{col}6")
    book.save(path)
    result = batch(criteria_dir, path)
    assert [v.region for v in result.villages] == ["Kurzeme"] * 3
    assert (
        f"{path}: Ciemi!{col}4:{col}6: cells {col}4:{col}6 are merged; the value of "
        f"{col}4 is used for rows 4–6" in messages(result)
    )


def test_a_header_merged_over_two_rows_still_names_its_column(tmp_path, criteria_dir):
    import openpyxl

    path = write_xlsx(tmp_path / "two.xlsx", [village("A")])
    book = openpyxl.load_workbook(path)
    sheet = book["Ciemi"]
    sheet["A2"] = "village"  # the key written once, over the label and key rows
    sheet["A3"] = None
    sheet.merge_cells("A2:A3")
    book.save(path)
    result = batch(criteria_dir, path)
    assert [v.name for v in result.villages] == ["A"]
    assert not result.errors


def test_formulas_are_read_as_saved_values_and_missing_values_reported(tmp_path, criteria_dir):
    import openpyxl

    path = write_xlsx(tmp_path / "f.xlsx", [village("A"), village("B"), village("C")])
    book = openpyxl.load_workbook(path)
    sheet = book["Ciemi"]
    num = chr(ord("A") + KEYS.index("q_num"))
    sheet[f"{num}5"] = "=100+20"  # openpyxl saves no value for it
    book.save(path)
    result = batch(criteria_dir, path)
    assert [v.name for v in result.villages] == ["A", "C"]
    assert messages(result) == [
        f"{path}: Ciemi!{num}5 (q_num): a formula with no saved value (=100+20); open the "
        "file in a spreadsheet program and save it, or type the value"
    ]
    # a formula with a saved value, and an error value
    import xlsxwriter

    path = tmp_path / "g.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet("Ciemi")
    ws.write_row(0, 0, ["criteria", "mini@1"])
    ws.write_row(1, 0, KEYS)
    for r, name in ((2, "A"), (3, "B")):
        for c, key in enumerate(KEYS):
            value = village(name).get(key)
            if key == "date":
                ws.write_string(r, c, "2024-05-14")
            elif value is not None:
                ws.write(r, c, value)
    ws.write_formula(2, KEYS.index("q_num"), "=100+20", None, 120)
    ws.write_formula(3, KEYS.index("q_num"), "=1/0", None, "#DIV/0!")
    workbook.close()
    result = batch(criteria_dir, path)
    assert [v.name for v in result.villages] == ["A"]
    assert result.villages[0].scores.criterion_points[1] == 5  # q_num 120: 3, q_choice: 2
    assert messages(result) == [
        f"{path}: Ciemi!{num}4 (q_num): the cell holds the error "
        "value #DIV/0! (from the formula =1/0)"
    ]


def _rewrite(path: Path, change) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, change(name, data))


@pytest.mark.parametrize(
    "dimension", [b'<dimension ref="A1"/>', b'<dimension ref="A1:XFD1048576"/>']
)
def test_the_declared_dimension_is_not_trusted(tmp_path, criteria_dir, dimension):
    import re

    path = write_xlsx(tmp_path / "d.xlsx", [village(f"C{i}") for i in range(50)])
    _rewrite(
        path,
        lambda name, data: (
            re.sub(rb"<dimension ref=\"[^\"]*\"/>", dimension, data)
            if name.startswith("xl/worksheets/")
            else data
        ),
    )
    result = batch(criteria_dir, path)
    assert result.stats.scored == 50 and result.villages[-1].row == 53


def test_control_characters_are_removed_with_a_warning_and_text_is_nfc(tmp_path, criteria_dir):
    decomposed = "A\u0304bel\u0327ciems"  # Ābeļciems with combining marks
    path = write_xlsx(tmp_path / "c.xlsx", [village(decomposed, parish="Ā\x01pagasts")])
    result = batch(criteria_dir, path)
    assert result.villages[0].name == "Ābeļciems"
    assert result.villages[0].parish == "Āpagasts"
    assert messages(result) == [
        f"{path}: Ciemi!B4 (parish): control characters removed (they cannot be shown or printed)"
    ]


def test_over_long_text_rejects_its_row(tmp_path, criteria_dir):
    path = write_xlsx(
        tmp_path / "l.xlsx", [village("A", notes="x" * 50), village("B", q_multi="web;" * 40)]
    )
    result = batch(criteria_dir, path, limits=Limits(max_text=100))
    assert [v.name for v in result.villages] == ["A"]
    multi = chr(ord("A") + KEYS.index("q_multi"))
    assert messages(result) == [
        f"{path}: Ciemi!{multi}5 (q_multi): text is 160 characters "
        "long; the limit is 100 (--max-text)"
    ]


def test_too_many_rows_are_refused_before_loading(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "many.xlsx", [village(f"C{i}") for i in range(60)])
    result = batch(criteria_dir, path, limits=Limits(max_rows=5))
    assert result.stats.scored == 0
    assert messages(result) == [
        f"{path}: Ciemi: has 63 rows; the limit is 5 (--max-rows); nothing on this sheet was read"
    ]


# ------------------------------------------------------------------ hostile XLSX


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (size // 6))
    return path


def test_zip_bomb_is_refused_from_its_sizes_before_it_is_expanded(tmp_path, criteria_dir):
    path = _bomb(tmp_path / "bomb.xlsx", 200_000_000)
    result = batch(criteria_dir, path)
    import re

    assert re.fullmatch(
        rf"{re.escape(str(path))}: part xl/worksheets/sheet1\.xml expands "
        r"\d+ times; the limit is 200 \(a zip bomb\?\)",
        messages(result)[0],
    )


def test_total_expanded_size_is_limited(tmp_path, criteria_dir):
    path = _bomb(tmp_path / "big.xlsx", 3_000_000)
    result = batch(criteria_dir, path, limits=Limits(max_unzipped_bytes=1_000_000))
    assert "expands to 3,000,0" in messages(result)[0]
    assert (
        "the limit is 1,000,000 (a zip bomb, or a workbook too large to read)"
        in messages(result)[0]
    )


def test_a_member_that_lies_about_its_size_is_refused(tmp_path, criteria_dir):
    path = _bomb(tmp_path / "liar.xlsx", 30_000_000)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x03\x04" + data[4:4])  # the first local header
    while at != -1:
        length = struct.unpack_from("<H", data, at + 26)[0]
        if data[at + 30 : at + 30 + length] == name:
            struct.pack_into("<I", data, at + 22, 1000)
        at = data.find(b"PK\x03\x04", at + 4)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name:
            struct.pack_into("<I", data, at + 24, 1000)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    result = batch(criteria_dir, path)
    assert messages(result) == [
        f"{path}: is corrupt: part xl/worksheets/sheet1.xml cannot "
        "be read (Bad CRC-32 for file 'xl/worksheets/sheet1.xml')"
    ]


def test_external_entities_are_not_expanded(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "xxe.xlsx", [village("A")])
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    doctype = (
        f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    _rewrite(
        path,
        lambda name, data: (
            data.replace(b"<sst ", doctype.encode() + b"<sst ", 1).replace(
                b"<t>A</t>", b"<t>&xxe;&b;</t>"
            )
            if name == "xl/sharedStrings.xml"
            else data
        ),
    )
    result = batch(criteria_dir, path)
    assert result.villages == [] and result.stats.files_unreadable == 1
    assert messages(result)[0].startswith(f"{path}: is corrupt or not a workbook: ")
    assert "TOP-SECRET" not in messages(result)[0]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "old.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "Workbook".encode("utf-16-le"),
            "is a legacy Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) "
            "and try again",
        ),
        (
            "locked.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 500
            + "EncryptionInfo".encode("utf-16-le"),
            "is an encrypted (password-protected) workbook; open it, remove the password "
            "(File → Info / Protect) and save again",
        ),
        (
            "broken.xlsx",
            b"PK\x03\x04" + b"\x00" * 200,
            "is not a valid XLSX workbook: the zip container is corrupt",
        ),
        (
            "page.xlsx",
            b"<html><body>Ciemi</body></html>",
            "is an XML or HTML file, not an XLSX workbook (was it saved as 'XML Spreadsheet' or a "
            "web page?)",
        ),
        (
            "random.xlsx",
            b"\x01\x02\x03 not a workbook",
            "is not an XLSX workbook (no zip container): the file is corrupt or of another type",
        ),
        ("empty.xlsx", b"", "is empty (0 bytes)"),
    ],
)
def test_unreadable_workbooks_are_told_apart(tmp_path, criteria_dir, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = batch(criteria_dir, path)
    assert messages(result) == [f"{path}: {expected}"]
    assert result.stats.files_unreadable == 1


def test_a_zip_that_is_not_a_workbook(tmp_path, criteria_dir):
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert messages(batch(criteria_dir, path)) == [
        f"{path}: is a zip file but not an XLSX workbook (no xl/workbook.xml)"
    ]


# ------------------------------------------------------------------ CSV


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [
        ("utf-8", True, ";"),
        ("utf-8", False, ";"),
        ("utf-8", False, ","),
        ("cp1257", False, ";"),
        ("utf-16", False, "\t"),
    ],
)
def test_csv_encodings_and_separators_keep_latvian_letters(
    tmp_path, criteria_dir, encoding, bom, delimiter
):
    names = ["Ābeļciems", "Ģipka", "Ķūļi", "Čiekurkalns", "Ņukši", "Šķēde", "Žīgure"]
    text = csv_text(
        [village(n, q_num=12.5 if i == 0 else 120, population=None) for i, n in enumerate(names)],
        delimiter=delimiter,
        decimal_comma=delimiter == ";",
    )
    path = tmp_path / "ciemi.csv"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode(encoding))
    result = batch(criteria_dir, path)
    assert [v.name for v in result.villages] == names[1:]
    assert result.stats.rows == 7
    num = chr(ord("A") + KEYS.index("q_num"))
    value = "12,5" if delimiter == ";" else "12.5"
    assert messages(result) == (
        [f"{path}: not UTF-8: read as Windows-1257 (Baltic); give --encoding if that is wrong"]
        if encoding == "cp1257"
        else []
    ) + [f"{path}: {num}3 (q_num): expected a whole number, got '{value}'"]


def test_csv_explicit_encoding_and_refusal_of_other_encodings(tmp_path, criteria_dir):
    text = csv_text([village("Šķēde")])
    path = tmp_path / "lv.csv"
    path.write_bytes(text.encode("cp1257"))
    result = batch(criteria_dir, path, encoding="windows-1257")
    assert result.villages[0].name == "Šķēde" and not result.problems
    french = tmp_path / "fr.csv"
    row = {
        "village": "Crème brûlée",
        "assessor": "self",
        "date": "2024-05-14",
        "q_yes": "yes",
        "q_rubric": "3",
    }
    french.write_bytes(csv_text([row]).encode("cp1252"))
    found = messages(batch(criteria_dir, french))
    assert found == [
        f"{french}: is neither UTF-8 (byte 0xe8 at offset 169, line 3) nor "
        "Latvian Windows-1257 text; save it as UTF-8, or give its encoding with "
        "--encoding"
    ]
    found = messages(batch(criteria_dir, french, encoding="utf-8"))
    assert found == [f"{french}: not valid utf-8 text: byte 0xe8 at offset 169 (line 3)"]
    found = messages(batch(criteria_dir, french, encoding="klingon"))
    assert found == [f"{french}: unknown encoding 'klingon' (try utf-8 or cp1257)"]


def test_csv_over_long_field_rejects_only_its_row(tmp_path, criteria_dir):
    rows = [village("A"), village("B", notes="x" * 5000), village("C")]
    text = csv_text(rows).replace("Ābeļu pagasts", '"multi\nline"', 1)
    path = tmp_path / "long.csv"
    path.write_text(text, encoding="utf-8")
    result = batch(criteria_dir, path, limits=Limits(max_text=1000))
    assert [v.name for v in result.villages] == ["A", "C"]
    assert [v.row for v in result.villages] == [3, 5]
    notes = chr(ord("A") + KEYS.index("notes"))
    assert messages(result) == [
        f"{path}: {notes}4 (notes): text is 5,000 characters long; the limit is 1,000 (--max-text)"
    ]


def test_csv_row_limit_counts_the_rest(tmp_path, criteria_dir):
    path = tmp_path / "many.csv"
    path.write_text(csv_text([village(f"C{i}") for i in range(10)]), encoding="utf-8")
    result = batch(criteria_dir, path, limits=Limits(max_rows=4))
    assert result.stats.scored == 4 and result.stats.rejected == 6 and result.stats.rows == 10
    assert messages(result) == [
        f"{path}: rows 7–12: 6 row(s) from row 7 on were not read: the limit is 4 rows (--max-rows)"
    ]


def test_csv_dates_numbers_and_labels_as_excel_writes_them(tmp_path, criteria_dir):
    row = village(
        "Ābeļciems",
        date="14.05.2024",
        population="1 200",
        q_num="120,0",
        q_rubric="3",
        q_choice="Katru mēnesi",
        assessor="mentors",
    )
    path = tmp_path / "excel.csv"
    path.write_text(csv_text([row]), encoding="utf-8-sig")
    result = batch(criteria_dir, path)
    assert not result.problems
    v = result.villages[0]
    assert (v.date, v.population, v.assessor) == ("2024-05-14", 1200, "mentor")
    assert (
        v.scores.percent
        == batch(criteria_dir, write_xlsx(tmp_path / "x.xlsx", [village("Ābeļciems")]))
        .villages[0]
        .scores.percent
    )


def test_csv_file_size_limit(tmp_path, criteria_dir):
    path = tmp_path / "big.csv"
    path.write_text(csv_text([village("A")]) + "x" * 2_000_000, encoding="utf-8")
    assert messages(batch(criteria_dir, path, limits=Limits(max_file_bytes=1_000_000))) == [
        f"{path}: file is {path.stat().st_size:,} bytes; the limit is 1,000,000 bytes "
        "(--max-file-size)"
    ]


def test_row_level_problems_name_each_cell(tmp_path, criteria_dir):
    row = village(
        "A",
        q_yes="varbūt",
        q_num=-3,
        q_choice="weekly",
        q_multi="web; web",
        q_init="Talka [flying]",
        q_na="nezinu",
        date="31.02.2024",
        assessor="boss",
    )
    path = write_xlsx(tmp_path / "bad.xlsx", [row])
    found = [(p.cell, p.header, p.message) for p in batch(criteria_dir, path).problems]
    assert found == [
        ("F4", "assessor", "expected self, mentor or jury, got 'boss'"),
        ("G4", "date", "no such date: '31.02.2024'"),
        ("H4", "q_yes", "expected yes or no, got 'varbūt'"),
        ("K4", "q_num", "expected at least 0, got -3"),
        ("L4", "q_choice", "expected one of “Never”, “Yearly”, “Monthly”, got 'weekly'"),
        ("N4", "q_multi", "option 'web' is given twice"),
        (
            "O4",
            "q_init",
            "initiative 1: unknown property 'flying'; expected one of digital, lasting",
        ),
        ("P4", "q_na", "expected yes or no, got 'nezinu'"),
    ]


def test_not_applicable_where_not_allowed(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "na.xlsx", [village("A", q_rubric="n/a")])
    assert [p.message for p in batch(criteria_dir, path).problems] == [
        "'not applicable' is not allowed for this question; answer it or leave it empty"
    ]


def test_yaml_and_json_questionnaires_in_a_folder(tmp_path, criteria_dir):
    from conftest import questionnaire_data, write_yaml

    folder = tmp_path / "in"
    folder.mkdir()
    write_yaml(folder / "a.yaml", questionnaire_data())
    (folder / "b.json").write_text('{"schema_version": 1, "criteria": "mini@1"}', encoding="utf-8")
    write_xlsx(folder / "c.xlsx", [village("C")])
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / "~$c.xlsx").write_bytes(b"lock")
    result = batch(criteria_dir, folder)
    assert [v.name for v in result.villages] == ["Ābeļciems", "C"]
    assert result.stats.rows == 3 and result.stats.rejected == 1
    found = messages(result)
    assert (
        f"{folder / 'notes.pdf'}: skipped: not a questionnaire (.yaml, .json) or a table "
        "(.xlsx, .csv)" in found
    )
    assert f"{folder / 'b.json'}: village: required field is missing" in found
    assert result.villages[0].scores.percent == result.villages[1].scores.percent


def test_dates_as_seen_in_spreadsheets():
    from smartvillage.io.spreadsheet import CellError, date_value

    assert date_value("2024-05-14") == dt.date(2024, 5, 14)
    assert date_value("14.05.2024") == dt.date(2024, 5, 14)
    assert date_value("14.05.2024.") == dt.date(2024, 5, 14)
    assert date_value("2024.05.14.") == dt.date(2024, 5, 14)
    assert date_value(dt.datetime(2024, 5, 14, 0, 0)) == dt.date(2024, 5, 14)
    with pytest.raises(CellError, match=r"expected a date as YYYY-MM-DD or DD\.MM\.YYYY"):
        date_value("05/14/2024")
    with pytest.raises(CellError, match="expected a date"):
        date_value(45426.0)


def test_initiative_cell_syntax():
    from smartvillage.io.spreadsheet import CellError, initiatives_value

    assert initiatives_value("Dārzs [digital, lasting]; Talka\nČats [digital]") == [
        {"name": "Dārzs", "properties": ["digital", "lasting"]},
        {"name": "Talka", "properties": []},
        {"name": "Čats", "properties": ["digital"]},
    ]
    with pytest.raises(CellError, match="expected initiatives as 'name \\[property"):
        initiatives_value("Dārzs [digital] extra")


def test_rows_that_are_only_formatted_are_not_villages(tmp_path, criteria_dir):
    """A sheet formatted far below its data (empty, styled rows) is read, not refused."""
    import xlsxwriter

    from smartvillage.io.spreadsheet import Limits

    path = tmp_path / "formatted.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Ciemi")
    shade = book.add_format({"bg_color": "#FFFFCC"})
    sheet.write_row(0, 0, ["criteria", "mini@1"])
    sheet.write_row(1, 0, KEYS)
    for n, name in enumerate(("Ābeļciems", "Bērzciems"), start=2):
        row = village(name)
        for col, key in enumerate(KEYS):
            value = row.get(key)
            if value is not None:
                sheet.write(n, col, value.isoformat() if hasattr(value, "isoformat") else value)
    for n in range(4, 3000):
        sheet.set_row(n, None, shade)
    book.close()
    result = batch(criteria_dir, path, limits=Limits(max_rows=1000))
    assert result.stats.scored == 2, messages(result)
    assert not [p for p in result.problems if "limit" in p.message]


def test_a_workbook_with_a_part_twice_is_refused(tmp_path, criteria_dir):
    import warnings

    good = write_xlsx(tmp_path / "good.xlsx", [village("Ābeļciems")])
    bad = tmp_path / "twice.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
            target.writestr("xl/worksheets/sheet1.xml", source.read("xl/worksheets/sheet1.xml"))
    result = batch(criteria_dir, bad)
    assert result.stats.scored == 0
    assert any("holds the part xl/worksheets/sheet1.xml twice" in m for m in messages(result))
