"""The batch results (workbook, CSV, JSON Lines summaries)."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "criteria_sheet": {"lv": "Kritēriji", "en": "Criteria"},
    "recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "averages": {"lv": "Vidēji", "en": "Averages"},
    "errors": {"lv": "Kļūdas", "en": "Errors"},
    "about": {"lv": "Par", "en": "About"},
    "rank": {"lv": "Vieta", "en": "Rank"},
    "source": {"lv": "Avots", "en": "Source"},
    "file": {"lv": "Fails", "en": "File"},
    "sheet": {"lv": "Lapa", "en": "Sheet"},
    "cell": {"lv": "Šūna / vieta", "en": "Cell / place"},
    "row": {"lv": "Rinda", "en": "Row"},
    "column": {"lv": "Kolonna", "en": "Column"},
    "problem": {"lv": "Problēma", "en": "Problem"},
    "severity": {"lv": "Veids", "en": "Kind"},
    "error": {"lv": "kļūda", "en": "error"},
    "warning": {"lv": "brīdinājums", "en": "warning"},
    "village": {"lv": "Ciems", "en": "Village"},
    "parish": {"lv": "Pagasts", "en": "Parish"},
    "municipality": {"lv": "Novads", "en": "Municipality"},
    "region": {"lv": "Reģions", "en": "Region"},
    "population": {"lv": "Iedzīvotāju skaits", "en": "Population"},
    "assessor": {"lv": "Vērtētājs", "en": "Assessor"},
    "date": {"lv": "Datums", "en": "Date"},
    "criteria": {"lv": "Kritēriju kopa", "en": "Criteria set"},
    "tier": {"lv": "Līmenis", "en": "Tier"},
    "percent": {"lv": "Kopā, %", "en": "Overall, %"},
    "weakest": {"lv": "Vājākā joma", "en": "Weakest dimension"},
    "gates": {"lv": "Obligātie kritēriji izpildīti", "en": "Must-pass criteria met"},
    "criteria_met": {"lv": "Kritēriji izpildīti", "en": "Criteria met"},
    "unanswered": {"lv": "Neatbildēti jautājumi", "en": "Unanswered questions"},
    "evidence_missing": {"lv": "Apgalvojumi bez pierādījumiem", "en": "Claims without evidence"},
    "points": {"lv": "punkti", "en": "points"},
    "next_step": {
        "lv": "Nākamais solis (lielākais iespējamais pieaugums)",
        "en": "Next step (biggest possible gain)",
    },
    "criterion_id": {"lv": "Kritērijs", "en": "Criterion"},
    "criterion": {"lv": "Nosaukums", "en": "Title"},
    "top_gap_villages": {
        "lv": "Ciemi, kam tas ir nākamais solis",
        "en": "Villages for which it is the next step",
    },
    "not_met_villages": {"lv": "Ciemi, kam tas nav izpildīts", "en": "Villages not meeting it"},
    "average_criterion": {"lv": "Vidēji, %", "en": "Average, %"},
    "recommendation": {"lv": "Ieteikums", "en": "Recommendation"},
    "dimension": {"lv": "Joma", "en": "Dimension"},
    "average": {"lv": "Vidēji, %", "en": "Average, %"},
    "villages": {"lv": "Ciemi", "en": "Villages"},
    "warning_sheet": {"lv": "UZMANĪBU", "en": "WARNING"},
    "sheets": {"lv": "Lapas", "en": "Sheets"},
    "none_scored": {
        "lv": "Neviens ciems netika novērtēts: skatiet lapu 'Kļūdas'.",
        "en": "No village could be scored: see the 'Errors' sheet.",
    },
    "title": {
        "lv": "Viedā ciema pašnovērtējumu rezultāti",
        "en": "Smart Village assessment results",
    },
    "reconstruction_note": {
        "lv": "vērtēts pēc rekonstruētiem kritērijiem, nevis žūrijas lēmums",
        "en": "assessed against reconstructed criteria; not the jury's decision",
    },
    "mixed": {
        "lv": "UZMANĪBU: ciemi novērtēti pēc dažādām kritēriju kopām vai versijām. "
        "Katrai kopai ir savas lapas; to procentus nedrīkst salīdzināt savā starpā.",
        "en": "WARNING: the villages were scored against different criteria sets or "
        "versions. Each set has its own sheets; do not compare their percents "
        "with each other.",
    },
}
