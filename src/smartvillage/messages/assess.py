"""What ``assess`` says: prompts, hints and messages of the mentor's session."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # the profile
    "profile.title": {"lv": "Ciema profils", "en": "Village profile"},
    "profile.intro": {
        "lv": "Vispirms daži vārdi par ciemu. Fails tiks saglabāts, kad profils būs aizpildīts "
        "(vajadzīgs vismaz ciema nosaukums un datums).",
        "en": "First a few words about the village. The file is saved once the profile is "
        "complete (at least the village name and the date are needed).",
    },
    "profile.continue": {
        "lv": "Turpinām {path}: vispirms jāpabeidz ciema profils (Enter patur failā ierakstīto).",
        "en": "Continuing {path}: its village profile comes first (Enter keeps what the file has).",
    },
    "profile.kept": {
        "lv": "Atbildes, kas jau ir failā, tiek paturētas: {count}.",
        "en": "The answers already in it are kept: {count}.",
    },
    "profile.name": {"lv": "Ciema nosaukums", "en": "Village name"},
    "profile.parish": {"lv": "Pagasts", "en": "Parish (pagasts)"},
    "profile.municipality": {"lv": "Novads", "en": "Municipality (novads)"},
    "profile.region": {"lv": "Plānošanas reģions", "en": "Planning region"},
    "profile.population": {"lv": "Iedzīvotāju skaits", "en": "Population"},
    "profile.contact_name": {"lv": "Kontaktpersona", "en": "Contact person"},
    "profile.contact_email": {"lv": "Kontaktpersonas e-pasts", "en": "Contact e-mail"},
    "profile.contact_phone": {"lv": "Kontaktpersonas tālrunis", "en": "Contact phone"},
    "profile.assessor": {"lv": "Kas vērtē", "en": "Who assesses"},
    "profile.assessor_name": {
        "lv": "Vērtētāja vārds vai organizācija",
        "en": "Assessor's name or organisation",
    },
    "profile.date": {
        "lv": "Vērtēšanas datums (DD.MM.GGGG. vai GGGG-MM-DD)",
        "en": "Date of the assessment (DD.MM.YYYY or YYYY-MM-DD)",
    },
    "profile.optional": {"lv": "Enter — atstāt tukšu", "en": "Enter leaves it empty"},
    "profile.keep": {"lv": "Enter — paturēt", "en": "Enter keeps it"},
    "profile.saved": {"lv": "Profils saglabāts: {path}", "en": "Profile saved: {path}"},
    "profile.first": {"lv": "Šis ir pirmais lauks.", "en": "This is the first field."},
    "profile.required": {"lv": "Šis lauks ir obligāts.", "en": "This field is required."},
    "profile.not_yet": {
        "lv": "Tas būs pieejams, kad profils būs saglabāts.",
        "en": "That is available once the profile is saved.",
    },
    "profile.quit": {
        "lv": "Nekas nav saglabāts (profils nebija pabeigts).",
        "en": "Nothing was saved (the profile was not finished).",
    },
    "profile.help": {
        "lv": "Ievadiet vērtību un spiediet Enter. < — iepriekšējais lauks, > vai Enter — "
        "izlaist neobligātu lauku, :q — beigt (nekas netiks saglabāts, kamēr profils "
        "nav pabeigts).",
        "en": "Type a value and press Enter. < goes to the previous field, > or Enter skips "
        "an optional field, :q quits (nothing is saved until the profile is "
        "finished).",
    },
    "bad.name": {"lv": "gaidīts ciema nosaukums", "en": "expected the village name"},
    "bad.region": {"lv": "gaidīts reģions: {allowed}", "en": "expected a region: {allowed}"},
    "bad.population": {
        "lv": "gaidīts vesels skaitlis no 0 līdz 10 000 000",
        "en": "expected a whole number from 0 to 10,000,000",
    },
    "bad.email": {
        "lv": "gaidīta e-pasta adrese, piemēram, vards@example.lv",
        "en": "expected an e-mail address such as name@example.lv",
    },
    "bad.assessor": {"lv": "gaidīts: {allowed}", "en": "expected: {allowed}"},
    "bad.date": {
        "lv": "gaidīts datums DD.MM.GGGG. vai GGGG-MM-DD, piemēram, {example} vai {iso}",
        "en": "expected a date as DD.MM.YYYY or YYYY-MM-DD, such as {example} or {iso}",
    },
    "assessor.self": {"lv": "pašnovērtējums", "en": "self-assessment"},
    "assessor.mentor": {"lv": "mentors", "en": "mentor"},
    "assessor.jury": {"lv": "žūrija", "en": "jury"},
    # the session
    "session.resume": {
        "lv": "Turpinām: {answered} no {total} jautājumiem atbildēti.",
        "en": "Continuing: {answered} of {total} questions answered.",
    },
    "session.review": {
        "lv": "Pārskatām visas atbildes no sākuma.",
        "en": "Reviewing every answer from the start.",
    },
    "session.review_resume": {
        "lv": "Turpinām pārskatīšanu ar {n}. jautājumu no {total}, kur tā apstājās "
        "(< — iepriekšējie jautājumi).",
        "en": "Continuing the review at question {n} of {total}, where it stopped "
        "(< goes to the earlier ones).",
    },
    "session.review_restart": {
        "lv": "Iepriekšējā pārskatīšana bija pabeigta vai vairs neder šim failam; sākam no sākuma.",
        "en": "The previous review was finished or no longer fits this file; starting from "
        "the beginning.",
    },
    "session.commands": {
        "lv": "Komandas: ? palīdzība · < atpakaļ · > izlaist · n/a nav attiecināms · "
        "!piezīme · !gaita · !atskaite · :q beigt",
        "en": "Commands: ? help · < back · > skip · n/a not applicable · !note · "
        "!progress · !report · :q quit",
    },
    "session.comments": {
        "lv": "Piezīme: {path} ir komentāri (#); saglabājot tie netiks paturēti.",
        "en": "Note: {path} has comments (#); they are not kept when the file is saved.",
    },
    "session.all_done": {"lv": "Visi jautājumi ir atbildēti.", "en": "Every question is answered."},
    "session.unanswered": {
        "lv": "Vēl neatbildēti: {count} (jautājumi nr. {numbers}). Palaidiet to pašu komandu "
        "vēlreiz, lai atbildētu.",
        "en": "Still unanswered: {count} (questions {numbers}). Run the same command again to "
        "answer them.",
    },
    "session.saved_in": {"lv": "Viss saglabāts: {path}", "en": "Everything is saved: {path}"},
    "session.first": {"lv": "Šis ir pirmais jautājums.", "en": "This is the first question."},
    "question": {"lv": "Jautājums {n} no {total}", "en": "Question {n} of {total}"},
    "gate": {"lv": "obligātais kritērijs", "en": "must-pass criterion"},
    "evidence.required": {"lv": "pierādījums obligāts", "en": "evidence required"},
    "evidence.recommended": {"lv": "pierādījums ieteicams", "en": "evidence recommended"},
    "na_allowed": {"lv": "var atbildēt n/a", "en": "n/a allowed"},
    "current": {"lv": "Pašreizējā atbilde", "en": "Current answer"},
    "current.na": {"lv": "nav attiecināms", "en": "not applicable"},
    "current.keep": {"lv": "Enter — paturēt", "en": "Enter keeps it"},
    "note": {"lv": "Piezīme", "en": "Note"},
    "evidence": {"lv": "Pierādījumi", "en": "Evidence"},
    "na_not_allowed": {
        "lv": "„nav attiecināms” šeit nav atļauts",
        "en": "'not applicable' is not allowed here",
    },
    "invalid_saved": {
        "lv": "Saglabātā atbilde neder ({message}); lūdzu, atbildiet vēlreiz.",
        "en": "The saved answer does not fit ({message}); please answer again.",
    },
    "unknown_saved": {
        "lv": "Failā ir atbildes uz jautājumiem, kādu nav {ref}: {ids}. Tās paliek failā, "
        "bet netiek vērtētas.",
        "en": "The file answers questions that {ref} does not have: {ids}. They stay in the "
        "file but are not scored.",
    },
    # answers
    "hint.yes_no": {"lv": "jā / nē", "en": "yes / no"},
    "hint.rubric": {"lv": "līmenis {allowed}", "en": "level {allowed}"},
    "hint.number": {"lv": "skaitlis", "en": "a number"},
    "hint.choice": {"lv": "numurs vai nosaukums", "en": "number or name"},
    "hint.multi_choice": {
        "lv": "numuri vai nosaukumi ar komatu; - nekas",
        "en": "numbers or names, comma-separated; - none",
    },
    "hint.initiatives": {
        "lv": "1. iniciatīvas nosaukums; - nav nevienas",
        "en": "name of initiative 1; - none",
    },
    "hint.initiatives.existing": {
        "lv": "Enter — paturēt; + — papildināt; nosaukums — jauns saraksts",
        "en": "Enter keeps the list; + adds to it; a name starts a new list",
    },
    "range": {"lv": "no {low} līdz {high}", "en": "from {low} to {high}"},
    "range.min": {"lv": "vismaz {low}", "en": "at least {low}"},
    "range.max": {"lv": "ne vairāk kā {high}", "en": "at most {high}"},
    "whole": {"lv": "vesels skaitlis", "en": "whole number"},
    "bands": {"lv": "Punkti", "en": "Points"},
    "points": {"lv": "p.", "en": "pt"},
    "choose_many": {
        "lv": "Var izvēlēties vairākus; kopā ne vairāk kā {cap} p.",
        "en": "Choose any number; at most {cap} pt in all.",
    },
    "initiatives.rule": {
        "lv": "Katra iniciatīva {each} p. un vēl punkti par katru īpašību; kopā ne vairāk "
        "kā {cap} p. Ievadiet vienu iniciatīvu pēc otras.",
        "en": "Each initiative {each} pt plus points for each property; at most {cap} pt in "
        "all. Enter one initiative after another.",
    },
    "initiatives.properties": {"lv": "Īpašības", "en": "Properties"},
    "initiatives.name": {
        "lv": "{n}. iniciatīvas nosaukums (Enter — saraksts pabeigts)",
        "en": "Name of initiative {n} (Enter ends the list)",
    },
    "initiatives.props": {
        "lv": "„{name}” īpašības: numuri vai nosaukumi ar komatu (Enter — nevienas)",
        "en": "Properties of '{name}': numbers or names, comma-separated (Enter for none)",
    },
    "initiatives.empty": {"lv": "(nav nevienas)", "en": "(none)"},
    "not_accepted": {"lv": "Neder: {message}", "en": "Not accepted: {message}"},
    "type_answer": {
        "lv": "Ierakstiet atbildi ({hint}) vai > — izlaist, ? — palīdzība.",
        "en": "Type an answer ({hint}), or > to skip, ? for help.",
    },
    "no_na": {
        "lv": "Šim jautājumam nevar atbildēt „nav attiecināms”.",
        "en": "This question cannot be answered 'not applicable'.",
    },
    "not_here": {"lv": "Šeit tas nav pieejams.", "en": "That is not available here."},
    "unknown_command": {
        "lv": "Nezināma komanda „{text}”; ? parāda komandas.",
        "en": "Unknown command '{text}'; ? lists the commands.",
    },
    "bad_text": {
        "lv": "Nevarēja nolasīt burtus; pārbaudiet, vai terminālis izmanto UTF-8.",
        "en": "Could not read the letters; check that the terminal uses UTF-8.",
    },
    "saved": {"lv": "✓ saglabāts", "en": "✓ saved"},
    "na_saved": {"lv": "✓ nav attiecināms — saglabāts", "en": "✓ not applicable — saved"},
    # evidence
    "evidence.ask": {
        "lv": "Pierādījums ({need}): saite vai dokumenta nosaukums (Enter — izlaist)",
        "en": "Evidence ({need}): a link or a document name (Enter skips)",
    },
    "evidence.ask_criterion": {
        "lv": "Pierādījums kritērijam „{criterion}” (ieteicams; jautāts vienreiz par visu "
        "kritēriju): saite vai dokumenta nosaukums (Enter — izlaist)",
        "en": "Evidence for the criterion '{criterion}' (recommended; asked once for the "
        "whole criterion): a link or a document name (Enter skips)",
    },
    "need.required": {"lv": "obligāts", "en": "required"},
    "need.recommended": {"lv": "ieteicams", "en": "recommended"},
    "evidence.more": {
        "lv": "Vēl viens pierādījums? Saite vai dokuments (Enter — turpināt)",
        "en": "More evidence? A link or a document (Enter goes on)",
    },
    "evidence.shows": {
        "lv": "Ko tas parāda? (Enter — izlaist)",
        "en": "What does it show? (Enter skips)",
    },
    "evidence.skipped": {
        "lv": "Bez pierādījuma šis apgalvojums vērtējumā tiks atzīmēts kā nepierādīts.",
        "en": "Without evidence this claim is flagged in the score as unproven.",
    },
    "evidence.kept": {"lv": "Pierādījumi paturēti: {count}", "en": "Evidence kept: {count}"},
    # notes
    "note.ask": {
        "lv": "Piezīme (Enter — atstāt kā ir; - — dzēst)",
        "en": "Note (Enter leaves it as it is; - removes it)",
    },
    "note.saved": {"lv": "✓ piezīme saglabāta", "en": "✓ note saved"},
    "note.removed": {"lv": "✓ piezīme dzēsta", "en": "✓ note removed"},
    # progress and the end
    "progress.title": {"lv": "Gaita", "en": "Progress so far"},
    "progress.total": {
        "lv": "Kopā: atbildēti {answered} no {total}",
        "en": "In all: {answered} of {total} answered",
    },
    "progress.na": {"lv": "(no tiem n/a: {na})", "en": "(of them n/a: {na})"},
    "report.invalid": {
        "lv": "Vērtējumā nav iekļautas atbildes, kas neder (jautājumi nr. {numbers}).",
        "en": "Answers that do not fit are left out of the score (questions {numbers}).",
    },
    "quit": {"lv": "Beidzam. {saved}", "en": "Stopping. {saved}"},
    "interrupted": {
        "lv": "Pārtraukts. Viss atbildētais ir saglabāts failā {path}; palaidiet to pašu "
        "komandu, lai turpinātu.",
        "en": "Interrupted. Everything answered so far is saved in {path}; run the same "
        "command to continue.",
    },
    "continue_hint": {
        "lv": "Lai turpinātu: smartvillage assess {path}",
        "en": "To continue: smartvillage assess {path}",
    },
    "help": {
        "lv": """\
