"""Find and load criteria sets: bundled ones, users' own folders, or a file path.

Sets live at ``<folder>/<id>/<version>.yaml``. Folders are searched in order: those
given with ``--criteria-dir``, then ``$SMARTVILLAGE_CRITERIA_DIR`` (several joined
with the path separator), then the sets shipped with the tool.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from smartvillage.errors import InputError, Problem
from smartvillage.io.documents import load_document
from smartvillage.io.validation import validate
from smartvillage.models.criteria import CriteriaSet

ENV_VAR = "SMARTVILLAGE_CRITERIA_DIR"
DEFAULT_CRITERIA = "viedais-ciems"
_SUFFIXES = (".yaml", ".yml", ".json")
_REF = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:@([A-Za-z0-9][A-Za-z0-9._-]{0,63}))?$")
_cache: dict[Path, CriteriaSet] = {}


def bundled_dir() -> Path:
    """The folder of criteria sets shipped with the tool."""
    installed = Path(__file__).resolve().parent.parent / "criteria"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "criteria"  # a source checkout


def search_dirs(extra: list[Path] | None = None) -> list[Path]:
    """The folders searched for criteria sets, first match wins."""
    dirs = list(extra or [])
    dirs += [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    dirs.append(bundled_dir())
    return dirs


def version_key(version: str) -> tuple:
    """Sort versions naturally: 2024 after 2023, 1.10 after 1.9."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p)
                 for p in re.split(r"[.\-_]", version))


def find_criteria_file(ref: str, dirs: list[Path] | None = None) -> Path:
    """The file for ``ID[@VERSION]`` (newest version when none is given) or a path."""
    candidate = Path(ref)
    if candidate.suffix.lower() in _SUFFIXES or candidate.is_file():
        if not candidate.is_file():
            raise InputError([Problem(ref, "no such criteria file")])
        return candidate
    match = _REF.match(ref)
    if not match:
        raise InputError([Problem(ref, "expected a criteria set as ID@VERSION "
                                       "(e.g. viedais-ciems@2024), ID, or a file path")])
    set_id, version = match.groups()
    folders = search_dirs(dirs)
    if version is not None:
        for folder in folders:
            for suffix in _SUFFIXES:
                path = folder / set_id / f"{version}{suffix}"
                if path.is_file():
                    return path
    else:
        found = [(version_key(p.stem), p) for folder in folders if (folder / set_id).is_dir()
                 for p in sorted((folder / set_id).iterdir()) if p.suffix in _SUFFIXES]
        if found:
            return max(found, key=lambda item: item[0])[1]
    known = ", ".join(sorted({f"{p.parent.name}@{p.stem}" for folder in folders
                              if folder.is_dir() for p in folder.glob("*/*")
                              if p.suffix in _SUFFIXES})) or "none"
    raise InputError([Problem(ref, f"no criteria set '{ref}' found; known sets: {known}")])


def load_criteria_file(path: Path) -> CriteriaSet:
    """Load and validate one criteria file (cached by its resolved path)."""
    key = path.resolve()
    if key not in _cache:
        _cache[key] = validate(CriteriaSet, load_document(path), "criteria set")
    return _cache[key]


def load_criteria(ref: str = DEFAULT_CRITERIA, dirs: list[Path] | None = None) -> CriteriaSet:
    """Load a criteria set by ``ID@VERSION``, ``ID`` (newest version) or file path."""
    return load_criteria_file(find_criteria_file(ref, dirs))
