"""What the commands say on stderr: what was written, summaries, and refusals of options."""

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
}
