"""Reports in every format (terminal, Markdown, HTML, spreadsheets) and compare."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "village": {"lv": "Ciems", "en": "Village"},
    "population": {"lv": "iedzīvotāju", "en": "residents"},
    "population_one": {"lv": "iedzīvotājs", "en": "resident"},
    "assessed": {"lv": "Vērtētājs", "en": "Assessor"},
    "assessor.self": {"lv": "pašnovērtējums", "en": "self-assessment"},
    "assessor.mentor": {"lv": "mentors", "en": "mentor"},
    "assessor.jury": {"lv": "žūrija", "en": "jury"},
    "criteria": {"lv": "Kritēriji", "en": "Criteria"},
    "tier": {"lv": "Līmenis", "en": "Tier"},
    "overall": {"lv": "Kopā", "en": "Overall"},
    "points": {"lv": "punkti", "en": "points"},
    "dimensions": {"lv": "Jomas", "en": "Dimensions"},
    "dimension": {"lv": "Joma", "en": "Dimension"},
    "average": {"lv": "vidēji", "en": "average"},
    "weakest": {"lv": "vājākā", "en": "weakest"},
    "gates": {"lv": "Obligātie kritēriji", "en": "Must-pass criteria"},
    "criterion": {"lv": "Kritērijs", "en": "Criterion"},
    "status.met": {"lv": "izpildīts", "en": "met"},
    "status.not_met": {"lv": "nav izpildīts", "en": "not met"},
    "status.not_assessed": {"lv": "nav vērtēts", "en": "not assessed"},
    "next_tier": {"lv": "Līdz nākamajam līmenim", "en": "To reach the next tier"},
    "top_tier": {"lv": "Augstākais līmenis sasniegts.", "en": "The highest tier is reached."},
    "gaps": {"lv": "Lielākās nepilnības un ieteikumi", "en": "Biggest gaps and recommendations"},
    "gain": {"lv": "iespējamais pieaugums", "en": "possible gain"},
    "answers": {"lv": "Atbildes", "en": "Answers"},
    "answered": {"lv": "atbildēti", "en": "answered"},
    "unanswered": {"lv": "neatbildēti", "en": "unanswered"},
    "not_applicable": {"lv": "nav attiecināmi", "en": "not applicable"},
    "evidence_missing": {"lv": "Apgalvojumi bez pierādījumiem", "en": "Claims without evidence"},
    "question": {"lv": "Jautājums", "en": "Question"},
    "answer": {"lv": "Atbilde", "en": "Answer"},
    "rule": {"lv": "Noteikums", "en": "Rule"},
    "warnings": {"lv": "Brīdinājumi", "en": "Warnings"},
    "percent": {"lv": "%", "en": "%"},
    "met": {"lv": "izpildīts", "en": "met"},
    "req.min_percent": {
        "lv": "kopvērtējums {value} no vajadzīgajiem {needed}",
        "en": "overall {value} of {needed} needed",
    },
    "req.min_dimension_percent": {
        "lv": "katrā jomā vismaz {needed}; zemāk: {failing}",
        "en": "every dimension at {needed} or more; below: {failing}",
    },
    "req.all_gates": {
        "lv": "jāizpilda visi obligātie kritēriji; neizpildīti: {failing}",
        "en": "every must-pass criterion met; not met: {failing}",
    },
    "req.all_criteria": {
        "lv": "jāizpilda visi kritēriji; neizpildīti: {failing}",
        "en": "every criterion met; not met: {failing}",
    },
    "req.evidence_complete": {
        "lv": "pierādījumi visiem apgalvojumiem, kam tie vajadzīgi; trūkst: {failing}",
        "en": "evidence for every claim that needs it; missing: {failing}",
    },
    # --- reports (Markdown, HTML, spreadsheets) -------------------------------------
    "report_title": {
        "lv": "Viedā ciema pašnovērtējuma pārskats",
        "en": "Smart Village self-assessment report",
    },
    "parish": {"lv": "Pagasts", "en": "Parish"},
    "municipality": {"lv": "Novads", "en": "Municipality"},
    "region": {"lv": "Reģions", "en": "Region"},
    "population_label": {"lv": "Iedzīvotāju skaits", "en": "Population"},
    "assessment_date": {"lv": "Novērtējuma datums", "en": "Date of assessment"},
    "criteria_set": {"lv": "Kritēriju kopa", "en": "Criteria set"},
    "criteria_status.official": {"lv": "oficiāla", "en": "official"},
    "criteria_status.reconstruction": {"lv": "rekonstrukcija", "en": "reconstruction"},
    "criteria_status.draft": {"lv": "melnraksts", "en": "draft"},
    "criteria_status.custom": {"lv": "pašu veidota", "en": "custom"},
    "chart_title": {"lv": "Jomu profils", "en": "Profile by dimension"},
    "chart_desc": {
        "lv": "Zirnekļtīkla diagramma: katras jomas rezultāts procentos.",
        "en": "Spider-web chart: each dimension's score in percent.",
    },
    "of": {"lv": "no", "en": "of"},
    "gate": {"lv": "obligātais", "en": "must-pass"},
    "needed": {"lv": "nepieciešams", "en": "needed"},
    "met_count": {"lv": "izpildīti {met} no {total}", "en": "{met} of {total} met"},
    "path_title": {"lv": "Ceļš uz nākamo līmeni", "en": "The path to the next tier"},
    "path_intro": {
        "lv": "Mazākais soļu skaits, ar ko ciems sasniegtu līmeni “{tier}” (solis "
        "ir viens līmenis, viena josla, viena papildu iespēja, iniciatīva vai "
        "tās īpašība, viens pievienots pierādījums). Vispirms obligātie "
        "kritēriji, tad lielākais ieguvums par soli:",
        "en": "The fewest steps that would lift the village to “{tier}” (a step is "
        "one level, one band, one more option, initiative or property of one, "
        "or one piece of evidence). Unmet gates first, then the most gain per "
        "step:",
    },
    "steps_one": {"lv": "{n} solis", "en": "{n} step"},
    "steps_many": {"lv": "{n} soļi", "en": "{n} steps"},
    "path_after": {
        "lv": "Pēc šiem {n} soļiem kopvērtējums būtu {percent}.",
        "en": "After these {n} steps the overall score would be {percent}.",
    },
    "path_after_one": {
        "lv": "Pēc šī soļa kopvērtējums būtu {percent}.",
        "en": "After this step the overall score would be {percent}.",
    },
    "path_not_minimal": {
        "lv": "(Soļu skaits var nebūt mazākais iespējamais.)",
        "en": "(The number of steps may not be the fewest possible.)",
    },
    "path.no_better_answer": {
        "lv": "Līmeni “{tier}” ar šīm atbildēm sasniegt nevar: "
        "kritērijos {ids} nav atbilžu, ko uzlabot (visi jautājumi "
        "nav attiecināmi).",
        "en": "“{tier}” cannot be reached with these answers: criteria "
        "{ids} have no answer left to improve (every question is "
        "not applicable).",
    },
    "path.beyond_reach": {
        "lv": "Līmeni “{tier}” nevar sasniegt pat ar labāko atbildi uz katru jautājumu.",
        "en": "“{tier}” cannot be reached even with the best answer to every question.",
    },
    "step": {"lv": "Solis", "en": "Step"},
    "path.at_least": {"lv": "vismaz {value}", "en": "at least {value}"},
    "path.new_initiative": {"lv": "jauna iniciatīva", "en": "new initiative"},
    "now": {"lv": "Tagad", "en": "Now"},
    "change": {"lv": "Izmaiņa", "en": "Change"},
    "gain_points": {"lv": "+ punkti", "en": "+ points"},
    "gain_col": {"lv": "Ieguvums", "en": "Gain"},
    "gain_percent": {"lv": "+ kopvērtējumam", "en": "+ overall"},
    "serves": {"lv": "Palīdz izpildīt", "en": "Serves"},
    "serves.min_percent": {"lv": "kopvērtējums", "en": "overall score"},
    "serves.min_dimension_percent": {"lv": "joma “{target}”", "en": "dimension “{target}”"},
    "serves.all_gates": {
        "lv": "obligātais kritērijs “{target}”",
        "en": "must-pass criterion “{target}”",
    },
    "serves.all_criteria": {"lv": "kritērijs “{target}”", "en": "criterion “{target}”"},
    "serves.evidence_complete": {"lv": "pierādījumi", "en": "evidence"},
    "kind.answer": {"lv": "atbildēt", "en": "answer"},
    "kind.raise": {"lv": "uzlabot", "en": "improve"},
    "kind.add_evidence": {"lv": "pievienot pierādījumu", "en": "attach evidence"},
    "plus_evidence": {"lv": "un pievienot pierādījumu", "en": "and attach evidence"},
    "no_answer": {"lv": "nav atbildēts", "en": "unanswered"},
    "na_answer": {"lv": "nav attiecināms", "en": "not applicable"},
    "evidence_title": {"lv": "Pierādījumi", "en": "Evidence"},
    "evidence": {"lv": "Pierādījumi", "en": "Evidence"},
    "evidence_summary": {
        "lv": "Pierādījumi pievienoti {with_evidence} no {claims} "
        "apgalvojumiem (atbildēm, kas dod punktus); {need} no tiem "
        "pierādījumi ir obligāti.",
        "en": "{with_evidence} of {claims} claims (answers that earn points) "
        "carry evidence; {need} of them require it.",
    },
    "evidence_missing_list": {
        "lv": "Pierādījumi obligāti, bet nav pievienoti ({n}):",
        "en": "Evidence required but missing ({n}):",
    },
    "evidence_complete": {
        "lv": "Visiem apgalvojumiem, kam pierādījumi obligāti, tie ir pievienoti.",
        "en": "Every claim that requires evidence has it.",
    },
    "evidence_recommended_list": {
        "lv": "Pierādījumi ieteicami, bet nav pievienoti ({n}):",
        "en": "Evidence recommended but not given ({n}):",
    },
    "evidence_need.required": {"lv": "obligāti", "en": "required"},
    "evidence_need.recommended": {"lv": "ieteicami", "en": "recommended"},
    "evidence_need.none": {"lv": "nav vajadzīgi", "en": "not needed"},
    "evidence_lacking": {"lv": "trūkst pierādījuma", "en": "evidence missing"},
    "document": {"lv": "dokuments", "en": "document"},
    "recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "solutions_title": {
        "lv": "Ko šādos gadījumos darījuši citi ciemi",
        "en": "What other villages have done",
    },
    "challenge": {"lv": "Izaicinājums", "en": "Challenge"},
    "solution": {"lv": "Risinājums", "en": "Solution"},
    "source": {"lv": "Avots", "en": "Source"},
    "answers_by_dimension": {"lv": "Atbildes pa jomām", "en": "Answers by dimension"},
    "note": {"lv": "Piezīme", "en": "Note"},
    "notes": {"lv": "Piezīmes", "en": "Notes"},
    "disclaimer": {"lv": "Atruna", "en": "Disclaimer"},
    "weighting_equal": {
        "lv": "Katrs kritērijs veido {share} no kopvērtējuma.",
        "en": "Each criterion counts {share} of the overall score.",
    },
    "weighting_shares": {
        "lv": "Kritēriju daļa kopvērtējumā: {shares}.",
        "en": "Each criterion's share of the overall score: {shares}.",
    },
    "stance": {
        "lv": "Šis novērtējums ir spogulis kopienai un tās mentoram, veidots pēc "
        "publiskiem kritērijiem; tas nav spriedums un negarantē atpazīstamības "
        "zīmi — lēmumu pieņem žūrija.",
        "en": "This assessment is a mirror for the community and its mentor, built "
        "from public criteria; it is not a verdict and guarantees no sign — the "
        "jury decides.",
    },
    "reconstruction_note": {
        "lv": "Vērtēts pēc rekonstruētiem kritērijiem, nevis žūrijas lēmums.",
        "en": "Assessed against reconstructed criteria; not the jury's decision.",
    },
    "generated": {
        "lv": "Sagatavots {date} ar smartvillage {version}.",
        "en": "Made on {date} with smartvillage {version}.",
    },
    "digest": {"lv": "Kritēriju kopas nospiedums", "en": "Criteria digest"},
    "warning.unanswered": {
        "lv": "{n} no {total} jautājumiem nav atbildēti un dod 0 punktu.",
        "en": "{n} of {total} questions are unanswered and count as 0 points.",
    },
    "warning.unanswered_one": {
        "lv": "{n} no {total} jautājumiem nav atbildēts un dod 0 punktu.",
        "en": "{n} of {total} questions is unanswered and counts as 0 points.",
    },
    "assessment_kind.self": {"lv": "pašnovērtējums", "en": "self-assessment"},
    "assessment_kind.mentor": {"lv": "mentora vērtējums", "en": "mentor's assessment"},
    "assessment_kind.jury": {"lv": "žūrijas vērtējums", "en": "jury's assessment"},
    "assessment_line": {
        "lv": "Vērtējums: {kind}; vērtētājs: {who}, {date}",
        "en": "Assessment: {kind}; assessor: {who}, {date}",
    },
    "answered_one": {"lv": "atbildēts", "en": "answered"},
    "unanswered_one": {"lv": "neatbildēts", "en": "unanswered"},
    "not_applicable_one": {"lv": "nav attiecināms", "en": "not applicable"},
    "status.met_many": {"lv": "izpildīti", "en": "met"},
    "warning.other_criteria": {
        "lv": "Anketa atbild kritērijiem {answers}, bet novērtēta pēc {scored}.",
        "en": "The questionnaire answers {answers} but was scored against {scored}.",
    },
    "warning.unknown_answers": {
        "lv": "Atbildes uz jautājumiem, kuru šajos kritērijos nav: {ids}.",
        "en": "Answers to questions these criteria do not have: {ids}.",
    },
    "summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "points_col": {"lv": "Punkti", "en": "Points"},
    "id": {"lv": "ID (skriptiem)", "en": "ID (for scripts)"},
    "title": {"lv": "Nosaukums", "en": "Title"},
    "max_points": {"lv": "maks. punkti", "en": "max points"},
    "status": {"lv": "Statuss", "en": "Status"},
    "weight": {"lv": "Svars", "en": "Weight"},
    "yes": {"lv": "jā", "en": "yes"},
    "no": {"lv": "nē", "en": "no"},
    "sheet.summary": {"lv": "Kopsavilkums", "en": "Summary"},
    "sheet.dimensions": {"lv": "Jomas", "en": "Dimensions"},
    "sheet.criteria": {"lv": "Kritēriji", "en": "Criteria"},
    "sheet.answers": {"lv": "Atbildes", "en": "Answers"},
    "sheet.path": {"lv": "Ceļš uz nākamo līmeni", "en": "Path to next tier"},
    "sheet.recommendations": {"lv": "Ieteikumi", "en": "Recommendations"},
    "value": {"lv": "Vērtība", "en": "Value"},
    "item": {"lv": "Rādītājs", "en": "Item"},
    # --- compare --------------------------------------------------------------------
    "compare.title.progress": {"lv": "Ciema izaugsme", "en": "Progress"},
    "compare.title.assessors": {"lv": "Vērtētāju salīdzinājums", "en": "Assessors compared"},
    "compare.mode.progress": {
        "lv": "Viens ciems divos laikos (izaugsme).",
        "en": "The same village at two dates (progress).",
    },
    "compare.mode.assessors": {
        "lv": "Viens ciems, divi vērtētāji: kur viņu vērtējumi atšķiras.",
        "en": "The same village, two assessors: where they disagree.",
    },
    "compare.old": {"lv": "Iepriekš", "en": "Before"},
    "compare.new": {"lv": "Tagad", "en": "Now"},
    "compare.first": {"lv": "Pirmais", "en": "First"},
    "compare.second": {"lv": "Otrais", "en": "Second"},
    "compare.difference": {"lv": "Starpība", "en": "Difference"},
    "compare.tier_up": {
        "lv": "Līmenis paaugstinājies: {old} → {new}.",
        "en": "Tier up: {old} → {new}.",
    },
    "compare.tier_down": {
        "lv": "Līmenis pazeminājies: {old} → {new}.",
        "en": "Tier down: {old} → {new}.",
    },
    "compare.tier_same": {"lv": "Līmenis nav mainījies: {tier}.", "en": "Tier unchanged: {tier}."},
    "compare.tier_differ": {
        "lv": "Līmeņi atšķiras: {old} un {new}.",
        "en": "The tiers differ: {old} and {new}.",
    },
    "compare.tier_agree": {
        "lv": "Abi vērtētāji nonāk pie viena līmeņa: {tier}.",
        "en": "Both assessors reach the same tier: {tier}.",
    },
    "compare.newly_met": {"lv": "Kritēriji, kas tagad izpildīti", "en": "Criteria newly met"},
    "compare.lost": {"lv": "Kritēriji, kas vairs nav izpildīti", "en": "Criteria no longer met"},
    "compare.status_differ": {
        "lv": "Kritēriji, par kuru izpildi vērtētāji nav vienisprātis",
        "en": "Criteria the assessors judge differently",
    },
    "compare.none": {"lv": "nav", "en": "none"},
    "compare.questions.progress": {"lv": "Mainītās atbildes", "en": "Answers that changed"},
    "compare.questions.assessors": {
        "lv": "Kur vērtētāji nav vienisprātis (lielākās atšķirības vispirms)",
        "en": "Where the assessors disagree (largest first)",
    },
    "compare.agreement": {
        "lv": "Vienādi punkti {same} no {total} jautājumiem.",
        "en": "{same} of {total} questions scored the same.",
    },
    "compare.no_changes": {
        "lv": "Neviena atbilde nav mainījusies.",
        "en": "No answer has changed.",
    },
    "compare.criteria_differ": {
        "lv": "UZMANĪBU: novērtējumi veikti pēc dažādiem "
        "kritērijiem ({old} un {new}), tāpēc tie nav tieši "
        "salīdzināmi. Lai salīdzinātu pēc vienas kopas, "
        "norādiet --criteria ID@VERSIJA.",
        "en": "WARNING: the assessments were scored against different "
        "criteria ({old} and {new}), so they are not directly "
        "comparable. To compare them on one set, give --criteria "
        "ID@VERSION.",
    },
    "compare.villages_differ": {
        "lv": "Salīdzināti dažādi ciemi: {old} un {new}.",
        "en": "Two different villages are compared: {old} and {new}.",
    },
    "compare.missing": {"lv": "nav šajā kopā", "en": "not in this set"},
}
