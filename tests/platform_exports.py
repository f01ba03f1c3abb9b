"""Build survey-platform exports of questionnaires, in the layouts the platforms document.

* KoboToolbox XLSX ("XML values and headers", group names in headers with ``/``): the
  main sheet named after the form (at most 31 characters), Kobo's own columns after the
  form's (``_id``, ``_uuid``, ``_submission_time`` ... ``_index``), one sheet per repeat
  group joined by ``_parent_index``; select_multiple in one column (space-separated
  names), split into 1/0 columns (``group/question/choice``), or both.
* ODK Central CSV: UTF-8 with a BOM, ``,`` separators, CRLF, groups joined with ``-``,
  ``SubmissionDate`` first and ``meta-instanceID``, ``KEY``, ``SubmitterID`` ... after
  the fields; each repeat in its own file ``<form>-<repeat>.csv`` with ``PARENT_KEY`` and
  ``KEY``.

Only the tests use this module: it is the other side of ``smartvillage.io.exports``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from smartvillage.io.exports.fields import question_names
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring.answers import interpret

REGION_NAMES = {
    "Kurzeme": "kurzeme",
    "Zemgale": "zemgale",
    "Vidzeme": "vidzeme",
    "Rīga": "riga",
    "Latgale": "latgale",
}
PROFILE = (
    "village",
    "parish",
    "municipality",
    "region",
    "population",
    "contact_name",
    "contact_email",
    "contact_phone",
    "assessor",
    "assessor_name",
    "date",
)


def load(path: Path) -> Questionnaire:
    from smartvillage.io.questionnaire import load_questionnaire

    return load_questionnaire(path)


def profile_values(q: Questionnaire) -> dict[str, Any]:
    village, assessment = q.village, q.assessment
    contact = village.contact
    return {
        "village": village.name,
        "parish": village.parish,
        "municipality": village.municipality,
        "region": REGION_NAMES.get(village.region or ""),
        "population": village.population,
        "contact_name": contact.name if contact else None,
        "contact_email": contact.email if contact else None,
        "contact_phone": contact.phone if contact else None,
        "assessor": assessment.assessor,
        "assessor_name": assessment.name,
        "date": assessment.date.isoformat(),
    }


def answers(q: Questionnaire, criteria: Any) -> dict[str, Any]:
    """Question id -> 'na', or its value as the form stores it (names, numbers, lists)."""
    found: dict[str, Any] = {}
    for qid, (_, question) in criteria.questions().items():
        answer = q.answer(qid)
        if answer is None:
            continue
        if answer.na:
            found[qid] = "na"
            continue
        value = interpret(question, answer.value).value
        if question.type == "yes_no":
            value = "yes" if value else "no"
        found[qid] = value
    return found


def evidence_text(q: Questionnaire, qid: str) -> str | None:
    answer = q.answer(qid)
    if answer is None or not answer.evidence:
        return None
    return "\n".join(e.link or e.document or "" for e in answer.evidence)


def _paths(criteria: Any, separator: str, groups: bool) -> dict[str, str]:
    """Field name -> header (with its group path)."""
    names = question_names(criteria)
    paths = {}
    for key in PROFILE:
        paths[key] = f"profile{separator}{key}" if groups else key
    paths["criteria"] = "criteria"
    for criterion in criteria.criteria:
        prefix = f"{criterion.dimension}{separator}{criterion.id}{separator}" if groups else ""
        for question in criterion.questions:
            name = names[question.id]
            paths[name] = prefix + name
            paths[name + "_evidence"] = prefix + name + "_evidence"
            paths[name + "_na"] = prefix + name + "_na"
    paths["notes"] = "notes"
    return paths


def form_rows(
    criteria: Any,
    questionnaires: list[Questionnaire],
    separator: str = "/",
    groups: bool = True,
    multi: str = "single",
) -> tuple[list[str], list[list[Any]], dict[str, list[dict[str, Any]]]]:
    """The form's own columns and a row per questionnaire, and the repeat items by
    question field name (each item with its parent's position)."""
    names = question_names(criteria)
    paths = _paths(criteria, separator, groups)
    header: list[str] = [paths[k] for k in PROFILE] + [paths["criteria"]]
    columns: list[tuple[str, Any]] = [("profile", k) for k in PROFILE] + [("criteria", None)]
    for criterion in criteria.criteria:
        for question in criterion.questions:
            name = names[question.id]
            if question.type == "initiatives":
                if question.allow_na:
                    header.append(paths[name + "_na"])
                    columns.append(("na", question))
            elif question.type == "multi_choice":
                if multi in ("single", "both"):
                    header.append(paths[name])
                    columns.append(("question", question))
                if multi in ("split", "both"):
                    for option in question.options:
                        header.append(f"{paths[name]}/{option.value}")
                        columns.append(("choice", (question, option.value)))
            else:
                header.append(paths[name])
                columns.append(("question", question))
            if question.evidence != "none":
                header.append(paths[name + "_evidence"])
                columns.append(("evidence", question))
    header.append("notes")
    columns.append(("notes", None))
    rows = []
    repeats: dict[str, list[dict[str, Any]]] = {}
    for position, q in enumerate(questionnaires):
        profile = profile_values(q)
        given = answers(q, criteria)
        row: list[Any] = []
        for kind, what in columns:
            if kind == "profile":
                row.append(profile[what])
            elif kind == "criteria":
                row.append(criteria.ref)
            elif kind == "notes":
                row.append(q.notes)
            elif kind == "na":
                row.append("OK" if given.get(what.id) == "na" else None)
            elif kind == "evidence":
                row.append(evidence_text(q, what.id))
            elif kind == "choice":
                question, value = what
                chosen = given.get(question.id)
                row.append(None if chosen is None else int(value in chosen))
            else:
                value = given.get(what.id)
                if isinstance(value, list):
                    value = " ".join(value)
                row.append(value)
        rows.append(row)
        for qid, value in given.items():
            question = criteria.questions()[qid][1]
            if question.type == "initiatives" and isinstance(value, list):
                for item in value:
                    repeats.setdefault(names[qid], []).append(
                        {"parent": position, "name": item["name"], "properties": item["properties"]}
                    )
    return header, rows, repeats


def kobo_sheet_title(criteria: Any) -> str:
    """The main sheet's name as Kobo writes it: the form title, without the characters a
    sheet name cannot hold, cut to 31 characters."""
    import re

    return re.sub(r"[\\/*?:\[\]]", "", criteria.title.get("lv"))[:31]


KOBO_META = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
)


