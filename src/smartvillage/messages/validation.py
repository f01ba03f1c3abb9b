"""What is wrong with a field of a questionnaire, report or criteria file (checked by the
models), in words a person understands."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "missing": {"lv": "trūkst obligāta lauka", "en": "required field is missing"},
    "id_pattern": {
        "lv": "gaidīts identifikators no burtiem, cipariem, '.', '_' vai '-' "
        "(ne vairāk kā 64 rakstzīmes)",
        "en": "expected an id of letters, digits, '.', '_' or '-' (at most 64 characters)",
    },
    "text": {"lv": "gaidīts teksts", "en": "expected text"},
    "text_too_short": {
        "lv": "teksts par īsu: gaidītas vismaz {min_length} rakstzīmes",
        "en": "text too short: expected at least {min_length} characters",
    },
    "text_too_long": {
        "lv": "teksts par garu: atļautas ne vairāk kā {max_length} rakstzīmes",
        "en": "text too long: at most {max_length} characters are allowed",
    },
    "whole": {"lv": "gaidīts vesels skaitlis", "en": "expected a whole number"},
    "number": {"lv": "gaidīts skaitlis", "en": "expected a number"},
    "finite": {"lv": "gaidīts galīgs skaitlis", "en": "expected a finite number"},
    "yes_no": {"lv": "gaidīts jā vai nē (true / false)", "en": "expected yes or no (true / false)"},
    "at_least": {"lv": "gaidīts vismaz {ge}", "en": "expected at least {ge}"},
    "above": {"lv": "gaidīts vairāk nekā {gt}", "en": "expected more than {gt}"},
    "at_most": {"lv": "gaidīts ne vairāk kā {le}", "en": "expected at most {le}"},
    "below": {"lv": "gaidīts mazāk nekā {lt}", "en": "expected less than {lt}"},
    "one_of": {"lv": "gaidīts viens no: {expected}", "en": "expected one of: {expected}"},
    "tag_missing": {
        "lv": "trūkst lauka '{field}', kas nosaka veidu",
        "en": "the field '{field}' that names the kind is missing",
    },
    "date": {
        "lv": "gaidīts datums formā GGGG-MM-DD (piemēram, 2024-05-14)",
        "en": "expected a date as YYYY-MM-DD (for example 2024-05-14)",
    },
    "mapping": {"lv": "gaidīti lauki ar vērtībām", "en": "expected a mapping of fields"},
    "list": {"lv": "gaidīts saraksts", "en": "expected a list"},
    "list_too_short": {
        "lv": "saraksts par īsu: gaidīti vismaz {min_length} elementi",
        "en": "list too short: expected at least {min_length} items",
    },
    "list_too_long": {
        "lv": "saraksts par garu: atļauti ne vairāk kā {max_length} elementi",
        "en": "list too long: at most {max_length} items are allowed",
    },
    "url": {"lv": "gaidīta tīmekļa adrese", "en": "expected a web address"},
    "invalid": {"lv": "nederīga vērtība", "en": "invalid value"},
    "got": {"lv": "{problem} (saņemts {got})", "en": "{problem} (got {got})"},
    "unknown_field_close": {
        "lv": "nezināms lauks '{field}'; vai domāts '{close}'?",
        "en": "unknown field '{field}'; did you mean '{close}'?",
    },
    "unknown_field": {
        "lv": "nezināms lauks '{field}'; gaidīts viens no: {allowed}",
        "en": "unknown field '{field}'; expected one of: {allowed}",
    },
    "unknown_field_none": {
        "lv": "nezināms lauks '{field}' (formātā tāda nav)",
        "en": "unknown field '{field}' (not part of the format)",
    },
    "expected_questionnaire": {
        "lv": "gaidīta anketa (lauki ar vērtībām), saņemts {got}",
        "en": "expected a questionnaire (a mapping of fields), got {got}",
    },
    "expected_report": {
        "lv": "gaidīts pārskats (lauki ar vērtībām), saņemts {got}",
        "en": "expected a report (a mapping of fields), got {got}",
    },
    "expected_criteria_set": {
        "lv": "gaidīta kritēriju kopa (lauki ar vērtībām), saņemts {got}",
        "en": "expected a criteria set (a mapping of fields), got {got}",
    },
    "kind_empty": {"lv": "tukšs dokuments", "en": "an empty document"},
    "kind_list": {"lv": "saraksts", "en": "a list"},
    "kind_value": {"lv": "viena vērtība", "en": "a single value"},
    # the models' own checks
    "name_blank": {"lv": "ciema nosaukums ir tukšs", "en": "the village name is blank"},
    "evidence_empty": {
        "lv": "pierādījumam jānorāda saite vai dokuments",
        "en": "evidence needs a link or a document",
    },
    "criteria_ref": {
        "lv": "gaidīts ID@VERSIJA, piemēram, 'viedais-ciems@2024', saņemts '{got}'",
        "en": "expected ID@VERSION such as 'viedais-ciems@2024', got '{got}'",
    },
    "text_language": {
        "lv": "norādiet tekstu latviski (lv) vai angliski (en)",
        "en": "give the text in Latvian (lv) or English (en)",
    },
    "schema_version": {
        "lv": "šī smartvillage versija lasa schema_version 1, saņemts {got}",
        "en": "this version of smartvillage reads schema_version 1, got {got}",
    },
    "not_a_number": {
        "lv": "jā/nē vērtība nav skaitlis",
        "en": "a yes/no value is not a number",
    },
}
