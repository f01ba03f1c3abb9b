"""Workbooks and the HTML report on paper.

The page set-up is checked in the workbook XML everywhere; where LibreOffice
(``soffice``) or Chromium is installed, the shipped examples are printed to PDF and the
pages counted (a ``/Type /Page`` object per page: no PDF library needed). Skipped
cleanly where the program is missing.

Page budgets (measured with LibreOffice 7 / Chromium on the CI machine, A4):

* results of ``examples/batch/ciemi.csv`` (5 villages, 1 bad row): every sheet one page,
  6 in all (was 24: the summary split over 6 pages, the empty errors sheet 3);
* the template: instructions 3 pages (the issue's limit; 27 before, text overlapping),
  the ``Ciemi`` sheet 13 landscape pages across (43 columns at a readable size, one page
  tall; fitting them to one page wide would print 4-point text);
* the single-report workbook of ``veverupe.yaml``: 8 pages (was 22);
* the HTML reports: each example's count as measured after the print CSS (8 to 12
  pages); a change of layout that adds a page fails and is looked at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.render.xlsx_layout import points_format, row_height, wrapped_lines

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
runner = CliRunner()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code in (0, 1), result.output
    return result


def pages(pdf: Path) -> int:
    """The number of pages of a PDF: its ``/Type /Page`` objects."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def _sheets(book: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(name, worksheet part, hidden) of each sheet, in order."""
    workbook = book.read("xl/workbook.xml").decode()
    rels = book.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    out = []
    for tag in re.findall(r"<sheet [^>]*/>", workbook):
        name = re.search(r'name="([^"]*)"', tag).group(1)
        rid = re.search(r'r:id="(rId\d+)"', tag).group(1)
        out.append((name, "xl/" + targets[rid].lstrip("/").removeprefix("xl/"), "hidden" in tag))
    return out


def page_setup(path: Path) -> dict[str, str]:
    """Each visible sheet's ``<pageSetup>`` tag."""
    with zipfile.ZipFile(path) as book:
        return {
            name: (re.search(r"<pageSetup [^>]*/>", book.read(part).decode()) or [""])[0]
            for name, part, hidden in _sheets(book)
            if not hidden and part.startswith("xl/worksheets/")
        }


def one_sheet_copies(path: Path, outdir: Path) -> dict[str, Path]:
    """A copy of the workbook per visible sheet with every other sheet hidden (and its
    print area dropped: LibreOffice prints a hidden sheet that has one)."""
    copies = {}
    with zipfile.ZipFile(path) as book:
        sheets = _sheets(book)
        workbook = book.read("xl/workbook.xml").decode()
        for index, (name, part, hidden) in enumerate(sheets):
            if hidden:
                continue
            text = workbook
            for other, (_, _, other_hidden) in enumerate(sheets):
                tag = re.findall(r"<sheet [^>]*/>", workbook)[other]
                if other != index and not other_hidden:
                    text = text.replace(tag, tag.replace("<sheet ", '<sheet state="hidden" '))
            text = re.sub(
                r'<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">[^<]*</definedName>',
                lambda m, keep=str(index): m.group(0) if m.group(1) == keep else "",
                text,
            )
            text = re.sub(r' (activeTab|firstSheet)="\d+"', "", text)
            text = text.replace("<workbookView ", f'<workbookView activeTab="{index}" ')
            copy = outdir / f"{path.stem}-{index}.xlsx"
            with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
                for item in book.namelist():
                    data = book.read(item)
                    if item == "xl/workbook.xml":
                        data = text.encode()
                    elif item.startswith("xl/worksheets/sheet"):
                        xml = data.decode().replace(' tabSelected="1"', "")
                        if item == part:
                            xml = xml.replace("<sheetView ", '<sheetView tabSelected="1" ', 1)
                        data = xml.encode()
                    out.writestr(item, data)
            copies[name] = copy
    return copies


def pdf_pages(tmp_path: Path, sources: list[Path]) -> dict[Path, int]:
    """Convert every source to PDF in one LibreOffice run (its own profile); pages each."""
    outdir = tmp_path / "pdf"
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return {source: pages(outdir / f"{source.stem}.pdf") for source in sources}


