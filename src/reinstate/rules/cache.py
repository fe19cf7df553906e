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

import _sre
import atexit
import hashlib
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import cache
from importlib import import_module
from pathlib import Path
from types import CodeType

from reinstate import __version__
from reinstate.rules.model import Rule

ENV = "REINSTATE_CACHE_DIR"
_LOADER = ("cache.py", "registry.py", "model.py", "targets.py")


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
    # what each target accepts decides which rule files load at all
    for target in sorted((here / "targets").glob("*.toml")):
        digest.update(target.read_bytes())
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
    if not _write_pickle(folder, path, rules):
        return
    group = path.name.rsplit("-", 1)[0]
    for old in folder.glob(f"{group}-*.pickle"):
        if old != path:
            with suppress(OSError):
                old.unlink()


def _write_pickle(folder: Path, path: Path, value: object) -> bool:
    """Write `value` to `path` whole or not at all; False when the cache cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def group_name(folder: Path) -> str:
    """The cache group of a user's rule folder: one per absolute path."""
    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return f"folder-{key}"


# Compiled patterns. Python cannot pickle a compiled pattern (unpickling compiles it again), but
# `re` builds every pattern as a program for the `_sre` engine, and that program can be kept:
# re-creating a pattern from its program is ~30x faster than parsing and compiling it, which is
# what a rule set's large alternations spend most of a short command on. The store is keyed by
# the exact Python build and the engine's MAGIC number, and anything unexpected falls back to
# plain `re.compile`, so the worst case is the speed we had.

# (flags, code, groups, groupindex, indexgroup), the code packed as 32-bit words: unpickling a
# list of ints builds an object per int (the store holds ~1M), bytes load in one copy
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_FORMAT = 2
_Key = tuple[str, int] | tuple[str, int, str]
_Stored = _Program | str  # a program, or a string derived from a pattern (see `derived`)
# user rule churn (and a development tree's edits) must not grow the file without end: past
# either bound, a save keeps only what this process used or built
_MAX_PROGRAMS = 4000
_MAX_BYTES = 16_000_000


class _Programs:
    def __init__(self) -> None:
        self.loaded: dict[_Key, _Stored] | None = None
        self.new: dict[_Key, _Stored] = {}
        self.used: set[_Key] = set()

    def path(self) -> Path:
        digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_FORMAT}".encode())
        # factored programs are what this rewrite made of the pattern: a new rewrite, a new store
        digest.update((Path(__file__).parent / "factor.py").read_bytes())
        key = digest.hexdigest()[:16]
        return cache_dir() / f"patterns-{key}.pickle"

    def get(self, key: _Key) -> _Stored | None:
        found = self.known().get(key) or self.new.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def remember(self, key: _Key, value: _Stored) -> None:
        if not self.new:
            atexit.register(self.save)
        self.new[key] = value

    def known(self) -> dict[_Key, _Stored]:
        if self.loaded is None:
            self.loaded = {}
            try:
                with self.path().open("rb") as handle:
                    data = pickle.load(handle)
                if isinstance(data, dict):
                    self.loaded = data
            except Exception:  # missing, cut short, or written by another build
                pass
        return self.loaded

    def save(self) -> None:
        if not self.new:
            return
        path = self.path()
        self.loaded = None  # merge with what other runs stored meanwhile
        known = self.known()
        merged = {**known, **self.new}
        if len(merged) > _MAX_PROGRAMS or _size(merged) > _MAX_BYTES:
            merged = {**{k: known[k] for k in self.used if k in known}, **self.new}
        self.new = {}
        _write_pickle(path.parent, path, merged)


def _size(stored: dict[_Key, _Stored]) -> int:
    return sum(len(k[0]) + len(v if isinstance(v, str) else v[1]) for k, v in stored.items())


_programs = _Programs()


def compiled(pattern: str, flags: int = 0, *, factored: bool = False) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, re-created from its stored program when seen before.

    `factored=True` builds the program from the pattern's alternations rewritten as prefix trees
    (`reinstate.rules.factor`): the same matches, found faster in a long list of phrases.
    """
    key: _Key = (pattern, int(flags), "factored") if factored else (pattern, int(flags))
    stored = _programs.get(key)
    if isinstance(stored, tuple):
        try:
            return _engine(pattern, stored)
        except Exception:  # a program this engine does not accept: compile afresh
            pass
    program = _program(pattern, int(flags), factored=factored)
    if program is None:
        return re.compile(pattern, flags)
    try:
        result = _engine(pattern, program)
    except Exception:
        return re.compile(pattern, flags)
    _programs.remember(key, program)
    return result


def _engine(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, packed, groups, groupindex, indexgroup = program
    code = array("I")
    code.frombytes(packed)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def derived(kind: str, source: str, compute: Callable[[str], str]) -> str:
    """`compute(source)`, a pattern derived from another (a prefilter put in front of it, say),
    kept in the pattern store so that later runs skip the parse that computing it needs.

    The key holds a hash of `compute`'s own code and of the module that defines it: editing
    them derives afresh instead of reusing what the old code made (the code's hash also keeps
    apart a process still running the old code after its file changed)."""
    version = f"{_code_hash(compute.__code__)}-{_module_hash(compute.__module__)}"
    key: _Key = (source, -1, f"{kind}-{version}")
    stored = _programs.get(key)
    if isinstance(stored, str):
        return stored
    value = compute(source)
    _programs.remember(key, value)
    return value


def _code_hash(code: CodeType) -> str:
    digest = hashlib.sha256(code.co_code)
    for const in code.co_consts:
        digest.update(_const(const).encode())
    return digest.hexdigest()[:16]


def _const(value: object) -> str:
    """A constant as text that is the same in every process (no addresses, no set order)."""
    if isinstance(value, CodeType):
        return _code_hash(value)
    if isinstance(value, tuple):
        return "(" + ",".join(_const(v) for v in value) + ")"
    if isinstance(value, frozenset):
        return "{" + ",".join(sorted(_const(v) for v in value)) + "}"
    return repr(value) if isinstance(value, str | bytes | int | float | None) else "?"


@cache
def _module_hash(name: str) -> str:
    try:
        source = Path(sys.modules[name].__file__ or "").read_bytes()
    except (KeyError, OSError):
        return "unknown"
    return hashlib.sha256(source).hexdigest()[:16]


_MAX_GROWTH = 8  # a factored program this many times the plain one is not worth its memory


def _program(pattern: str, flags: int, *, factored: bool = False) -> _Program | None:
    """What `re` hands the engine for this pattern, or None on a Python that builds it otherwise."""
    try:
        re_parser, re_compiler = import_module("re._parser"), import_module("re._compiler")
        parsed = re_parser.parse(pattern, flags)
        code = [int(op) for op in re_compiler._code(parsed, flags)]
        if factored and not (flags | parsed.state.flags) & re.IGNORECASE:
            from reinstate.rules.factor import factor

            tree = factor(parsed)
            shorter = [int(op) for op in re_compiler._code(tree, flags)]
            if len(shorter) <= _MAX_GROWTH * len(code):
                code = shorter
        packed = array("I", code).tobytes()  # OverflowError: not 32-bit words, store nothing
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            flags | parsed.state.flags,
            packed,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:
        return None
