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
}
