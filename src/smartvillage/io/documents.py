"""Strict parsing of YAML and JSON documents into plain data with line positions.

YAML is read event by event (libyaml's C parser where available) and built into
dicts, lists and strings by this module, so that:

* anchors, aliases, tags and multiple documents are refused;
* duplicate keys are refused, naming both lines;
* nesting depth and document size are bounded;
* no YAML 1.1 guessing happens: every plain scalar stays a string (``no``,
  ``0420`` and ``12:30`` keep their text) except the null forms, and values are
  typed later by the Pydantic models that read them.

JSON refuses NaN/Infinity and duplicate keys. All text is normalised to NFC so that
look-alike Latvian names compare equal. Control characters are removed by the one rule of
``io.controls``, each removal named in ``Document.warnings``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from smartvillage import limits
from smartvillage.errors import InputError, Problem
from smartvillage.io.controls import CONTROLS, codepoint, without_controls
from smartvillage.messages import Msg, msg

try:  # libyaml is several times faster; the pure-Python parser is the fallback
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})

Path_ = tuple[Any, ...]


@dataclass
class Document:
    """Parsed data plus the line where each value starts (keyed by its path)."""

    data: Any
    source: str
    lines: dict[Path_, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """The line of the value at ``path``, or of its nearest parent that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def nfc(text: str) -> str:
    """Normalise text to Unicode NFC (cheap when it already is)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


_BINARY_KINDS = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"%PDF", "pdf"),
)


def decode(raw: bytes, source: str) -> str:
    """Decode UTF-8 text (a BOM is dropped); refuse anything else with the byte offset."""
    for magic, kind in _BINARY_KINDS:
        if raw.startswith(magic):
            raise InputError(
                [
                    Problem(
                        source,
                        msg("io.binary", kind=msg(f"io.kind.{kind}")),
                    )
                ]
            )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            [
                Problem(
                    source,
                    msg("io.not_utf8", offset=exc.start),
                )
            ]
        ) from None


def read_bytes(
    path: Path, source: str, max_bytes: int | None = None, hint: str | None = None
) -> bytes:
    """Read a file, never more than ``max_bytes``: every input is bounded.

    A regular file larger than the limit is refused before it is read; a pipe or a
    device (``<(…)``, ``/dev/zero``) is read up to the limit and refused past it. A named
    pipe that nobody writes to ends at once instead of waiting forever: it is opened
    without waiting, then read. ``hint`` says how to change the limit.
    """
    import os
    import stat

    max_bytes = max_bytes or limits.FILE_BYTES.value
    hint = hint or limits.FILE_BYTES.hint()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError([Problem(source, msg("io.no_such_file"))]) from None
    except IsADirectoryError:
        raise InputError([Problem(source, msg("io.is_folder"))]) from None
    except PermissionError:
        raise InputError([Problem(source, msg("io.permission"))]) from None
    except OSError as exc:
        raise InputError(
            [Problem(source, msg("io.unreadable", why=exc.strerror or str(exc)))]
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError([Problem(source, msg("io.is_folder"))])
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise InputError(
                [
                    Problem(
                        source,
                        msg("io.file_too_big", size=info.st_size, limit=max_bytes, hint=hint),
                    )
                ]
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise InputError([Problem(source, msg("io.input_too_big", limit=max_bytes, hint=hint))])
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(
            [Problem(source, msg("io.unreadable", why=exc.strerror or str(exc)))]
        ) from None
    finally:
        os.close(fd)


def parse_yaml(text: str, source: str, max_depth: int | None = None) -> Document:
    """Parse one YAML document strictly (see the module docstring)."""
    lines: dict[Path_, int] = {}
    warnings = _remove_controls_from_yaml(text, source)
    if warnings:
        text = CONTROLS.sub("", text)
    try:
        events = yaml.parse(text, Loader=_Loader)
        data = _build(
            events,
            source,
            lines,
            max_depth or limits.NESTING.value,
            limits.TEXT_CHARS.value,
            warnings,
        )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        what = getattr(exc, "problem", None) or str(exc)
        raise InputError([Problem(source, msg("io.yaml", what=what), line=line)]) from None
    return Document(data, source, lines, _at_most_shown(warnings, source))


_SHOWN_REMOVALS = 5


def _remove_controls_from_yaml(text: str, source: str) -> list[Problem]:
    """A warning for each line of the text (the first few) that holds control characters."""
    by_line: dict[int, list[str]] = {}
    for match in CONTROLS.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        by_line.setdefault(line, []).append(match.group())
    return [Problem(source, _removed(chars), line=line) for line, chars in by_line.items()]


def _at_most_shown(warnings: list[Problem], source: str) -> list[Problem]:
    if len(warnings) <= _SHOWN_REMOVALS:
        return warnings
    more = len(warnings) - _SHOWN_REMOVALS
    return [
        *warnings[:_SHOWN_REMOVALS],
        Problem(source, msg("io.controls_more", n=more)),
    ]


def _removed(chars: list[str]) -> Msg:
    names = ", ".join(dict.fromkeys(codepoint(c) for c in chars))
    count = len(chars)
    return msg("io.controls", n=count, names=names)


def _refuse(source: str, event: Any, message: str) -> InputError:
    return InputError([Problem(source, message, line=event.start_mark.line + 1)])


def _build(
    events: Iterator[Any],
    source: str,
    lines: dict[Path_, int],
    max_depth: int,
    max_text: int,
    warnings: list[Problem],
) -> Any:
    # Stack of open containers: (container, path, pending key, {key: line}).
    stack: list[list[Any]] = []
    result: Any = None
    documents = 0
    for event in events:
        kind = type(event)
        if (
            kind is yaml.ScalarEvent
            or kind is yaml.MappingStartEvent
            or kind is yaml.SequenceStartEvent
        ):
            if event.anchor is not None:
                raise _refuse(source, event, msg("io.yaml_anchor"))
            if event.tag is not None and event.tag != "!":
                raise _refuse(source, event, msg("io.yaml_tag", tag=event.tag))
            if kind is yaml.ScalarEvent:
                value: Any = event.value
                if len(value) > max_text:
                    raise _refuse(
                        source,
                        event,
                        msg(
                            "io.text_too_long",
                            size=len(value),
                            limit=max_text,
                            hint=limits.TEXT_CHARS.hint(),
                        ),
                    )
                if event.implicit[0] and value in _NULLS:
                    value = None
                else:
                    cleaned, removed = without_controls(value)
                    if removed:  # written as escapes ("\0", "\e") in a quoted scalar
                        warnings.append(
                            Problem(
                                source,
                                _removed(CONTROLS.findall(value)),
                                line=event.start_mark.line + 1,
                            )
                        )
                    value = nfc(cleaned)
            else:
                value = {} if kind is yaml.MappingStartEvent else []
            line = event.start_mark.line + 1
            if stack:
                frame = stack[-1]
                container, path = frame[0], frame[1]
                if isinstance(container, dict):
                    if frame[2] is _NO_KEY:
                        if kind is not yaml.ScalarEvent or value is None:
                            raise _refuse(source, event, msg("io.yaml_key"))
                        if value in container:
                            raise _refuse(
                                source,
                                event,
                                msg("io.duplicate_key", key=value, line=frame[3][value]),
                            )
                        frame[2] = value
                        frame[3][value] = line
                        continue
                    key = frame[2]
                    container[key] = value
                    frame[2] = _NO_KEY
                else:
                    key = len(container)
                    container.append(value)
                child_path = (*path, key)
            else:
                child_path = ()
                result = value
            lines[child_path] = line
            if kind is not yaml.ScalarEvent:
                if len(stack) >= max_depth:
                    raise _refuse(
                        source,
                        event,
                        msg("io.too_deep", depth=max_depth, hint=limits.NESTING.hint()),
                    )
                stack.append([value, child_path, _NO_KEY, {}])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            raise _refuse(source, event, msg("io.yaml_alias"))
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _refuse(source, event, msg("io.yaml_documents"))
    return result


_NO_KEY = object()


def parse_json(text: str, source: str, max_depth: int | None = None) -> Document:
    """Parse JSON strictly: no NaN/Infinity, no duplicate keys, bounded depth and text."""
    max_depth = max_depth or limits.NESTING.value
    max_text = limits.TEXT_CHARS.value

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            key = nfc(key)
            if key in out:
                raise _JsonProblem(msg("io.json_duplicate_key", key=key))
            out[key] = value
        return out

    def constant(name: str) -> Any:
        raise _JsonProblem(msg("io.json_constant", name=name))

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(source, msg("io.json", what=exc.msg), line=exc.lineno)]) from None
    except _JsonProblem as exc:
        raise InputError([Problem(source, exc.args[0])]) from None
    except RecursionError:
        raise InputError(
            [Problem(source, msg("io.too_deep", depth=max_depth, hint=limits.NESTING.hint()))]
        ) from None
    if _depth(data) > max_depth:
        raise InputError(
            [Problem(source, msg("io.too_deep", depth=max_depth, hint=limits.NESTING.hint()))]
        )
    longest = _longest_text(data)
    if longest > max_text:
        raise InputError(
            [
                Problem(
                    source,
                    msg(
                        "io.text_too_long",
                        size=longest,
                        limit=max_text,
                        hint=limits.TEXT_CHARS.hint(),
                    ),
                )
            ]
        )
    warnings: list[Problem] = []
    data = _clean_all(data, (), source, warnings)
    return Document(data, source, warnings=_at_most_shown(warnings, source))


class _JsonProblem(ValueError):
    pass


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _longest_text(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return max((max(len(k), _longest_text(v)) for k, v in value.items()), default=0)
    if isinstance(value, list):
        return max((_longest_text(v) for v in value), default=0)
    return 0


def _clean_all(value: Any, path: Path_, source: str, warnings: list[Problem]) -> Any:
    """Every text in NFC and without control characters; each removal noted by field."""
    if isinstance(value, str):
        cleaned, removed = without_controls(value)
        if removed:
            warnings.append(Problem(source, _removed(CONTROLS.findall(value)), field=_field(path)))
        return nfc(cleaned)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            clean_key = _clean_all(key, (*path, key), source, warnings)
            if clean_key in out:
                raise InputError(
                    [
                        Problem(
                            source,
                            msg("io.json_duplicate_clean_key", key=clean_key),
                            field=_field(path),
                        )
                    ]
                )
            out[clean_key] = _clean_all(item, (*path, clean_key), source, warnings)
        return out
    if isinstance(value, list):
        return [_clean_all(v, (*path, i), source, warnings) for i, v in enumerate(value)]
    return value


def _field(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{without_controls(part)[0]}"
    return text.lstrip(".") or "(top level)"


def parse_document(text: str, source: str, fmt: str | None = None) -> Document:
    """Parse text as JSON or YAML: by ``fmt``, else JSON when it starts with ``{``."""
    if fmt is None:
        fmt = "json" if text.lstrip().startswith("{") else "yaml"
    return parse_json(text, source) if fmt == "json" else parse_yaml(text, source)


def load_document(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read and parse a YAML or JSON file (``-`` reads standard input)."""
    max_bytes = max_bytes or limits.FILE_BYTES.value
    if str(path) == "-":
        import sys

        raw = sys.stdin.buffer.read(max_bytes + 1)
        source = "<stdin>"
        if len(raw) > max_bytes:
            raise InputError(
                [
                    Problem(
                        source,
                        msg("io.input_too_big", limit=max_bytes, hint=limits.FILE_BYTES.hint()),
                    )
                ]
            )
        return parse_document(decode(raw, source), source)
    path = Path(path)
    source = str(path)
    text = decode(read_bytes(path, source, max_bytes), source)
    suffix = path.suffix.lower()
    fmt = "json" if suffix == ".json" else "yaml" if suffix in (".yaml", ".yml") else None
    return parse_document(text, source, fmt)
