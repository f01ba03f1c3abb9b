"""The views of criteria sets: ``criteria list``, ``criteria show`` and ``criteria diff``."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "status_line": {
        "lv": "Statuss: {status}; kritērijs ir izpildīts, ja iegūti {percent} no tā punktiem "
        "(ja pie kritērija nav norādīts citādi)",
        "en": "Status: {status}; a criterion is met at {percent} of its points unless it says "
        "otherwise",
    },
    "sources": {"lv": "Avoti", "en": "Sources"},
    "source.id": {"lv": "ID", "en": "ID"},
    "source.title": {"lv": "Nosaukums", "en": "Title"},
    "source.publisher": {"lv": "Izdevējs", "en": "Publisher"},
    "source.year": {"lv": "Gads", "en": "Year"},
    "source.url": {"lv": "Adrese", "en": "Address"},
    "dimension_title": {"lv": "{title} (svars {weight})", "en": "{title} (weight {weight})"},
    "weight": {"lv": "svars {weight}", "en": "weight {weight}"},
    "col.item": {"lv": "Kritērijs / jautājums", "en": "Criterion / question"},
    "col.question": {"lv": "Jautājums", "en": "Question"},
    "col.answers": {"lv": "Iespējamās atbildes", "en": "Possible answers"},
    "col.max": {"lv": "Maks. punkti", "en": "Max points"},
    "col.weight": {"lv": "Svars", "en": "Weight"},
    "col.gate": {"lv": "Obligātais", "en": "Must-pass"},
    "col.met_at": {"lv": "Izpildīts no", "en": "Met at"},
    "col.evidence": {"lv": "Pierādījumi", "en": "Evidence"},
    "tiers": {"lv": "Līmeņi (augstākais vispirms)", "en": "Tiers (highest first)"},
    "tier.id": {"lv": "ID", "en": "ID"},
    "tier.label": {"lv": "Līmenis", "en": "Tier"},
    "tier.needs": {"lv": "Nosacījumi", "en": "Needs"},
    "needs.overall": {"lv": "kopvērtējums ≥ {percent}", "en": "overall ≥ {percent}"},
    "needs.dimension": {"lv": "katra joma ≥ {percent}", "en": "every dimension ≥ {percent}"},
    "needs.gates": {
        "lv": "izpildīti visi obligātie kritēriji",
        "en": "every must-pass criterion met",
    },
    "needs.criteria": {"lv": "izpildīti visi kritēriji", "en": "every criterion met"},
    "needs.evidence": {
        "lv": "pierādījumi visiem apgalvojumiem, kam tie vajadzīgi",
        "en": "evidence for every claim that needs it",
    },
    "needs.nothing": {"lv": "nekas (jebkurš ciems)", "en": "nothing (every village)"},
    "md.criterion": {
        "lv": "Svars {weight} (daļa kopvērtējumā {share}); izpildīts no {percent}",
        "en": "Weight {weight} (share of the overall score {share}); met at {percent}",
    },
    "md.gate": {"lv": "; **obligātais kritērijs**", "en": "; **must-pass criterion**"},
}
