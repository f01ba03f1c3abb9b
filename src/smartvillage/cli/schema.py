"""``smartvillage schema``: print the JSON Schema of a file format."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from smartvillage.cli.common import emit, handle_errors


class SchemaName(str, Enum):
    """The published schemas."""

    questionnaire = "questionnaire"
    criteria = "criteria"
    report = "report"


@handle_errors
def schema(
    name: Annotated[SchemaName, typer.Argument(metavar="FORMAT")],
) -> None:
    """Print the JSON Schema of the questionnaire, criteria or report format.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.schemas import schema_json

    emit(schema_json(name.value), None)
