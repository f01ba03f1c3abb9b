"""What is wrong with an answer (AnswerError codes), typed or read from a file."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "yes_no": {
        "lv": "gaidīts jā vai nē, saņemts {got}",
        "en": "expected yes or no, got {got}",
    },
    "level": {
        "lv": "gaidīts viens no līmeņiem {allowed}, saņemts {got}",
        "en": "expected one of the levels {allowed}, got {got}",
    },
    "number": {"lv": "gaidīts skaitlis, saņemts {got}", "en": "expected a number, got {got}"},
    "finite": {
        "lv": "gaidīts galīgs skaitlis, saņemts {got}",
        "en": "expected a finite number, got {got}",
    },
    "whole": {
        "lv": "gaidīts vesels skaitlis, saņemts {got}",
        "en": "expected a whole number, got {got}",
    },
    "at_least": {
        "lv": "gaidīts vismaz {min}, saņemts {got}",
        "en": "expected at least {min}, got {got}",
    },
    "at_most": {
        "lv": "gaidīts ne vairāk kā {max}, saņemts {got}",
        "en": "expected at most {max}, got {got}",
    },
    "option": {
        "lv": "gaidīta viena no izvēlēm {allowed}, saņemts {got}",
        "en": "expected one of {allowed}, got {got}",
    },
    "options": {
        "lv": "gaidīts izvēļu saraksts ({allowed}), saņemts {got}",
        "en": "expected a list of options ({allowed}), got {got}",
    },
    "twice": {"lv": "izvēle '{option}' norādīta divreiz", "en": "option '{option}' is given twice"},
    "initiatives": {
        "lv": "gaidīts iniciatīvu saraksts, katrai ar nosaukumu un īpašībām, saņemts {got}",
        "en": "expected a list of initiatives, each with a name and properties, got {got}",
    },
    "too_many": {
        "lv": "iniciatīvu skaits: gaidīts ne vairāk kā {max}, saņemts {count}",
        "en": "expected at most {max} initiatives, got {count}",
    },
    "initiative.item": {
        "lv": "gaidīts nosaukums un īpašības, saņemts {got}",
        "en": "expected a name and properties, got {got}",
    },
    "initiative.field": {
        "lv": "nezināms lauks {fields}; atļauti: name, properties, description, year, link",
        "en": "unknown field {fields}; allowed: name, properties, description, year, link",
    },
    "initiative.fields": {
        "lv": "nezināmi lauki {fields}; atļauti: name, properties, description, year, link",
        "en": "unknown fields {fields}; allowed: name, properties, description, year, link",
    },
    "initiative.name": {"lv": "gaidīts nosaukums", "en": "expected a name"},
    "initiative.flag": {
        "lv": "īpašībai '{key}' jābūt jā vai nē",
        "en": "property '{key}' should be yes or no",
    },
    "initiative.properties": {
        "lv": "īpašības jānorāda kā saraksts no {known}",
        "en": "properties should be a list of {known}",
    },
    "initiative.property": {
        "lv": "nezināma īpašība '{key}'; gaidīta viena no {known}",
        "en": "unknown property '{key}'; expected one of {known}",
    },
    # typed in an ``assess`` session (smartvillage.assess.answers)
    "one_by_one": {
        "lv": "gaidītas iniciatīvas pa vienai vai -, ja nav nevienas",
        "en": "expected the initiatives one by one, or - for none",
    },
    "typed_property": {
        "lv": "nezināma īpašība '{key}'; gaidīti numuri vai nosaukumi: {known}",
        "en": "unknown property '{key}'; expected numbers or names: {known}",
    },
    "listed": {
        "lv": "gaidīts numurs no 1 līdz {count} vai viens no {allowed}, saņemts {got}",
        "en": "expected a number from 1 to {count} or one of {allowed}, got {got}",
    },
    "in_initiative": {"lv": "iniciatīva {n}: {problem}", "en": "initiative {n}: {problem}"},
    "no_question": {
        "lv": "kritēriju kopā {ref} nav jautājuma '{id}'",
        "en": "no question '{id}' in {ref}",
    },
    "na_not_allowed": {
        "lv": "atbilde 'nav attiecināms' šim jautājumam nav atļauta; atbildiet uz to vai "
        "atstājiet tukšu",
        "en": "'not applicable' is not allowed for this question; answer it or leave it empty",
    },
}
