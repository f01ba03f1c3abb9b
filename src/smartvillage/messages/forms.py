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
    "closest": {
        "lv": " (tuvākais jautājums: “{question}”)",
        "en": " (closest question: '{question}')",
    },
    "unknown_columns": {
        "lv": "{n} kolonnas neatbilst nevienam jautājumam, tās netiek lasītas: {columns}",
        "en": "{n} columns match no question and are not read: {columns}",
    },
    "unknown_columns_one": {
        "lv": "{n} kolonna neatbilst nevienam jautājumam, tā netiek lasīta: {columns}",
        "en": "{n} column matches no question and is not read: {columns}",
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
}
