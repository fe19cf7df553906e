"""Writing a packet all at once: a folder or a .zip appears complete, or not at all.

Everything is written next to the target under a temporary name, read back and checked, then
renamed into place. Evidence files are written from the stored bytes and never re-encoded: in a
zip they are stored uncompressed (ZIP_STORED) so even the container keeps them byte for byte.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import signal
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reinstate.errors import ReinstateError


@dataclass(frozen=True)
class Entry:
    """One file of the packet: its path inside the packet, its bytes and what it must hash to."""

    path: str
    data: bytes
    evidence: bool = False
    expected_sha256: str | None = None  # the stored original's hash, for evidence


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_zip(output: Path) -> bool:
    return output.suffix.lower() == ".zip"


def check_target(output: Path) -> None:
    """The target must be new (or an empty folder) in a folder that exists: never overwrite."""
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise ReinstateError("packet_output_parent", path=parent)
    if output.is_symlink() or (output.exists() and not _empty_dir(output, zip_=is_zip(output))):
        raise ReinstateError("packet_output_exists", path=output)


def _empty_dir(path: Path, *, zip_: bool) -> bool:
    if zip_ or not path.is_dir():
        return False
    return not any(path.iterdir())


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_file(path: Path, data: bytes) -> None:
    """Write bytes to a new file and flush them to disk."""
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _partial_prefix(output: Path) -> str:
    # The writer's pid in the name tells a later run whether the writer is still alive.
    return f".{output.name}.partial-{os.getpid()}-"


def remove_stale_partials(output: Path) -> list[Path]:
    """Remove what a killed writer left next to `output` (a process that is gone cannot clean
    up after itself); a partial of a writer still running is left alone."""
    parent = output.parent if str(output.parent) else Path(".")
    removed = []
    for path in parent.glob(f".{glob.escape(output.name)}.partial-*"):
        pid_text = path.name.rsplit(".partial-", 1)[1].split("-", 1)[0]
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid != 0  # someone else's process: leave its files alone
    return True


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Make SIGTERM (a closed terminal, a stopped container) unwind like Ctrl-C, so the
    temporary files are removed instead of staying behind as hidden .partial files."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_packet(output: Path, entries: list[Entry], today: date) -> None:
    """Write `entries` to the folder or .zip `output`, verified, or leave nothing behind."""
    check_target(output)
    parent = output.parent if str(output.parent) else Path(".")
    remove_stale_partials(output)
    try:
        with _terminate_cleanly():
            if is_zip(output):
                _write_zip(output, parent, entries, today)
            else:
                _write_dir(output, parent, entries)
    except OSError as exc:
        raise ReinstateError(
            "packet_output_unwritable", path=output, reason=exc.strerror or str(exc)
        ) from None


def _write_dir(output: Path, parent: Path, entries: list[Entry]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=_partial_prefix(output), dir=parent))
    try:
        os.chmod(tmp, 0o777 & ~_umask())
        for entry in entries:
            target = tmp.joinpath(*entry.path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            write_file(target, entry.data)
        _verify(entries, lambda path: tmp.joinpath(*path.split("/")).read_bytes())
        if output.exists():
            output.rmdir()  # an empty folder the user made for the packet
        os.rename(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_zip(output: Path, parent: Path, entries: list[Entry], today: date) -> None:
    handle, name = tempfile.mkstemp(prefix=_partial_prefix(output), dir=parent)
    os.close(handle)
    tmp = Path(name)
    os.chmod(tmp, 0o666 & ~_umask())
    stamp = (today.year, today.month, today.day, 0, 0, 0)
    try:
        with zipfile.ZipFile(tmp, "w") as archive:
            for entry in entries:
                info = zipfile.ZipInfo(entry.path, date_time=stamp)
                info.compress_type = zipfile.ZIP_STORED if entry.evidence else zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, entry.data)
        with open(tmp, "rb") as flushed:
            os.fsync(flushed.fileno())
        with zipfile.ZipFile(tmp) as archive:
            _verify(entries, archive.read)
        if output.exists():
            raise ReinstateError("packet_output_exists", path=output)
        os.rename(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _verify(entries: list[Entry], read: Callable[[str], bytes]) -> None:
    """Read every file back: evidence must hash to the stored original, the rest as written."""
    for entry in entries:
        written = sha256_hex(read(entry.path))
        expected = entry.expected_sha256 or sha256_hex(entry.data)
        if written != expected:
            raise ReinstateError("packet_verify_failed", file=entry.path, expected=expected)
