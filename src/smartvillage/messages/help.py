"""The ``--help`` of every command, option and argument, with examples and exit codes.

Read by ``cli/help.py``, which puts these texts into the help Click shows. A command's
help is ``<path>`` (its description: paragraphs separated by a blank line),
``<path>.examples`` (one command a line) and an exit-codes paragraph (``exit.*``); an
option's or argument's help is ``<path>.<parameter>``, else ``<group>.<parameter>``, else
``option.<parameter>`` (the options every command shares). ``lib.*`` are the words of the
help layout itself (usage, panel titles, defaults), which Click and Typer print in English.
Paths: ``app`` is ``smartvillage`` itself; ``criteria.list`` is ``smartvillage criteria
list``. Metavars (FILE, ID@VERSION), option names, values (table, on_the_way) and the
example commands stay as the command line spells them.
"""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # -- the layout of a help page ------------------------------------------------------
    "lib.usage": {"lv": "Lietojums: ", "en": "Usage: "},
    "lib.options_metavar": {"lv": "[OPCIJAS]", "en": "[OPTIONS]"},
    "lib.subcommand_metavar": {"lv": "KOMANDA [ARGUMENTI]...", "en": "COMMAND [ARGS]..."},
    "lib.arguments": {"lv": "Argumenti", "en": "Arguments"},
    "lib.options": {"lv": "Opcijas", "en": "Options"},
    "lib.commands": {"lv": "Komandas", "en": "Commands"},
    "lib.default": {"lv": "noklusējums: {default}", "en": "default: {default}"},
    "lib.env_var": {"lv": "vides mainīgais: {var}", "en": "env var: {var}"},
    "lib.required": {"lv": "obligāts", "en": "required"},
    "lib.rich_default": {"lv": "[noklusējums: {value}]", "en": "[default: {value}]"},
    "lib.rich_env_var": {"lv": "[vides mainīgais: {value}]", "en": "[env var: {value}]"},
    "lib.rich_required": {"lv": "[obligāts]", "en": "[required]"},
    "examples": {"lv": "Piemēri:", "en": "Examples:"},
    # -- exit codes ---------------------------------------------------------------------
    "exit.common": {
        "lv": "Izejas kodi: 0 – izdevās; 2 – ievaddatus nevarēja nolasīt vai tie nav derīgi; "
        "3 – iekšēja kļūda.",
        "en": "Exit codes: 0 done; 2 an input could not be read or is invalid; 3 an internal "
        "error.",
    },
    "exit.score": {
        "lv": "Izejas kodi: 0 – izdevās; 1 – ciems nesasniedz --fail-under līmeni (komandai "
        "batch – daļa rindu ir noraidīta); 2 – ievaddatus nevarēja nolasīt vai tie nav "
        "derīgi; 3 – iekšēja kļūda.",
        "en": "Exit codes: 0 done; 1 the village is below --fail-under (or, for batch, some "
        "rows were rejected); 2 an input could not be read or is invalid; 3 an internal error.",
    },
    "exit.validate": {
        "lv": "Izejas kodi: 0 – visi faili ir derīgi; 2 – kāds fails nav derīgs; 3 – iekšēja "
        "kļūda.",
        "en": "Exit codes: 0 every file is valid; 2 any is not; 3 an internal error.",
    },
    "exit.criteria_check": {
        "lv": "Izejas kodi: 0 – visi faili ir kārtībā; 2 – kādā failā ir kļūdas; 3 – iekšēja "
        "kļūda.",
        "en": "Exit codes: 0 every file is sound; 2 any is not; 3 an internal error.",
    },
    "exit.batch": {
        "lv": "Izejas kodi: 0 – novērtētas visas rindas; 1 – daļa rindu ir noraidīta "
        "(rezultāti tomēr ir ierakstīti) vai kāds ciems nesasniedz --fail-under līmeni; "
        "2 – neko nevarēja novērtēt, vai kādu opciju vai ievadi nevar izmantot; 3 – iekšēja "
        "kļūda.",
        "en": "Exit codes: 0 every row scored; 1 some rows were rejected (the results are "
        "still written) or a village is below --fail-under; 2 nothing could be scored, or "
        "an option or input is unusable; 3 an internal error.",
    },
    "exit.assess": {
        "lv": "Izejas kodi: 0 – pabeigts vai pārtraukts, viss saglabāts; 2 – FILE vai "
        "kritērijus nevar izmantot, standarta ievade nav terminālis (bez --from-stdin) vai "
        "padotā atbilde neder; 130 – Ctrl-C (pēc saglabāšanas).",
        "en": "Exit codes: 0 done, or quit with everything saved; 2 FILE or the criteria "
        "cannot be used, standard input is not a terminal (without --from-stdin), or a piped "
        "answer does not fit; 130 Ctrl-C (after saving).",
    },
    # -- options every command shares ---------------------------------------------------
    "option.help": {"lv": "Parādīt šo palīdzību un beigt.", "en": "Show this message and exit."},
    "option.version": {"lv": "Parādīt versiju un beigt.", "en": "Show the version and exit."},
    "option.install_completion": {
        "lv": "Uzstādīt komandu papildināšanu ar tabulācijas taustiņu pašreizējai čaulai.",
        "en": "Install completion for the current shell.",
    },
    "option.show_completion": {
        "lv": "Parādīt papildināšanas skriptu pašreizējai čaulai, lai to nokopētu vai "
        "uzstādītu pašu rokām.",
        "en": "Show completion for the current shell, to copy it or customize the installation.",
    },
    "option.lang": {
        "lv": "Izvades (un šīs palīdzības) valoda: lv (latviešu) vai en (angļu).",
        "en": "Language of the output (and of this help): lv (Latvian) or en (English).",
    },
    "option.criteria": {
        "lv": "Izmantojamā kritēriju kopa: ID@VERSION, ID (jaunākā versija) vai faila ceļš. "
        "Noklusējums: kopa, ko norāda anketa.",
        "en": "Criteria set to use: ID@VERSION, ID (newest version) or a file path. "
        "Default: the set the questionnaire names.",
    },
    "option.criteria_dir": {
        "lv": "Mape ar jūsu pašu kritēriju kopām (<id>/<versija>.yaml), kurā meklē pirms "
        "programmā iekļautajām; var norādīt vairākkārt. Arī: $SMARTVILLAGE_CRITERIA_DIR.",
        "en": "A folder of your own criteria sets (<id>/<version>.yaml), searched before the "
        "bundled ones; may be given several times. Also: $SMARTVILLAGE_CRITERIA_DIR.",
    },
    "option.fmt": {
        "lv": "Izvades formāts standarta izvadei un tiem --output failiem, kuru paplašinājums "
        "formātu nenosaka (noklusējums: table).",
        "en": "Output format for stdout and for --output files whose extension names none "
        "(default: table).",
    },
    "option.output": {
        "lv": "Ierakstīt failā PATH, nevis standarta izvadē (pilnībā vai nemaz: pusgatavs "
        "fails nepaliek); var norādīt vairākkārt. Formātu nosaka paplašinājums: {extensions} "
        "(.txt ir tabula); citiem nosaukumiem – --format; - ir standarta izvade.",
        "en": "Write to PATH (atomically) instead of stdout; may be given several times. The "
        "format comes from the extension: {extensions} (.txt is the table); other names use "
        "--format; - is stdout.",
    },
    "option.csv_dialect": {
        "lv": "CSV programmai Excel Latvijā (excel-lv: atdalītājs ;, UTF-8 BOM, decimālkomats) "
        "vai skriptiem (rfc4180: atdalītājs ,, bez BOM, decimālpunkts). Noklusējums: excel-lv "
        "ar --lang lv, rfc4180 ar --lang en.",
        "en": "CSV for Excel in Latvia (excel-lv: ; separators, a UTF-8 BOM, decimal commas) "
        "or for scripts (rfc4180: , separators, no BOM, decimal points). Default: excel-lv "
        "with --lang lv, rfc4180 with --lang en.",
    },
    "option.as_json": {"lv": "Izvadīt JSON sarakstu.", "en": "Print a JSON list."},
    # -- smartvillage -------------------------------------------------------------------
    "app": {
        "lv": "Novērtē ciema pašnovērtējumu pēc versijās glabātiem kritērijiem un parāda, cik "
        "tuvu ciems ir zīmei „Viedais ciems”.\n\n"
        "Palīdzība ir latviski ar SMARTVILLAGE_LANG=lv vai --lang lv, citādi – angliski. "
        "Katrai komandai ir sava palīdzība: smartvillage KOMANDA --help.",
        "en": "Score a village's Smart Village self-assessment against versioned criteria and "
        'report how ready it is for the "Viedais ciems" recognition.\n\n'
        "Help is in Latvian with SMARTVILLAGE_LANG=lv or --lang lv, in English otherwise. "
        "Every command has its own: smartvillage COMMAND --help.",
    },
    "app.examples": {
        "lv": "smartvillage score examples/zilitkalni.yaml\n"
        "smartvillage assess ciems.yaml\n"
        "smartvillage batch ciemi.xlsx --output rezultati.xlsx\n"
        "SMARTVILLAGE_LANG=lv smartvillage score --help",
        "en": "smartvillage score examples/zilitkalni.yaml --lang en\n"
        "smartvillage assess village.yaml --lang en\n"
        "smartvillage batch villages.xlsx --output results.xlsx --lang en\n"
        "smartvillage score --help",
    },
    # -- score --------------------------------------------------------------------------
    "score": {
        "lv": "Novērtē anketu un parāda līmeni, jomas, obligātos kritērijus, ceļu uz nākamo "
        "līmeni un lielākās nepilnības.",
        "en": "Score a questionnaire and show the tier, dimensions, gates, the path to the "
        "next tier and the biggest gaps.",
    },
    "score.examples": {
        "lv": "smartvillage score examples/zilitkalni.yaml\n"
        "smartvillage score ciems.yaml --lang en --format json --output parskats.json\n"
        "smartvillage score ciems.yaml -o parskats.html -o parskats.md -o parskats.xlsx\n"
        "smartvillage score ciems.yaml --format md > parskats.md\n"
        "smartvillage score ciems.yaml --fail-under on_the_way",
        "en": "smartvillage score examples/zilitkalni.yaml --lang en\n"
        "smartvillage score village.yaml --lang en --format json --output report.json\n"
        "smartvillage score village.yaml -o report.html -o report.md -o report.xlsx\n"
        "smartvillage score village.yaml --format md > report.md\n"
        "smartvillage score village.yaml --fail-under on_the_way",
    },
    "score.file": {
        "lv": "Anketa (YAML vai JSON); - nolasa standarta ievadi.",
        "en": "Questionnaire (YAML or JSON); - reads stdin.",
    },
    "score.fail_under": {
        "lv": "Beigt ar izejas kodu 1, ja ciems nesasniedz šo līmeni (līmeņa ID, piemēram, "
        "sign, on_the_way).",
        "en": "Exit 1 when the village is below this tier (a tier id such as sign, on_the_way).",
    },
    "score.details": {
        "lv": "Parādīt katru atbildi ar tās noteikumu un punktiem (formātā table; md, html, "
        "xlsx un csv tās ir vienmēr), kā arī jautājumu un kritēriju ID skriptu autoriem, "
        "atzīmētus kā ID (table, md, html, xlsx).",
        "en": "Show every answer with its rule and points (table format; md, html, xlsx and "
        "csv always have them), and the ids of questions and criteria for a script author, "
        "marked as ids (table, md, html, xlsx).",
    },
    # -- compare ------------------------------------------------------------------------
    "compare": {
        "lv": "Salīdzina divus vērtējumus: ciema izaugsmi vai pašnovērtējumu ar mentora "
        "vērtējumu.\n\n"
        "Izaugsmes salīdzinājums parāda līmeņa maiņu, izmaiņas katrā jomā un kritērijā, no "
        "jauna izpildītos un vairs neizpildītos kritērijus un mainītās atbildes. Vērtētāju "
        "salīdzinājums parāda, kur abi vērtējumi atšķiras, jautājumu pēc jautājuma, sākot ar "
        "lielāko atšķirību. Vērtējumus pēc dažādām kritēriju kopām salīdzina ar brīdinājumu "
        "(gan ekrānā, gan izvadē); ar --criteria abas anketas novērtē pēc vienas kopas.",
        "en": "Compare two assessments: a village's progress, or self-assessment against "
        "mentor.\n\n"
        "Progress shows the tier change, the change per dimension and criterion, the criteria "
        "newly met or lost and the answers that changed. Assessors shows where the two "
        "assessments disagree, question by question, largest difference first. Assessments "
        "scored against different criteria are compared with a warning (on stderr and in "
        "the output); --criteria scores both questionnaires against one set.",
    },
    "compare.examples": {
        "lv": "smartvillage compare ciems-2023.yaml ciems-2024.yaml\n"
        "smartvillage compare pasnovertejums.yaml mentors.yaml -o salidzinajums.html\n"
        "smartvillage compare vecais.yaml jaunais.yaml --criteria viedais-ciems@2024 "
        "--format json",
        "en": "smartvillage compare village-2023.yaml village-2024.yaml --lang en\n"
        "smartvillage compare self.yaml mentor.yaml --lang en -o compare.html -o compare.md\n"
        "smartvillage compare old.yaml new.yaml --criteria viedais-ciems@2024 --format json",
    },
    "compare.old": {
        "lv": "Agrākā (vai pirmā vērtētāja) anketa vai pārskats JSON formātā; - nolasa "
        "standarta ievadi.",
        "en": "The earlier (or first assessor's) questionnaire, or a report JSON; - reads stdin.",
    },
    "compare.new": {
        "lv": "Vēlākā (vai otrā vērtētāja) anketa vai pārskats JSON formātā.",
        "en": "The later (or second assessor's) questionnaire, or a report JSON.",
    },
    "compare.mode": {
        "lv": "auto: vērtētāju salīdzinājums (assessors), ja ciems ir tas pats, bet vērtētāja "
        "veids (pašnovērtējums, mentors, žūrija) atšķiras; citādi – izaugsme (progress).",
        "en": "auto: an assessors comparison when the village is the same and the kind of "
        "assessor (self, mentor, jury) differs; otherwise progress.",
    },
    # -- assess -------------------------------------------------------------------------
    "assess": {
        "lv": "Aizpilda anketu jautājumu pa jautājumam terminālī kopā ar mentoru.\n\n"
        "Izveido FILE, ja tā vēl nav (vispirms jautā ciema profilu), vai turpina to no pirmā "
        "neatbildētā jautājuma. Var turpināt arī failu, kas izveidots ar 'smartvillage "
        "template': vispirms tiek jautāts profils (Enter patur failā ierakstīto), un faila "
        "kritēriju kopa un atbildes tiek paturētas. Katra atbilde tiek saglabāta uzreiz, "
        "tāpēc Ctrl-C vai aizvērts terminālis var zaudēt augstākais tikko rakstīto rindu; "
        "FILE paliek parasta anketa, ko nolasa score un validate. Fails pirmo reizi tiek "
        "ierakstīts, kad profils ir aizpildīts (nepieciešami ciema nosaukums un datums).\n\n"
        "\b\n"
        "Jebkurā uzaicinājumā (vesela rinda; latviski vai angliski):\n"
        "  ?   !help  !palīdzība     palīdzība un jautājuma skaidrojums\n"
        "  <   !back  !atpakaļ       iepriekšējais jautājums (lai mainītu atbildi)\n"
        "  >   !skip  !izlaist       izlaist; atbilde paliek, kāda bija\n"
        "  n/a !na  nav attiecināms  nav attiecināms (kur jautājums to pieļauj)\n"
        "  !note TEKSTS  !piezīme    piezīme pie jautājuma (- to izdzēš)\n"
        "  !progress  !gaita         atbildēto skaits no visiem, pa jomām\n"
        "  !report  !atskaite        pašreizējais vērtējums\n"
        "  :q  !quit  !beigt         beigt; viss atbildētais ir saglabāts (arī Ctrl-D)\n\n"
        "Enter patur saglabāto atbildi. Izvēle: tās numurs sarakstā, nosaukums (latviski vai "
        "angliski, ar lielajiem vai mazajiem burtiem, garumzīmes var nelikt) vai ID. Vairākas "
        "izvēles: numuri, nosaukumi vai ID, atdalīti ar komatiem; - nozīmē „neviena”. "
        "Iniciatīvas: nosaukums, pēc tam tās īpašības; tukšs nosaukums beidz sarakstu. "
        "Pierādījumi: saite vai dokumenta nosaukums, pēc tam tas, ko tas pierāda; Enter to "
        "izlaiž (trūkstošs obligātais pierādījums tad tiek atzīmēts vērtējumā). Ieteicamos "
        "pierādījumus piedāvā vienreiz katram kritērijam. Datumi: 14.05.2024. vai "
        "2024-05-14. Ja pārskatīšana ar --review tika pārtraukta, tā turpinās tur, kur "
        "apstājās.\n\n"
        "Padotas atbildes (--from-stdin): viena rinda katram uzaicinājumam, tieši tā, kā to "
        "rakstītu sesijā: 11 profila rindas (tukša rinda patur noklusējumu vai atstāj lauku "
        "tukšu), ja FILE ir jauns vai veidne, tad pa vienai atbildei uz katru jautājumu tādā "
        "secībā, kādā tie tiek uzdoti, tad pierādījumu rindas, kur tās tiek prasītas. "
        "Uzaicinājumi un sesijas pieraksts tiek izvadīti standarta kļūdu izvadē.",
        "en": "Fill in a questionnaire question by question, with a mentor, in the terminal."
        "\n\n"
        "Creates FILE when it does not exist (asking the village profile first), or continues "
        "it at the first unanswered question. A file made by 'smartvillage template' is "
        "continued too: the profile is asked first (Enter keeps what the file has), and its "
        "criteria set and answers are kept. Every answer is saved at once (atomically), so "
        "Ctrl-C or a closed terminal loses at most the line being typed; FILE stays a normal "
        "questionnaire that score and validate read. The file is first written when the "
        "profile is complete (the village name and the date are needed).\n\n"
        "\b\n"
        "At any prompt (a whole line; Latvian or English):\n"
        "  ?   !help  !palīdzība     help, and what the question means\n"
        "  <   !back  !atpakaļ       the previous question (change an answer)\n"
        "  >   !skip  !izlaist       skip; the answer stays as it was\n"
        "  n/a !na  nav attiecināms  not applicable (where the question allows it)\n"
        "  !note TEXT  !piezīme      a note on the question (- removes it)\n"
        "  !progress  !gaita         answered of total, per dimension\n"
        "  !report  !atskaite        the current score\n"
        "  :q  !quit  !beigt         quit; everything answered is saved (also Ctrl-D)\n\n"
        "Enter keeps a saved answer. A choice: its number as listed, its label (Latvian or "
        "English, any case, long vowels optional) or its id. Several choices: numbers, labels "
        "or ids with commas, - for none. Initiatives: a name, then its properties; an empty "
        "name ends the list. Evidence: a link or a document name, then what it shows; Enter "
        "skips it (a required one is then flagged in the score). Recommended evidence is "
        "offered once per criterion. Dates: 14.05.2024. or 2024-05-14. --review continues "
        "where an interrupted review stopped.\n\n"
        "Piped answers (--from-stdin): one line per prompt, exactly as typed in a session: "
        "the 11 profile lines (empty keeps the default or leaves the field empty) when FILE "
        "is new or a template, then one answer per question in the order asked, then the "
        "evidence lines where asked. Prompts and a transcript go to stderr.",
    },
    "assess.examples": {
        "lv": "smartvillage assess zilitkalni.yaml\n"
        "smartvillage assess zilitkalni.yaml --lang en --criteria viedais-ciems@2024\n"
        "smartvillage assess zilitkalni.yaml --review\n"
        "smartvillage assess ciems.yaml --from-stdin < atbildes.txt 2> sesija.log",
        "en": "smartvillage assess zilitkalni.yaml --lang en\n"
        "smartvillage assess zilitkalni.yaml --lang en --criteria viedais-ciems@2024\n"
        "smartvillage assess zilitkalni.yaml --lang en --review\n"
        "smartvillage assess village.yaml --from-stdin < answers.txt 2> session.log",
    },
    "assess.file": {
        "lv": "Anketa, ko izveidot vai turpināt (YAML; ar paplašinājumu .json – JSON).",
        "en": "The questionnaire to create or continue (YAML; .json writes JSON).",
    },
    "assess.from_stdin": {
        "lv": "Nolasīt atbildes no standarta ievades arī tad, ja tā nav terminālis, pa rindai "
        "katram uzaicinājumam; uzaicinājumi tiek izvadīti standarta kļūdu izvadē, un atbilde, "
        "kas neder, aptur darbu ar izejas kodu 2 (viss, kas bija pirms tās, ir saglabāts).",
        "en": "Read the answers from standard input even when it is not a terminal, one line "
        "per prompt; prompts go to stderr, and an answer that does not fit stops with exit 2 "
        "(everything before it is saved).",
    },
    "assess.review": {
        "lv": "Iet cauri visiem jautājumiem no pirmā, rādot saglabātās atbildes (Enter atbildi "
        "patur), nevis tikai neatbildētajiem; pārtraukta pārskatīšana turpinās tur, kur "
        "apstājās.",
        "en": "Go through every question from the first, showing the saved answers (Enter "
        "keeps one), instead of only the unanswered ones; a review that was interrupted "
        "continues where it stopped.",
    },
    # -- validate -----------------------------------------------------------------------
    "validate": {
        "lv": "Pārbauda anketas pēc to formāta un kritērijiem un uzskaita katru problēmu.\n\n"
        "Pie katras problēmas norādīts fails, rinda, lauks un tas, kas tika gaidīts.",
        "en": "Check questionnaires against their format and criteria; list every problem.\n\n"
        "Each problem names the file, the line, the field and what was expected.",
    },
    "validate.examples": {
        "lv": "smartvillage validate examples/*.yaml\nsmartvillage validate ciems.yaml --json",
        "en": "smartvillage validate examples/*.yaml --lang en\n"
        "smartvillage validate village.yaml --json --lang en",
    },
    "validate.files": {
        "lv": "Anketas (YAML vai JSON); - ir standarta ievade.",
        "en": "Questionnaires (YAML or JSON); - is stdin.",
    },
    "validate.as_json": {
        "lv": "Izvadīt problēmas kā JSON sarakstu standarta izvadē.",
        "en": "Print the problems as a JSON list on stdout.",
    },
    # -- template -----------------------------------------------------------------------
    "template": {
        "lv": "Izveido tukšu anketu vai ciemu tabulu ar visiem jautājumiem.\n\n"
        "YAML anketā ir katrs jautājums ar pieļaujamajām atbildēm. XLSX darbgrāmatā ir "
        "norādījumi (latviski un angliski), lapa ar rindu katram ciemam, izvēlnes katrai "
        "slēgtajai atbildei un ievades norādes; CSV failā ir tās pašas kolonnas. Aizpildiet "
        "tās un novērtējiet ar 'smartvillage batch'. Noklusējuma kritēriju kopa ir jaunākā "
        "viedais-ciems.",
        "en": "Write a blank questionnaire or village table listing every question.\n\n"
        "The YAML questionnaire lists every question with its allowed answers. The XLSX "
        "workbook has instructions (Latvian and English), a sheet with a row per village, "
        "drop-down lists for every closed answer and input hints; the CSV file has the same "
        "columns. Fill them in and score them with 'smartvillage batch'. The default "
        "criteria set is the newest viedais-ciems.",
    },
    "template.examples": {
        "lv": "smartvillage template --output mans-ciems.yaml\n"
        "smartvillage template --criteria viedais-ciems@2024 --lang en\n"
        "smartvillage template --format xlsx --output ciemi.xlsx\n"
        "smartvillage template --format csv --output ciemi.csv\n"
        "smartvillage template --format xlsform --output viedais-ciems.xlsx\n"
        "smartvillage template --format forms --output google-forms.md",
        "en": "smartvillage template --output my-village.yaml --lang en\n"
        "smartvillage template --criteria viedais-ciems@2024 --lang en\n"
        "smartvillage template --format xlsx --output villages.xlsx --lang en\n"
        "smartvillage template --format csv --output villages.csv --lang en\n"
        "smartvillage template --format xlsform --output smart-village.xlsx --lang en\n"
        "smartvillage template --format forms --output google-forms.md --lang en",
    },
    "template.criteria": {
        "lv": "Kritēriju kopa, kuras jautājumi ir veidnē: ID@VERSION, ID (jaunākā versija) vai "
        "faila ceļš. Noklusējums: jaunākā viedais-ciems.",
        "en": "Criteria set the template asks for: ID@VERSION, ID (newest version) or a file "
        "path. Default: the newest viedais-ciems.",
    },
    "template.fmt": {
        "lv": "yaml: viena anketa; xlsx vai csv: tabula ar rindu katram ciemam komandai "
        "'batch'; xlsform: veidlapa ODK Central / KoboToolbox, kuras eksportus nolasa "
        "'batch'; forms: Markdown lapa, pēc kuras veidlapu izveidot Google Forms vai "
        "Microsoft Forms. Noklusējums: pēc --output paplašinājuma, citādi yaml.",
        "en": "yaml: one questionnaire; xlsx or csv: a table with a row per village, for "
        "'batch'; xlsform: a form for ODK Central / KoboToolbox, whose exports 'batch' "
        "reads; forms: a Markdown sheet for building the form in Google Forms or Microsoft "
        "Forms. Default: from the --output suffix, else yaml.",
    },
    "template.output": {
        "lv": "Ierakstīt veidni failā FILE (pilnībā vai nemaz), nevis standarta izvadē.",
        "en": "Write the template to FILE (atomically) instead of stdout.",
    },
    # -- schema -------------------------------------------------------------------------
    "schema": {
        "lv": "Izvada anketas, kritēriju kopas vai pārskata formāta JSON shēmu.",
        "en": "Print the JSON Schema of the questionnaire, criteria or report format.",
    },
    "schema.examples": {
        "lv": "smartvillage schema report > report.schema.json\nsmartvillage schema questionnaire",
        "en": "smartvillage schema report > report.schema.json\nsmartvillage schema questionnaire",
    },
    "schema.name": {
        "lv": "Formāts: questionnaire (anketa), criteria (kritēriju kopa) vai report (pārskats).",
        "en": "Which format: questionnaire, criteria or report.",
    },
    # -- batch --------------------------------------------------------------------------
    "batch": {
        "lv": "Novērtē daudzus ciemus: pārbauda katru rindu, novērtē derīgās un ziņo par "
        "pārējām.\n\n"
        "INPUT var būt darbgrāmata, kas izveidota ar 'smartvillage template --format xlsx' "
        "(rinda katram ciemam), CSV fails (UTF-8 vai Windows-1257, atdalītājs ; vai ,), "
        "YAML/JSON anketas vai mape ar jebkuriem no tiem. Kļūdaina rinda apstrādi neaptur: "
        "tās problēmas tiek uzskaitītas pa failiem, lapām un šūnām, un pārējās rindas tiek "
        "novērtētas. Rezultātu darbgrāmatā ir kopsavilkums, punkti par katru kritēriju, "
        "ieteikumi, jomu vidējie rādītāji ar diagrammu un kļūdas.",
        "en": "Score many villages: validate every row, score the good ones, report the "
        "rest.\n\n"
        "INPUT may be a workbook made from 'smartvillage template --format xlsx' (a row per "
        "village), a CSV file (UTF-8 or Windows-1257, ; or , separated), YAML/JSON "
        "questionnaires, or a folder of any of them. A bad row never stops the batch: its "
        "problems are listed by file, sheet and cell, and the other rows are scored. The "
        "results workbook has a summary, points per criterion, recommendations, dimension "
        "averages with a chart, and the errors.",
    },
    "batch.examples": {
        "lv": "smartvillage batch ciemi.xlsx --output rezultati.xlsx\n"
        "smartvillage batch iesniegumi/ --output rezultati.xlsx --rank\n"
        "smartvillage batch ciemi.csv --encoding cp1257 --format csv > rezultati.csv\n"
        "smartvillage batch ciemi.xlsx --format json | jq .summary.tier\n"
        "smartvillage batch ciemi.xlsx -o rezultati.xlsx -o portfolio.html --reports ciemi/",
        "en": "smartvillage batch villages.xlsx --output results.xlsx --lang en\n"
        "smartvillage batch submissions/ --output results.xlsx --rank --lang en\n"
        "smartvillage batch villages.csv --encoding cp1257 --format csv > results.csv\n"
        "smartvillage batch villages.xlsx --format json | jq .summary.tier\n"
        "smartvillage batch villages.xlsx -o results.xlsx -o portfolio.html --reports "
        "villages/ --lang en",
    },
    "batch.inputs": {
        "lv": "Darbgrāmatas (.xlsx) ar rindu katram ciemam, CSV faili, anketas (.yaml, .json) "
        "vai mapes ar tiem.",
        "en": "Workbooks (.xlsx) with a row per village, CSV files, questionnaires (.yaml, "
        ".json), or folders of them.",
    },
    "batch.output": {
        "lv": "Ierakstīt rezultātus failā PATH (pilnībā vai nemaz; nekad ievades failā); var "
        "norādīt vairākas reizes — tiek ierakstīti visi faili vai neviens. Formātu nosaka "
        "paplašinājums: .xlsx, .csv, .json/.jsonl, .html (teritorijas pārskats); - ir "
        "standarta izvade. Bez šīs opcijas JSONL tiek izvadīts standarta izvadē.",
        "en": "Write the results to PATH (atomically; never onto an input); may be given "
        "several times, all written or none. The format comes from the extension: .xlsx, "
        ".csv, .json/.jsonl, .html (the territory overview); - is stdout. Without it, JSON "
        "Lines go to stdout.",
    },
    "batch.fmt": {
        "lv": "xlsx (darbgrāmata), csv, json (JSONL: viens ciems katrā rindā) vai html "
        "(teritorijas pārskats) standarta izvadei un --output failiem bez šiem "
        "paplašinājumiem (noklusējums json); arī --reports failu formāts.",
        "en": "xlsx (a workbook), csv, json (JSON Lines, one village a line) or html (the "
        "territory overview), for stdout and for --output names without one of those "
        "extensions (default json); also the format of the --reports files.",
    },
    "batch.reports": {
        "lv": "Ierakstīt arī katra ciema pilno atskaiti mapē DIR (HTML vai --format formātā) ar "
        "numuru un drošu nosaukuma formu; teritorijas pārskatā ir saites uz tām.",
        "en": "Also write each village's full report into DIR (HTML, or the --format), named "
        "by its number and a safe form of its name; the territory overview links to them.",
    },
    "batch.criteria": {
        "lv": "Novērtēt visas rindas pēc šīs kritēriju kopas (ID@VERSION, ID vai fails). "
        "Noklusējums: kopa, ko norāda katra ievade.",
        "en": "Score every row against this criteria set (ID@VERSION, ID or a file). "
        "Default: the set each input names.",
    },
    "batch.mapping": {
        "lv": "Nolasīt CSV un XLSX ievades pēc šī YAML kartējuma (kolonna -> jautājuma ID vai "
        "profila lauks, atbilde -> izvēle); sākotnējo kartējumu iegūst ar --suggest-mapping.",
        "en": "Read CSV and XLSX inputs through this YAML mapping (column -> question id or "
        "profile field, answer -> option); start one with --suggest-mapping.",
    },
    "batch.suggest_mapping": {
        "lv": "Neko nevērtēt: izvadīt sākotnēju --mapping kartējumu ievadei INPUT (vienam CSV "
        "vai XLSX failam), ko cilvēkam pārbaudīt.",
        "en": "Score nothing: print a starting --mapping for INPUT (one CSV or XLSX file) for "
        "a person to check.",
    },
    "batch.rank": {
        "lv": "Sarindot ciemus pēc kopējā procenta (katras kritēriju kopas ietvaros).",
        "en": "Rank the villages by overall percent (within each criteria set).",
    },
    "batch.quiet": {
        "lv": "Bez norises joslas un bez brīdinājumiem (kļūdas un skaiti tiek rādīti joprojām).",
        "en": "No progress bar and no warnings on stderr (errors and the counts are still shown).",
    },
    "batch.encoding": {
        "lv": "CSV ievades kodējums (utf-8, cp1257…). Noklusējums: UTF-8 (ar BOM vai bez), "
        "citādi Windows-1257, ja tad tekstā ir latviešu burti.",
        "en": "Encoding of CSV inputs (utf-8, cp1257...). Default: UTF-8 (with or without "
        "BOM), else Windows-1257 when that gives Latvian letters.",
    },
    "batch.delimiter": {
        "lv": "CSV ievades lauku atdalītājs. Noklusējums: nosaka automātiski (; , vai tabulācija).",
        "en": "Field separator of CSV inputs. Default: detected (; , or tab).",
    },
    "batch.fail_under": {
        "lv": "Beigt ar izejas kodu 1, ja kāds ciems nesasniedz šo līmeni (piemēram, on_the_way).",
        "en": "Exit 1 when any village is below this tier (e.g. on_the_way).",
    },
    "batch.max_rows": {
        "lv": "Lielākais ciemu rindu skaits, ko nolasa no vienas lapas vai CSV faila.",
        "en": "Most village rows read from one sheet or CSV file.",
    },
    "batch.max_file_size": {
        "lv": "Lielākais ievades faila izmērs megabaitos.",
        "en": "Largest input file, in MB.",
    },
    "batch.max_text": {
        "lv": "Garākais teksts vienā šūnā, rakstzīmēs.",
        "en": "Longest text in one cell, in characters.",
    },
    # -- migrate ------------------------------------------------------------------------
    "migrate": {
        "lv": "Pārnes anketu uz citu kritēriju versiju.\n\n"
        "Ieraksta jaunu anketu, paturot katru atbildi, kuras jautājums joprojām pastāv un "
        "kurai atbilde joprojām der, un uzskaita, kas atmests un kam nepieciešama jauna "
        "atbilde. FILE netiek mainīts.",
        "en": "Carry a questionnaire over to another criteria version.\n\n"
        "Writes a new questionnaire keeping every answer whose question still exists and "
        "still fits, and lists what was dropped and what needs a new answer. FILE is never "
        "changed.",
    },
    "migrate.examples": {
        "lv": "smartvillage migrate ciems.yaml --to viedais-ciems@2024 -o jauns.yaml",
        "en": "smartvillage migrate village.yaml --to viedais-ciems@2024 -o new.yaml --lang en",
    },
    "migrate.file": {"lv": "Anketa, ko pārnest.", "en": "The questionnaire to migrate."},
    "migrate.to": {
        "lv": "Kritēriju kopa un versija, uz kuru pārnest.",
        "en": "The criteria set and version to migrate to.",
    },
    "migrate.output": {
        "lv": "Jaunā anketa, ko ierakstīt.",
        "en": "The new questionnaire to write.",
    },
    "migrate.as_json": {
        "lv": "Izvadīt JSON formātā, kas pārnests, kas atmests un kam nepieciešama atbilde.",
        "en": "Print what was carried, dropped and needs an answer as JSON.",
    },
    # -- criteria -----------------------------------------------------------------------
    "criteria": {
        "lv": "Uzskaita, parāda, salīdzina un pārbauda kritēriju kopas.",
        "en": "List, show, compare and check criteria sets.",
    },
    "criteria.examples": {
        "lv": "smartvillage criteria list\n"
        "smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024",
        "en": "smartvillage criteria list --lang en\n"
        "smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024 --lang en",
    },
    "criteria.fmt": {"lv": "Izvades formāts.", "en": "Output format."},
    "criteria.list": {
        "lv": "Uzskaita visas atrastās kritēriju kopas un versijas ar statusu, avotiem un "
        "izcelsmi.\n\n"
        "Jūsu pašu mapes (--criteria-dir, $SMARTVILLAGE_CRITERIA_DIR) tiek skatītas pirms "
        "programmā iekļautajām kopām; kopa, kas aizsedz citu ar to pašu ID@VERSION, ir "
        "atzīmēta.",
        "en": "List every criteria set and version found, with status, sources and origin.\n\n"
        "Your own folders (--criteria-dir, $SMARTVILLAGE_CRITERIA_DIR) come before the "
        "bundled sets; a set that hides another of the same ID@VERSION is marked.",
    },
    "criteria.list.examples": {
        "lv": "smartvillage criteria list\n"
        "smartvillage criteria list --criteria-dir mani-kriteriji --json",
        "en": "smartvillage criteria list --lang en\n"
        "smartvillage criteria list --criteria-dir my-criteria --json --lang en",
    },
    "criteria.show": {
        "lv": "Parāda kritēriju kopu: jomas, kritērijus, jautājumus, svarus, obligātos "
        "kritērijus un līmeņus.",
        "en": "Show a criteria set: dimensions, criteria, questions, weights, gates and tiers.",
    },
    "criteria.show.examples": {
        "lv": "smartvillage criteria show viedais-ciems@2024\n"
        "smartvillage criteria show viedais-ciems --format md > kriteriji.md\n"
        "smartvillage criteria show viedais-ciems@2024 --details",
        "en": "smartvillage criteria show viedais-ciems@2024 --lang en\n"
        "smartvillage criteria show viedais-ciems --format md --lang en > criteria.md\n"
        "smartvillage criteria show viedais-ciems@2024 --details --lang en",
    },
    "criteria.show.ref": {
        "lv": "Kopa (bez versijas – jaunākā versija) vai fails.",
        "en": "The set (newest version if none), or a file.",
    },
    "criteria.show.details": {
        "lv": "Parādīt jomu, kritēriju un jautājumu ID.",
        "en": "Show the ids of dimensions, criteria and questions.",
    },
    "criteria.diff": {
        "lv": "Uzskaita, kas pievienots, izņemts vai mainīts, salīdzinot kopu A ar kopu B.\n\n"
        "Salīdzina kritērijus, jautājumus un to vērtēšanas noteikumus, svarus, obligātos "
        "kritērijus, sliekšņus un līmeņus pēc to nemainīgajiem ID.",
        "en": "List what was added, removed or changed from set A to set B.\n\n"
        "Compares criteria, questions and their scoring rules, weights, gates, thresholds "
        "and tiers by their stable ids.",
    },
    "criteria.diff.examples": {
        "lv": "smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024\n"
        "smartvillage criteria diff mani/2024.yaml viedais-ciems@2024 --format json",
        "en": "smartvillage criteria diff viedais-ciems@2023 viedais-ciems@2024 --lang en\n"
        "smartvillage criteria diff my/2024.yaml viedais-ciems@2024 --format json",
    },
    "criteria.diff.old": {
        "lv": "Vecākā kopa: ID@VERSION vai fails.",
        "en": "The older set: ID@VERSION or file.",
    },
    "criteria.diff.new": {
        "lv": "Jaunākā kopa: ID@VERSION vai fails.",
        "en": "The newer set: ID@VERSION or file.",
    },
    "criteria.check": {
        "lv": "Pārbauda jūsu sagatavotus kritēriju failus: katru kļūdu ar tās rindu.\n\n"
        "Pārbauda, vai ID ir unikāli, vai katra atsauce ir atrodama, vai līmeņi ir pareizā "
        "secībā, vai svari ir derīgi, vai ir abas valodas un aprakstīts katrs vērtēšanas "
        "skalas līmenis, un pēc tam pašu formātu. Kārtībā esošam failam parāda katra "
        "kritērija daļu kopējā vērtējumā, lai nelīdzsvarotība būtu redzama, pirms tā skar "
        "kādu ciemu, un brīdina par avotiem, ko lasītājs nevarētu atrast (nav URL vai DOI, "
        "vai ir tikai vietnes sākumlapa).",
        "en": "Check criteria files you wrote: every mistake with its line.\n\n"
        "Checks unique ids, that every reference resolves, tiers in order, valid weights, "
        "both languages present and every rubric level described, then the format itself. "
        "For a sound file it prints each criterion's share of the overall score, so an "
        "imbalance shows before a village meets it, and warns about sources a reader could "
        "not find (no URL or DOI, or only a home page).",
    },
    "criteria.check.examples": {
        "lv": "smartvillage criteria check mani-kriteriji/leader-zied-zeme/2025.yaml\n"
        "smartvillage criteria check criteria/*/*.yaml --json",
        "en": "smartvillage criteria check my-criteria/leader-zied-zeme/2025.yaml --lang en\n"
        "smartvillage criteria check criteria/*/*.yaml --json --lang en",
    },
    "criteria.check.files": {
        "lv": "Pārbaudāmie kritēriju faili.",
        "en": "Criteria files to check.",
    },
}
