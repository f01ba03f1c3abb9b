"""What ``migrate`` says about an answer it could not carry over to another criteria set."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "no_question": {
        "lv": "kritēriju kopā {ref} šāda jautājuma nav",
        "en": "no such question in {ref}",
    },
    "na_not_allowed": {
        "lv": "atbilde 'nav attiecināms' vairs nav atļauta",
        "en": "'not applicable' is no longer allowed",
    },
    "no_longer_fits": {
        "lv": "atbilde vairs neder: {problem}",
        "en": "the answer no longer fits: {problem}",
    },
}
