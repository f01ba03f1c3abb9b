"""The report renderers: Markdown, HTML, XLSX, CSV, the chart, i18n; pinned and hostile input.

Golden files (tests/golden/report_*) were made by running the code and read through; the
tool version and the criteria digest are masked so that they do not churn.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import EXAMPLES, FULL_ANSWERS, questionnaire_data

from smartvillage import __version__, load_criteria, load_questionnaire, score
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.render import i18n, svg
from smartvillage.render.base import OutputFormat, format_for_path, get_renderer
from smartvillage.render.markdown import cell, escape
from smartvillage.render.view import safe_url

GOLDEN = Path(__file__).parent / "golden"
NOW = dt.datetime(2024, 6, 1, 12, 30, tzinfo=dt.timezone.utc)
PARTIAL = dict(
    FULL_ANSWERS,
    q_num=30,
    q_choice="yearly",
    q_multi=["web", "chat"],
    q_init=[{"name": "Ciema čats", "properties": ["digital"]}],
)
HOSTILE = {
    "name": '<script>alert("x")</script> Ciems',
    "parish": '"><img src=x onerror=alert(1)>',
    "municipality": "# [klik](javascript:alert(1)) *a* _b_ | `c` &amp;",
}
HOSTILE_ANSWERS = dict(
    FULL_ANSWERS,
    q_yes={
        "value": "yes",
        "note": "</td><script>alert(2)</script>",
        "evidence": [
            {"link": "javascript:alert(3)", "shows": "<b>bold</b>"},
            {"link": "https://example.org/ok?a=1&b=2", "shows": "labs [pierādījums]"},
            {"link": 'https://example.org/"onmouseover="alert(4)', "shows": "quote"},
            {"document": "C:\\dokumenti\\protokols.pdf", "shows": "<i>x</i>"},
        ],
    },
    q_init=[{"name": "<svg onload=alert(5)>", "properties": ["digital"]}],
)


def mini_report(mini, answers=PARTIAL, **village):
    return score(
        Questionnaire.model_validate(questionnaire_data(answers, **village)), mini, now=NOW
    )


def example_report(name):
    questionnaire = load_questionnaire(EXAMPLES / name)
    return score(questionnaire, load_criteria(questionnaire.criteria), now=NOW)


def mask(text: str, report) -> str:
    return text.replace(report.criteria.digest, "DIGEST").replace(__version__, "VERSION")


# --------------------------------------------------------------------------- golden


@pytest.mark.parametrize(
    ("fmt", "lang", "golden"),
    [
        (OutputFormat.md, "lv", "report_mini_lv.md"),
        (OutputFormat.md, "en", "report_mini_en.md"),
        (OutputFormat.html, "lv", "report_mini_lv.html"),
    ],
)
def test_reports_are_pinned(mini, fmt, lang, golden):
    report = mini_report(mini)
    text = mask(get_renderer(fmt)(report, lang), report)
    assert text == (GOLDEN / golden).read_text(encoding="utf-8")


def test_same_report_same_output(mini):
    report = mini_report(mini)
    for fmt in OutputFormat:
        first = get_renderer(fmt)(report, "lv")
        assert first == get_renderer(fmt)(report, "lv"), fmt


# --------------------------------------------------------------------------- HTML


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []  # visible text (not the style sheet)
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def assert_self_contained(html: str, allowed_links: set[str]) -> None:
    """No scripts, no resource loads, links only to the given evidence URLs."""
    tags = parse(html).tags
    names = {tag for tag, _ in tags}
    assert not names & {
        "script",
        "img",
        "iframe",
        "object",
        "embed",
        "link",
        "image",
        "use",
        "audio",
        "video",
        "source",
        "base",
        "form",
        "frame",
    }
    for tag, attrs in tags:
        assert "src" not in attrs and "srcset" not in attrs, tag
        assert not any(key.startswith("on") for key in attrs), (tag, attrs)
        if "href" in attrs:
            assert tag == "a" and attrs["href"] in allowed_links, attrs["href"]
    assert "<script" not in html.lower()
    assert "url(" not in html and "@import" not in html
    assert not re.search(r"\bsrc\s*=", html.replace("img src=x", ""))
    assert "default-src 'none'" in html  # the page's own policy forbids every request


def evidence_links(report) -> set[str]:
    return {
        e.link
        for c in report.criteria_results
        for q in c.questions
        for e in q.evidence
        if e.link and safe_url(e.link)
    }


@pytest.mark.parametrize(
    "name", ["zilitkalni.yaml", "veverupe.yaml", "priezulejas.json", "jaunpuni.yaml"]
)
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_example_html_is_self_contained(name, lang):
    report = example_report(name)
    html = get_renderer(OutputFormat.html)(report, lang)
    links = evidence_links(report)
    assert_self_contained(html, links)
    assert {attrs["href"] for tag, attrs in parse(html).tags if tag == "a"} == links
    assert '<polygon class="area"' in html  # four dimensions: a radar
    assert html.startswith('<!DOCTYPE html>\n<html lang="' + lang + '">')


def test_village_text_never_becomes_markup(mini):
    report = mini_report(mini, HOSTILE_ANSWERS, **HOSTILE)
    html = get_renderer(OutputFormat.html)(report, "en")
    assert_self_contained(html, {"https://example.org/ok?a=1&b=2"})
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Ciems" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&lt;svg onload=alert(5)&gt;" in html
    # the javascript: link and the link with a quote are shown as text, never as href
    assert "javascript:alert(3)" in html and 'href="javascript' not in html
    assert '<a class="evidence" href="https://example.org/ok?a=1&amp;b=2"' in html
    text = "".join(parse(html).text)
    assert '<script>alert("x")</script> Ciems' in text


def test_chart_is_bars_for_two_dimensions(mini):
    html = get_renderer(OutputFormat.html)(mini_report(mini), "lv")
    assert '<rect class="fill"' in html and 'class="area"' not in html


def test_radar_geometry():
    chart = svg.radar(
        [("A", 100.0, "100 %"), ("B", 50.0, "50 %"), ("C", 0.0, "0 %"), ("D", None, "—")]
    )
    assert (chart.cx, chart.cy) == (300.0, 230.0)
    assert chart.polygon == "300.0,80.0 375.0,230.0 300.0,230.0 300.0,230.0"
    assert [a.label.anchor for a in chart.axes] == ["middle", "start", "middle", "end"]
    assert chart.rings[-1].points == "300.0,80.0 450.0,230.0 300.0,380.0 150.0,230.0"
    assert chart.axes[0].label.lines == ["A", "100 %"]
    three = svg.chart([("A", 60.0, ""), ("B", 60.0, ""), ("C", 60.0, "")], [30.0, 30.0, 30.0])
    assert three.kind == "radar" and three.before.count(",") == 3
    one = svg.chart([("Tikai viena joma", 40.0, "40 %")])
    assert one.kind == "bars" and one.bars[0].width == 120.0


def test_wrap():
    assert svg.wrap("Inovācijas un vietējie resursi", 18) == ["Inovācijas un", "vietējie resursi"]


def test_safe_url():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in (
        "javascript:alert(1)",
        "data:text/html,x",
        "//example.org",
        "ftp://x.org",
        "https://",
        "https://exa mple.org",
        'https://x.org/"><b>',
        "vbscript:x",
        "file:///etc/passwd",
        None,
        "",
    ):
        assert safe_url(bad) is None, bad


def test_templates_are_package_data():
    from importlib.resources import files

    folder = files("smartvillage.render") / "templates"
    for name in ("report.html.j2", "compare.html.j2", "_macros.html.j2", "_style.css.j2"):
        assert (folder / name).is_file(), name


# --------------------------------------------------------------------------- Markdown


def test_markdown_escapes_everything_a_village_types():
    assert cell('<script>alert("x")</script>') == '\\<script\\>alert("x")\\</script\\>'
    assert (
        cell("# [a](javascript:x) *b* _c_ snake_case | `d` ~e~ &amp; !")
        == "\\# \\[a\\](javascript:x) \\*b\\* \\_c\\_ snake_case \\| \\`d\\` \\~e\\~ \\&amp; \\!"
    )
    assert cell("rinda 1\nrinda 2\x1b[31m") == "rinda 1 rinda 2\\[31m"
    assert cell("C:\\ceļš") == "C:\\\\ceļš"
    assert escape("2024. gada 6. maijs") == "2024\\. gada 6. maijs"
    assert escape("- saraksts") == "\\- saraksts"
    assert escape("> citāts") == "\\> citāts"
    assert escape("+1") == "+1" and escape("44.4%") == "44.4%" and escape("-5") == "-5"
    assert escape("---") == "\\---" and escape("1) a") == "1\\) a" and escape("=") == "\\="


def test_markdown_of_hostile_village_is_literal(mini):
    report = mini_report(mini, HOSTILE_ANSWERS, **HOSTILE)
    md = get_renderer(OutputFormat.md)(report, "en")
    assert not re.search(r"(?<!\\)<(?!br>)", md)  # every < is escaped but our own <br>
    assert md.startswith(
        '# Smart Village self-assessment report: \\<script\\>alert("x")\\</script\\> Ciems\n'
    )
    assert "\\# \\[klik\\](javascript:alert(1)) \\*a\\* \\_b\\_ \\| \\`c\\` \\&amp;" in md
    assert "[labs \\[pierādījums\\]](https://example.org/ok?a=1&b=2)" in md
    assert not re.search(r"(?<!\\)\]\(javascript", md)
    # every table row keeps its column count: no cell text breaks out of its cell
    for block in md.split("\n\n"):
        rows = [r for r in block.splitlines() if r.startswith("|")]
        if rows:
            widths = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
            assert len(widths) == 1, block


# --------------------------------------------------------------------------- XLSX and CSV


def test_xlsx_writes_text_as_text(mini):
    from openpyxl import load_workbook

    report = mini_report(
        mini, HOSTILE_ANSWERS, name='=HYPERLINK("http://x","y")', parish="@SUM(A1)"
    )
    data = get_renderer(OutputFormat.xlsx)(report, "lv")
    assert isinstance(data, bytes) and data[:2] == b"PK"
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "Kopsavilkums",
        "Jomas",
        "Kritēriji",
        "Atbildes",
        "Ceļš uz nākamo līmeni",
        "Ieteikumi",
    ]
    summary = book["Kopsavilkums"]
    values = {row[0].value: row[1] for row in summary.iter_rows(min_row=3) if row[0].value}
    assert values["Ciems"].value == '=HYPERLINK("http://x","y")'
    assert values["Ciems"].data_type == "s"
    assert values["Pagasts"].value == "@SUM(A1)"
    assert values["Kopā"].data_type == "n" and values["Kopā"].number_format == "0.00%"
    answers = book["Atbildes"]
    header = [c.value for c in answers[1]]
    assert header[:4] == ["Joma", "Kritērijs", "Jautājums", "Atbilde"]
    assert "ID (skriptiem)" not in header  # ids only with --details
    rows = {r[2].value: r for r in answers.iter_rows(min_row=2)}
    assert rows["Cik cilvēku?"][1].value == "Līdzdalība"
    assert rows["Cik cilvēku?"][3].value == "120 cilvēki" and rows["Cik cilvēku?"][4].value == 3
    assert rows["Cik cilvēku?"][6].value == "120: 50 ≤ x → 3"
    assert rows["Vai ir lauksaimniecība?"][4].value == "—"
    assert all(
        c.data_type in ("s", "n") for r in answers.iter_rows() for c in r if c.value is not None
    )


def test_csv_has_one_row_per_question_and_is_formula_safe(mini):
    report = mini_report(mini, HOSTILE_ANSWERS, name="=cmd|' /C calc'!A0")
    text = get_renderer(OutputFormat.csv)(report, "lv")
    assert text.startswith("\ufeffvillage;assessor;")  # Latvian: the excel-lv dialect
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert [r["question"] for r in rows] == [
        "q_yes",
        "q_rubric",
        "q_num",
        "q_choice",
        "q_multi",
        "q_init",
        "q_na",
    ]
    assert rows[0]["village"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["answer"] == "jā" and rows[0]["evidence_count"] == "4"
    assert rows[0]["rule"] == "jā → 2"
    assert rows[6]["status"] == "not_applicable" and rows[6]["points"] == ""
    assert rows[0]["assessment_date"] == "2024-05-14"
    assert {r["overall_percent"] for r in rows} == {
        str(report.summary.percent).rstrip("0").rstrip(".").replace(".", ",")
    }


# --------------------------------------------------------------------------- i18n


def test_dates_and_numbers_by_language():
    day = dt.date(2026, 11, 22)
    assert i18n.date(day, "lv") == "22.11.2026."
    assert i18n.date(day, "lv", long=True) == "2026. gada 22. novembris"
    assert i18n.date(day, "en") == "2026-11-22"
    assert i18n.date(day, "en", long=True) == "22 November 2026"
    assert i18n.number(1850.5, "lv") == "1\u00a0850,5"
    assert i18n.number(1850.5, "en") == "1,850.5"
    assert i18n.number(3, "lv") == "3"
    assert i18n.percent(72.54, "lv") == "72,5 %" and i18n.percent(72.54, "en") == "72.5%"
    assert i18n.signed(-1.5, "lv") == "−1,5" and i18n.signed(2, "en") == "+2"
    assert i18n.signed_percent(-2.46, "lv") == "−2,5 p.p."
    assert i18n.date(day, "lv", long=True, within=True) == "2026. gada 22. novembrī"
    assert i18n.timestamp("2024-06-01T12:30:00+00:00", "lv") == "2024. gada 1. jūnijā, 12:30 UTC"
    assert i18n.timestamp("2024-06-01T12:30:00+00:00", "en") == "1 June 2024, 12:30 UTC"


@pytest.mark.parametrize(
    ("rule", "lv"),
    [
        ("yes → 2", "jā → 2"),
        ("no → 0", "nē → 0"),
        ("level 2 → 2", "līmenis 2 → 2"),
        ("10 in 10 ≤ x < 50 → 1", "10: 10 ≤ x < 50 → 1"),
        ("12.5 in 5 ≤ x < 15 → 1", "12,5: 5 ≤ x < 15 → 1"),
        ("7 in no band → 0", "7 nav nevienā joslā → 0"),
        ("web (1) + chat (1) = 2", "web (1) + chat (1) = 2"),
        (
            "web (1) + chat (1) + app (2) = 4, capped at 3",
            "web (1) + chat (1) + app (2) = 4, ierobežots līdz 3",
        ),
        ("none = 0", "nekas = 0"),
        ("1 initiative(s): 2 = 2", "1 iniciatīva: 2 = 2"),
        (
            "3 initiative(s): 4 + 1 + 3 = 8, capped at 6",
            "3 iniciatīvas: 4 + 1 + 3 = 8, ierobežots līdz 6",
        ),
        ("21 initiative(s): 1 = 21", "21 iniciatīva: 1 = 21"),
        ("unanswered → 0", "nav atbildēts → 0"),
        ("not applicable → left out", "nav attiecināms → neskaita"),
        ("written_goals → 2", "written_goals → 2"),
    ],
)
def test_rules_in_latvian(rule, lv):
    assert i18n.rule_text(rule, "lv") == lv
    assert i18n.rule_text(rule, "en") == rule


def test_latvian_report_has_latvian_letters_and_no_english_labels():
    report = example_report("veverupe.yaml")
    for fmt in (OutputFormat.md, OutputFormat.html, OutputFormat.table):
        text = get_renderer(fmt)(report, "lv")
        if fmt is OutputFormat.html:
            text = " ".join(parse(text).text)
        for word in (
            "Līmenis",
            "Ceļā uz VIEDAIS CIEMS 2024",
            "Ķērpju pagasts",
            "Obligātie kritēriji",
            "Pierādījumi",
            "izpildīts",
            "2024",
            "58,8 %",
        ):
            assert word.casefold() in text.casefold(), (fmt, word)
        # no mojibake (UTF-8 read as Latin-1) and nothing left in English
        assert not re.search("Ä|Å|Ã|\ufffd", text), fmt
        for english in (
            r"\bTier\b",
            r"\bOverall\b",
            r"\bGates\b",
            r"\bEvidence\b",
            r"\bmet\b",
            r"\breconstruction\b",
            r"\blevel \d",
            r"\byes →",
            r"\bRecommendations\b",
            r"\bpoints\b",
        ):
            assert not re.search(english, text), (fmt, english)
    md = get_renderer(OutputFormat.md)(report, "lv")
    assert set("āčēģīķļņšūž") <= set(md.casefold())  # every Latvian letter, intact


def test_format_from_extension():
    assert format_for_path("a/b/report.HTML") is OutputFormat.html
    assert format_for_path("x.htm") is OutputFormat.html
    assert format_for_path("x.markdown") is OutputFormat.md
    assert format_for_path("x.txt") is OutputFormat.table
    assert format_for_path("x.yaml") is None
    assert OutputFormat.xlsx.binary and not OutputFormat.csv.binary


def test_html_holds_no_terminal_escapes(mini):
    """ESC, OSC-8 links and other control characters never reach the HTML page."""
    name = "Ciems \x1b]8;;https://example.org\x1b\\saite\x1b]8;;\x1b\\ \x1b[31msarkans\x07"
    report = mini_report(mini, name=name)
    text = get_renderer(OutputFormat.html)(report, "lv")
    assert not any(ch in text for ch in "\x1b\x07\x9b")
    assert "saite" in text and "sarkans" in text
