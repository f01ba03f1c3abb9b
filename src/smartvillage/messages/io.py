"""What is wrong with an input file as a file: reading, encoding, YAML and JSON syntax,
size limits, control characters."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "binary": {
        "lv": "tas ir {kind}, nevis YAML vai JSON anketa; ciemu darbgrāmatai izmantojiet "
        "'smartvillage batch'",
        "en": "this is {kind}, not a YAML or JSON questionnaire; for a workbook of villages "
        "use 'smartvillage batch'",
    },
    "kind.zip": {
        "lv": "izklājlapa vai cits zip fails (XLSX?)",
        "en": "a spreadsheet or other zip file (XLSX?)",
    },
    "kind.ole": {
        "lv": "vecs Office fails (XLS?) vai šifrēta darbgrāmata",
        "en": "a legacy Office file (XLS?) or an encrypted workbook",
    },
    "kind.pdf": {"lv": "PDF dokuments", "en": "a PDF document"},
    "not_utf8": {
        "lv": "teksts nav UTF-8 kodējumā (nederīgs baits pozīcijā {offset}); saglabājiet "
        "failu UTF-8 kodējumā",
        "en": "not UTF-8 text (invalid byte at offset {offset}); save the file as UTF-8",
    },
    "no_such_file": {"lv": "šāda faila nav", "en": "no such file"},
    "is_folder": {"lv": "tā ir mape, gaidīts fails", "en": "is a folder, expected a file"},
    "permission": {"lv": "nav piekļuves tiesību", "en": "permission denied"},
    "unreadable": {"lv": "nevar nolasīt: {why}", "en": "cannot be read: {why}"},
    "file_too_big": {
        "lv": "faila lielums ir {size} baiti; ierobežojums ir {limit} baiti ({hint})",
        "en": "file is {size} bytes; the limit is {limit} bytes ({hint})",
    },
    "input_too_big": {
        "lv": "ievade ir garāka, nekā atļauts; ierobežojums ir {limit} baiti ({hint})",
        "en": "input is longer than allowed; the limit is {limit} bytes ({hint})",
    },
    "limit_hint": {
        "lv": "to var mainīt ar vides mainīgo {env}",
        "en": "set {env} to change it",
    },
    "text_too_long": {
        "lv": "teksts ir {size} rakstzīmes garš; ierobežojums ir {limit} ({hint})",
        "en": "a text of {size} characters; the limit is {limit} ({hint})",
    },
    "too_deep": {
        "lv": "ligzdojums dziļāks par {depth} līmeņiem ({hint})",
        "en": "nested deeper than {depth} levels ({hint})",
    },
    "yaml": {"lv": "nav derīgs YAML: {what}", "en": "not valid YAML: {what}"},
    "yaml_anchor": {
        "lv": "YAML enkuri (&nosaukums) nav atļauti",
        "en": "YAML anchors (&name) are not allowed",
    },
    "yaml_alias": {
        "lv": "YAML atsauces (*nosaukums) nav atļautas",
        "en": "YAML aliases (*name) are not allowed",
    },
    "yaml_tag": {
        "lv": "YAML birkas ({tag}) nav atļautas",
        "en": "YAML tags ({tag}) are not allowed",
    },
    "yaml_documents": {
        "lv": "vienā failā ir vairāki YAML dokumenti ('---')",
        "en": "more than one YAML document ('---') in one file",
    },
    "yaml_key": {
        "lv": "kartējuma atslēgai jābūt vienkāršam tekstam",
        "en": "a mapping key must be plain text",
    },
    "duplicate_key": {
        "lv": "atslēga '{key}' atkārtojas (pirmoreiz {line}. rindā)",
        "en": "duplicate key '{key}' (first at line {line})",
    },
    "json": {"lv": "nav derīgs JSON: {what}", "en": "not valid JSON: {what}"},
    "json_duplicate_key": {
        "lv": "nav derīgs JSON: atslēga '{key}' atkārtojas",
        "en": "not valid JSON: duplicate key '{key}'",
    },
    "json_duplicate_clean_key": {
        "lv": "nav derīgs JSON: atslēga '{key}' atkārtojas, kad vadības rakstzīmes ir izņemtas",
        "en": "not valid JSON: duplicate key '{key}' once control characters are removed",
    },
    "json_constant": {
        "lv": "nav derīgs JSON: {name} nav skaitlis, ko JSON atļauj; norādiet galīgu skaitli",
        "en": "not valid JSON: {name} is not a number JSON allows; give a finite number",
    },
    "controls": {
        "lv": "izņemtas {n} vadības rakstzīmes ({names}), jo tās nevar parādīt vai izdrukāt",
        "en": "{n} control characters ({names}) removed (they cannot be shown or printed)",
    },
    "controls_one": {
        "lv": "izņemta {n} vadības rakstzīme ({names}), jo to nevar parādīt vai izdrukāt",
        "en": "{n} control character ({names}) removed (it cannot be shown or printed)",
    },
    "controls_in_criteria": {
        "lv": "atrastas {n} vadības rakstzīmes ({names}); kritēriju failā tās nav atļautas",
        "en": "{n} control characters ({names}) found; a criteria file must not hold them",
    },
    "controls_in_criteria_one": {
        "lv": "atrasta {n} vadības rakstzīme ({names}); kritēriju failā tā nav atļauta",
        "en": "{n} control character ({names}) found; a criteria file must not hold them",
    },
    "controls_removed": {
        "lv": "izņemtas vadības rakstzīmes, jo tās nevar parādīt vai izdrukāt",
        "en": "control characters removed (they cannot be shown or printed)",
    },
    "controls_more": {
        "lv": "vadības rakstzīmes izņemtas vēl {n} vietās",
        "en": "control characters removed in {n} more places",
    },
    "controls_more_one": {
        "lv": "vadības rakstzīmes izņemtas vēl {n} vietā",
        "en": "control characters removed in {n} more place",
    },
}