def kobo_xlsx(
    path: Path,
    criteria: Any,
    questionnaires: list[Questionnaire],
    groups: bool = True,
    multi: str = "single",
) -> Path:
    """A KoboToolbox XLSX export (XML values and headers)."""
    import openpyxl

    header, rows, repeats = form_rows(criteria, questionnaires, "/", groups, multi)
    book = openpyxl.Workbook()
    main = book.active
    main.title = kobo_sheet_title(criteria)
    main.append(["start", "end", *header, *KOBO_META])
    for position, row in enumerate(rows, start=1):
        uuid = f"0c9a{position:04d}-5d4e-4c1a-9b7e-2f4d6c8e{position:04d}"
        meta = [
            1000 + position,
            uuid,
            f"2024-05-{position:02d}T10:1{position % 10}:00",
            None,
            None,
            "submitted_via_web",
            None,
            "vHsBTqk5J2ZtQXKqP3p7Yx",
            None,
            position,
        ]
        main.append([f"2024-05-{position:02d}T09:00:00.000+03:00", None, *row, *meta])
    names = {n: q for q, n in question_names(criteria).items()}
    for name, items in repeats.items():
        question = criteria.questions()[names[name]][1]
        sheet = book.create_sheet(name[:31])
        prefix = ""
        if groups:
            criterion = criteria.questions()[names[name]][0]
            prefix = f"{criterion.dimension}/{criterion.id}/{name}/"
        props = [p.id for p in question.properties]
        head = [prefix + name + "_name"]
        if multi in ("single", "both"):
            head.append(prefix + name + "_properties")
        if multi in ("split", "both"):
            head += [f"{prefix}{name}_properties/{p}" for p in props]
        sheet.append(
            [
                *head,
                "_index",
                "_parent_table_name",
                "_parent_index",
                "_submission__id",
                "_submission__uuid",
                "_submission__submission_time",
            ]
        )
        for index, item in enumerate(items, start=1):
            cells: list[Any] = [item["name"]]
            if multi in ("single", "both"):
                cells.append(" ".join(item["properties"]))
            if multi in ("split", "both"):
                cells += [int(p in item["properties"]) for p in props]
            parent = item["parent"] + 1
            sheet.append([*cells, index, main.title, parent, 1000 + parent, "x", None])
    book.save(path)
    return path


ODK_META = (
    "meta-instanceID",
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
)


