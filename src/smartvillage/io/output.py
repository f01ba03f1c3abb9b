"""Write outputs safely: atomically, and never onto one of the inputs."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from smartvillage.errors import InputError, Problem


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same existing file."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(path: str | Path, inputs: tuple[str | Path, ...] = ()) -> Path:
    """Refuse an output path that is one of ``inputs``, a folder, or in no folder."""
    target = Path(path)
    for source in inputs:
        if str(source) != "-" and same_file(target, Path(source)):
            raise InputError(
                [
                    Problem(
                        str(target),
                        "refusing to write the output onto an input file; choose another --output",
                    )
                ]
            )
    if target.is_dir():
        raise InputError([Problem(str(target), "is a folder; give a file name for the output")])
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError([Problem(str(target), f"folder '{folder}' does not exist")])
    return target


@contextlib.contextmanager
def atomic_target(path: str | Path, inputs: tuple[str | Path, ...] = ()) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the block succeeds.

    Checked first with :func:`check_target`. On failure the temporary file is removed
    and the old target is left as it was; a reader never sees a half-written file. A file
    that is replaced keeps its permissions (a results file may hold contact data); a new
    one gets the user's default (the umask).

    Targets that are not regular files are never replaced: a symbolic link is followed
    (the file it names is replaced and the link stays); a character device or a pipe
    (``/dev/stdout``, ``/dev/null``, a named pipe) is written through, like standard
    output, and a failed write (``/dev/full``) is an error; any other special file is
    refused.
    """
    target = check_target(path, inputs)
    if target.is_symlink():
        target = check_target(os.path.realpath(target), inputs)
    if target.exists() and not target.is_file():
        kind = target.stat().st_mode
        if not (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
            raise InputError(
                [
                    Problem(
                        str(target),
                        "is not a regular file (a socket or a "
                        "block device); refusing to replace it",
                    )
                ]
            )
        try:
            yield target
        except OSError as exc:
            raise InputError(
                [Problem(str(target), f"cannot write: {exc.strerror or exc}")]
            ) from None
        return
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError([Problem(str(target), f"cannot write here: {exc.strerror}")]) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise InputError([Problem(str(target), f"cannot write: {exc.strerror or exc}")]) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, or the default for a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: str | Path, data: str | bytes, inputs: tuple[str | Path, ...] = ()) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file and a rename."""
    return write_all_atomic([(path, data)], inputs)[0]


def write_all_atomic(
    outputs: Sequence[tuple[str | Path, str | bytes]], inputs: tuple[str | Path, ...] = ()
) -> list[Path]:
    """Write several outputs all or nothing: each to a temporary file beside its target,
    and only when every one is written are they all moved into place."""
    with contextlib.ExitStack() as stack:
        for path, data in outputs:
            temp = stack.enter_context(atomic_target(path, inputs))
            raw = data.encode("utf-8") if isinstance(data, str) else data
            with open(temp, "wb") as handle:
                handle.write(raw)
                handle.flush()
                if temp.is_file():  # a device or a pipe written through has nothing to sync
                    os.fsync(handle.fileno())
    return [Path(path) for path, _ in outputs]
