"""Turn Pydantic validation errors into Problems that name the field and its line."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import Document

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (not part of the format; check the spelling)",
}


def validate(model: type[M], doc: Document, what: str) -> M:
    """Validate ``doc.data`` as ``model``; raise InputError listing every problem."""
    if not isinstance(doc.data, dict):
        raise InputError([Problem(doc.source, f"expected a {what} (a mapping of fields), "
                                              f"got {_kind(doc.data)}", line=doc.line_of(()))])
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(problems_from(exc, doc)) from None


def problems_from(exc: ValidationError, doc: Document) -> list[Problem]:
    """One Problem per Pydantic error, with the path as it is in the data and its line."""
    problems = []
    for error in exc.errors(include_url=False):
        path = _data_path(doc.data, error["loc"])
        message = _MESSAGES.get(error["type"], error["msg"])
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        if error["type"] not in ("missing", "extra_forbidden") and "input" in error \
                and not isinstance(error["input"], dict | list):
            message += f" (got {error['input']!r})"
        problems.append(Problem(doc.source, message,
                                field=".".join(str(p) for p in path) or None,
                                line=doc.line_of(path)))
    return problems


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Keep the parts of a Pydantic loc that exist in the data; drop union tags.

    A last part that is not in the data is a missing field: it is kept, to name it.
    """
    path: list[Any] = []
    node = data
    for position, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        elif position == len(loc) - 1 and isinstance(part, str):
            path.append(part)
    return tuple(path)


def _kind(value: Any) -> str:
    if value is None:
        return "an empty document"
    if isinstance(value, list):
        return "a list"
    return "a single value"
