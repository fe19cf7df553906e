"""The one registry: built-in rule files and user rule folders load through the same path."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.rules import cache as rule_cache
from reinstate.rules.config import RuleSettings, load_settings
from reinstate.rules.model import Finding, Rule, Severity, Span

KINDS = ("phrases", "pattern", "function")
CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Registry:
    """All rules by code, with the user's settings applied."""

    def __init__(self, rules: Iterable[Rule], settings: RuleSettings | None = None) -> None:
        self.settings = settings or RuleSettings()
        self._all: dict[str, Rule] = {}
        self._shipped: dict[str, Severity] = {}
        for rule in rules:
            if rule.code in self._all:
                first = self._all[rule.code].origin
                raise ReinstateError(
                    "rule_duplicate",
                    code=rule.code,
                    first=first,
                    origin=rule.origin,
                    path=rule.origin,
                )
            override = self.settings.severity.get(rule.code)
            self._shipped[rule.code] = rule.severity
            self._all[rule.code] = rule.with_severity(override) if override else rule
        unknown = (set(self.settings.severity) | self.settings.disabled) - set(self._all)
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ReinstateError("config_unknown_rule", names=names, path=self.settings.origin)

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._all.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._all)

    def get(self, code: str) -> Rule:
        """A rule by code or by name."""
        rule = self._all.get(code.upper())
        if rule is None:
            rule = next((r for r in self._all.values() if r.name == code), None)
        if rule is None:
            raise ReinstateError("unknown_rule", code=code)
        return rule

    def enabled(self, code: str) -> bool:
        return code not in self.settings.disabled

    def weakened(self, codes: Iterable[str]) -> list[dict[str, Any]]:
        """Which of `codes` the user's config switched off or made milder, each with a message
        in both languages ("G201 is switched off by your config")."""
        out: list[dict[str, Any]] = []
        origin = self.settings.origin or "config"
        for code in sorted(c for c in codes if c in self._all):
            shipped, now = self._shipped[code], self._all[code].severity
            if not self.enabled(code):
                change = {"code": code, "change": "disabled", "severity": None}
                key = "rules.config.disabled"
            elif now < shipped:
                change = {"code": code, "change": "severity", "severity": now.name}
                key = "rules.config.downgraded"
            else:
                continue
            from reinstate.i18n import both

            out.append(
                {
                    **change,
                    "shipped_severity": shipped.name,
                    "config": origin,
                    "message": both(
                        key, code=code, shipped=shipped.name, now=now.name, config=origin
                    ),
                }
            )
        return out

    def for_target(self, target: str) -> list[Rule]:
        """The enabled rules that check the given kind of input."""
        return [r for r in self if r.target == target and self.enabled(r.code)]

    def finding(
        self,
        code: str,
        *,
        span: Span | None = None,
        location: str | None = None,
        **params: Any,
    ) -> Finding | None:
        """A finding of rule `code`, or None when the user switched the rule off."""
        if not self.enabled(code):
            return None
        return Finding(rule=self._all[code], params=params, span=span, location=location)


