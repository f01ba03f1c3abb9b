"""The blank questionnaires and the village-table templates (YAML, XLSX, CSV): instructions,
column hints, and what each question allows."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
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
