"""Data files parsed once per change, not once per command.

A command reads its TOML (the string catalogs, facts.toml) on every run; parsing costs ~10 ms
and `import tomllib` a few more. `cached(kind, sources, parse)` keeps what `parse()` returns (plain
dicts, lists, strings, numbers) as a marshal file in the user cache, named after the sources'
bytes: any change names another file. A file that cannot be read is parsed again, one that cannot
be written is not kept; a second process never sees half a file (written aside, then renamed).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable
from typing import Any

_FORMAT = b"1"


def package_files(module_file: str, suffix: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of the files beside `module_file` ending in `suffix`, by name."""
    folder = os.path.dirname(module_file)
    sources = []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(suffix)):
        with open(os.path.join(folder, name), "rb") as handle:
            sources.append((name, handle.read()))
    return sources


def cached(kind: str, sources: list[tuple[str, bytes]], parse: Callable[[], Any]) -> Any:
    path = stored_path(kind, sources)
    if path is not None:
        try:
            with open(path, "rb") as handle:
                return marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = parse()
    if path is not None:
        _write(path, value)
    return value


def stored_path(kind: str, sources: list[tuple[str, bytes]]) -> str | None:
    folder = os.environ.get("REINSTATE_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir
        except ImportError:
            return None
        folder = os.path.join(user_cache_dir("reinstate"), "rules")
    key = zlib.crc32(_FORMAT + sys.version.encode())
    size = 0
    for name, source in sources:
        key = zlib.crc32(source, zlib.crc32(name.encode() + b"\0", key))
        size += len(source)
    return os.path.join(folder, f"{kind}-{key:08x}-{size}.marshal")


def _write(path: str, value: Any) -> None:
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as handle:
            marshal.dump(value, handle)
        os.replace(temporary, path)
    except (OSError, ValueError):
        from contextlib import suppress

        with suppress(OSError):
            os.unlink(temporary)
