"""Write outputs safely: atomically, and never onto one of the inputs."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from smartvillage.errors import InputError, Problem


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same existing file."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: str | Path, data: str | bytes,
                 inputs: tuple[str | Path, ...] = ()) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Refuses to write onto any of ``inputs`` or onto a folder; a reader never sees a
    half-written file, and a failed write leaves the old file as it was.
    """
    target = Path(path)
    for source in inputs:
        if str(source) != "-" and same_file(target, Path(source)):
            raise InputError([Problem(str(target), "refusing to write the output onto an input "
                                                   "file; choose another --output")])
    if target.is_dir():
        raise InputError([Problem(str(target), "is a folder; give a file name for the output")])
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError([Problem(str(target), f"folder '{folder}' does not exist")])
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError([Problem(str(target), f"cannot write here: {exc.strerror}")]) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError([Problem(str(target), f"cannot write: {exc.strerror}")]) from None
    return target
