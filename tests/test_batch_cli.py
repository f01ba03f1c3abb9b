"""``smartvillage batch`` through Typer's CliRunner: outputs, exit codes, safety."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, questionnaire_data, write_yaml
from test_spreadsheet_support import KEYS, csv_text, sheet_rows, sheet_xml, village, write_xlsx
from typer.testing import CliRunner

from smartvillage.cli.app import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def table(tmp_path):
    return write_xlsx(
        tmp_path / "ciemi.xlsx",
        [
            village("Ābeļciems"),
            village("Bērzciems", q_rubric="1 — Maz", q_multi="web", q_init=None),
            village("Cīruļi", q_yes="nē", q_num=5),
        ],
    )


def test_workbook_in_workbook_out(table, tmp_path, criteria_dir):
    out = tmp_path / "rezultati.xlsx"
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "--output", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == (
        f"nolasītas ciemu rindas: 3 (faili: 1); novērtētas: 3, noraidītas: 0\nierakstīts {out}\n"
    )
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "xl/charts/chart1.xml" in names
    summary = sheet_rows(out, "Kopsavilkums")
    assert summary[0][0].startswith("Viedā ciema pašnovērtējumu rezultāti — mini@1")
    assert summary[1][:9] == [
        "Avots",
        "Rinda",
        "Ciems",
        "Novads",
        "Reģions",
        "Kritēriju kopa",
        "Līmenis",
        "Kopā, %",
        "Vājākā joma",
    ]
    assert [r[2] for r in summary[2:]] == ["Ābeļciems", "Bērzciems", "Cīruļi"]
    assert [r[1] for r in summary[2:]] == [4, 5, 6]
    assert summary[2][0] == "ciemi.xlsx [Ciemi]" or summary[2][0].endswith("ciemi.xlsx [Ciemi]")
    assert summary[2][6] == "Augšā" and summary[2][7] == 100.0
    criteria = sheet_rows(out, "Kritēriji")
    assert criteria[1][3:] == [
        "Kopīgs mērķis (punkti, maks. 5)",
        "Līdzdalība (punkti, maks. 5)",
        "Risinājumi (punkti, maks. 10)",
    ]
    assert criteria[2][3:] == [5, 5, 9]
    about = {row[0]: row[1] for row in sheet_rows(out, "Par") if row[0]}
    assert about["Kopas identifikators"] == "mini" and about["Kopas versija"] == "1"
    assert about["Kritēriju kopas nospiedums"].startswith("sha256:")
    assert about["Novērtētas rindas"] == "3" and about["Rīks"] == "smartvillage"
    recommendations = sheet_rows(out, "Ieteikumi")
    assert recommendations[1][:2] == ["mini@1", "Kopīgs mērķis"]
    averages = sheet_rows(out, "Vidēji")
    assert averages[1] == ["Joma", "Vidēji, %", "Ciemi"]


def test_one_broken_row_scores_the_others_and_names_the_cell(tmp_path, criteria_dir):
    path = write_xlsx(
        tmp_path / "ciemi.xlsx", [village("A"), village("B", population="daudz"), village("C")]
    )
    out = tmp_path / "r.xlsx"
    result = invoke("batch", path, "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kļūda: {path}: Ciemi!E5 (population): gaidīts vesels skaitlis, saņemts 'daudz'",
        "nolasītas ciemu rindas: 3 (faili: 1); novērtētas: 2, noraidītas: 1",
        f"ierakstīts {out}",
    ]
    assert [r[2] for r in sheet_rows(out, "Kopsavilkums")[2:]] == ["A", "C"]
    errors = sheet_rows(out, "Kļūdas")
    assert errors[1] == [
        "kļūda",
        str(path),
        "Ciemi",
        "E5",
        5,
        "population",
        "gaidīts vesels skaitlis, saņemts 'daudz'",
    ]


def test_csv_and_json_lines_account_for_every_row(tmp_path, criteria_dir):
    path = tmp_path / "ciemi.csv"
    path.write_text(
        csv_text([village("Ābeļciems"), village("Bērzciems", q_num="x"), village("Cīruļi")]),
        encoding="utf-8-sig",
    )
    result = invoke(
        "batch", path, "--criteria-dir", criteria_dir, "--format", "csv", "--csv-dialect", "rfc4180"
    )
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["status"], r["row"], r["village"]) for r in rows] == [
        ("scored", "3", "Ābeļciems"),
        ("scored", "5", "Cīruļi"),
        ("rejected", "4", ""),
    ]
    assert rows[0]["tier"] == "top" and rows[0]["percent"] == "100"
    assert rows[0]["crit_c1_points"] == "5" and rows[0]["dim_d1"] == "100"
    num = chr(ord("A") + KEYS.index("q_num"))
    assert rows[2]["problems"] == f"{num}4: gaidīts skaitlis, saņemts 'x'"
    result = invoke("batch", path, "--criteria-dir", criteria_dir, "--format", "json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["status"], x["row"]) for x in lines] == [
        ("scored", 3),
        ("scored", 5),
        ("rejected", 4),
    ]
    assert lines[0]["criteria"]["id"] == "mini" and lines[0]["tool"]["name"] == "smartvillage"
    assert lines[2]["problems"][0]["cell"] == f"{num}4"
    assert lines[2]["problems"][0]["column"] == "q_num"


def test_text_that_looks_like_a_formula_stays_text(tmp_path, criteria_dir):
    names = ['=HYPERLINK("http://evil","x")', "+SUM(A1)", "-2+3", "@cmd", "\tTab"]
    path = write_xlsx(tmp_path / "f.xlsx", [village(n, municipality=n) for n in names])
    out = tmp_path / "r.xlsx"
    assert invoke("batch", path, "--criteria-dir", criteria_dir, "-o", out).exit_code == 0
    xml = sheet_xml(out, "Kopsavilkums")
    assert "<f>" not in xml and "<f " not in xml
    assert [r[2] for r in sheet_rows(out, "Kopsavilkums")[2:]] == [n.strip() for n in names]
    result = invoke("batch", path, "--criteria-dir", criteria_dir, "-f", "csv")
    assert result.stdout.startswith("\ufeff")  # Latvian: excel-lv, ; and a BOM
    rows = list(csv.DictReader(io.StringIO(result.stdout[1:]), delimiter=";"))
    assert [r["village"] for r in rows] == [
        '\'=HYPERLINK("http://evil","x")',
        "'+SUM(A1)",
        "'-2+3",
        "'@cmd",
        "Tab",
    ]


def test_latvian_letters_survive_csv_output(tmp_path, criteria_dir):
    path = tmp_path / "lv.csv"
    path.write_bytes(csv_text([village("Ģeņģeļi")]).encode("cp1257"))
    result = invoke(
        "batch",
        path,
        "--criteria-dir",
        criteria_dir,
        "-f",
        "csv",
        "--encoding",
        "cp1257",
        "-o",
        tmp_path / "out.csv",
    )
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # so that Excel reads UTF-8, not Windows-1257
    assert ";Ģeņģeļi;Ābeļu pagasts;Tukuma novads;" in text


def test_rank_and_fail_under(tmp_path, criteria_dir):
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            village(
                "Low", q_yes="nē", q_rubric=0, q_num=1, q_choice="never", q_multi=None, q_init=None
            ),
            village("Top"),
            village("Top2"),
            village("Mid", q_rubric=1, q_num=20),
        ],
    )
    result = invoke(
        "batch",
        path,
        "--criteria-dir",
        criteria_dir,
        "-f",
        "csv",
        "--rank",
        "--fail-under",
        "mid",
        "--csv-dialect",
        "rfc4180",
    )
    assert result.exit_code == 1
    assert "ciemi zem līmeņa mid: 1" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["rank"], r["village"]) for r in rows] == [
        ("1", "Top"),
        ("1", "Top2"),
        ("3", "Mid"),
        ("4", "Low"),
    ]
    out = tmp_path / "r.xlsx"
    assert invoke("batch", path, "--criteria-dir", criteria_dir, "-o", out, "--rank").exit_code == 0
    summary = sheet_rows(out, "Kopsavilkums")
    assert summary[1][0] == "Vieta"
    assert [(r[0], r[3]) for r in summary[2:]] == [(1, "Top"), (1, "Top2"), (3, "Mid"), (4, "Low")]
    result = invoke("batch", path, "--criteria-dir", criteria_dir, "--fail-under", "gold")
    assert result.exit_code == 2
    assert (
        "--fail-under: kritēriju kopā mini@1 nav līmeņa 'gold'; gaidīts viens no: top, mid, low"
        in result.stderr
    )


def test_mixed_criteria_sets_are_kept_apart(tmp_path, criteria_dir):
    from conftest import MINI_CRITERIA

    (criteria_dir / "mini" / "2.yaml").write_text(
        MINI_CRITERIA.replace('version: "1"', 'version: "2"'), encoding="utf-8"
    )
    one = write_xlsx(tmp_path / "one.xlsx", [village("A")])
    two = write_xlsx(tmp_path / "two.xlsx", [village("B")], ref="mini@2")
    out = tmp_path / "r.xlsx"
    result = invoke("batch", one, two, "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 0
    assert (
        "brīdinājums: ciemi novērtēti pēc dažādām kritēriju kopām vai versijām (2): "
        "mini@1 (ciemi: 1), mini@2 (ciemi: 1); to procenti nav salīdzināmi — salīdziniet "
        "ciemus tikai vienas kopas ietvaros (skatiet kolonnu 'criteria')"
    ) in result.stderr
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == [
        "Kopsavilkums",
        "Kritēriji",
        "Kopsavilkums mini@2",
        "Kritēriji mini@2",
        "Ieteikumi",
        "Vidēji",
        "Teritorijas",
        "Kļūdas",
        "Par",
        "UZMANĪBU",
    ]
    assert [r[2] for r in sheet_rows(out, "Kopsavilkums")[2:]] == ["A"]
    assert [r[2] for r in sheet_rows(out, "Kopsavilkums mini@2")[2:]] == ["B"]
    assert sheet_rows(out, "UZMANĪBU")[0][0].startswith(
        "UZMANĪBU: ciemi novērtēti pēc dažādām kritēriju kopām"
    )
    result = invoke("batch", one, two, "--criteria-dir", criteria_dir, "-c", "mini@2", "-f", "json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["criteria"]["version"], x["questionnaire_criteria"]) for x in lines] == [
        ("2", "mini@1"),
        ("2", "mini@2"),
    ]
    assert lines[0]["warnings"] == ["atbild kritērijiem mini@1, bet novērtēts pēc mini@2"]
    assert (
        "brīdinājums: ciemi, kas atbild kritērijiem mini@1, bet novērtēti pēc mini@2 "
        "(--criteria): 1" in result.stderr
    )


def test_folder_of_questionnaires_and_workbooks(tmp_path, criteria_dir):
    folder = tmp_path / "iesniegumi"
    folder.mkdir()
    write_yaml(folder / "a.yaml", questionnaire_data())
    write_xlsx(folder / "b.xlsx", [village("Bērzi")])
    out = tmp_path / "r.xlsx"
    result = invoke("batch", folder, "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 0, result.output
    summary = sheet_rows(out, "Kopsavilkums")
    assert [(r[0].rsplit("/", 1)[-1], r[1], r[2]) for r in summary[2:]] == [
        ("a.yaml", "", "Ābeļciems"),
        ("b.xlsx [Ciemi]", 4, "Bērzi"),
    ]


def test_nothing_scored_or_unreadable_is_exit_2(tmp_path, criteria_dir):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a workbook")
    out = tmp_path / "r.xlsx"
    result = invoke("batch", path, "--criteria-dir", criteria_dir, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"kļūda: {path}: nav XLSX darbgrāmata (nav zip konteinera): fails ir bojāts vai cita veida",
        "nolasītas ciemu rindas: 0 (faili: 1); novērtētas: 0, noraidītas: 0",
        f"ierakstīts {out}",
        "kļūda: neko nevarēja novērtēt",
    ]
    assert invoke("batch", tmp_path / "missing.csv", "--criteria-dir", criteria_dir).exit_code == 2
    assert invoke("batch", path, "-c", "nope@1").exit_code == 2


def test_output_is_never_an_input_and_is_atomic(table, tmp_path, criteria_dir):
    before = table.read_bytes()
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "-o", table)
    assert result.exit_code == 2
    assert f"rezultātus nevar ierakstīt ievades failā {table}" in result.stderr
    assert table.read_bytes() == before
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old results")
    result = invoke(
        "batch", table, "--criteria-dir", criteria_dir, "-o", out, "--fail-under", "gold"
    )
    assert result.exit_code == 2
    assert out.read_bytes() == b"old results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ciemi.xlsx", "criteria", "r.xlsx"]
    assert table.read_bytes() == before


def test_xlsx_needs_an_output_file(table, criteria_dir):
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "xlsx")
    assert result.exit_code == 2
    assert "XLSX darbgrāmatai nepieciešams --output FAILS.xlsx" in result.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(table, tmp_path, criteria_dir):
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "json")
    assert "\x1b" not in result.stderr and "━" not in result.stderr


def test_quiet_hides_warnings_but_not_errors(tmp_path, criteria_dir):
    path = write_xlsx(tmp_path / "w.xlsx", [village("A", parish="x\x01y"), village("B", q_num="x")])
    loud = invoke("batch", path, "--criteria-dir", criteria_dir, "-f", "json")
    quiet = invoke("batch", path, "--criteria-dir", criteria_dir, "-f", "json", "-q")
    assert "brīdinājums: " in loud.stderr and "brīdinājums: " not in quiet.stderr
    assert "kļūda: " in quiet.stderr


def test_the_workbook_written_in_a_child_process_is_the_same(tmp_path, criteria_dir, monkeypatch):
    from smartvillage.cli import batch as batch_command

    rows = [village(f"C{i}", q_num=i) for i in range(40)] + [village("Bad", q_num=-1)]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    here, forked = tmp_path / "here.xlsx", tmp_path / "forked.xlsx"
    assert invoke("batch", path, "--criteria-dir", criteria_dir, "-o", here).exit_code == 1
    monkeypatch.setattr(batch_command, "PARALLEL_FROM", 0)
    assert invoke("batch", path, "--criteria-dir", criteria_dir, "-o", forked).exit_code == 1
    for name in ("Kopsavilkums", "Kritēriji", "Ieteikumi", "Vidēji", "Kļūdas"):
        assert sheet_rows(here, name) == sheet_rows(forked, name), name


def test_help_does_not_import_the_spreadsheet_libraries_or_the_models():
    code = (
        "import sys; from smartvillage.cli.app import main\n"
        "sys.argv = ['smartvillage', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('python_calamine', 'xlsxwriter', 'openpyxl', 'pydantic', 'yaml')\n"
        "bad = [m for m in heavy if m in sys.modules]\n"
        "print('loaded:', bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO / "src")},
        check=True,
    ).stdout
    assert out.strip().endswith("loaded: []")


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_a_killed_batch_leaves_no_writer_and_no_temporary_file(tmp_path, how):
    """Killing the batch while its forked writer works ends the writer too and removes
    the half-written workbook (PR_SET_PDEATHSIG in the child, SIGTERM as an exit)."""
    import os
    import signal
    import time

    sys.path.insert(0, str(REPO / "benchmarks"))
    from batch import generate

    source = tmp_path / "villages.xlsx"
    generate(source, 6000)
    out = tmp_path / "out" / "results.xlsx"
    out.parent.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "smartvillage", "batch", str(source), "-o", str(out), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children: list[int] = []
    deadline = time.monotonic() + 30
    while not children and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        for task in Path(f"/proc/{process.pid}/task").glob("*/children"):
            children += [int(c) for c in task.read_text().split()]
    if not children:
        process.wait(timeout=60)
        pytest.skip("the batch finished before it could be killed")
    time.sleep(0.3)
    os.kill(process.pid, getattr(signal, how))
    process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        Path(f"/proc/{c}").exists() and "Z" not in _state(c) for c in children
    ):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{c}").exists() and "Z" not in _state(c) for c in children)
    assert not list(out.parent.glob(".*.tmp"))


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
    except (OSError, IndexError):
        return "Z"
