"""What is wrong with a table of villages (a filled template, a CSV, a workbook): its
columns, its cells, its file."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # columns
    "unknown_column": {
        "lv": "nezināma kolonna '{column}' (tās vērtības netiek ņemtas vērā)",
        "en": "unknown column '{column}' (its values are ignored)",
    },
    "unknown_column_close": {
        "lv": "nezināma kolonna '{column}'; vai domāts '{close}'? (tās vērtības netiek ņemtas "
        "vērā)",
        "en": "unknown column '{column}'; did you mean '{close}'? (its values are ignored)",
    },
    "repeated_column": {
        "lv": "kolonna '{column}' atkārto '{key}' (pirmoreiz šūnā {first}); atstājiet vienu no tām",
        "en": "column '{column}' repeats '{key}' (first at {first}); keep one of them",
    },
    "column_read_as": {
        "lv": "kolonna '{column}' nolasīta kā '{key}'",
        "en": "column '{column}' read as '{key}'",
    },
    "missing_column": {
        "lv": "trūkst obligātās kolonnas '{key}'",
        "en": "missing column '{key}' (required)",
    },
    "missing_column_close": {
        "lv": "trūkst obligātās kolonnas '{key}'; vai tā ir kolonna '{close}'?",
        "en": "missing column '{key}' (required); is it the column '{close}'?",
    },
    "no_columns": {
        "lv": "nav kolonnu {n} jautājumiem: {ids}; tie skaitās neatbildēti",
        "en": "no column for {n} questions: {ids}; they count as unanswered",
    },
    "no_columns_one": {
        "lv": "nav kolonnas {n} jautājumam: {ids}; tas skaitās neatbildēts",
        "en": "no column for {n} question: {ids}; it counts as unanswered",
    },
    "no_columns_more": {
        "lv": "nav kolonnu {n} jautājumiem: {ids} un vēl {more}; tie skaitās neatbildēti",
        "en": "no column for {n} questions: {ids} and {more} more; they count as unanswered",
    },
    "ref_differs": {
        "lv": "lapā norādīts {ref}, bet darbgrāmatas metadatos {declared}; izmanto {ref}",
        "en": "the sheet names {ref} but the workbook's metadata says {declared}; using {ref}",
    },
    "empty": {
        "lv": "ir tukšs: nav ne galvenes rindas, ne ciemu",
        "en": "is empty: no header row and no villages",
    },
    "no_header": {
        "lv": "pirmajās {n} rindās nav galvenes rindas: gaidīta rinda ar kolonnu atslēgām, "
        "piemēram, village, assessor, date un jautājumu identifikatoriem (kā to raksta "
        "'smartvillage template --format xlsx')",
        "en": "no header row found in the first {n} rows: expected a row of column keys such "
        "as village, assessor, date and question ids (as written by 'smartvillage template "
        "--format xlsx')",
    },
    # cells
    "whole": {
        "lv": "gaidīts vesels skaitlis, saņemts {got}",
        "en": "expected a whole number, got {got}",
    },
    "no_such_date": {"lv": "šāda datuma nav: {got}", "en": "no such date: {got}"},
    "date": {
        "lv": "gaidīts datums formā DD.MM.GGGG. vai GGGG-MM-DD, saņemts {got}",
        "en": "expected a date as YYYY-MM-DD or DD.MM.YYYY, got {got}",
    },
    "assessor": {
        "lv": "gaidīts pašnovērtējums, mentors vai žūrija (self, mentor, jury), saņemts {got}",
        "en": "expected self, mentor or jury, got {got}",
    },
    "initiatives": {
        "lv": "gaidītas iniciatīvas formā 'nosaukums [īpašība, īpašība]; nosaukums 2 "
        "[īpašība]', saņemts {got}",
        "en": "expected initiatives as 'name [property, property]; name 2 [property]', got {got}",
    },
    # the file
    "encrypted": {
        "lv": "ir šifrēta (ar paroli aizsargāta) darbgrāmata; atveriet to, noņemiet paroli "
        "(Fails → Informācija / Aizsargāt) un saglabājiet vēlreiz",
        "en": "is an encrypted (password-protected) workbook; open it, remove the password "
        "(File → Info / Protect) and save again",
    },
    "xls": {
        "lv": "ir vecā formāta Excel 97–2003 darbgrāmata (.xls); saglabājiet to kā Excel "
        "darbgrāmatu (.xlsx) un mēģiniet vēlreiz",
        "en": "is a legacy Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) "
        "and try again",
    },
    "ole": {
        "lv": "ir OLE salikts fails, nevis XLSX darbgrāmata",
        "en": "is an OLE compound file, not an XLSX workbook",
    },
    "xml": {
        "lv": "ir XML vai HTML fails, nevis XLSX darbgrāmata (vai tas saglabāts kā 'XML "
        "izklājlapa' vai tīmekļa lapa?)",
        "en": "is an XML or HTML file, not an XLSX workbook (was it saved as 'XML "
        "Spreadsheet' or a web page?)",
    },
    "not_zip": {
        "lv": "nav XLSX darbgrāmata (nav zip konteinera): fails ir bojāts vai cita veida",
        "en": "is not an XLSX workbook (no zip container): the file is corrupt or of another type",
    },
    "bad_zip": {
        "lv": "nav derīga XLSX darbgrāmata: zip konteiners ir bojāts",
        "en": "is not a valid XLSX workbook: the zip container is corrupt",
    },
    "too_many_parts": {
        "lv": "satur {n} daļas; ierobežojums ir {limit}",
        "en": "holds {n} parts; the limit is {limit}",
    },
    "part_twice": {
        "lv": "daļa {part} ir divreiz; darbgrāmatā katra daļa ir vienreiz (fails ir mainīts "
        "vai bojāts)",
        "en": "holds the part {part} twice; a workbook has each part once (the file was "
        "altered or is broken)",
    },
    "expands": {
        "lv": "atarhivēts aizņem {size} baitus; ierobežojums ir {limit} (zip bumba vai pārāk "
        "liela darbgrāmata)",
        "en": "expands to {size} bytes; the limit is {limit} (a zip bomb, or a workbook too "
        "large to read)",
    },
    "ratio": {
        "lv": "daļa {part} izplešas {ratio} reizes; ierobežojums ir {limit} (zip bumba?)",
        "en": "part {part} expands {ratio} times; the limit is {limit} (a zip bomb?)",
    },
    "corrupt_part": {
        "lv": "ir bojāts: daļu {part} nevar nolasīt ({why})",
        "en": "is corrupt: part {part} cannot be read ({why})",
    },
    "unreadable_part": {
        "lv": "daļu {part} nevar nolasīt ({why})",
        "en": "part {part} cannot be read ({why})",
    },
}
