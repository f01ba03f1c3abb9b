"""The LEADER office (issue 13, items 3–5): several batch outputs all or nothing, the
LEADER profile fields, the territory sheet, the portfolio page and the village reports."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, questionnaire_data, write_yaml
from test_spreadsheet_support import KEYS, csv_text, village
from typer.testing import CliRunner

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.cli.app import app
from smartvillage.errors import InputError
from smartvillage.io.names import numbered_name, slug

runner = CliRunner()
LEADER_KEYS = [
    "leader_group",
    "community_type",
    "legal_name",
    "registration_number",
    "recognition_year",
    "recognition_tier",
    "mentor",
]


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def leader_csv(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "ciemi.csv"
    path.write_text(csv_text(rows, keys=[*KEYS, *LEADER_KEYS]), encoding="utf-8")
    return path


ROWS = [
    village(
        "Ābeļciems",
        leader_group="Zied zeme",
        community_type="ciems",
        legal_name="Biedrība “Ābele”",
        registration_number="40008012345",
        recognition_year="2023",
        recognition_tier="on_the_way — Ceļā uz VIEDAIS CIEMS",
        mentor="Ilze Kalniņa",
    ),
    village("Bērzciems", q_rubric="1 — Maz", q_multi="web", q_init=None, leader_group="Zied zeme"),
    village("Cīruļi", q_yes="nē", q_num=5, municipality="Talsu novads", parish="Ķērpju pagasts"),
]


# ------------------------------------------------------------------ item 3: outputs


def test_several_outputs_from_one_run(tmp_path, criteria_dir):
    table = leader_csv(tmp_path, ROWS)
    outs = [tmp_path / n for n in ("r.xlsx", "r.csv", "r.jsonl", "portfolio.html")]
    result = invoke(
        "batch", table, "--criteria-dir", criteria_dir, *(x for o in outs for x in ("-o", o))
    )
    assert result.exit_code == 0, result.output
    for out in outs:
        assert out.stat().st_size > 0, out
    lines = outs[2].read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["village"]["name"] for line in lines] == [
        "Ābeļciems",
        "Bērzciems",
        "Cīruļi",
    ]
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("bad", ["missing/r.csv", "folder"])
def test_nothing_is_written_when_one_output_is_invalid(tmp_path, criteria_dir, bad):
    table = leader_csv(tmp_path, ROWS)
    (tmp_path / "folder").mkdir()
    good = [tmp_path / "r.xlsx", tmp_path / "p.html"]
    result = invoke(
        "batch",
        table,
        "--criteria-dir",
        criteria_dir,
        "-o",
        good[0],
        "-o",
        tmp_path / bad,
        "-o",
        good[1],
    )
    assert result.exit_code == 2, result.output
    assert not any(p.exists() for p in good)
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_same_output_twice_and_a_workbook_on_stdout_are_refused(tmp_path, criteria_dir):
    table = leader_csv(tmp_path, ROWS)
    a_csv = tmp_path / "a.csv"
    twice = invoke("batch", table, "-o", a_csv, "-o", a_csv, "--lang", "en")
    assert twice.exit_code == 2 and "more than once" in twice.output
    twice = invoke("batch", table, "-o", a_csv, "-o", a_csv)
    assert twice.exit_code == 2 and "norādīts vairāk nekā vienreiz" in twice.output
    stdout = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "xlsx", "--lang", "en")
    assert stdout.exit_code == 2 and "needs --output" in stdout.output
    assert not (tmp_path / "a.csv").exists()


# ------------------------------------------------------------------ item 4: profile

# report JSON of every shipped example as the code without the LEADER fields wrote it
# (tool version, schema version, source and generated_at left out): old files score
# exactly as they did. When the report format itself changes, take these again from the
# code before that change adds nothing of the LEADER profile.
EXAMPLE_DIGESTS = {
    "eu-sunuplava.yaml": "76630764c9dc4a79",
    "jaunpuni.yaml": "ba0fe90b3d49a282",
    "sr21-vitolkrasts.yaml": "5045197fce58add9",
    "veverupe-2025.yaml": "5fb213b50c06781b",
    "veverupe-self.yaml": "c1ef063621b456b3",
    "veverupe.yaml": "d9b43eda8b460ad6",
    "zilitkalni.yaml": "6d9c11ac93ec7b3e",
    "priezulejas.json": "63586385a26736d4",
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_DIGESTS))
def test_every_shipped_example_scores_as_before(name):
    from smartvillage.render.json_report import render

    questionnaire = load_questionnaire(EXAMPLES / name)
    data = json.loads(render(score(questionnaire, load_criteria(questionnaire.criteria)), "lv"))
    for key in ("generated_at", "tool", "schema_version", "source"):
        data.pop(key, None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    assert hashlib.sha256(text).hexdigest()[:16] == EXAMPLE_DIGESTS[name]
    assert "leader_group" not in data["village"]


LEADER = {
    "leader_group": "Zied zeme",
    "community_type": "parish",
    "legal_body": {"name": "Biedrība “Ābele”", "registration_number": "40008012345"},
    "recognition": {"year": 2023, "tier": "on_the_way"},
    "mentor": "Ilze Kalniņa",
}


def test_version_2_profile_reads_validates_and_reaches_the_report(tmp_path, criteria_dir):
    data = questionnaire_data(**LEADER)
    data["schema_version"] = 2
    path = write_yaml(tmp_path / "v2.yaml", data)
    result = invoke("score", path, "--criteria-dir", criteria_dir, "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {k: report["village"][k] for k in LEADER} == LEADER
    assert invoke("validate", path, "--criteria-dir", criteria_dir).exit_code == 0


@pytest.mark.parametrize(
    "change,words",
    [
        ({"legal_body": {"registration_number": "4000801234"}}, "11-digit"),
        ({"legal_body": {"registration_number": "LV40008012345"}}, "11-digit"),
        ({"recognition": {"year": 2020, "tier": "sign"}}, "2021"),
        ({"recognition": {"year": 2023}}, "tier"),
        ({"community_type": "town"}, "village"),
    ],
)
def test_bad_profile_values_are_named(tmp_path, change, words):
    data = questionnaire_data(**change)
    data["schema_version"] = 2
    path = write_yaml(tmp_path / "bad.yaml", data)
    with pytest.raises(InputError) as caught:
        load_questionnaire(path)
    assert words in str(caught.value.problems)


def test_the_lists_take_their_labels_in_either_language(tmp_path):
    data = questionnaire_data(
        community_type="Viena saimniecība vai uzņēmums",
        recognition={"year": 2021, "tier": "Ceļā uz viedo ciemu"},
    )
    data["schema_version"] = 2
    village = load_questionnaire(write_yaml(tmp_path / "labels.yaml", data)).village
    assert village.community_type == "farm"
    assert village.recognition.tier == "on_the_way"
    data["village"].update(
        community_type="neighbourhood", recognition={"year": 2022, "tier": "SMART VILLAGE sign"}
    )
    village = load_questionnaire(write_yaml(tmp_path / "labels.yaml", data)).village
    assert (village.community_type, village.recognition.tier) == ("neighbourhood", "sign")


def test_version_1_file_with_a_version_2_field_says_so(tmp_path):
    path = write_yaml(tmp_path / "v1.yaml", questionnaire_data(mentor="Ilze"))
    with pytest.raises(InputError) as caught:
        load_questionnaire(path)
    assert "schema_version: 2" in str(caught.value.problems)


def test_schema_moves_forward_and_old_files_still_validate():
    import jsonschema

    from smartvillage.schemas import generate, schema_json

    schema = json.loads(schema_json("questionnaire"))
    assert schema["$id"] == "urn:smartvillage:schema:questionnaire:2"
    assert schema_json("questionnaire") == generate("questionnaire")
    validator = jsonschema.Draft202012Validator(schema)
    for path in [*EXAMPLES.glob("*.yaml"), *EXAMPLES.glob("*.json")]:
        data = load_questionnaire(path).model_dump(mode="json", exclude_none=True)
        assert not list(validator.iter_errors(data)), path
    bad = {**questionnaire_data(), "schema_version": 2}
    bad["village"]["legal_body"] = {"registration_number": "123"}
    assert list(validator.iter_errors(bad))


def test_template_has_a_column_for_each_field_with_drop_downs(tmp_path):
    import openpyxl

    out = tmp_path / "ciemi.xlsx"
    assert invoke("template", "--format", "xlsx", "-o", out).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Ciemi"]
    keys = [c.value for c in sheet[3]]
    for key in LEADER_KEYS:
        assert key in keys, key
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    columns = {keys.index("community_type"), keys.index("recognition_tier")}
    from openpyxl.utils import get_column_letter

    covered = " ".join(str(dv.sqref) for dv in lists)
    for col in columns:
        assert f"{get_column_letter(col + 1)}4" in covered
    csv_out = tmp_path / "ciemi.csv"
    assert invoke("template", "--format", "csv", "-o", csv_out).exit_code == 0
    assert "registration_number" in csv_out.read_text(encoding="utf-8-sig")


def test_batch_reads_the_fields_and_names_a_bad_cell(tmp_path, criteria_dir):
    rows = [*ROWS, village("Dārziņi", registration_number="12345", recognition_year="2019")]
    table = leader_csv(tmp_path, rows)
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "json", "--lang", "en")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    first = lines[0]["village"]
    assert first["leader_group"] == "Zied zeme"
    assert first["community_type"] == "village"
    assert first["legal_body"] == {"name": "Biedrība “Ābele”", "registration_number": "40008012345"}
    assert first["recognition"] == {"year": 2023, "tier": "on_the_way"}
    assert first["mentor"] == "Ilze Kalniņa"
    messages = " ".join(p["message"] for p in lines[3]["problems"])
    columns = {p["column"] for p in lines[3]["problems"]}
    assert {"registration_number", "recognition_year"} <= columns, lines[3]
    assert "11-digit" in messages
    assert "required field is missing" in messages  # the tier of the recognition
    assert "None" not in messages
    out = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "csv").stdout
    import csv as csv_module
    import io

    text = out.lstrip("\ufeff")
    delimiter = ";" if ";" in text.splitlines()[0] else ","
    first_row = next(csv_module.DictReader(io.StringIO(text), delimiter=delimiter))
    assert {k: first_row[k] for k in LEADER_KEYS} == {
        "leader_group": "Zied zeme",
        "community_type": "village",
        "legal_name": "Biedrība “Ābele”",
        "registration_number": "40008012345",
        "recognition_year": "2023",
        "recognition_tier": "on_the_way",
        "mentor": "Ilze Kalniņa",
    }


def test_workbook_cells_with_numbers_and_drop_down_entries(tmp_path, criteria_dir):
    from test_spreadsheet_support import write_xlsx

    row = village(
        "Ābeļciems",
        community_type="farm — viena saimniecība vai uzņēmums",
        registration_number=40008012345,  # a number cell, as Excel keeps it
        recognition_year=2022,
        recognition_tier="sign — VIEDAIS CIEMS",
    )
    table = write_xlsx(tmp_path / "ciemi.xlsx", [row], keys=[*KEYS, *LEADER_KEYS])
    result = invoke("batch", table, "--criteria-dir", criteria_dir, "-f", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)["village"]
    assert record["community_type"] == "farm"
    assert record["legal_body"] == {"name": None, "registration_number": "40008012345"}
    assert record["recognition"] == {"year": 2022, "tier": "sign"}


# ------------------------------------------------------------------ item 5a: the sheet


def test_territory_figures_are_exact_means(tmp_path, criteria_dir):
    from smartvillage.batch import BatchOptions, run_batch
    from smartvillage.batch.portfolio import average, portfolios, rate

    table = leader_csv(tmp_path, ROWS)
    result = run_batch([table], BatchOptions(criteria_dirs=[criteria_dir]))
    (portfolio,) = portfolios(result.villages, result.plans).values()
    rows = portfolio.rows()
    whole = rows[0]
    assert whole.level == "all" and whole.villages == 3
    assert whole.overall == sum(Fraction(v.scores.percent_exact) for v in result.villages) / 3
    plan = portfolio.plan
    assert average(whole.overall, plan) == round(float(whole.overall), 2)
    zied = next(r for r in rows if r.level == "leader_group" and r.name == "Zied zeme")
    assert zied.villages == 2
    unnamed = next(r for r in rows if r.level == "leader_group" and r.name is None)
    assert unnamed.villages == 1
    parish = next(r for r in rows if r.level == "parish" and r.name == "Ķērpju pagasts")
    assert parish.within == "Talsu novads"
    met = [v.scores.criterion_status[0] == "met" for v in result.villages]
    assert rate(whole.met_rates[0]) == round(100 * sum(met) / 3, 2)
    assert sum(whole.tiers) == 3


def test_results_workbook_has_the_territory_sheet(tmp_path, criteria_dir):
    import openpyxl

    table = leader_csv(tmp_path, ROWS)
    for lang, name, level in (("lv", "Teritorijas", "VRG"), ("en", "Territories", "LAG")):
        out = tmp_path / f"r-{lang}.xlsx"
        result = invoke("batch", table, "--criteria-dir", criteria_dir, "--lang", lang, "-o", out)
        assert result.exit_code == 0, result.output
        sheet = openpyxl.load_workbook(out)[name]
        cells = [[c.value for c in row] for row in sheet.iter_rows()]
        found = [row for row in cells if row[0] == level and row[1] == "Zied zeme"]
        assert found and found[0][2] == 2


# ------------------------------------------------------------------ item 5b/c: the page

ENGLISH_WORDS = re.compile(
    r"\b(Village|Villages|Tier|Overall|Summary|Territory|Municipality|Parish|not met|"
    r"next step|report|average)\b"
)
LATVIAN_LETTERS = re.compile("[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def visible_text(page: str) -> str:
    body = page.split("<body", 1)[1]
    return re.sub(r"<[^>]+>", " ", body)


def portfolio(tmp_path, criteria_dir, lang, rows=ROWS, *extra):
    table = leader_csv(tmp_path, rows)
    out = tmp_path / f"portfolio-{lang}.html"
    result = invoke(
        "batch", table, "--criteria-dir", criteria_dir, "--lang", lang, "-o", out, *extra
    )
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_portfolio_page_structure_in_latvian(tmp_path, criteria_dir):
    page = portfolio(tmp_path, criteria_dir, "lv")
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == [
        "Ciemi pa līmeņiem",
        "Ciemi pa kritērijiem, %",
        "Kopsavilkums: Plānošanas reģions",
        "Kopsavilkums: Novads",
        "Kopsavilkums: Pagasts",
        "Kopsavilkums: VRG",
        "Biežākās nepilnības",
        "Katra ciema līmenis un nākamais solis",
    ]
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "Content-Security-Policy" in page
    assert "Teritorijas pārskats: 3 ciemi" in page
    text = visible_text(page)
    assert not ENGLISH_WORDS.search(text), ENGLISH_WORDS.search(text)
    # no word of the English catalogue (the page's own sections) that Latvian lacks
    from smartvillage import messages

    english, latvian = set(), set()
    for key, texts in messages.catalogue().items():
        if key.split(".")[0] in ("portfolio", "report", "results"):
            english |= set(re.findall(r"[^\W\d_]{4,}", texts["en"]))
            latvian |= set(re.findall(r"[^\W\d_]{4,}", texts["lv"]))
    words = set(re.findall(r"[^\W\d_]{4,}", html_unescape(text)))
    assert not (words & (english - latvian)) - {"smartvillage"}, words & (english - latvian)
    # a villages × criteria row per village, a cell per criterion
    assert page.count('class="num pc ') == 3 * 3
    assert "nav izpildīts: " in page
    from smartvillage.io.criteria import load_criteria as load_set

    mini = load_set("mini@1", [criteria_dir])
    ids = {c.id for c in mini.criteria} | {d.id for d in mini.dimensions}
    ids |= {t.id for t in mini.tiers} | set(mini.questions())
    shown = set(re.findall(r"[\w.]+", html_unescape(text)))
    assert not shown & ids, shown & ids


def test_portfolio_page_in_english(tmp_path, criteria_dir):
    import html

    page = portfolio(tmp_path, criteria_dir, "en")
    headings = [html.unescape(h) for h in re.findall(r"<h2>(.*?)</h2>", page)]
    assert headings[0] == "Villages by tier" and headings[-1] == "Each village's tier and next step"
    assert "Summary by LAG" in headings
    text = visible_text(page)
    for name in ("Ābeļciems", "Bērzciems", "Cīruļi", "Ķērpju", "Biedrība", "Kalniņa"):
        text = text.replace(name, "")
    text = re.sub(r"\w*(pagasts|novads|ciems|Ā)\w*", "", text)
    assert not LATVIAN_LETTERS.search(text), LATVIAN_LETTERS.search(text)
    from smartvillage import messages

    english, latvian = set(), set()
    for key, texts in messages.catalogue().items():
        if key.split(".")[0] in ("portfolio", "report", "results"):
            english |= set(re.findall(r"[^\W\d_]{4,}", texts["en"]))
            latvian |= set(re.findall(r"[^\W\d_]{4,}", texts["lv"]))
    words = set(re.findall(r"[^\W\d_]{4,}", html_unescape(text)))
    assert not words & (latvian - english), words & (latvian - english)


def test_villages_of_different_criteria_sets_get_a_section_each(tmp_path):
    out = tmp_path / "p.html"
    result = invoke("batch", EXAMPLES, "-o", out, "--lang", "en")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    titles = re.findall(r'<h2 class="settitle">Criteria set: [^<]*\(([^)]+)\)</h2>', page)
    assert sorted(titles) == [
        "eu-smart-villages@2019",
        "smart-rural-21@2022",
        "viedais-ciems@2024",
    ]
    assert page.count("<h2>Villages by tier</h2>") == 3
    assert "different criteria sets" in page


def test_reports_are_written_under_safe_names_and_linked(tmp_path, criteria_dir):
    hostile = [
        village("../../etc/passwd"),
        village("CON"),
        village("Ā" * 190),
        village("<script>alert(1)</script>"),
    ]
    reports = tmp_path / "ciemi"
    page = portfolio(tmp_path, criteria_dir, "lv", hostile, "--reports", reports)
    names = sorted(p.name for p in reports.iterdir())
    assert names == [
        "001-etc-passwd.html",
        "002-con.html",
        "003-" + "a" * 40 + ".html",
        "004-script-alert-1-script.html",
    ]
    links = re.findall(r'<a href="([^"]+)">', page)
    assert sorted(set(links)) == [f"ciemi/{n}" for n in names]
    for link in set(links):
        assert (tmp_path / link).is_file()
    assert "<script>" not in page
    assert not list(tmp_path.rglob("passwd"))


def test_reports_take_the_format_option(tmp_path, criteria_dir):
    table = leader_csv(tmp_path, ROWS)
    reports = tmp_path / "r"
    result = invoke(
        "batch", table, "--criteria-dir", criteria_dir, "-f", "json", "--reports", reports
    )
    assert result.exit_code == 0, result.output
    files = sorted(reports.iterdir())
    assert [f.suffix for f in files] == [".json"] * 3
    first = json.loads(files[0].read_text(encoding="utf-8"))
    scored = json.loads(result.stdout.splitlines()[0])
    assert first["summary"]["percent"] == scored["summary"]["percent"]
    assert first["summary"]["tier"] == scored["summary"]["tier"]


def test_slugs():
    assert slug("Ābeļciems") == "abelciems"
    assert slug("...") == "village"
    assert numbered_name(12, "a/b\\c", ".md") == "012-a-b-c.md"


CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("lang", ["lv", "en"])
def test_portfolio_opens_in_chromium_without_requests(tmp_path, criteria_dir, lang):
    from test_render_browser import browse

    portfolio(tmp_path, criteria_dir, lang)
    page = tmp_path / f"portfolio-{lang}.html"
    shot = tmp_path / "shot.png"
    hosts = browse(page, shot, tmp_path / "profile")
    assert hosts == []
    assert shot.stat().st_size > 10_000


def test_readme_names_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "--reports" in readme and "portfolio.html" in readme


def test_the_report_lists_the_leader_profile(tmp_path, criteria_dir):
    data = questionnaire_data(**{**LEADER, "recognition": {"year": 2021, "tier": "on_the_way"}})
    data["schema_version"] = 2
    path = write_yaml(tmp_path / "v2.yaml", data)
    md = invoke("score", path, "--criteria-dir", criteria_dir, "-f", "md", "--lang", "en")
    assert "| LEADER local action group (LAG) | Zied zeme |" in md.stdout
    assert "| Type of community | parish |" in md.stdout
    assert "| Legal entity | Biedrība “Ābele”, reg. no. 40008012345 |" in md.stdout
    assert "| Earlier recognition | On the way to a smart village (2021) |" in md.stdout
    assert "| Mentor | Ilze Kalniņa |" in md.stdout
    html = invoke("score", path, "--criteria-dir", criteria_dir, "-f", "html").stdout
    for fact in (
        "<dt>Vietējā rīcības grupa (VRG)</dt><dd>Zied zeme</dd>",
        "<dt>Kopienas veids</dt><dd>pagasts</dd>",
        "<dt>Juridiskā persona</dt><dd>Biedrība “Ābele”, reģ. Nr. 40008012345</dd>",
        "<dt>Iepriekšējā atzinība</dt><dd>Ceļā uz viedo ciemu (2021)</dd>",
        "<dt>Mentors</dt><dd>Ilze Kalniņa</dd>",
    ):
        assert fact in html, fact


def test_territory_totals_add_up_whatever_the_names(tmp_path, criteria_dir):
    """Every level counts every village once; every mean is the exact mean."""
    import dataclasses

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from smartvillage.batch import BatchOptions, run_batch
    from smartvillage.batch.portfolio import LEVELS, Portfolio
    from smartvillage.batch.results import LeaderProfile

    result = run_batch([leader_csv(tmp_path, ROWS)], BatchOptions(criteria_dirs=[criteria_dir]))
    (plan,) = result.plans.values()
    names = st.sampled_from([None, "", " A ", "a", "Ābele", "ĀBELE", "B"])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(st.integers(0, 2), names, names, names, names), max_size=12))
    def check(picks):
        portfolio = Portfolio(plan)
        villages = []
        for index, region, municipality, parish, leader in picks:
            village = dataclasses.replace(
                result.villages[index],
                region=region,
                municipality=municipality,
                parish=parish,
                leader=LeaderProfile(leader_group=leader),
            )
            villages.append(village)
            portfolio.add(village)
        rows = portfolio.rows()
        for level in LEVELS:
            found = [r for r in rows if r.level == level]
            assert sum(r.villages for r in found) == len(villages)
            assert all(sum(r.tiers) == r.villages for r in found)
        if villages:
            whole = rows[0]
            exact = [Fraction(v.scores.percent_exact) for v in villages]
            assert whole.overall == sum(exact) / len(exact)

    check()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_sixty_villages_print_within_a_page_budget(tmp_path, criteria_dir):
    import subprocess

    rows = [
        {**ROWS[i % 3], "village": f"Ciems {i + 1}", "leader_group": f"VRG {i % 3}"}
        for i in range(60)
    ]
    page = tmp_path / "portfolio-lv.html"
    portfolio(tmp_path, criteria_dir, "lv", rows)
    pdf = tmp_path / "valde.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 3 <= pages <= 14, pages


def test_a_mapping_may_name_the_leader_fields(tmp_path):
    """A table of the office's own goes through --mapping to the LEADER profile too."""
    import csv as csv_module
    import io

    text = (EXAMPLES / "exports" / "musu-tabula.csv").read_text(encoding="utf-8-sig")
    rows = list(csv_module.reader(io.StringIO(text), delimiter=";"))
    rows[0] += ["Mūsu VRG", "Veids"]
    for row in rows[1:]:
        row += ["Zied zeme", "apkaime"]
    out = io.StringIO()
    csv_module.writer(out, delimiter=";").writerows(rows)
    table = tmp_path / "tabula.csv"
    table.write_text(out.getvalue(), encoding="utf-8")
    mapping = (EXAMPLES / "exports" / "musu-tabula-kartejums.yaml").read_text(encoding="utf-8")
    mapping = mapping.replace(
        "columns:\n", 'columns:\n  "Mūsu VRG": leader_group\n  Veids: community_type\n', 1
    )
    (tmp_path / "map.yaml").write_text(mapping, encoding="utf-8")
    result = invoke("batch", table, "--mapping", tmp_path / "map.yaml", "-f", "json")
    first = json.loads(result.stdout.splitlines()[0])["village"]
    assert (first["leader_group"], first["community_type"]) == ("Zied zeme", "neighbourhood")
