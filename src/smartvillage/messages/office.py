"""What a LEADER group's office prints and opens: workbooks on paper, CSV for Excel."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "no_errors": {
        "lv": "Kļūdu nav: visas rindas nolasītas un novērtētas.",
        "en": "No errors: every row was read and scored.",
    },
}
