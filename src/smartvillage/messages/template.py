"""The blank questionnaires and the village-table templates (YAML, XLSX, CSV): instructions,
column hints, and what each question allows."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "gate": {"lv": "obligātais kritērijs", "en": "must-pass criterion"},
    "example": {"lv": "piemēram", "en": "for example"},
    "yaml.title": {
        "lv": "Viedā ciema pašnovērtējuma anketa",
        "en": "Smart Village self-assessment questionnaire",
    },
    "yaml.how": {
        "lv": "Aizpildiet atbildes aiz kola. Ja atbildi vēl nezināt, atstājiet to tukšu; 'n/a' "
        "nozīmē 'nav attiecināms' (kur atļauts). Atbildi var rakstīt ar vārdiem no saraksta.",
        "en": "Write each answer after the colon. Leave an answer empty if you do not know it "
        "yet; 'n/a' means not applicable (where allowed). An answer may be written in the words "
        "of the list.",
    },
    "yaml.evidence": {
        "lv": "Pierādījumus pievienojiet šādi:  jautājums: {{value: ..., evidence: "
        "[{{link: https://..., shows: ko tas parāda}}]}}",
        "en": "Add evidence like this:  question: {{value: ..., evidence: "
        "[{{link: https://..., shows: what it shows}}]}}",
    },
    "yaml.assessor": {
        "lv": "self (pašnovērtējums) | mentor (mentors) | jury (žūrija)",
        "en": "self (self-assessment) | mentor | jury",
    },
    "yaml.date": {"lv": "GGGG-MM-DD", "en": "YYYY-MM-DD"},
    "na": {"lv": "nav attiecināms", "en": "not applicable"},
    "evidence.required": {"lv": "pierādījums obligāts", "en": "evidence required"},
    "evidence.recommended": {"lv": "pierādījums ieteicams", "en": "evidence recommended"},
    "allowed.yes_no": {"lv": "jā | nē", "en": "yes | no"},
    "allowed.whole": {"lv": "vesels skaitlis", "en": "whole number"},
    "allowed.number": {"lv": "skaitlis", "en": "number"},
    "allowed.range": {"lv": "{kind} no {low} līdz {high}", "en": "{kind} from {low} to {high}"},
    "allowed.from": {"lv": "{kind}, vismaz {low}", "en": "{kind}, at least {low}"},
    "allowed.to": {"lv": "{kind}, ne vairāk kā {high}", "en": "{kind}, at most {high}"},
    "allowed.list": {
        "lv": "vairākas no šīm: {items}",
        "en": "any of: {items}",
    },
    "allowed.initiatives": {
        "lv": "iniciatīvu saraksts, katrai nosaukums un īpašības: {properties}",
        "en": "a list of initiatives, each with a name and properties: {properties}",
    },
    "sheet.data": {"lv": "Ciemi", "en": "Villages"},
    "sheet.lists": {"lv": "Saraksti", "en": "Lists"},
    "sheet.instructions": {"lv": "Norādījumi", "en": "Instructions"},
    "xlsx.how.0": {"lv": "Kā aizpildīt", "en": "How to fill it in"},
    "xlsx.how.1": {
        "lv": "1. Lapā '{sheet}' katram ciemam aizpildiet vienu rindu, sākot ar 4. rindu.",
        "en": "1. On the sheet '{sheet}' fill in one row per village, from row 4 on.",
    },
    "xlsx.how.2": {
        "lv": "2. Obligāti: ciema nosaukums, kas vērtēja (pašnovērtējums, mentors vai žūrija) "
        "un datums.",
        "en": "2. Required: the village name, who assessed it (self-assessment, mentor or jury) "
        "and the date.",
    },
    "xlsx.how.3": {
        "lv": "3. Slēgtajiem jautājumiem izvēlieties atbildi no saraksta (šūnā parādās bultiņa).",
        "en": "3. For closed questions pick the answer from the drop-down list (the cell shows "
        "an arrow).",
    },
    "xlsx.how.4": {
        "lv": "4. Vairākas izvēles atdaliet ar semikolu: pirmā izvēle; otrā izvēle.",
        "en": "4. Separate several choices with a semicolon: first choice; second choice.",
    },
    "xlsx.how.5": {
        "lv": "5. Iniciatīvas: nosaukums [īpašība, īpašība]; nākamā iniciatīva [īpašība].",
        "en": "5. Initiatives: name [property, property]; next initiative [property].",
    },
    "xlsx.how.6": {
        "lv": "6. Pierādījumi: saite vai dokumenta nosaukums; vairākus atdaliet ar semikolu.",
        "en": "6. Evidence: a link or a document name; separate several with a semicolon.",
    },
    "xlsx.how.7": {
        "lv": "7. Ja atbildi nezināt, atstājiet šūnu tukšu (tā dod 0 punktu). 'n/a' — nav "
        "attiecināms, tikai tur, kur tas ir sarakstā.",
        "en": "7. Leave a cell empty if you do not know the answer (it counts as 0 points). "
        "'n/a' — not applicable, only where the list offers it.",
    },
    "xlsx.how.8": {
        "lv": "8. Nemainiet 1. un 3. rindu (kritēriju kopa un kolonnu atslēgas): pēc tām "
        "programma atpazīst kolonnas.",
        "en": "8. Do not change rows 1 and 3 (the criteria set and the column keys): the "
        "program finds the columns by them.",
    },
    "xlsx.how.9": {
        "lv": "9. Novērtēt: smartvillage batch šis-fails.xlsx --output rezultati.xlsx",
        "en": "9. To score: smartvillage batch this-file.xlsx --output results.xlsx",
    },
    "xlsx.col.criterion": {"lv": "Kritērijs", "en": "Criterion"},
    "xlsx.col.question": {"lv": "Jautājums", "en": "Question"},
    "xlsx.col.answers": {"lv": "Iespējamās atbildes", "en": "Possible answers"},
    "xlsx.col.levels": {"lv": "Līmeņu nozīme", "en": "What each level means"},
    "xlsx.col.evidence": {"lv": "Pierādījumi", "en": "Evidence"},
    "syntax.multi_choice": {
        "lv": "Vairākas: atdaliet ar semikolu (;). Izvēles: ",
        "en": "Several: separate with a semicolon (;). Choices: ",
    },
    "syntax.initiatives": {
        "lv": "Iniciatīvas: nosaukums [īpašība, īpašība]; nākamā [īpašība]. Īpašības: ",
        "en": "Initiatives: name [property, property]; next [property]. Properties: ",
    },
    "syntax.evidence": {
        "lv": "Saite(s) vai dokumenta nosaukums; vairākus atdaliet ar semikolu (;). Var "
        "pievienot: | ko tas parāda.",
        "en": "Link(s) or document name; separate several with a semicolon (;). You may add: "
        "| what it shows.",
    },
    "xlsx.row_note": {
        "lv": "← nemainiet; viena rinda — viens ciems (sākot ar {first}. rindu)",
        "en": "← do not change; one row per village (from row {first} on)",
    },
    "xlsx.date_format": {"lv": "dd.mm.yyyy.", "en": "yyyy-mm-dd"},
    "xlsx.pick_from_list": {
        "lv": "Izvēlieties vērtību no saraksta (vai ierakstiet tās numuru / vērtību).",
        "en": "Pick a value from the list (or type its number / value).",
    },
}
