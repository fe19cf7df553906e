"""Parsed rules kept on disk, so a command does not re-read TOML and re-check every pattern.

Parsing the ~100 rule files and compiling their ~800 patterns to check them took most of a
`reinstate lint` run. A set of rule files is parsed once; later runs unpickle the result.

The key is a hash of the files' names and bytes, the package version, the Python version and the
source of the loader itself (a change to the checks in a development tree invalidates it too),
so editing a rule, adding one to a user's folder or upgrading reinstate all rebuild. Files live
in the user cache directory (`REINSTATE_CACHE_DIR` overrides it). Writers write a private
temporary file and `os.replace` it into place: concurrent runs never see half a file, and the
last writer wins with identical content. The cache is only ever an optimisation: a file that
cannot be read or written is ignored and the rules are parsed as before. Rules that fail to
parse raise as usual and nothing is stored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from reinstate import __version__
from reinstate.rules.model import Rule

ENV = "REINSTATE_CACHE_DIR"
_LOADER = ("cache.py", "registry.py", "model.py")


def cache_dir() -> Path:
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reinstate")) / "rules"


def fingerprint(files: Sequence[tuple[str, bytes]]) -> str:
    """A hash of the rule files (name and bytes) and of everything that shapes their parse."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{sys.version}\0".encode())
    here = Path(__file__).parent
    for name in _LOADER:
        digest.update((here / name).read_bytes())
    for name, data in files:
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def cached_rules(
    group: str,
    files: Sequence[tuple[str, bytes]],
    parse: Callable[[], tuple[Rule, ...]],
) -> tuple[Rule, ...]:
    """The rules `parse()` builds from `files`, from the cache when these files were seen before.

    `group` names the set (the built-in rules, or one user folder): a new version of a set
    replaces its old cache file instead of piling up beside it.
    """
    folder = cache_dir()
    path = folder / f"{group}-{fingerprint(files)[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            rules = pickle.load(handle)
        if isinstance(rules, tuple) and all(isinstance(r, Rule) for r in rules):
            return rules
    except Exception:  # missing, cut short by a full disk, or written by older code
        pass
    rules = parse()
    _store(folder, path, rules)
    return rules


def _store(folder: Path, path: Path, rules: tuple[Rule, ...]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(rules, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        Path(tmp).unlink(missing_ok=True)
        return
    group = path.name.rsplit("-", 1)[0]
    for old in folder.glob(f"{group}-*.pickle"):
        if old != path:
            with suppress(OSError):
                old.unlink()


def group_name(folder: Path) -> str:
    """The cache group of a user's rule folder: one per absolute path."""
    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"folder-{key}"
