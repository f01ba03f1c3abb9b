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
}
