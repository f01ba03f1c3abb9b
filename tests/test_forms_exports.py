"""``batch`` on ODK Central and KoboToolbox exports of the tool's XLSForm: the same tiers and
percents as ``score`` gives for the same villages, with no mapping."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from platform_exports import kobo_sheet_title, kobo_xlsx, load, odk_central_csv
from typer.testing import CliRunner

from smartvillage.cli.app import app
from smartvillage.io.criteria import load_criteria

runner = CliRunner()
SETS = {
    "viedais-ciems@2024": [
        "zilitkalni.yaml",
        "veverupe.yaml",
        "veverupe-2025.yaml",
        "veverupe-self.yaml",
        "jaunpuni.yaml",
        "priezulejas.json",
    ],
    "smart-rural-21@2022": ["sr21-vitolkrasts.yaml"],
    "eu-smart-villages@2019": ["eu-sunuplava.yaml"],
}


def score(name):
    result = runner.invoke(app, ["score", str(EXAMPLES / name), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def batch(*args):
    result = runner.invoke(app, ["batch", *map(str, args), "--format", "json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


def same_scores(lines, names):
    scored = [line for line in lines if line["status"] == "scored"]
    assert [line["village"]["name"] for line in scored] == [
        score(name)["village"]["name"] for name in names
    ]
    for line, name in zip(scored, names, strict=True):
        report = score(name)
        assert line["summary"]["tier"] == report["summary"]["tier"], name
        assert line["summary"]["percent_exact"] == report["summary"]["percent_exact"], name
        assert line["summary"]["counts"] == report["summary"]["counts"], name
        assert line["dimensions"] == {d["id"]: d["percent"] for d in report["dimensions"]}
        assert {k: v["percent"] for k, v in line["criteria_results"].items()} == {
            c["id"]: c["percent"] for c in report["criteria_results"]
        }


@pytest.mark.parametrize("ref", sorted(SETS))
def test_kobo_xlsx_export_scores_like_score(tmp_path, ref):
    criteria = load_criteria(ref)
    names = SETS[ref]
    path = kobo_xlsx(tmp_path / "kobo.xlsx", criteria, [load(EXAMPLES / n) for n in names])
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert lines[0]["sheet"] == kobo_sheet_title(criteria)
    assert lines[0]["row"] == 2
    assert "neatbilst nevienam" not in result.stderr  # Kobo's own columns pass silently


@pytest.mark.parametrize("multi", ["split", "both"])
def test_kobo_select_multiple_split_into_columns_without_group_names(tmp_path, multi):
    names = SETS["viedais-ciems@2024"]
    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(
        tmp_path / "kobo.xlsx",
        criteria,
        [load(EXAMPLES / n) for n in names],
        groups=False,
        multi=multi,
    )
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)


def test_odk_central_csv_with_repeat_files_beside_it(tmp_path):
    names = SETS["viedais-ciems@2024"]
    criteria = load_criteria("viedais-ciems@2024")
    path = odk_central_csv(tmp_path, "viedais_ciems", criteria, [load(EXAMPLES / n) for n in names])
    assert path.read_bytes().startswith(b"\xef\xbb\xbfSubmissionDate,")
    assert (tmp_path / "viedais_ciems-vc2_joint_solutions.csv").exists()
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    # the folder: the repeat files are read with their main file, not as villages
    result, lines = batch(tmp_path, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert "read together with its main file" in result.stderr


def test_a_bad_cell_in_an_export_names_file_sheet_row_and_column(tmp_path):
    import openpyxl

    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(
        tmp_path / "kobo.xlsx",
        criteria,
        [load(EXAMPLES / "zilitkalni.yaml"), load(EXAMPLES / "veverupe.yaml")],
    )
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("vision/vc1/vc1_residents_in_planning") + 1
    sheet.cell(3, column, "daudz")
    sheet.cell(1, len(header) + 1, "Papildu kolonna")
    book.save(path)
    result, lines = batch(path, "--lang", "en")
    assert result.exit_code == 1
    assert [line["status"] for line in lines] == ["scored", "rejected"]
    letter = openpyxl.utils.get_column_letter(column)
    sheet_name = kobo_sheet_title(criteria)
    assert (
        f"{path}: {sheet_name}!{letter}3 (vision/vc1/vc1_residents_in_planning): "
        "expected a number, got 'daudz'"
    ) in result.stderr
    assert result.stderr.count("Papildu kolonna") == 1


def test_an_export_without_a_criteria_column_needs_criteria(tmp_path):
    import openpyxl

    criteria = load_criteria("viedais-ciems@2024")
    path = kobo_xlsx(tmp_path / "kobo.xlsx", criteria, [load(EXAMPLES / "zilitkalni.yaml")])
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for cell in sheet[1]:
        if cell.value == "criteria":
            sheet.delete_cols(cell.column)
            break
    book.save(path)
    result, _ = batch(path, "--lang", "en")
    assert result.exit_code == 2
    assert "no criteria set named" in result.stderr
    result, lines = batch(path, "--criteria", "viedais-ciems@2024")
    assert result.exit_code == 0, result.stderr
    same_scores(lines, ["zilitkalni.yaml"])


# ---------------------------------------------------------------------------- Google / Microsoft


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("ref", sorted(SETS))
def test_google_forms_csv_scores_like_score(tmp_path, ref, lang):
    from platform_exports import google_forms_csv

    criteria = load_criteria(ref)
    names = SETS[ref]
    path = google_forms_csv(
        tmp_path / "atbildes.csv", criteria, [load(EXAMPLES / n) for n in names], lang
    )
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert lines[0]["row"] == 2 and lines[0]["sheet"] is None


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_microsoft_forms_xlsx_scores_like_score(tmp_path, lang):
    from platform_exports import microsoft_forms_xlsx

    criteria = load_criteria("viedais-ciems@2024")
    names = SETS["viedais-ciems@2024"]
    path = microsoft_forms_xlsx(
        tmp_path / "Form1.xlsx", criteria, [load(EXAMPLES / n) for n in names], lang
    )
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    same_scores(lines, names)
    assert lines[0]["sheet"] == "Sheet1"


def _google(tmp_path, lang="lv", names=("zilitkalni.yaml", "veverupe.yaml")):
    import csv

    from platform_exports import google_forms_csv

    criteria = load_criteria("viedais-ciems@2024")
    path = google_forms_csv(
        tmp_path / "atbildes.csv", criteria, [load(EXAMPLES / n) for n in names], lang
    )
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    return path, rows


def _write(path, rows):
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def test_headers_match_loosely_and_near_misses_are_named_once(tmp_path):
    path, rows = _google(tmp_path)
    header = rows[0]
    at = header.index(
        "Vai vīzija vai stratēģija ir publiski pieejama visiem iedzīvotājiem "
        "(tīmekļa vietnē, sociālajos tīklos, ziņojumu dēlī)?"
    )
    # case, spaces and diacritics do not matter
    header[at] = (
        "VAI VIZIJA VAI  STRATEGIJA ir publiski pieejama visiem iedzivotajiem "
        "(timekla vietne, socialajos tiklos, zinojumu deli)?"
    )
    # a near miss is not read, and is named with the closest question
    target = next(h for h in header if h.startswith("Kā tapa kopienas vīzija"))
    header[header.index(target)] = target.replace("Kā tapa", "Kā tika")
    header.append("Komentārs")
    for row in rows[1:]:
        row.append("paldies")
    _write(path, rows)
    result, lines = batch(path, "--lang", "lv")
    assert result.exit_code == 0, result.stderr
    assert [line["status"] for line in lines] == ["scored", "scored"]
    warning = next(line for line in result.stderr.splitlines() if "neatbilst nevienam" in line)
    assert warning == (
        f"brīdinājums: {path}: 2 kolonnas neatbilst nevienam jautājumam, tās netiek lasītas: "
        f"“{target.replace('Kā tapa', 'Kā tika')}” (tuvākais jautājums: “{target}”), “Komentārs”"
    )
    assert result.stderr.count("Komentārs") == 1
    # the question whose column was a near miss counts as unanswered; the loose one is read
    report = score("zilitkalni.yaml")
    assert lines[0]["summary"]["counts"]["unanswered"] == 1
    assert lines[0]["summary"]["percent_exact"] != report["summary"]["percent_exact"]
    result, _ = batch(path, "--lang", "en")
    assert "2 columns match no question and are not read: " in result.stderr
    english = load_criteria("viedais-ciems@2024").questions()["vc1.vision_made_together"][1]
    assert f"(closest question: '{english.text.en}')" in result.stderr


def test_a_column_matching_two_questions_is_an_error(tmp_path, criteria_dir):
    from conftest import MINI_CRITERIA

    text = MINI_CRITERIA.replace(
        "text: {lv: Vai ir lauksaimniecība?, en: Is there farming?}",
        "text: {lv: Vai ir lauksaimniecība?, en: Is there a plan?}",
    )
    (criteria_dir / "mini" / "1.yaml").write_text(text, encoding="utf-8")
    path = tmp_path / "atbildes.csv"
    _write(
        path,
        [
            ["Timestamp", "Village", "Assessed by", "Is there a plan?", "How broad?"],
            ["2024/05/14 10:11:12 AM GMT+3", "Ābeļciems", "mentor", "Yes", "3 — All"],
        ],
    )
    result, lines = batch(path, "--criteria-dir", criteria_dir, "--lang", "en")
    assert result.exit_code == 2
    assert (
        f"{path}: D1: the column 'Is there a plan?' matches several questions (q_yes, q_na); "
        "rename it so that it matches one"
    ) in result.stderr
    assert lines[0]["status"] == "rejected"


def test_a_wrong_answer_is_named_by_row_and_column_and_the_others_are_scored(tmp_path):
    path, rows = _google(tmp_path, lang="en")
    header = rows[0]
    at = header.index(
        "What percentage of the village's residents took part in making or discussing the "
        "vision or strategy (meetings, surveys, workshops)?"
    )
    rows[2][at] = "many"
    _write(path, rows)
    result, lines = batch(path, "--lang", "en")
    assert result.exit_code == 1
    assert [line["status"] for line in lines] == ["scored", "rejected"]
    import openpyxl

    letter = openpyxl.utils.get_column_letter(at + 1)
    assert f"{path}: {letter}3 (What percentage of the village's residents" in result.stderr
    assert "expected a number, got 'many'" in result.stderr
    same_scores(lines, ["zilitkalni.yaml"])


def test_checkbox_labels_holding_commas_are_found_whole():
    from smartvillage.io.exports.forms import _several, option_labels

    criteria = load_criteria("viedais-ciems@2024")
    question = criteria.questions()["vc3.local_resources"][1]
    labels = option_labels(question)
    text = (
        "Dabas resursi (ainava, meži, upes, ezeri), Kultūrvēsturiskais mantojums, "
        "tradīcijas un identitāte"
    )
    values = _several(text, labels).split("; ")
    assert len(values) == 2 and all(v in {o.value for o in question.options} for v in values)
    # Microsoft's ';' with a trailing one, in English
    english = (
        "Natural resources (landscape, forests, rivers, lakes);Cultural heritage, "
        "traditions and identity;"
    )
    assert _several(english, labels) == "; ".join(values)
    # an unknown label stays as written, for batch to name
    assert _several("Dabas resursi, Kosmoss", labels) == "Dabas resursi, Kosmoss"


def test_dates_as_the_platforms_write_them():
    import datetime as dt

    from smartvillage.io.exports.forms import _date, _timestamp_date

    assert _date("5/14/2024") == "2024-05-14"
    assert _date("14/5/2024") == "2024-05-14"
    assert _date("3/12/2024") == "3/12/2024"  # day or month? left for batch to name
    assert _timestamp_date("2024/05/14 10:11:12 AM GMT+3") == "2024-05-14"
    assert _timestamp_date("14.05.2024 10:11:12") == "2024-05-14"
    assert _timestamp_date(dt.datetime(2024, 5, 14, 9, 0)) == dt.date(2024, 5, 14)


# ---------------------------------------------------------------------------- --mapping


def _own_table(tmp_path):
    """A LEADER group's own spreadsheet: its own column titles and words, no template."""
    from platform_exports import answers, evidence_text, forms_answer, profile_values

    criteria = load_criteria("viedais-ciems@2024")
    questionnaires = [load(EXAMPLES / n) for n in ("zilitkalni.yaml", "jaunpuni.yaml")]
    questions = list(criteria.questions().items())
    header = ["Nosaukums", "Vērtētājs", "Aizpildīts", "Reģions", "Iedzīvotāji"]
    header += [f"J{n}" for n in range(1, len(questions) + 1)]
    header += [f"J{n} saites" for n in range(1, len(questions) + 1)]
    rows = [header]
    for q in questionnaires:
        profile = profile_values(q)
        given = answers(q, criteria)
        row = [
            profile["village"],
            {"self": "paši", "mentor": "mentors", "jury": "žūrija"}[q.assessment.assessor],
            q.assessment.date.strftime("%d.%m.%Y"),
            q.village.region,
            str(q.village.population),
        ]
        for qid, (_, question) in questions:
            value = given.get(qid)
            if qid == "vc1.vision_document" and value is not None:
                row.append({"strategy": "Ir stratēģija", "none": "Nav"}.get(value, value))
            else:
                row.append("" if value is None else forms_answer(question, value, "lv", ", "))
        for qid, _ in questions:
            row.append(evidence_text(q, qid) or "")
        rows.append(row)
    path = tmp_path / "musu-tabula.csv"
    _write(path, rows)
    return path, questions