Atbildiet un spiediet Enter. Komandas (der jebkurā vietā):
  ?  vai !palīdzība        šī palīdzība un jautājuma skaidrojums
  <  vai !atpakaļ          atpakaļ uz iepriekšējo jautājumu (atbildes var mainīt)
  >  vai !izlaist          izlaist (atbilde paliek tāda, kāda bija)
  n/a vai !na              nav attiecināms (tikai, kur jautājums to atļauj)
  !piezīme [teksts]        piezīme pie šī jautājuma
  !gaita                   cik atbildēts katrā jomā
  !atskaite                pašreizējais vērtējums
  :q  vai !beigt           beigt (viss atbildētais jau ir saglabāts)
Angļu vārdi (!back, !skip, !note, !progress, !report, !quit) der arī.""",
        "en": """\
Answer and press Enter. Commands (at any prompt):
  ?  or !help              this help and the question's explanation
  <  or !back              back to the previous question (answers can be changed)
  >  or !skip              skip (the answer stays as it was)
  n/a or !na               not applicable (only where the question allows it)
  !note [text]             a note on this question
  !progress                how much is answered in each dimension
  !report                  the current score
  :q  or !quit             quit (everything answered is already saved)
The Latvian words (!atpakaļ, !izlaist, !piezīme, !gaita, !atskaite, !beigt) work too.""",
    },
    "script_error": {"lv": "{line}. rinda: {where}: ", "en": "line {line}: {where}: "},
}
