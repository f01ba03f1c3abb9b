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
}
