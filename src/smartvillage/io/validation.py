"""Turn Pydantic validation errors into Problems that name the field and its line."""

from __future__ import annotations

import difflib
import re
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import Document
from smartvillage.messages import Msg, msg

M = TypeVar("M", bound=BaseModel)

# Pydantic's error types, by the catalogue's code (``validation`` section) that says them;
# their ``ctx`` values become the message's params. A type not here is said generically.
_CODES = {
    "missing": "missing",
    "string_pattern_mismatch": "id_pattern",
    "string_type": "text",
    "string_too_short": "text_too_short",
    "string_too_long": "text_too_long",
    "int_type": "whole",
    "int_parsing": "whole",
    "int_from_float": "whole",
    "float_type": "number",
    "float_parsing": "number",
    "finite_number": "finite",
    "bool_type": "yes_no",
    "bool_parsing": "yes_no",
    "greater_than_equal": "at_least",
    "greater_than": "above",
    "less_than_equal": "at_most",
    "less_than": "below",
    "literal_error": "one_of",
    "enum": "one_of",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "list_type": "list",
    "too_short": "list_too_short",
    "too_long": "list_too_long",
    "union_tag_invalid": "one_of",
    "union_tag_not_found": "tag_missing",
    "url_parsing": "url",
    "url_scheme": "url",
}
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def validate(model: type[M], doc: Document, what: str) -> M:
    """Validate ``doc.data`` as ``model``; raise InputError listing every problem."""
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                Problem(
                    doc.source,
                    msg(f"validation.expected_{what.replace(' ', '_')}", got=_kind(doc.data)),
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
        message = error_message(error, model)
        problems.append(
            Problem(
                doc.source,
                message,
                field=".".join(str(p) for p in path) or None,
                line=doc.line_of(path),
            )
        )
    return problems


def error_message(error: Any, model: type[BaseModel] | None = None) -> Msg:
    """One Pydantic error as a coded message (shown in the reader's language), with the
    value that was given where that helps."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        return _unknown_field(name, _field_names(model, error["loc"][:-1]))
    cause = ctx.get("error")
    if kind == "value_error" and cause is not None and isinstance(cause.args[0], Msg):
        message: Msg = cause.args[0]
    elif kind in _CODES:
        message = msg(f"validation.{_CODES[kind]}", **_params(ctx))
    else:
        message = msg("validation.invalid")
    if (
        kind not in ("missing", "extra_forbidden")
        and "input" in error
        and not isinstance(error["input"], dict | list)
    ):
        message = msg("validation.got", problem=message, got=repr(error["input"]))
    return message


def _params(ctx: dict[str, Any]) -> dict[str, Any]:
    """Pydantic's ``ctx`` as params: bounds as numbers, ``expected`` as a list of values."""
    params: dict[str, Any] = {}
    for key in ("ge", "gt", "le", "lt", "min_length", "max_length"):
        if key in ctx:
            params[key] = ctx[key]
    if "expected" in ctx:
        params["expected"] = _QUOTED.findall(str(ctx["expected"])) or [str(ctx["expected"])]
    if "expected_tags" in ctx:
        params["expected"] = _QUOTED.findall(str(ctx["expected_tags"])) or [
            str(ctx["expected_tags"])
        ]
    if "discriminator" in ctx:
        params["field"] = str(ctx["discriminator"]).strip("'")
    return params


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


def _unknown_field(name: str, allowed: list[str]) -> Msg:
    key = name.strip().casefold()
    exact = [a for a in allowed if a.casefold() == key]
    close = exact or difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
    if close:
        return msg("validation.unknown_field_close", field=name, close=close[0])
    if allowed:
        return msg("validation.unknown_field", field=name, allowed=allowed)
    return msg("validation.unknown_field_none", field=name)


def _kind(value: Any) -> Msg:
    if value is None:
        return msg("validation.kind_empty")
    if isinstance(value, list):
        return msg("validation.kind_list")
    return msg("validation.kind_value")
