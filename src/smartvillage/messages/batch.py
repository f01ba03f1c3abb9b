"""What ``batch`` says about a row or a cell of a table of villages."""

from __future__ import annotations

from smartvillage.messages import Messages

MESSAGES: Messages = {
    "text_too_long": {
        "lv": "teksts ir {size} rakstzīmes garš; ierobežojums ir {limit} (--max-text)",
        "en": "text is {size} characters long; the limit is {limit} (--max-text)",
    },
}