# ------------------------------------------------------------------ layout arithmetic


def test_wrapped_lines_count_words_and_paragraphs():
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("one two", 10) == 1
    assert wrapped_lines("a\nb\nc", 50) == 3
    assert wrapped_lines("x" * 40, 10) == 4  # a long word breaks anywhere
    assert wrapped_lines("aaaa bbbb cccc dddd", 10) == 2
    assert row_height([("short", 20)]) is None
    assert row_height([("a\nb", 20), ("c", 5)]) == 32.0
    assert row_height([("x\n" * 100, 20)]) == 409.0  # the tallest row allowed


def test_points_formats_show_the_step_exactly():
    assert [points_format(s) for s in (1, 2, 4, 5, 10, 20, 3)] == [
        "0",
        "0.0",
        "0.00",
        "0.0",
        "0.0",
        "0.00",
        "0.00",
    ]


# ------------------------------------------------------------------ the page set-up


def test_results_workbook_page_setup(tmp_path):
    out = tmp_path / "rezultati.xlsx"
    invoke("batch", EXAMPLES / "batch" / "ciemi.csv", "-o", out)
    setup = page_setup(out)
    assert list(setup) == [
        "Kopsavilkums",
        "Kritēriji",
        "Ieteikumi",
        "Vidēji",
        "Teritorijas",
        "Kļūdas",
        "Par",
    ]
    for name, tag in setup.items():
        assert 'paperSize="9"' in tag and 'fitToHeight="0"' in tag, name
    for name in ("Kopsavilkums", "Kritēriji", "Ieteikumi", "Vidēji", "Teritorijas", "Kļūdas"):
        assert 'orientation="landscape"' in setup[name], name
    with zipfile.ZipFile(out) as book:
        workbook = book.read("xl/workbook.xml").decode()
    assert "Kopsavilkums!$1:$2</definedName>" in workbook  # title and header on every page
    assert workbook.count("_xlnm.Print_Area") == 7


def test_an_empty_errors_sheet_is_one_line(tmp_path):
    from test_spreadsheet_support import sheet_rows

    out = tmp_path / "ok.xlsx"
    invoke("batch", EXAMPLES / "zilitkalni.yaml", "-o", out)
    assert sheet_rows(out, "Kļūdas") == [["Kļūdu nav: visas rindas nolasītas un novērtētas."]]
    invoke("batch", EXAMPLES / "zilitkalni.yaml", "-o", out, "--lang", "en")
    assert sheet_rows(out, "Errors") == [["No errors: every row was read and scored."]]


def test_percent_and_points_formats(tmp_path):
    import openpyxl

    out = tmp_path / "rezultati.xlsx"
    invoke("batch", EXAMPLES / "batch" / "ciemi.csv", "-o", out)
    book = openpyxl.load_workbook(out)
    summary = book["Kopsavilkums"]
    header = [c.value for c in summary[2]]
    percent = summary.cell(row=3, column=header.index("Kopā, %") + 1)
    assert percent.number_format == "0.00"  # the two decimals it was rounded to, no fewer
    points = book["Kritēriji"].cell(row=3, column=4)  # whole points: General shows them
    assert isinstance(points.value, (int, float)) and points.number_format == "General"


# ------------------------------------------------------------------ LibreOffice


@needs_soffice
def test_workbooks_print_within_their_page_budgets(tmp_path):
    results = tmp_path / "rezultati.xlsx"
    invoke("batch", EXAMPLES / "batch" / "ciemi.csv", "-o", results)
    template_lv, template_en = tmp_path / "ciemi.xlsx", tmp_path / "villages.xlsx"
    invoke("template", "--format", "xlsx", "-o", template_lv)
    invoke("template", "--format", "xlsx", "--lang", "en", "-o", template_en)
    report = tmp_path / "report.xlsx"
    invoke("score", EXAMPLES / "veverupe.yaml", "-o", report)
    copies = tmp_path / "copies"
    copies.mkdir()
    books = {
        path: one_sheet_copies(path, copies) for path in (results, template_lv, template_en, report)
    }
    counted = pdf_pages(tmp_path, [results, *(c for book in books.values() for c in book.values())])
    per_sheet = {
        path.name: {name: counted[copy] for name, copy in sheets.items()}
        for path, sheets in books.items()
    }
    assert per_sheet["rezultati.xlsx"] == dict.fromkeys(
        ["Kopsavilkums", "Kritēriji", "Ieteikumi", "Vidēji", "Teritorijas", "Kļūdas", "Par"], 1
    )
    assert counted[results] == 7
    assert per_sheet["ciemi.xlsx"]["Norādījumi"] <= 3
    assert per_sheet["villages.xlsx"]["Instructions"] <= 3
    assert per_sheet["ciemi.xlsx"]["Ciemi"] <= 14  # 13, and a page for the 7 LEADER columns
    assert sum(per_sheet["report.xlsx"].values()) <= 8
    assert max(per_sheet["report.xlsx"].values()) <= 2