def _csv(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def odk_central_csv(
    folder: Path, form_id: str, criteria: Any, questionnaires: list[Questionnaire]
) -> Path:
    """An ODK Central CSV export (the zip's files, unzipped into ``folder``)."""
    header, rows, repeats = form_rows(criteria, questionnaires, "-", True, "single")
    main = [["SubmissionDate", "start", "end", *header, *ODK_META]]
    keys = []
    for position, row in enumerate(rows, start=1):
        key = f"uuid:7d3f{position:04d}-1c2b-4a5e-8f9d-0e1f2a3b{position:04d}"
        keys.append(key)
        main.append(
            [
                f"2024-05-{position:02d}T10:00:00.000Z",
                f"2024-05-{position:02d}T09:00:00.000+03:00",
                f"2024-05-{position:02d}T09:40:00.000+03:00",
                *row,
                key,
                key,
                "12",
                "Līga Ozola",
                "0",
                "0",
                "",
                "",
                "",
                "0",
                criteria.version,
            ]
        )
    path = folder / f"{form_id}.csv"
    path.write_bytes(_csv(main))
    names = {n: q for q, n in question_names(criteria).items()}
    for name, items in repeats.items():
        criterion = criteria.questions()[names[name]][0]
        group = f"{criterion.dimension}-{criterion.id}-{name}"
        table = [[f"{name}_name", f"{name}_properties", "PARENT_KEY", "KEY"]]
        for index, item in enumerate(items, start=1):
            parent = keys[item["parent"]]
            table.append(
                [item["name"], " ".join(item["properties"]), parent, f"{parent}/{group}[{index}]"]
            )
        (folder / f"{form_id}-{name}.csv").write_bytes(_csv(table))
    return path


# ---------------------------------------------------------------------------- Google / Microsoft


def _label(text: Any, lang: str) -> str:
    from smartvillage.render.safe import plain

    return " ".join(plain(text.get(lang)).split())


def forms_columns(criteria: Any, lang: str) -> list[tuple[str, str, Any]]:
    """(header, kind, what) for every profile field and question, in form order."""
    from smartvillage.io.spreadsheet import PROFILE_COLUMNS, evidence_label, question_label

    columns = [(c.label[lang], "profile", c.key) for c in PROFILE_COLUMNS if c.key != "notes"]
    for criterion in criteria.criteria:
        for question in criterion.questions:
            columns.append((question_label(question, lang), "question", question))
            if question.evidence != "none":
                columns.append((evidence_label(question, lang), "evidence", question))
    return columns


def forms_answer(question: Any, value: Any, lang: str, separator: str) -> str:
    """An answer as the platform writes it: labels, checkbox labels joined."""
    if value == "na":
        return "Nav attiecināms" if lang == "lv" else "Not applicable"
    kind = question.type
    if kind == "yes_no":
        return {"yes": "Jā", "no": "Nē"}[value] if lang == "lv" else value.capitalize()
    if kind == "rubric":
        level = next(lv for lv in question.levels if lv.value == value)
        return f"{value} — {_label(level.label, lang)}"
    if kind == "choice":
        return next(_label(o.label, lang) for o in question.options if o.value == value)
    if kind == "multi_choice":
        labels = [_label(o.label, lang) for o in question.options if o.value in value]
        return separator.join(labels) + (";" if separator == ";" else "")
    if kind == "initiatives":
        props = {p.id: _label(p.label, lang) for p in question.properties}
        return "; ".join(
            item["name"]
            + (
                f" [{', '.join(props[p] for p in item['properties'])}]"
                if item["properties"]
                else ""
            )
            for item in value
        )
    number = value
    if float(number).is_integer():
        return str(int(number))
    return str(number).replace(".", ",") if lang == "lv" else str(number)


ASSESSOR_WORDS = {
    "lv": {"self": "pašnovērtējums", "mentor": "mentors", "jury": "žūrija"},
    "en": {"self": "self-assessment", "mentor": "mentor", "jury": "jury"},
}


def forms_rows(
    criteria: Any, questionnaires: list[Questionnaire], lang: str, separator: str, date: Any
) -> tuple[list[str], list[list[str]]]:
    columns = forms_columns(criteria, lang)
    rows = []
    for q in questionnaires:
        profile = profile_values(q)
        profile["region"] = q.village.region
        profile["assessor"] = ASSESSOR_WORDS[lang][q.assessment.assessor]
        profile["date"] = date(q.assessment.date)
        given = answers(q, criteria)
        row = []
        for _, kind, what in columns:
            if kind == "profile":
                value = profile[what]
                row.append("" if value is None else str(value))
            elif kind == "evidence":
                row.append(evidence_text(q, what.id) or "")
            else:
                value = given.get(what.id)
                row.append("" if value is None else forms_answer(what, value, lang, separator))
        rows.append(row)
    return [c[0] for c in columns], rows


def google_forms_csv(
    path: Path, criteria: Any, questionnaires: list[Questionnaire], lang: str = "lv"
) -> Path:
    """Google Forms' "Download responses (.csv)": UTF-8, ``,``, a timestamp column first
    (named in the form owner's language), checkbox labels joined with ``, ``, dates as
    the owner's locale writes them (Latvian ``14.05.2024``, US ``5/14/2024``)."""

    def date(d: Any) -> str:
        if lang == "lv":
            return d.strftime("%d.%m.%Y")
        if d.day <= 12 and d.day != d.month:
            return d.isoformat()  # a US date whose day and month cannot be told apart
        return f"{d.month}/{d.day}/{d.year}"

    header, rows = forms_rows(criteria, questionnaires, lang, ", ", date)
    stamp = "Laikspiedols" if lang == "lv" else "Timestamp"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([stamp, *header])
    for position, row in enumerate(rows, start=1):
        writer.writerow([f"2024/05/{position:02d} 10:1{position % 10}:00 AM GMT+3", *row])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def microsoft_forms_xlsx(
    path: Path, criteria: Any, questionnaires: list[Questionnaire], lang: str = "en"
) -> Path:
    """Microsoft Forms' "Open results in Excel": sheet ``Sheet1``, ``ID``, ``Start time``,
    ``Completion time``, ``Email``, ``Name`` first, multiple answers as ``A;B;``."""
    import datetime as dt

    import openpyxl

    header, rows = forms_rows(criteria, questionnaires, lang, ";", lambda d: d.isoformat())
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", *header])
    for position, row in enumerate(rows, start=1):
        start = dt.datetime(2024, 5, position, 9, 0)
        sheet.append([position, start, start + dt.timedelta(minutes=25), "anonymous", None, *row])
    book.save(path)
    return path


def kobo_csv(path: Path, criteria: Any, questionnaires: list[Questionnaire]) -> Path:
    """A KoboToolbox CSV export (legacy): ``;`` separators, UTF-8 with a BOM, XML values and
    headers; a CSV export carries no repeat groups."""
    header, rows, _ = form_rows(criteria, questionnaires, "/", True, "single")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["start", "end", *header, *KOBO_META])
    for position, row in enumerate(rows, start=1):
        meta = [
            1000 + position,
            f"uuid-{position}",
            "2024-05-14T10:00:00",
            "",
            "",
            "",
            "",
            "vHsBTqk5J2ZtQXKqP3p7Yx",
            "",
            position,
        ]
        writer.writerow(["", "", *("" if v is None else v for v in row), *meta])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def own_table(path: Path, criteria: Any, questionnaires: list[Questionnaire]) -> Path:
    """A LEADER group's own spreadsheet (CSV): its own column titles (J1, J1 saites ...)
    and words, which only a ``--mapping`` explains."""
    questions = list(criteria.questions().items())
    header = ["Nosaukums", "Vērtētājs", "Aizpildīts", "Reģions", "Iedzīvotāji"]
    header += [f"J{n}" for n in range(1, len(questions) + 1)]
    header += [f"J{n} saites" for n in range(1, len(questions) + 1)]
    rows = [header]
    for q in questionnaires:
        given = answers(q, criteria)
        row = [
            q.village.name,
            {"self": "paši", "mentor": "mentors", "jury": "žūrija"}[q.assessment.assessor],
            q.assessment.date.strftime("%d.%m.%Y"),
            q.village.region or "",
            "" if q.village.population is None else str(q.village.population),
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
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def own_mapping(path: Path, criteria: Any) -> Path:
    """The mapping that explains :func:`own_table`, as a person would write it."""
    lines = [
        "# Mūsu tabulas kolonnas → anketas jautājumi (smartvillage batch --mapping)",
        f"criteria: {criteria.ref}",
        "columns:",
        "  Nosaukums: village",
        "  Vērtētājs: assessor",
        "  Aizpildīts: date",
        "  Reģions: region",
        "  Iedzīvotāji: population",
    ]
    questions = list(criteria.questions())
    for n, qid in enumerate(questions, start=1):
        lines.append(f"  J{n}: {qid}")
    for n, qid in enumerate(questions, start=1):
        lines.append(f'  "J{n} saites": {qid} evidence')
    lines += [
        "values:",
        "  assessor: {paši: self}",
        "  vc1.vision_document:",
        '    "Ir stratēģija": strategy',
        '    "Nav": none',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


SHIPPED = ("zilitkalni.yaml", "veverupe.yaml", "jaunpuni.yaml")


def write_shipped_examples(folder: Path, examples: Path) -> None:
    """The example exports in ``examples/exports`` (run again to remake them)."""
    from smartvillage.io.criteria import load_criteria

    criteria = load_criteria("viedais-ciems@2024")
    questionnaires = [load(examples / name) for name in SHIPPED]
    folder.mkdir(parents=True, exist_ok=True)
    kobo_xlsx(folder / "kobo-viedais-ciems-2024.xlsx", criteria, questionnaires)
    google_forms_csv(folder / "google-forms-atbildes.csv", criteria, questionnaires, "lv")
    own_table(folder / "musu-tabula.csv", criteria, questionnaires)
    own_mapping(folder / "musu-tabula-kartejums.yaml", criteria)
