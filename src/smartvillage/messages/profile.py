"""The village profile and the assessment as columns of a village table: each column's
heading and the hint the template shows."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "village": {"lv": "Ciems", "en": "Village"},
    "village_hint": {"lv": "Ciema nosaukums (obligāts).", "en": "The village name (required)."},
    "parish": {"lv": "Pagasts", "en": "Parish"},
    "parish_hint": {"lv": "Pagasts.", "en": "The parish (pagasts)."},
    "municipality": {"lv": "Novads", "en": "Municipality"},
    "municipality_hint": {"lv": "Novads.", "en": "The municipality (novads)."},
    "region": {"lv": "Plānošanas reģions", "en": "Planning region"},
    "region_hint": {"lv": "Izvēlieties reģionu.", "en": "Choose the planning region."},
    "population": {"lv": "Iedzīvotāju skaits", "en": "Population"},
    "population_hint": {"lv": "Vesels skaitlis.", "en": "A whole number."},
    "contact_name": {"lv": "Kontaktpersona", "en": "Contact person"},
    "contact_name_hint": {"lv": "Vārds, uzvārds.", "en": "Name."},
    "contact_email": {"lv": "Kontaktpersonas e-pasts", "en": "Contact e-mail"},
    "contact_email_hint": {"lv": "E-pasta adrese.", "en": "E-mail address."},
    "contact_phone": {"lv": "Kontaktpersonas tālrunis", "en": "Contact phone"},
    "contact_phone_hint": {"lv": "Tālruņa numurs.", "en": "Phone number."},
    "assessor": {"lv": "Kas vērtēja", "en": "Assessed by"},
    "assessor_hint": {
        "lv": "self (pašnovērtējums), mentor (mentors) vai jury (žūrija). Obligāts.",
        "en": "self, mentor or jury. Required.",
    },
    "assessor_name": {"lv": "Vērtētāja vārds", "en": "Assessor's name"},
    "assessor_name_hint": {
        "lv": "Kas aizpildīja (persona vai biedrība).",
        "en": "Who filled it in (a person or an association).",
    },
    "date": {"lv": "Vērtēšanas datums", "en": "Assessment date"},
    "date_hint": {
        "lv": "GGGG-MM-DD vai DD.MM.GGGG. Obligāts.",
        "en": "YYYY-MM-DD or DD.MM.YYYY. Required.",
    },
    "notes": {"lv": "Piezīmes", "en": "Notes"},
    "notes_hint": {"lv": "Brīvs teksts.", "en": "Free text."},
}
