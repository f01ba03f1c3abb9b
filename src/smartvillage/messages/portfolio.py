"""The LEADER profile fields and the portfolio of a territory (workbook sheet and HTML page)."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # -- the profile a LEADER group needs (template columns, assess prompts, results)
    "leader_group": {
        "lv": "Vietējā rīcības grupa (VRG)",
        "en": "LEADER local action group (LAG)",
    },
    "leader_group_hint": {
        "lv": "VRG, kuras teritorijā ir ciems.",
        "en": "The LAG whose territory the village is in.",
    },
    "community_type": {"lv": "Kopienas veids", "en": "Type of community"},
    "community_type_hint": {
        "lv": "Izvēlieties: ciems, apkaime, pagasts, viena saimniecība vai uzņēmums, cits.",
        "en": "Choose: village, neighbourhood, parish, single farm or enterprise, other.",
    },
    "community.village": {"lv": "ciems", "en": "village"},
    "community.neighbourhood": {"lv": "apkaime", "en": "neighbourhood"},
    "community.parish": {"lv": "pagasts", "en": "parish"},
    "community.farm": {
        "lv": "viena saimniecība vai uzņēmums",
        "en": "single farm or enterprise",
    },
    "community.other": {"lv": "cits", "en": "other"},
    "legal_name": {"lv": "Juridiskās personas nosaukums", "en": "Legal entity's name"},
    "legal_name_hint": {
        "lv": "Biedrība vai cita juridiska persona, kas pārstāv kopienu.",
        "en": "The association or other legal entity that acts for the community.",
    },
    "registration_number": {"lv": "Reģistrācijas numurs", "en": "Registration number"},
    "registration_number_hint": {
        "lv": "11 cipari, piemēram, 40008012345.",
        "en": "11 digits, e.g. 40008012345.",
    },
    "recognition_year": {
        "lv": "Iepriekšējās atzinības gads",
        "en": "Earlier recognition: year",
    },
    "recognition_year_hint": {
        "lv": "Konkursa gads (2021 vai vēlāk), ja ciems jau ir saņēmis atzinību.",
        "en": "The round (2021 or later), if the village was recognised before.",
    },
    "recognition_tier": {
        "lv": "Iepriekšējās atzinības līmenis",
        "en": "Earlier recognition: tier",
    },
    "recognition_tier_hint": {
        "lv": "Izvēlieties saņemto atzinību.",
        "en": "Choose the recognition received.",
    },
    "recognition.sign": {"lv": "VIEDAIS CIEMS", "en": "SMART VILLAGE sign"},
    "recognition.on_the_way": {
        "lv": "Ceļā uz VIEDAIS CIEMS",
        "en": "On the way to SMART VILLAGE",
    },
    "recognition.on_the_way_2021": {
        "lv": "Ceļā uz viedo ciemu",
        "en": "On the way to a smart village",
    },
    "recognition": {"lv": "Iepriekšējā atzinība", "en": "Earlier recognition"},
    "mentor": {"lv": "Mentora vārds", "en": "Mentor's name"},
    "mentor_hint": {
        "lv": "Mentors, kas palīdz ciemam (vārds, uzvārds).",
        "en": "The mentor who helps the village (name).",
    },
    "legal_body": {"lv": "Juridiskā persona", "en": "Legal entity"},
    "legal_body_value": {"lv": "{name}, reģ. Nr. {number}", "en": "{name}, reg. no. {number}"},
    "registration_value": {"lv": "reģ. Nr. {number}", "en": "reg. no. {number}"},
    "recognition_value": {"lv": "{tier} {year}", "en": "{tier} {year}"},
    "recognition_value_2021": {"lv": "{tier} ({year})", "en": "{tier} ({year})"},
    "mentor_fact": {"lv": "Mentors", "en": "Mentor"},
    # -- assess: what a typed value must be
    "bad.community_type": {
        "lv": "gaidīts kopienas veids: {allowed}",
        "en": "expected a type of community: {allowed}",
    },
    "bad.registration_number": {
        "lv": "gaidīts 11 ciparu reģistrācijas numurs, piemēram, 40008012345",
        "en": "expected the 11-digit registration number, e.g. 40008012345",
    },
    "bad.recognition_year": {
        "lv": "gaidīts konkursa gads no 2021 līdz {year}",
        "en": "expected a round from 2021 to {year}",
    },
    "bad.recognition_tier": {
        "lv": "gaidīts atzinības līmenis: {allowed}",
        "en": "expected a recognition tier: {allowed}",
    },
    "bad.recognition_incomplete": {
        "lv": "iepriekšējai atzinībai vajag gan gadu, gan līmeni",
        "en": "an earlier recognition needs both the year and the tier",
    },
    # -- the blank YAML questionnaire's comments
    "yaml.registration": {"lv": "11 cipari", "en": "11 digits"},
    "yaml.year": {"lv": "{year} vai vēlāk", "en": "{year} or later"},
    # -- batch --reports
    "reports_not_folder": {
        "lv": "--reports {path}: tā nav mape",
        "en": "--reports {path}: is not a folder",
    },
    "reports_no_parent": {
        "lv": "--reports {path}: mapes {parent} nav",
        "en": "--reports {path}: folder {parent} does not exist",
    },
    "reports_cannot_create": {
        "lv": "--reports {path}: mapi nevar izveidot: {why}",
        "en": "--reports {path}: cannot create the folder: {why}",
    },
    "wrote_reports": {
        "lv": "ierakstīti {n} ciemu pārskati mapē {path}",
        "en": "wrote {n} village reports into {path}",
    },
    "wrote_reports_one": {
        "lv": "ierakstīts {n} ciema pārskats mapē {path}",
        "en": "wrote {n} village report into {path}",
    },
    # -- what is wrong with a profile field (checked by the questionnaire model)
    "v.registration_number": {
        "lv": "gaidīts 11 ciparu reģistrācijas numurs, piemēram, 40008012345",
        "en": "expected the 11-digit registration number, e.g. 40008012345",
    },
    "v.legal_body_empty": {
        "lv": "juridiskajai personai vajag nosaukumu vai reģistrācijas numuru",
        "en": "a legal body needs a name or a registration number",
    },
    "v.future_round": {
        "lv": "{year}. gada konkurss vēl nav noticis; norādiet pagājušu gadu",
        "en": "the round {year} is still to come; give a past round",
    },
    "v.schema_version": {
        "lv": "šī smartvillage versija lasa schema_version 1 vai 2, saņemts {got}",
        "en": "this version of smartvillage reads schema_version 1 or 2, got {got}",
    },
    "v.needs_v2": {
        "lv": "laukam {field} vajag schema_version: 2 (1. versijā tāda lauka nav)",
        "en": "{field} needs schema_version: 2 (version 1 has no such field)",
    },
    # -- the portfolio: the workbook sheet and the HTML page
    "sheet": {"lv": "Teritorijas", "en": "Territories"},
    "title": {"lv": "Teritorijas pārskats", "en": "Territory overview"},
    "level": {"lv": "Griezums", "en": "Grouped by"},
    "territory": {"lv": "Teritorija", "en": "Territory"},
    "level.all": {"lv": "Visi ciemi", "en": "All villages"},
    "level.region": {"lv": "Plānošanas reģions", "en": "Planning region"},
    "level.municipality": {"lv": "Novads", "en": "Municipality"},
    "level.parish": {"lv": "Pagasts", "en": "Parish"},
    "level.leader_group": {"lv": "VRG", "en": "LAG"},
    "not_given": {"lv": "(nav norādīts)", "en": "(not given)"},
    "villages": {"lv": "Ciemi", "en": "Villages"},
    "overall_average": {"lv": "Kopvērtējums vidēji, %", "en": "Overall, average %"},
    "dimension_average": {"lv": "{name}: vidēji, %", "en": "{name}: average %"},
    "criterion_average": {"lv": "{name}: vidēji, %", "en": "{name}: average %"},
    "criterion_met_rate": {"lv": "{name}: izpildīts, % ciemu", "en": "{name}: met, % of villages"},
    "tier_count": {"lv": "{tier}: ciemi", "en": "{tier}: villages"},
    "sheet_note": {
        "lv": "Vidējie ir ciemu procentu vidējie; izpildes daļa ir to ciemu daļa, kuros "
        "kritērijs ir izpildīts, no ciemiem, kuros tas ir vērtēts. Pagasts ir norādīts ar "
        "novadu.",
        "en": "Averages are the mean of the villages' percents; the met rate is the share of "
        "villages meeting the criterion among those where it is assessed. A parish is "
        "named with its municipality.",
    },
    "tiers": {"lv": "Ciemi pa līmeņiem", "en": "Villages by tier"},
    "matrix": {"lv": "Ciemi pa kritērijiem, %", "en": "Villages by criterion, %"},
    "matrix_note": {
        "lv": "Katra kritērija procenti. Krāsa: sarkana — zem 50 %, dzeltena — vēl nav "
        "izpildīts, zaļa — izpildīts.",
        "en": "Each criterion's percent. Colour: red below 50 %, yellow not met yet, green met.",
    },
    "summary_by": {"lv": "Kopsavilkums: {level}", "en": "Summary by {level}"},
    "common_gaps": {"lv": "Biežākās nepilnības", "en": "Most common gaps"},
    "not_met_in": {
        "lv": "nav izpildīts: {n} no {total} ciemiem",
        "en": "not met in {n} of {total} villages",
    },
    "next_step_in": {
        "lv": "nākamais solis {n} ciemiem",
        "en": "the next step for {n} villages",
    },
    "next_step_in_one": {
        "lv": "nākamais solis {n} ciemam",
        "en": "the next step for {n} village",
    },
    "no_gaps": {
        "lv": "Visos ciemos visi kritēriji ir izpildīti.",
        "en": "Every village meets every criterion.",
    },
    "next_step": {"lv": "Nākamais solis", "en": "Next step"},
    "each_village": {
        "lv": "Katra ciema līmenis un nākamais solis",
        "en": "Each village's tier and next step",
    },
    "criteria_mixed": {
        "lv": "Ciemi novērtēti pēc dažādām kritēriju kopām; katrai kopai ir sava sadaļa.",
        "en": "The villages were scored against different criteria sets; each set has its "
        "own section.",
    },
    "page_title": {
        "lv": "Teritorijas pārskats: {n} ciemi",
        "en": "Territory overview: {n} villages",
    },
    "page_title_one": {
        "lv": "Teritorijas pārskats: {n} ciems",
        "en": "Territory overview: {n} village",
    },
    "rejected": {
        "lv": "Nenovērtētas rindas (skatiet kļūdas rezultātos): {n}",
        "en": "Rows not scored (see the errors in the results): {n}",
    },
    "no_villages": {"lv": "Neviens ciems netika novērtēts.", "en": "No village could be scored."},
}
