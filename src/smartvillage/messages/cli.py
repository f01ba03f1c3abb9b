"""What the commands say on stderr (and migrate on stdout): what was written, summaries,
and refusals of options. Read with ``cli.common.say`` in the session language; a few are
made below the CLI as coded messages (``criteria.source_*`` by ``catalog.lint``, the
criteria look-up problems by ``io.criteria``, compare's warnings by ``scoring.compare``)."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "internal_error": {
        "lv": "iekšēja kļūda: {error}\nTā ir kļūda smartvillage programmā; lūdzu, ziņojiet "
        "par to, norādot komandu, ko palaidāt.",
        "en": "internal error: {error}\nThis is a bug in smartvillage; please report it with "
        "the command you ran.",
    },
    "interrupted": {"lv": "pārtraukts", "en": "interrupted"},
    "wrote": {"lv": "ierakstīts {path}", "en": "wrote {path}"},
    "shadows_bundled": {
        "lv": "{ref} tiek ņemts no {path}, kas aizsedz programmā iekļauto kopu",
        "en": "{ref} is taken from {path}, which hides the bundled set",
    },
    "shadows": {
        "lv": "{ref} tiek ņemts no {path}, kas aizsedz {hidden}",
        "en": "{ref} is taken from {path}, which hides {hidden}",
    },
    # validate
    "validate.ok": {"lv": "derīgs: {file}", "en": "ok: {file}"},
    "validate.summary": {
        "lv": "pārbaudīti faili: {files}; derīgi: {valid}, nederīgi: {invalid}; problēmas: {n}",
        "en": "files checked: {files}; valid: {valid}, invalid: {invalid}; problems: {n}",
    },
    # batch
    "batch.summary": {
        "lv": "nolasītas ciemu rindas: {rows} (faili: {files}); novērtētas: {scored}, "
        "noraidītas: {rejected}",
        "en": "village rows read: {rows} (files: {files}); scored: {scored}, rejected: {rejected}",
    },
    "batch.blank": {
        "lv": "; izlaistas tukšas rindas: {blank}",
        "en": "; blank rows skipped: {blank}",
    },
    "batch.below": {
        "lv": "ciemi zem līmeņa {tier}: {n}",
        "en": "villages below {tier}: {n}",
    },
    "batch.nothing_scored": {
        "lv": "neko nevarēja novērtēt",
        "en": "nothing could be scored",
    },
    "batch.more_problems": {
        "lv": "… un vēl {n} problēmas; visas ir izvadē",
        "en": "… and {n} more problems: see the errors in the output",
    },
    "batch.more_problems_one": {
        "lv": "… un vēl {n} problēma; visas ir izvadē",
        "en": "… and {n} more problem: see the errors in the output",
    },
    "batch.xlsx_needs_output": {
        "lv": "XLSX darbgrāmatai nepieciešams --output FAILS.xlsx",
        "en": "an XLSX workbook needs --output FILE.xlsx",
    },
    "batch.delimiter": {
        "lv": "--delimiter: gaidīta viena rakstzīme, saņemts '{got}'",
        "en": "--delimiter: expected one character, got '{got}'",
    },
    "batch.onto_input": {
        "lv": "rezultātus nevar ierakstīt ievades failā {path}; izvēlieties citu --output",
        "en": "refusing to write the output onto the input {path}; choose another --output",
    },
    "batch.suggest_one": {
        "lv": "--suggest-mapping nolasa vienu CSV vai XLSX failu",
        "en": "--suggest-mapping reads one CSV or XLSX file",
    },
    "batch.suggest_unreadable": {
        "lv": "{path}: nav nolasāma CSV vai XLSX tabula",
        "en": "{path}: not a CSV or XLSX table that can be read",
    },
    "batch.writing": {"lv": "raksta {path} …", "en": "writing {path} ..."},
    # outputs of score and compare
    "output.format_conflict": {
        "lv": "--output {path}: paplašinājums nozīmē formātu {chosen}, bet --format ir {fmt}; "
        "mainiet paplašinājumu vai nenorādiet --format",
        "en": "--output {path}: the extension means {chosen} but --format is {fmt}; change the "
        "extension or leave out --format",
    },
    "output.stdout_twice": {
        "lv": "--output: standarta izvade (-) norādīta vairāk nekā vienreiz",
        "en": "--output: stdout (-) is given more than once",
    },
    "output.stdout": {"lv": "standarta izvade", "en": "stdout"},
    "output.not_written": {
        "lv": "{where}: šī komanda raksta {formats}, nevis {chosen}",
        "en": "{where}: this command writes {formats}, not {chosen}",
    },
    "output.twice": {
        "lv": "--output {path} norādīts vairāk nekā vienreiz",
        "en": "--output {path} is given more than once",
    },
    "output.binary_terminal": {
        "lv": "{fmt} ir binārs formāts, un standarta izvade ir terminālis; ierakstiet to failā "
        "ar --output FAILS.{fmt} (vai novirziet standarta izvadi)",
        "en": "{fmt} is a binary format and stdout is a terminal; write it to a file with "
        "--output FILE.{fmt} (or redirect stdout)",
    },
    # score
    "fail_under.unknown": {
        "lv": "--fail-under: kritēriju kopā {ref} nav līmeņa '{tier}'; gaidīts viens no: {tiers}",
        "en": "--fail-under: no tier '{tier}' in {ref}; expected one of: {tiers}",
    },
    "score.below": {
        "lv": "ciems nesasniedz līmeni „{label}” ({tier}): sasniegtais līmenis – "
        "„{reached_label}” ({reached})",
        "en": "below {label} ({tier}): the village reached {reached_label} ({reached})",
    },
    # compare
    "compare.report_with_criteria": {
        "lv": "{path} ir pārskats: to nevar novērtēt vēlreiz ar --criteria; norādiet tā anketu",
        "en": "{path} is a report: it cannot be scored again with --criteria; give its "
        "questionnaire instead",
    },
    "compare.two_stdin": {
        "lv": "no standarta ievades (-) var nolasīt tikai vienu no OLD un NEW",
        "en": "only one of OLD and NEW can be read from stdin (-)",
    },
    "compare.two_sets": {"lv": "{a} un {b}", "en": "{a} and {b}"},
    "compare.other_content": {
        "lv": "{ref} ar atšķirīgu saturu",
        "en": "{ref} with different content",
    },
    "compare.tool_versions": {
        "lv": "; pārskatus veidojušas smartvillage versijas {a} un {b}, kas vienu un to pašu "
        "failu var nolasīt atšķirīgi",
        "en": "; the reports were made by smartvillage {a} and {b}, which may read the same "
        "file differently",
    },
    "compare.different_criteria": {
        "lv": "pārskati novērtēti pēc atšķirīgiem kritērijiem ({what}); tos nevar tieši "
        "salīdzināt. Norādiet --criteria ID@VERSIJA, lai abus novērtētu pēc vienas kopas",
        "en": "the reports were scored against different criteria ({what}); they are not "
        "directly comparable. Give --criteria ID@VERSION to score both against one set",
    },
    "compare.different_villages": {
        "lv": "tiek salīdzināti divi dažādi ciemi: {a} un {b}",
        "en": "two different villages are compared: {a} and {b}",
    },
    # assess
    "assess.no_dash": {
        "lv": "assess saglabā FILE pēc katras atbildes; norādiet faila nosaukumu, nevis -",
        "en": "assess saves to FILE after every answer; give a file name, not -",
    },
    "assess.not_a_terminal": {
        "lv": "standarta ievade nav terminālis, bet assess uzdod jautājumus pa vienam. "
        "Palaidiet to terminālī vai apzināti padodiet atbildes ar --from-stdin (viena "
        "atbilde rindā, tā, kā tās rakstītu; sk. smartvillage assess --help).",
        "en": "standard input is not a terminal, and assess asks its questions one by one. "
        "Run it in a terminal, or pipe answers in on purpose with --from-stdin (one answer "
        "per line, as you would type them; see smartvillage assess --help).",
    },
    "assess.other_criteria": {
        "lv": "{file} atbild kritēriju kopai {answers}, bet --criteria norāda {ref}; "
        "nenorādiet --criteria, lai turpinātu ar anketas kritēriju kopu",
        "en": "{file} answers {answers}, but --criteria gives {ref}; leave out --criteria "
        "to continue with the questionnaire's own set",
    },
    "assess.saved_before": {
        "lv": "viss, kas bija pirms tās, ir saglabāts failā {file}",
        "en": "everything before it is saved in {file}",
    },
    # template
    "template.xlsx_terminal": {
        "lv": "XLSX darbgrāmata ir binārs fails: norādiet --output FAILS (vai novirziet "
        "standarta izvadi)",
        "en": "an XLSX workbook is binary: give --output FILE (or redirect stdout)",
    },
    # migrate
    "migrate.carried": {
        "lv": "pārnestas {n} atbildes no {source} uz {target}",
        "en": "carried: {n} answers from {source} to {target}",
    },
    "migrate.carried_one": {
        "lv": "pārnesta {n} atbilde no {source} uz {target}",
        "en": "carried: {n} answer from {source} to {target}",
    },
    "migrate.dropped": {
        "lv": "atmesta atbilde uz {question}: {reason}",
        "en": "dropped: {question}: {reason}",
    },
    "migrate.needs_answer": {
        "lv": "nepieciešama atbilde: {question}",
        "en": "needs an answer: {question}",
    },
    "migrate.wrote": {
        "lv": "ierakstīts {path}; pārnestas atbildes: {carried}, atmestas: {dropped}, "
        "jāatbild: {needs}",
        "en": "wrote {path}: {carried} carried, {dropped} dropped, {needs} to answer",
    },
    # criteria
    "criteria.no_folder": {
        "lv": "šādas kritēriju mapes nav (norādīta ar --criteria-dir)",
        "en": "no such criteria folder (given with --criteria-dir)",
    },
    "criteria.no_file": {"lv": "šāda kritēriju faila nav", "en": "no such criteria file"},
    "criteria.bad_ref": {
        "lv": "gaidīta kritēriju kopa formā ID@VERSIJA (piemēram, viedais-ciems@2024), ID vai "
        "faila ceļš",
        "en": "expected a criteria set as ID@VERSION (e.g. viedais-ciems@2024), ID, or a file path",
    },
    "criteria.not_found": {
        "lv": "kritēriju kopa '{ref}' nav atrasta; zināmās kopas: {known}",
        "en": "no criteria set '{ref}' found; known sets: {known}",
    },
    "criteria.hidden_by": {"lv": "to aizsedz kopa no: {origin}", "en": "hidden by {origin}"},
    "criteria.hides": {"lv": "aizsedz kopu no: {origin}", "en": "hides the set from {origin}"},
    "criteria.bundled": {"lv": "programmā iekļautās", "en": "bundled"},
    "criteria.file_says": {"lv": "failā norādīts {ref}", "en": "the file says {ref}"},
    "criteria.invalid": {"lv": "nederīga: {problem}", "en": "invalid: {problem}"},
    "criteria.found": {
        "lv": "atrastas {n} kritēriju kopu versijas",
        "en": "{n} criteria set versions found",
    },
    "criteria.found_one": {
        "lv": "atrasta {n} kritēriju kopas versija",
        "en": "{n} criteria set version found",
    },
    "criteria.ok": {"lv": "kārtībā: {file} — {weighting}", "en": "ok: {file} — {weighting}"},
    "criteria.check_summary": {
        "lv": "pārbaudīti faili: {files}; kārtībā: {sound}, ar kļūdām: {bad}; problēmas: {n}",
        "en": "files checked: {files}; sound: {sound}, with problems: {bad}; problems: {n}",
    },
    "criteria.source_no_url": {
        "lv": "avotam '{source}' nav URL vai DOI",
        "en": "source '{source}' has no URL or DOI",
    },
    "criteria.source_home_page": {
        "lv": "avots '{source}' norāda uz vietnes sākumlapu ({url}), nevis uz lapu, ko tas citē",
        "en": "source '{source}' points at a home page ({url}), not at the page it cites",
    },
}
