"""The user's rule settings: switch rules off, change severities, add rule folders.

Read from `--config`, else `REINSTATE_CONFIG`, else `config.toml` in the user's config directory:

    [rules]
    disable = ["P203"]
    paths = ["~/my-reinstate-rules"]

    [rules.severity]
    G402 = "error"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reinstate.errors import ReinstateError
from reinstate.rules.model import Severity


@dataclass(frozen=True)
class RuleSettings:
    disabled: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    paths: tuple[Path, ...] = ()
    origin: str | None = None


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to read, or None when the user has none."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("REINSTATE_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    default = Path(user_config_dir("reinstate")) / "config.toml"
    return default if default.exists() else None


def load_settings(explicit: str | os.PathLike[str] | None = None) -> RuleSettings:
    path = config_path(explicit)
    if path is None:
        return RuleSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReinstateError("config_missing", path=str(path)) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReinstateError("config_invalid", exc=exc, path=str(path)) from None
    rules = data.get("rules", {})
    try:
        severity = {
            code: Severity.parse(str(level)) for code, level in rules.get("severity", {}).items()
        }
    except ValueError as exc:
        raise ReinstateError("config_invalid.severity", exc=exc, path=str(path)) from None
    paths = tuple(Path(os.path.expanduser(p)) for p in rules.get("paths", []))
    return RuleSettings(
        disabled=frozenset(rules.get("disable", [])),
        severity=severity,
        paths=paths,
        origin=str(path),
    )
