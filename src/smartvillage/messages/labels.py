"""Labels instead of ids: scoring rules in words, answers that fit two options, id marks.

A scoring rule is explained with the option labels and numbers of the session language
(``mobilitāte (1) + publiskā ārtelpa (1) = 2``); ids are shown only where a script
author needs them (``--details``), marked as ids.
"""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    # a scoring rule in words (scoring.answers builds them from the answer, in both languages)
    "rule.unanswered": {"lv": "nav atbildēts → 0", "en": "unanswered → 0"},
    "rule.not_applicable": {
        "lv": "nav attiecināms → neskaita",
        "en": "not applicable → left out",
    },
    "rule.yes": {"lv": "jā → {points}", "en": "yes → {points}"},
    "rule.no": {"lv": "nē → {points}", "en": "no → {points}"},
    "rule.level": {"lv": "līmenis {level} → {points}", "en": "level {level} → {points}"},
    "rule.band": {"lv": "{value}: {band} → {points}", "en": "{value} in {band} → {points}"},
    "rule.no_band": {
        "lv": "{value} nav nevienā joslā → 0",
        "en": "{value} in no band → 0",
    },
    "rule.none_chosen": {"lv": "nekas nav izvēlēts = 0", "en": "none chosen = 0"},
    "rule.capped": {"lv": "{rule}, ne vairāk kā {cap}", "en": "{rule}, capped at {cap}"},
    "rule.initiatives": {
        "lv": "{n} iniciatīvas: {parts} = {total}",
        "en": "{n} initiatives: {parts} = {total}",
    },
    "rule.initiatives_one": {
        "lv": "{n} iniciatīva: {parts} = {total}",
        "en": "{n} initiative: {parts} = {total}",
    },
    # an answer that fits more than one option (never a guess)
    "ambiguous": {
        "lv": "{got} atbilst vairākām atbildēm ({options}); ierakstiet atbildi pilnāk",
        "en": "{got} fits more than one answer ({options}); write the answer out more fully",
    },
    # ids, where a script author needs them (--details), marked as ids
    "id": {"lv": "ID: {id}", "en": "ID: {id}"},
    "quoted": {"lv": "“{text}”", "en": "“{text}”"},
}
