"""A cache of validated criteria sets between runs, so that a command starts quickly.

Parsing and validating a criteria file takes longer than scoring with it. The first
run that loads a set keeps the validated set (with its digest) in the user's cache
folder; later runs whose files are byte for byte the same load it from there.

* **Where**: ``$SMARTVILLAGE_CACHE_DIR``, else ``$XDG_CACHE_HOME/smartvillage``, else
  ``~/.cache/smartvillage``. ``SMARTVILLAGE_NO_CACHE=1`` turns the cache off.
* **Keyed by content**: an entry is named by the sha256 of the file's bytes, the tool,
  Python and Pydantic versions, the model sources' size and time, and where parents are
  looked up; it lists the sha256 of every file of its ``extends`` chain, and is used only
  while all of them still match.
* **Never required, never trusted blindly**: an entry that is missing, stale,
  unreadable, corrupt, not owned by the user or writable by others is passed over and
  the file is read as usual; a cache folder that cannot be written is no error.

Entries are pickles: the folder is the user's own (created private, checked on every
read), like the Python packages the tool itself runs from.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from smartvillage._version import __version__

_FORMAT = 1
_MAX_ENTRY_BYTES = 64 * 1024 * 1024


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off."""
    if os.environ.get("SMARTVILLAGE_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("SMARTVILLAGE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "smartvillage"
    home = Path.home() if "HOME" in os.environ or sys.platform == "win32" else None
    return home / ".cache" / "smartvillage" if home else None


def _models() -> tuple[tuple[int, int], ...]:
    """The size and time of the model sources: a changed model (in a source checkout,
    where the version stays the same) never meets an entry pickled from the old one."""
    from smartvillage.models import common, criteria

    out = []
    for module in (common, criteria):
        try:
            stat = os.stat(module.__file__ or "")
            out.append((stat.st_size, stat.st_mtime_ns))
        except OSError:
            out.append((-1, -1))
    return tuple(out)


def file_digest(path: Path) -> str | None:
    """sha256 of a file's bytes (None if it cannot be read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _entry_path(folder: Path, path: Path, context: tuple[Any, ...]) -> Path | None:
    content = file_digest(path)
    if content is None:
        return None
    import pydantic

    key = repr(
        (
            _FORMAT,
            __version__,
            sys.version_info[:3],
            pydantic.VERSION,
            _models(),
            str(path.resolve()),
            context,
            content,
        )
    )
    return folder / f"criteria-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.pickle"


def load(path: Path, context: tuple[Any, ...]) -> tuple[list[str], Any] | None:
    """The files of the chain and the cached value for ``path``, or None on any miss
    (see the module docstring)."""
    folder = cache_dir()
    if folder is None:
        return None
    entry = _entry_path(folder, path, context)
    if entry is None:
        return None
    try:
        stat = entry.stat()
        if (
            (hasattr(os, "getuid") and stat.st_uid != os.getuid())
            or stat.st_mode & 0o022
            or stat.st_size > _MAX_ENTRY_BYTES
        ):
            return None
        chain, value = pickle.loads(entry.read_bytes())
        if any(file_digest(Path(name)) != digest for name, digest in chain):
            return None
        return [name for name, _ in chain], value
    except Exception:  # a corrupt or foreign entry is a miss, never an error
        return None


def store(path: Path, context: tuple[Any, ...], chain: list[Path], value: Any) -> None:
    """Keep ``value`` for ``path``, valid while every file of ``chain`` is unchanged."""
    folder = cache_dir()
    if folder is None:
        return
    from smartvillage.errors import InputError
    from smartvillage.io.output import write_atomic

    with contextlib.suppress(OSError, InputError, pickle.PicklingError, TypeError, AttributeError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = _entry_path(folder, path, context)
        digests = [(str(p), file_digest(p)) for p in chain]
        if entry is None or any(d is None for _, d in digests):
            return
        write_atomic(entry, pickle.dumps((digests, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.chmod(entry, 0o600)
