"""Turn Pydantic validation errors into Problems that name the field and its line."""

from __future__ import annotations

import difflib
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import Document

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {
    "missing": "required field is missing",
    "string_pattern_mismatch": "expected an id of letters, digits, '.', '_' or '-' "
    "(at most 64 characters)",
}


def validate(model: type[M], doc: Document, what: str) -> M:
    """Validate ``doc.data`` as ``model``; raise InputError listing every problem."""
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                Problem(
                    doc.source,
                    f"expected a {what} (a mapping of fields), got {_kind(doc.data)}",
                    line=doc.line_of(()),
                )
            ]
        )
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(problems_from(exc, doc, model)) from None


def problems_from(
    exc: ValidationError, doc: Document, model: type[BaseModel] | None = None
) -> list[Problem]:
    """One Problem per Pydantic error, with the path as it is in the data and its line."""
    problems = []
    for error in exc.errors(include_url=False):
        path = _data_path(doc.data, error["loc"])
        message = _MESSAGES.get(error["type"], error["msg"])
        if error["type"] == "extra_forbidden":
            allowed = _field_names(model, error["loc"][:-1])
            message = f"unknown field '{error['loc'][-1]}'" + _suggest(
                str(error["loc"][-1]), allowed
            )
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if (
            error["type"] not in ("missing", "extra_forbidden")
            and "input" in error
            and not isinstance(error["input"], dict | list)
        ):
            message += f" (got {error['input']!r})"
        problems.append(
            Problem(
                doc.source,
                message,
                field=".".join(str(p) for p in path) or None,
                line=doc.line_of(path),
            )
        )
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
        elif position == len(loc) - 1 and isinstance(part, str) and part != "[key]":
            path.append(part)
    return tuple(path)


def _field_names(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed at ``loc`` inside ``model``, following the annotations."""
    node: Any = model
    for part in loc:
        node = _step(node, part)
        if node is None:
            return []
    node = _strip(node)
    return list(node.model_fields) if _is_model(node) else []


def _strip(annotation: Any) -> Any:
    """Drop Annotated[...] and ``| None`` around an annotation."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return members
            annotation = members[0]
        else:
            return annotation


def _step(node: Any, part: Any) -> Any:
    """The annotation one step down ``part`` (a field, a list index, a dict key, a tag)."""
    node = _strip(node)
    if isinstance(node, list):  # a union of models: the part is a discriminator tag
        for member in node:
            tag = member.model_fields.get("type") if _is_model(member) else None
            if tag is not None and part in get_args(tag.annotation):
                return member
        return None
    origin = get_origin(node)
    if origin in (list, tuple, set):
        return get_args(node)[0] if isinstance(part, int) else None
    if origin is dict:
        return get_args(node)[1]
    if _is_model(node):
        field = node.model_fields.get(part)
        return None if field is None else field.annotation
    return None


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _suggest(name: str, allowed: list[str]) -> str:
    key = name.strip().casefold()
    exact = [a for a in allowed if a.casefold() == key]
    close = exact or difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
    if close:
        return f"; did you mean '{close[0]}'?"
    if allowed:
        return f"; expected one of: {', '.join(allowed)}"
    return " (not part of the format)"


def _kind(value: Any) -> str:
    if value is None:
        return "an empty document"
    if isinstance(value, list):
        return "a list"
    return "a single value"
