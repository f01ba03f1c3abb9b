"""Words every command shares: the prefixes of errors and warnings on stderr, places."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "none_defined": {"lv": "(nav definēta neviena)", "en": "(none defined)"},
    "error": {"lv": "kļūda", "en": "error"},
    "warning": {"lv": "brīdinājums", "en": "warning"},
    "line": {"lv": "{n}. rinda", "en": "line {n}"},
    "row": {"lv": "{n}. rinda", "en": "row {n}"},
    "rows": {"lv": "{first}.–{last}. rinda", "en": "rows {first}–{last}"},
}
