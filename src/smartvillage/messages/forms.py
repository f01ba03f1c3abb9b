"""Online forms: the XLSForm (ODK, KoboToolbox), the Google / Microsoft Forms sheet, and
reading what those platforms export."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # ------------------------------------------------------------------ the XLSForm
    "profile_group": {"lv": "Ciems un vērtējums", "en": "Village and assessment"},
    "yes": {"lv": "jā", "en": "yes"},
    "no": {"lv": "nē", "en": "no"},
    "na": {"lv": "Nav attiecināms", "en": "Not applicable"},
    "na_flag": {
        "lv": "Šis jautājums ciemam nav attiecināms",
        "en": "This question does not apply to the village",
    },
    "evidence_label": {"lv": "Pierādījumi: {question}", "en": "Evidence: {question}"},
    "evidence_hint": {
        "lv": "Saite vai dokumenta nosaukums; vairākus atdaliet ar semikolu. "
        "Aiz katra var pierakstīt: | ko tas parāda.",
        "en": "A link or a document name; separate several with a semicolon. "
        "After each you may add: | what it shows.",
    },
    "evidence_required": {
        "lv": "Šai atbildei pierādījumi ir obligāti.",
        "en": "This answer needs evidence.",
    },
    "evidence_recommended": {
        "lv": "Šai atbildei pierādījumi ir ieteicami.",
        "en": "Evidence is recommended for this answer.",
    },
    "initiative_name": {"lv": "Iniciatīvas nosaukums", "en": "Name of the initiative"},
    "initiative_properties": {
        "lv": "Kas par šo iniciatīvu ir tiesa?",
        "en": "What is true of this initiative?",
    },
    "at_least": {"lv": "Jābūt vismaz {min}.", "en": "Must be at least {min}."},
    "at_most": {"lv": "Jābūt ne vairāk kā {max}.", "en": "Must be at most {max}."},
    "between": {
        "lv": "Jābūt no {min} līdz {max}.",
        "en": "Must be from {min} to {max}.",
    },
    "na_alone": {
        "lv": "“Nav attiecināms” nevar izvēlēties kopā ar citām atbildēm.",
        "en": "“Not applicable” cannot be chosen together with other answers.",
    },
    "unit": {"lv": "Mērvienība: {unit}.", "en": "Unit: {unit}."},
    # ------------------------------------------------------------------ reading exports
    "column_ambiguous": {
        "lv": "kolonna “{column}” atbilst vairākiem jautājumiem ({keys}); pārdēvējiet to, "
        "lai tā atbilstu vienam",
        "en": "the column '{column}' matches several questions ({keys}); rename it so that "
        "it matches one",
    },
    "column_twice": {
        "lv": "kolonna “{column}” atkārto jautājumu, kas jau ir kolonnā “{first}”; "
        "atstājiet vienu no tām",
        "en": "the column '{column}' repeats the question already in '{first}'; keep one of them",
    },
    "column": {"lv": "“{column}”", "en": "'{column}'"},
    "column_closest": {
        "lv": "“{column}” (tuvākais jautājums: “{question}”)",
        "en": "'{column}' (closest question: '{question}')",
    },
    "unknown_columns": {
        "lv": "{n} kolonnas neatbilst nevienam jautājumam, tās netiek lasītas: {columns}",
        "en": "{n} columns match no question and are not read: {columns}",
    },
    "unknown_columns_one": {
        "lv": "{n} kolonna neatbilst nevienam jautājumam, tā netiek lasīta: {columns}",
        "en": "{n} column matches no question and is not read: {columns}",
    },
    "field_twice": {
        "lv": "kolonna “{column}” nosauc to pašu lauku, ko “{first}”; atstājiet vienu no tām",
        "en": "the column '{column}' names the same field as '{first}'; keep one of them",
    },
    "repeat_no_key": {
        "lv": "atsevišķās tabulas iniciatīvas nevar piesaistīt ciemiem: nav kolonnas “{column}”",
        "en": "the initiatives in a separate table cannot be joined to their villages: there is "
        "no '{column}' column",
    },
    "repeat_orphans": {
        "lv": "{n} iniciatīvas nepieder nevienai faila {file} ciema rindai (to “{column}” "
        "neatbilst nevienai) un netiek lasītas",
        "en": "{n} initiatives belong to no village row of {file} (their '{column}' matches "
        "none) and are not read",
    },
    "repeat_orphans_one": {
        "lv": "{n} iniciatīva nepieder nevienai faila {file} ciema rindai (tās “{column}” "
        "neatbilst nevienai) un netiek lasīta",
        "en": "{n} initiative belongs to no village row of {file} (its '{column}' matches "
        "none) and is not read",
    },
    "repeat_alone": {
        "lv": "ir eksporta atkārtotās grupas tabula (tajā ir atslēga uz galveno tabulu un nav "
        "ciema); to nolasa kopā ar galveno failu",
        "en": "is the table of a repeat group of an export (it has a parent key and no "
        "village); it is read together with its main file",
    },
    "too_many_rows": {
        "lv": "tajā ir {n} rindas; ierobežojums ir {limit} (--max-rows)",
        "en": "has {n} rows; the limit is {limit} (--max-rows)",
    },
    "too_many_rows_one": {
        "lv": "tajā ir {n} rinda; ierobežojums ir {limit} (--max-rows)",
        "en": "has {n} row; the limit is {limit} (--max-rows)",
    },
    "export_no_criteria": {
        "lv": "nav norādīta kritēriju kopa: eksportā nav kolonnas “criteria” ar ID@VERSION (tā "
        "ir katrā veidlapā, ko izveido “smartvillage template --format xlsform”); norādiet "
        "--criteria",
        "en": "no criteria set named: the export has no 'criteria' column with ID@VERSION "
        "(every form made by 'smartvillage template --format xlsform' has one); give --criteria",
    },
    "criteria_unusable": {
        "lv": "kritēriju kopa {ref}: {why}",
        "en": "criteria set {ref}: {why}",
    },
    "mapping_no_sheet": {
        "lv": "tajā nav lapas “{sheet}” (nosaukta failā {mapping}); tā lapas: {sheets}",
        "en": "has no sheet '{sheet}' (named in {mapping}); its sheets: {sheets}",
    },
    "mapping_no_row": {
        "lv": "tajā nav {row}. rindas (header_row)",
        "en": "has no row {row} (header_row)",
    },
    "date_from_timestamp": {
        "lv": "veidlapā nav jautājuma par vērtēšanas datumu: izmantots datums no kolonnas "
        "“{column}”",
        "en": "the form does not ask for the assessment date: the date in '{column}' is used",
    },
    "assessor_self": {
        "lv": "veidlapā nav jautājuma, kas vērtēja: atbildes uzskatītas par pašnovērtējumu",
        "en": "the form does not ask who assessed the village: the answers are taken as a "
        "self-assessment",
    },
    "no_criteria_match": {
        "lv": "neviena kolonna neatbilst kritēriju kopas jautājumiem; norādiet --criteria "
        "ID@VERSION",
        "en": "no column matches the questions of a criteria set; give --criteria ID@VERSION",
    },
    "criteria_tie": {
        "lv": "kolonnas vienlīdz labi atbilst vairākām kritēriju kopām ({refs}); norādiet "
        "--criteria ID@VERSION",
        "en": "the columns match several criteria sets equally well ({refs}); give "
        "--criteria ID@VERSION",
    },
    # ------------------------------------------------------------------ the forms sheet
    "sheet.title": {
        "lv": "Kā izveidot šo anketu Google Forms vai Microsoft Forms",
        "en": "How to build this questionnaire in Google Forms or Microsoft Forms",
    },
    "sheet.rule1": {
        "lv": "Katram jautājumam dodiet tieši šeit rakstīto nosaukumu (lielie burti, atstarpes "
        "un garumzīmes var atšķirties); paskaidrojumu rakstiet jautājuma aprakstā, nevis "
        "nosaukumā.",
        "en": "Give every question exactly the title written here (capitals, spaces and "
        "diacritics may differ); put any explanation in the question's description, not in "
        "its title.",
    },
    "sheet.rule2": {
        "lv": "Atbilžu variantus rakstiet tieši tā, kā tie šeit uzskaitīti, un nepievienojiet "
        "variantu “Cits”.",
        "en": "Write the answer options exactly as listed here, and add no 'Other' option.",
    },
    "sheet.rule3": {
        "lv": "Jautājumu secība nav svarīga; jautājumi, kurus izlaižat, skaitās neatbildēti.",
        "en": "The order of the questions does not matter; questions you leave out count as "
        "unanswered.",
    },
    "sheet.rule4": {
        "lv": "Nosaukumi un atbildes var būt latviski vai angliski: programma atpazīst abas "
        "valodas.",
        "en": "Titles and answers may be in Latvian or English: the program recognises both.",
    },
    "sheet.rule5": {
        "lv": "Ja veidlapā nav jautājuma par vērtēšanas datumu, izmanto iesniegšanas laiku; ja "
        "nav jautājuma, kas vērtēja, atbildes uzskata par pašnovērtējumu.",
        "en": "Without a question on the assessment date the submission time is used; without "
        "the question who assessed, the answers count as a self-assessment.",
    },
    "sheet.rule6": {
        "lv": "Google Forms atbildes lejupielādējiet kā CSV failu, Microsoft Forms atbildes — "
        "kā Excel darbgrāmatu; tad: smartvillage batch atbildes.csv --output rezultati.xlsx",
        "en": "Download the Google Forms responses as a CSV file, the Microsoft Forms responses "
        "as an Excel workbook; then: smartvillage batch responses.csv --output results.xlsx",
    },
    "sheet.required": {"lv": "obligāts", "en": "required"},
    "sheet.optional": {"lv": "nav obligāts", "en": "optional"},
    "sheet.kind.one": {"lv": "viena atbilde no saraksta", "en": "one answer from a list"},
    "sheet.kind.several": {
        "lv": "vairākas atbildes (izvēles rūtiņas)",
        "en": "several answers (checkboxes)",
    },
    "sheet.kind.short": {"lv": "īsa teksta atbilde", "en": "short text answer"},
    "sheet.kind.paragraph": {
        "lv": "garāka teksta atbilde (rindkopa)",
        "en": "longer text answer (paragraph)",
    },
    "sheet.kind.number": {
        "lv": "skaitlis (īsa atbilde ar skaitļa pārbaudi)",
        "en": "a number (short answer with number validation)",
    },
    "sheet.kind.date": {"lv": "datums", "en": "date"},
    "sheet.whole": {"lv": "Vesels skaitlis.", "en": "A whole number."},
    "sheet.decimal": {
        "lv": "Skaitlis; daļu var atdalīt ar komatu vai punktu.",
        "en": "A number; a decimal comma or point.",
    },
    "sheet.na_text": {
        "lv": "Ja jautājums nav attiecināms, rakstiet: {na}.",
        "en": "If the question does not apply, write: {na}.",
    },
    "sheet.initiatives": {
        "lv": "Katru iniciatīvu rakstiet kā: nosaukums [īpašība, īpašība]; nākamo atdaliet ar "
        "semikolu vai jaunu rindu. Īpašības: {properties}.",
        "en": "Write each initiative as: name [property, property]; separate the next with a "
        "semicolon or a new line. Properties: {properties}.",
    },
    "sheet.initiatives_plain": {
        "lv": "Iniciatīvas atdaliet ar semikolu vai jaunu rindu.",
        "en": "Separate initiatives with a semicolon or a new line.",
    },
    # ------------------------------------------------------------------ --suggest-mapping
    "suggest.head": {
        "lv": "Kolonnu kartējums failam {file} (smartvillage batch --mapping)",
        "en": "Column mapping for {file} (smartvillage batch --mapping)",
    },
    "suggest.check": {
        "lv": "Pārbaudiet katru rindu, īpaši tās, kas atzīmētas ar “pārbaudiet”; "
        "null nozīmē, ka kolonnu nelasa.",
        "en": "Check every line, above all those marked 'check'; null means the column is "
        "not read.",
    },
    "suggest.closest": {
        "lv": "pārbaudiet: tuvākais jautājums ({percent} % līdzība)",
        "en": "check: the closest question ({percent}% alike)",
    },
    "suggest.platform": {"lv": "platformas kolonna", "en": "the platform's own column"},
    "suggest.several": {
        "lv": "atbilst vairākiem jautājumiem: {keys}; izvēlieties vienu",
        "en": "matches several questions: {keys}; choose one",
    },
    "suggest.none": {"lv": "neatbilst neviens jautājums", "en": "no question matches"},
    "suggest.guess": {"lv": "pārbaudiet: tuvākā atbilde", "en": "check: the closest option"},
    "suggest.no_option": {
        "lv": "neatbilst neviena atbilde; ierakstiet, ko tā nozīmē",
        "en": "no option matches; write what it means",
    },
    # ------------------------------------------------------------------ --mapping files
    "mapping.not_mapping": {
        "lv": "gaidīts kartējums ar “columns” (un “values”)",
        "en": "expected a mapping with 'columns' (and 'values')",
    },
    "mapping.unknown_field": {
        "lv": "nezināms lauks; gaidīts criteria, sheet, header_row, columns vai values",
        "en": "unknown field; expected criteria, sheet, header_row, columns or values",
    },
    "mapping.text": {"lv": "gaidīts teksts", "en": "expected text"},
    "mapping.row": {
        "lv": "gaidīts rindas numurs (1 vai lielāks), saņemts {got}",
        "en": "expected a row number (1 or more), got {got}",
    },
    "mapping.columns": {
        "lv": "gaidīts: kolonnas nosaukums: jautājuma id (vai null)",
        "en": "expected column title: question id (or null)",
    },
    "mapping.column": {
        "lv": "gaidīts jautājuma id, profila lauks vai null",
        "en": "expected a question id, a profile field or null",
    },
    "mapping.values": {
        "lv": "gaidīts: jautājuma id: {{atbilde, kā rakstīta: atbilde}}",
        "en": "expected question id: {{answer as written: option}}",
    },
    "mapping.value_table": {
        "lv": "gaidītas atbildes, kā tās rakstītas, katra ar atbildi, ko tā nozīmē",
        "en": "expected answers as written, each with the option it means",
    },
    "mapping.unknown_key": {
        "lv": "“{key}” nav kritēriju kopas {ref} jautājums vai profila lauks ({fields})",
        "en": "'{key}' is no question of {ref} and no profile field ({fields})",
    },
    "mapping.unknown_question": {
        "lv": "“{key}” nav kritēriju kopas {ref} jautājums",
        "en": "'{key}' is no question of {ref}",
    },
    "mapping.unknown_value": {
        "lv": "“{value}” nav jautājuma {key} atbilde; gaidīta viena no: {allowed}",
        "en": "'{value}' is not an answer of {key}; expected one of {allowed}",
    },
}