# ------------------------------------------------------------------ Chromium

HTML_BUDGETS = {
    ("zilitkalni.yaml", "lv"): 10,
    ("veverupe.yaml", "lv"): 11,
    ("veverupe.yaml", "en"): 12,
    ("priezulejas.json", "lv"): 10,
    ("jaunpuni.yaml", "lv"): 12,
    ("eu-sunuplava.yaml", "lv"): 8,
    ("sr21-vitolkrasts.yaml", "lv"): 9,
}
A4_BOTTOM_MARGIN = 16 / 25.4 * 72  # points: the report's @page margin at the foot
ROOM_AFTER_HEADING = 45  # points: a heading and about two lines of what follows it


def outline(pdf: Path) -> list[tuple[float, str]]:
    """The headings of a PDF printed with a document outline: (height of the heading's top
    above the page's foot, in points; its text)."""
    found = []
    pattern = (
        rb"/Title\s*(<[0-9A-Fa-f]+>|\((?:[^()\\]|\\.)*\))"  # the heading's text
        rb"(.*?)/Dest\s*\[\d+ 0 R /XYZ [\d.]+ ([\d.]+)"  # its page and height
    )
    for match in re.finditer(pattern, pdf.read_bytes(), re.S):
        raw = match.group(1)
        if raw.startswith(b"<"):
            title = bytes.fromhex(raw[1:-1].decode()).decode("utf-16")
        else:
            title = raw[1:-1].decode("latin-1")
        found.append((float(match.group(3)), title))
    return found


@needs_chromium
@pytest.mark.parametrize(("name", "lang"), list(HTML_BUDGETS))
def test_html_report_prints_within_its_page_budget(tmp_path, name, lang):
    page = tmp_path / "report.html"
    invoke("score", EXAMPLES / name, "--lang", lang, "-o", page)
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.is_file()
    assert 3 <= pages(pdf) <= HTML_BUDGETS[name, lang]
    # no heading left alone at a page's foot: each starts high enough for two lines after it
    headings = outline(pdf)
    if not headings:
        pytest.skip("this Chromium writes no document outline: headings not checked")
    assert len(headings) >= 15
    low = [(round(y), title) for y, title in headings if y < A4_BOTTOM_MARGIN + ROOM_AFTER_HEADING]
    assert low == []


def test_half_points_show_one_decimal(tmp_path, criteria_dir):
    import openpyxl
    from conftest import FULL_ANSWERS, questionnaire_data, write_yaml

    criteria = criteria_dir / "mini" / "1.yaml"
    text = criteria.read_text(encoding="utf-8")
    criteria.write_text(text.replace("points_yes: 2", "points_yes: 2.5", 1), encoding="utf-8")
    source = write_yaml(tmp_path / "ciems.yaml", questionnaire_data(FULL_ANSWERS))
    results, report = tmp_path / "rezultati.xlsx", tmp_path / "report.xlsx"
    invoke("batch", source, "--criteria-dir", criteria_dir, "-o", results)
    invoke("score", source, "--criteria-dir", criteria_dir, "-o", report)
    cell = openpyxl.load_workbook(results)["Kritēriji"].cell(row=3, column=4)
    assert (cell.value, cell.number_format) == (5.5, "0.0")
    answers = openpyxl.load_workbook(report)["Atbildes"]
    assert answers.cell(row=2, column=6).number_format == "0.0"
