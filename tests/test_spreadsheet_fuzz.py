"""Property tests: any bytes given to ``batch`` end in a result or a clean problem, and
every row of a table is accounted for — scored, rejected under its row, or blank."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_spreadsheet_support import KEYS, csv_text, village, write_xlsx
from typer.testing import CliRunner

from smartvillage.batch import BatchOptions, run_batch
from smartvillage.cli.app import app

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
runner = CliRunner()


@SETTINGS
@given(
    raw=st.binary(max_size=2000),
    suffix=st.sampled_from([".xlsx", ".csv", ".yaml", ".json", ".xls", ".ods"]),
)
def test_any_bytes_end_in_a_result_or_a_clean_problem(tmp_path, criteria_dir, raw, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(raw)
    result = run_batch([path], BatchOptions(criteria_dirs=[criteria_dir]))
    stats = result.stats
    assert stats.scored + stats.rejected == stats.rows
    if stats.scored == 0:
        assert result.errors, "an input that gives nothing must say why"
    cli = runner.invoke(
        app, ["batch", str(path), "--criteria-dir", str(criteria_dir), "-f", "json"]
    )
    assert cli.exit_code in (0, 1, 2), cli.output
    assert "Traceback" not in cli.output


def _zip_with(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@SETTINGS
@given(sheet=st.binary(max_size=1500), strings=st.binary(max_size=500))
def test_broken_workbook_parts_end_cleanly(tmp_path, criteria_dir, sheet, strings):
    good = write_xlsx(tmp_path / "good.xlsx", [village("A")])
    with zipfile.ZipFile(good) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:200] + sheet
    parts["xl/sharedStrings.xml"] = strings
    path = tmp_path / "broken.xlsx"
    path.write_bytes(_zip_with(parts))
    result = run_batch([path], BatchOptions(criteria_dirs=[criteria_dir]))
    assert result.stats.scored + result.stats.rejected == result.stats.rows
    assert result.stats.scored or result.errors


_cell = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "jā",
            "3 — Visi",
            "web; app",
            "n/a",
            "120",
            "=1+1",
            "2024-05-14",
            "mentor",
            "Ķirši",
            "x" * 50,
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
)


@SETTINGS
@given(
    rows=st.lists(st.lists(_cell, min_size=0, max_size=len(KEYS) + 2), max_size=12),
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
)
def test_every_csv_row_is_accounted_for(tmp_path, criteria_dir, rows, delimiter, encoding):
    import csv

    header = csv_text([], delimiter=delimiter)
    body = io.StringIO()
    writer = csv.writer(body, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    path = tmp_path / "random.csv"
    path.write_bytes((header + body.getvalue()).encode(encoding))
    result = run_batch([path], BatchOptions(criteria_dirs=[criteria_dir]))
    stats = result.stats
    expected = {
        number for number, row in enumerate(rows, start=3) if any(cell.strip() for cell in row)
    }
    scored = {v.row for v in result.villages}
    rejected = {p.row for p in result.errors if p.row is not None}
    assert stats.rows == len(expected)
    assert stats.scored + stats.rejected == stats.rows
    assert scored | rejected == expected and not scored & rejected
    assert stats.blank == len(rows) - len(expected)


@SETTINGS
@given(names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5))
def test_any_village_name_survives_the_workbook_round_trip(tmp_path, criteria_dir, names):
    import unicodedata

    from python_calamine import CalamineWorkbook

    from smartvillage.render.results_xlsx import write_results_xlsx

    path = write_xlsx(tmp_path / "names.xlsx", [village(n) for n in names])
    result = run_batch([path], BatchOptions(criteria_dirs=[criteria_dir]))
    out = tmp_path / "out.xlsx"
    write_results_xlsx(out, result, "en")
    rows = (
        CalamineWorkbook.from_path(str(out))
        .get_sheet_by_name("Summary")
        .to_python(skip_empty_area=False)
    )
    written = [r[2] for r in rows[2:]]
    assert written == [v.name for v in result.villages]
    for village_ in result.villages:
        assert village_.name == unicodedata.normalize("NFC", village_.name)