def test_suggest_mapping_then_batch_with_the_checked_mapping(tmp_path):
    path, questions = _own_table(tmp_path)
    result, _ = batch(path)
    assert result.exit_code == 2  # no template header, no platform export: nothing to read
    result = runner.invoke(app, ["batch", "--suggest-mapping", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    suggested = result.stdout
    assert suggested.startswith(
        "# Column mapping for musu-tabula.csv (smartvillage batch --mapping)\n"
    )
    assert "criteria: viedais-ciems@2024\n" in suggested
    assert '  "J1": null  # no question matches\n' in suggested
    assert '  "Reģions": "region"  # check: the closest question' in suggested
    # a person fills in what the tool could not know
    lines = [
        "criteria: viedais-ciems@2024",
        "columns:",
        '  "Nosaukums": village',
        '  "Vērtētājs": assessor',
        '  "Aizpildīts": date',
        '  "Reģions": region',
        '  "Iedzīvotāji": population',
    ]
    for n, (qid, _) in enumerate(questions, start=1):
        lines.append(f'  "J{n}": {qid}')
        lines.append(f'  "J{n} saites": {qid} evidence')
    lines += [
        "values:",
        "  assessor: {paši: self}",
        "  vc1.vision_document:",
        '    "Ir stratēģija": strategy',
        '    "Nav": none',
    ]
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, out = batch(path, "--mapping", mapping)
    assert result.exit_code == 0, result.stderr
    same_scores(out, ["zilitkalni.yaml", "jaunpuni.yaml"])


def test_a_mapping_naming_an_unknown_question_is_refused_by_line(tmp_path):
    path, _ = _own_table(tmp_path)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "criteria: viedais-ciems@2024\ncolumns:\n  Nosaukums: village\n  J1: vc1.nothing\n"
        "values:\n  vc1.vision_document: {Ir stratēģija: plan}\n",
        encoding="utf-8",
    )
    result, _ = batch(path, "--mapping", mapping, "--lang", "en")
    assert result.exit_code == 2
    assert f"{mapping}:4: columns.J1: 'vc1.nothing' is no question of viedais-ciems@2024" in (
        result.stderr
    )
    assert f"{mapping}:6: values.vc1.vision_document.Ir stratēģija: 'plan' is not an answer" in (
        result.stderr
    )
    result, _ = batch(path, "--mapping", mapping)
    assert f"{mapping}:4: columns.J1: “vc1.nothing” nav kritēriju kopas viedais-ciems@2024" in (
        result.stderr
    )


def test_kobo_csv_export_with_semicolons_and_a_bom(tmp_path):
    """Kobo's CSV has no repeat groups: the villages score as without their initiatives."""
    import yaml
    from platform_exports import kobo_csv

    criteria = load_criteria("viedais-ciems@2024")
    names = ["zilitkalni.yaml", "veverupe.yaml"]
    questionnaires = [load(EXAMPLES / n) for n in names]
    path = kobo_csv(tmp_path / "kobo.csv", criteria, questionnaires)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfstart;end;profile/village;")
    result, lines = batch(path)
    assert result.exit_code == 0, result.stderr
    stripped = []
    for name in names:
        data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
        for qid in ("vc2.joint_solutions", "vc4.innovations"):
            data["answers"].pop(qid, None)
        target = tmp_path / name
        target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        stripped.append(target)
    same_scores(lines, stripped)


MULTI = [
    (ref, qid)
    for ref in sorted(SETS)
    for qid, (_, q) in load_criteria(ref).questions().items()
    if q.type == "multi_choice"
]


@pytest.mark.parametrize(("ref", "qid"), MULTI)
def test_any_checkbox_answer_cuts_back_into_its_options(ref, qid):
    """Invariant: any set of options, written as Google (', ') or Microsoft (';') write
    them, in either language, is read back as exactly those options."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from smartvillage.io.exports.forms import _several, option_labels
    from smartvillage.render.safe import plain

    question = load_criteria(ref).questions()[qid][1]
    labels = option_labels(question)
    options = list(question.options)

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(st.sampled_from(options), min_size=1, unique_by=lambda o: o.value),
        st.sampled_from(["lv", "en"]),
        st.sampled_from([", ", ";"]),
    )
    def check(chosen, lang, separator):
        text = separator.join(" ".join(plain(o.label.get(lang)).split()) for o in chosen)
        if separator == ";":
            text += ";"
        assert _several(text, labels) == "; ".join(o.value for o in chosen)

    check()


def test_the_shipped_example_exports_score_like_score(tmp_path):
    """examples/exports: what the README and the guides run (remade by
    platform_exports.write_shipped_examples)."""
    from platform_exports import SHIPPED

    folder = EXAMPLES / "exports"
    for name in ("kobo-viedais-ciems-2024.xlsx", "google-forms-atbildes.csv"):
        result, lines = batch(folder / name)
        assert result.exit_code == 0, result.stderr
        same_scores(lines, list(SHIPPED))
    result, lines = batch(
        folder / "musu-tabula.csv", "--mapping", folder / "musu-tabula-kartejums.yaml"
    )
    assert result.exit_code == 0, result.stderr
    same_scores(lines, list(SHIPPED))


def test_without_date_and_assessor_questions_the_completion_time_and_self_are_used(tmp_path):
    import openpyxl
    from platform_exports import microsoft_forms_xlsx

    criteria = load_criteria("viedais-ciems@2024")
    path = microsoft_forms_xlsx(
        tmp_path / "Form1.xlsx", criteria, [load(EXAMPLES / "veverupe.yaml")], "en"
    )
    book = openpyxl.load_workbook(path)
    sheet = book.active
    for title in ("Assessment date", "Assessed by"):
        column = next(c.column for c in sheet[1] if c.value == title)
        sheet.delete_cols(column)
    book.save(path)
    result, lines = batch(path, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert lines[0]["assessment"]["date"] == "2024-05-01"  # the completion time's date
    assert lines[0]["assessment"]["assessor"] == "self"
    assert "the date in 'Completion time' is used" in result.stderr
    assert "the answers are taken as a self-assessment" in result.stderr