def _text(data: dict[str, Any], key: str, origin: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not value.get("en") or not value.get("zh"):
        raise _bad(origin, f"'{key}' needs non-empty 'en' and 'zh' texts")
    return {"en": str(value["en"]).strip(), "zh": str(value["zh"]).strip()}


def _bad(origin: str, problem: str) -> ReinstateError:
    return ReinstateError("rule_invalid", problem=problem, path=origin)


def parse_rule(data: dict[str, Any], origin: str) -> Rule:
    """Build a rule from the contents of its data file, checking its structure."""
    for key in ("code", "name", "kind", "target", "severity", "source", "tags"):
        if key not in data:
            raise _bad(origin, f"missing '{key}'")
    code, name, kind = str(data["code"]), str(data["name"]), str(data["kind"])
    if not CODE_RE.match(code):
        raise _bad(origin, f"code {code!r} must be a capital letter and three digits")
    if not NAME_RE.match(name):
        raise _bad(origin, f"name {name!r} must be kebab-case")
    if kind not in KINDS:
        raise _bad(origin, f"kind {kind!r} must be one of {', '.join(KINDS)}")
    try:
        severity = Severity.parse(str(data["severity"]))
    except ValueError as exc:
        raise _bad(origin, str(exc)) from None
    examples = data.get("examples", {})
    phrases = {
        lang: tuple(str(p) for p in items) for lang, items in data.get("phrases", {}).items()
    }
    if kind in ("phrases", "pattern") and not phrases:
        raise _bad(origin, f"a '{kind}' rule needs a [phrases] table")
    for patterns in phrases.values():
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise _bad(origin, f"pattern {pattern!r} does not compile: {exc}") from None
    return Rule(
        code=code,
        name=name,
        kind=kind,
        target=str(data["target"]),
        severity=severity,
        tags=tuple(str(t) for t in data["tags"]),
        message=_text(data, "message", origin),
        why=_text(data, "why", origin),
        fix=_text(data, "fix", origin),
        source=str(data["source"]),
        fire=tuple(examples.get("fire", ())),
        silent=tuple(examples.get("silent", ())),
        phrases=phrases,
        options=dict(data.get("options", {})),
        origin=origin,
    )


def check_runnable(rule: Rule, *, user: bool) -> Rule:
    """Refuse a rule that could never fire: an unknown target or tag, a kind its target cannot
    run, or (from a user's folder) a function rule, since no code of reinstate implements it."""
    from reinstate.rules.targets import targets

    target = targets().get(rule.target)
    if target is None:
        raise ReinstateError(
            "rule_invalid.target",
            path=rule.origin,
            target=rule.target,
            known=", ".join(sorted(targets())),
        )
    unknown = sorted(set(rule.tags) - target.tags)
    if unknown:
        raise ReinstateError(
            "rule_invalid.tags",
            path=rule.origin,
            tags=", ".join(unknown),
            target=rule.target,
            known=", ".join(sorted(target.tags)),
        )
    runnable = target.data_kinds if user else (*target.data_kinds, "function")
    if rule.kind not in runnable:
        raise ReinstateError(
            "rule_invalid.kind",
            path=rule.origin,
            kind=rule.kind,
            target=rule.target,
            kinds=", ".join(target.data_kinds) or "-",
        )
    return rule


def _parse_file(raw: bytes, origin: str, *, user: bool = False) -> Rule:
    try:
        # as reading in text mode did: a rule saved with Windows line ends parses the same
        text = raw.decode("utf-8").replace("\r\n", "\n")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _bad(origin, f"cannot be read as TOML ({exc})") from None
    rule = parse_rule(data, origin)
    if Path(origin).stem != rule.code:
        raise _bad(origin, f"the file must be named {rule.code}.toml")
    return check_runnable(rule, user=user)


def builtin_rules() -> list[Rule]:
    """Every rule shipped with reinstate (rules/data/<family>/<CODE>.toml)."""
    return list(_builtin_rules())


@cache
def _builtin_rules() -> tuple[Rule, ...]:
    files: list[tuple[str, bytes]] = []
    root = resources.files(__package__).joinpath("data")
    for family in sorted(root.iterdir(), key=lambda e: e.name):
        if not family.is_dir():
            continue
        for entry in sorted(family.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                files.append((f"rules/data/{family.name}/{entry.name}", entry.read_bytes()))
    return _parsed("builtin", files)


def folder_rules(folder: Path) -> list[Rule]:
    """Rules from a user's folder (any depth)."""
    if not folder.is_dir():
        raise ReinstateError("rules_folder_missing", path=str(folder))
    files: list[tuple[str, bytes]] = []
    for path in sorted(folder.rglob("*.toml")):
        try:
            files.append((str(path), path.read_bytes()))
        except OSError as exc:
            raise _bad(str(path), f"cannot be read as TOML ({exc})") from None
    return list(_parsed(rule_cache.group_name(folder), files, user=True))


def _parsed(
    group: str, files: list[tuple[str, bytes]], *, user: bool = False
) -> tuple[Rule, ...]:
    """The rules of these files, parsed once and then read from the on-disk cache."""
    return rule_cache.cached_rules(
        group, files, lambda: tuple(_parse_file(raw, o, user=user) for o, raw in files)
    )


def load_registry(config: str | os.PathLike[str] | None = None) -> Registry:
    """The registry with the built-in rules, the user's rule folders and the user's settings."""
    settings = load_settings(config)
    rules = builtin_rules()
    for folder in settings.paths:
        rules.extend(folder_rules(folder))
    return Registry(rules, settings)


_default: Registry | None = None


def default_registry() -> Registry:
    """The registry for this process, built once (rules and settings do not change mid-run)."""
    global _default
    if _default is None:
        _default = load_registry()
    return _default


def set_default_registry(registry: Registry | None) -> None:
    """Replace the process-wide registry (the CLI does this for --config; tests reset it)."""
    global _default
    _default = registry
