"""Find and load criteria sets: bundled ones, users' own folders, or a file path.

Sets live at ``<folder>/<id>/<version>.yaml``. Folders are searched in order: those
given with ``--criteria-dir``, then ``$SMARTVILLAGE_CRITERIA_DIR`` (several joined
with the path separator), then the sets shipped with the tool.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import Document, load_document
from smartvillage.io.validation import validate
from smartvillage.messages import msg
from smartvillage.models.criteria import CriteriaSet

ENV_VAR = "SMARTVILLAGE_CRITERIA_DIR"
DEFAULT_CRITERIA = "viedais-ciems"
_SUFFIXES = (".yaml", ".yml", ".json")
_REF = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:@([A-Za-z0-9][A-Za-z0-9._-]{0,63}))?$")
_Stamp = tuple[str, int, int]
# within one process, each file is read, resolved and validated once while it is unchanged
_resolved: dict[tuple[Any, ...], tuple[tuple[_Stamp, ...], Document]] = {}
_validated: dict[tuple[Any, ...], tuple[tuple[_Stamp, ...], CriteriaSet]] = {}


def bundled_dir() -> Path:
    """The folder of criteria sets shipped with the tool."""
    installed = Path(__file__).resolve().parent.parent / "criteria"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "criteria"  # a source checkout


def search_dirs(extra: list[Path] | None = None) -> list[Path]:
    """The folders searched for criteria sets, first match wins.

    A folder given explicitly (``extra``) must exist; folders from the environment
    variable that do not exist are passed over.
    """
    missing = [folder for folder in extra or [] if not Path(folder).is_dir()]
    if missing:
        raise InputError(
            [Problem(str(folder), msg("cli.criteria.no_folder")) for folder in missing]
        )
    dirs = list(extra or [])
    dirs += [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    dirs.append(bundled_dir())
    return dirs


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Sort versions naturally: 2024 after 2023, 1.10 after 1.9."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-_]", version)
    )


def find_criteria_file(ref: str, dirs: list[Path] | None = None) -> Path:
    """The file for ``ID[@VERSION]`` (newest version when none is given) or a path."""
    candidate = Path(ref)
    if candidate.suffix.lower() in _SUFFIXES or candidate.is_file():
        if not candidate.is_file():
            raise InputError([Problem(ref, msg("cli.criteria.no_file"))])
        return candidate
    match = _REF.match(ref)
    if not match:
        raise InputError([Problem(ref, msg("cli.criteria.bad_ref"))])
    set_id, version = match.groups()
    folders = search_dirs(dirs)
    if version is not None:
        for folder in folders:
            for suffix in _SUFFIXES:
                path = folder / set_id / f"{version}{suffix}"
                if path.is_file():
                    return path
    else:
        found = [
            (version_key(p.stem), p)
            for folder in folders
            if (folder / set_id).is_dir()
            for p in sorted((folder / set_id).iterdir())
            if p.suffix in _SUFFIXES
        ]
        if found:
            return max(found, key=lambda item: item[0])[1]
    known = sorted(
        {
            f"{p.parent.name}@{p.stem}"
            for folder in folders
            if folder.is_dir()
            for p in folder.glob("*/*")
            if p.suffix in _SUFFIXES
        }
    )
    raise InputError([Problem(ref, msg("cli.criteria.not_found", ref=ref, known=known))])


def load_criteria_file(path: Path, dirs: list[Path] | None = None) -> CriteriaSet:
    """Load and validate one criteria file, resolving ``extends``.

    Remembered within the process while none of the files of its chain changes, and
    between runs in the criteria cache (``io.criteria_cache``) while none of their
    bytes do.
    """
    from smartvillage.io import criteria_cache

    key = _key(path, dirs)
    hit = _validated.get(key)
    if hit is not None and _unchanged(hit[0]):
        return hit[1]
    cached = criteria_cache.load(path, key[1:])
    if cached is not None and isinstance(cached[1], CriteriaSet):
        _validated[key] = (tuple(_stamp(Path(name)) for name in cached[0]), cached[1])
        return cached[1]
    stamps, doc = _resolve(path, dirs, ())
    criteria = validate(CriteriaSet, doc, "criteria set")
    _validated[key] = (stamps, criteria)
    from smartvillage.scoring.digest import criteria_digest

    criteria_digest(criteria)  # kept with the set in the cache
    criteria_cache.store(path, key[1:], [Path(stamp[0]) for stamp in stamps], criteria)
    return criteria


def resolved_document(path: Path, dirs: list[Path] | None = None) -> Document:
    """The criteria file's data with any ``extends`` chain merged in (see catalog.inherit).

    Each set of a chain is resolved once (a chain D deep costs D merges, not D²).
    """
    return _resolve(path, dirs, ())[1]


def _key(path: Path, dirs: list[Path] | None) -> tuple[Any, ...]:
    return (path.resolve(), tuple(str(d) for d in dirs or ()), os.environ.get(ENV_VAR, ""))


def _stamp(path: Path) -> _Stamp:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), stat.st_mtime_ns, stat.st_size)


def _unchanged(stamps: tuple[_Stamp, ...]) -> bool:
    return all(_stamp(Path(stamp[0])) == stamp for stamp in stamps)


def _resolve(
    path: Path, dirs: list[Path] | None, _chain: tuple[Path, ...]
) -> tuple[tuple[_Stamp, ...], Document]:
    key = _key(path, dirs)
    hit = _resolved.get(key)
    if hit is not None and _unchanged(hit[0]):
        return hit
    stamp = _stamp(path)
    doc = load_document(path)
    if doc.warnings:  # criteria are authored and cited: refused, not quietly changed
        raise InputError(
            [
                Problem(
                    w.file,
                    msg("io.controls_in_criteria", **getattr(w.message, "params", {})),
                    field=w.field,
                    line=w.line,
                )
                for w in doc.warnings
            ]
        )
    if not isinstance(doc.data, dict) or "extends" not in doc.data:
        _resolved[key] = ((stamp,), doc)
        return _resolved[key]
    from smartvillage.catalog.inherit import apply_removals, merge

    key_path = path.resolve()
    if key_path in _chain:
        names = " -> ".join(str(p) for p in (*_chain, key_path))
        raise InputError(
            [
                Problem(
                    str(path),
                    msg("lint.extends_circle", names=names),
                    field="extends",
                    line=doc.line_of(("extends",)),
                )
            ]
        )
    data: dict[str, Any] = dict(doc.data)
    parent_ref = data.pop("extends")
    remove = data.pop("remove", None)
    if not isinstance(parent_ref, str):
        raise InputError(
            [
                Problem(
                    str(path),
                    "expected ID@VERSION of the set this one extends",
                    field="extends",
                    line=doc.line_of(("extends",)),
                )
            ]
        )
    try:
        parent_path = find_criteria_file(parent_ref, dirs)
    except InputError as exc:
        raise InputError(
            [
                Problem(
                    str(path),
                    msg("lint.extends_problem", ref=parent_ref, problem=p.message),
                    field="extends",
                    line=doc.line_of(("extends",)),
                )
                for p in exc.problems
            ]
        ) from None
    parent_stamps, parent = _resolve(parent_path, dirs, (*_chain, key_path))
    merged = apply_removals(merge(parent.data, data), remove, str(path))
    _resolved[key] = ((stamp, *parent_stamps), Document(merged, f"{path} (extends {parent_ref})"))
    return _resolved[key]


@dataclass(frozen=True)
class Entry:
    """A criteria file found in one of the search folders."""

    id: str
    version: str
    path: Path
    origin: str  # "bundled", or the user folder it came from


def catalog(dirs: list[Path] | None = None) -> list[Entry]:
    """Every criteria file in every search folder, in search order (shadowed ones too)."""
    bundled = bundled_dir().resolve()
    entries = []
    for folder in search_dirs(dirs):
        if not folder.is_dir():
            continue
        origin = "bundled" if folder.resolve() == bundled else str(folder)
        for set_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
            files = [p for p in set_dir.iterdir() if p.suffix in _SUFFIXES and p.is_file()]
            for path in sorted(files, key=lambda p: version_key(p.stem)):
                entries.append(Entry(set_dir.name, path.stem, path, origin))
    return entries


def shadowed(path: Path, dirs: list[Path] | None = None) -> list[Entry]:
    """The files that ``path`` hides: the same ID@VERSION in later search folders."""
    entries = catalog(dirs)
    mine = next((e for e in entries if e.path.resolve() == path.resolve()), None)
    if mine is None:
        return []
    later = entries[entries.index(mine) + 1 :]
    return [e for e in later if (e.id, e.version) == (mine.id, mine.version)]


def load_criteria(ref: str = DEFAULT_CRITERIA, dirs: list[Path] | None = None) -> CriteriaSet:
    """Load a criteria set by ``ID@VERSION``, ``ID`` (newest version) or file path."""
    return load_criteria_file(find_criteria_file(ref, dirs), dirs)
