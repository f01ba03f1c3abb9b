"""What ``batch`` says about a row or a cell of a table of villages."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "text_too_long": {
        "lv": "teksts ir {size} rakstzīmes garš; ierobežojums ir {limit} (--max-text)",
        "en": "text is {size} characters long; the limit is {limit} (--max-text)",
    },
    "unlistable": {"lv": "mapi nevar nolasīt: {why}", "en": "cannot list the folder: {why}"},
    "skipped_dangling": {
        "lv": "izlaists: saite uz neesošu failu",
        "en": "skipped: a link to nothing",
    },
    "skipped_special": {
        "lv": "izlaists: nav parasts fails (programmkanāls, ligzda vai ierīce)",
        "en": "skipped: not a regular file (a pipe, socket or device)",
    },
    "skipped_other": {
        "lv": "izlaists: nav anketa (.yaml, .json) vai tabula (.xlsx, .csv)",
        "en": "skipped: not a questionnaire (.yaml, .json) or a table (.xlsx, .csv)",
    },
    "empty_folder": {
        "lv": "šajā mapē nav anketu vai tabulu (.yaml, .yml, .json, .xlsx, .csv)",
        "en": "no questionnaires or tables in this folder (.yaml, .yml, .json, .xlsx, .csv)",
    },
    "no_such_path": {"lv": "šāda faila vai mapes nav", "en": "no such file or folder"},
    "criteria_problems": {"lv": "{problems}", "en": "{problems}"},
    "set_count": {"lv": "{ref} (ciemi: {n})", "en": "{ref} ({n} villages)"},
    "set_count_one": {"lv": "{ref} (ciemi: {n})", "en": "{ref} ({n} village)"},
    "mixed": {
        "lv": "ciemi novērtēti pēc dažādām kritēriju kopām vai versijām ({n}): {counts}; to "
        "procenti nav salīdzināmi — salīdziniet ciemus tikai vienas kopas ietvaros (skatiet "
        "kolonnu 'criteria')",
        "en": "the villages were scored against {n} different criteria sets or versions: "
        "{counts}; their percents are not comparable — compare villages only within one set "
        "(see the criteria column)",
    },
    "mismatched": {
        "lv": "ciemi, kas atbild kritērijiem {own}, bet novērtēti pēc {scored} (--criteria): {n}",
        "en": "{n} villages answer {own} but were scored against {scored} (--criteria)",
    },
    "mismatched_one": {
        "lv": "ciemi, kas atbild kritērijiem {own}, bet novērtēti pēc {scored} (--criteria): {n}",
        "en": "{n} village answers {own} but was scored against {scored} (--criteria)",
    },
    "cp1257": {
        "lv": "nav UTF-8: nolasīts kā Windows-1257 (Baltijas); ja tas ir nepareizi, norādiet "
        "--encoding",
        "en": "not UTF-8: read as Windows-1257 (Baltic); give --encoding if that is wrong",
    },
    "no_criteria": {
        "lv": "nav norādīta kritēriju kopa: virs galvenes pievienojiet rindu 'criteria | "
        "ID@VERSIJA' (kā veidnē), kolonnu 'criteria' vai norādiet --criteria",
        "en": "no criteria set named: add a row 'criteria | ID@VERSION' above the header (as "
        "the template has), a 'criteria' column, or give --criteria",
    },
    "declared_criteria": {
        "lv": "norādītā kritēriju kopa {ref} ({at}): {problem}",
        "en": "names the criteria set {ref} ({at}): {problem}",
    },
    "rows_not_scored": {
        "lv": "nav novērtētas {n} rindas: izlabojiet iepriekš minētās problēmas",
        "en": "{n} rows not scored: fix the problems above",
    },
    "rows_not_scored_one": {
        "lv": "nav novērtēta {n} rinda: izlabojiet iepriekš minētās problēmas",
        "en": "{n} row not scored: fix the problems above",
    },
    "spaces_row": {
        "lv": "rindā ir tikai atstarpes; izlaista",
        "en": "the row holds only spaces; skipped",
    },
    "headless_values": {
        "lv": "šajā kolonnā ir vērtības, bet nav galvenes; tās netiek ņemtas vērā",
        "en": "this column has values but no header; they are ignored",
    },
    "criteria_ref": {
        "lv": "gaidīta kritēriju kopa formā ID@VERSIJA, saņemts '{got}'",
        "en": "expected a criteria set as ID@VERSION, got '{got}'",
    },
    "no_criteria_row": {
        "lv": "šai rindai nav norādīta kritēriju kopa (norādiet --criteria)",
        "en": "no criteria set named for this row (give --criteria)",
    },
    "criteria_set": {
        "lv": "kritēriju kopa {ref}: {problem}",
        "en": "criteria set {ref}: {problem}",
    },
    "scored_against": {
        "lv": "atbild kritērijiem {own}, bet novērtēts pēc {scored}",
        "en": "answers {own} but was scored against {scored}",
    },
    "assessor_missing": {
        "lv": "trūkst: gaidīts pašnovērtējums, mentors vai žūrija (self, mentor, jury)",
        "en": "missing: expected self, mentor or jury",
    },
    "date_missing": {
        "lv": "trūkst: gaidīts vērtēšanas datums (DD.MM.GGGG. vai GGGG-MM-DD)",
        "en": "missing: expected the assessment date (YYYY-MM-DD or DD.MM.YYYY)",
    },
    "name_missing": {"lv": "trūkst ciema nosaukuma", "en": "the village name is missing"},
}
