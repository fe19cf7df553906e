"""The `[health]` table of the user's config.toml (the same file the rules read):

[health]
margin = 0.2                      # warn when a metric has used 80% of what its target allows
open_case_on = ["DEACTIVATED"]    # add "AT_RISK" to open a draft case earlier
webhook_url = "https://hooks.example.com/reinstate"
webhook_timeout = 10

[health.smtp]
host = "smtp.example.com"
port = 587
starttls = true
username = "alerts@example.com"
password_env = "REINSTATE_SMTP_PASSWORD"   # the password itself never goes in the file
from = "alerts@example.com"
to = ["owner@example.com"]

[health.endpoints]                 # only to point the client elsewhere (tests, proxies)
lwa_token_url = "https://api.amazon.com/auth/o2/token"
spapi_url = "https://sellingpartnerapi-na.amazon.com"  # default: from the account's region

[health.polling]
first_wait = 5        # seconds before the second getReport
max_wait = 60         # longest pause between two polls
timeout = 1800        # give up on a report after this long
retries = 5           # attempts per request on throttling, 5xx or a network failure
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.errors import ReinstateError

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    starttls: bool = False
    ssl: bool = False
    username: str | None = None
    password_env: str | None = None
    sender: str = "reinstate@localhost"
    to: tuple[str, ...] = ()
    timeout: float = 15.0

    def password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else None


@dataclass(frozen=True)
class HealthSettings:
    margin: float = 0.2
    open_case_on: frozenset[str] = frozenset({"DEACTIVATED"})
    smtp: SmtpSettings | None = None
    webhook_url: str | None = None
    webhook_timeout: float = 10.0
    lwa_token_url: str = LWA_TOKEN_URL
    spapi_url: str | None = None
    first_wait: float = 5.0
    max_wait: float = 60.0
    timeout: float = 1800.0
    retries: int = 5
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _path(explicit: str | os.PathLike[str] | None) -> Path | None:
    from reinstate.rules import default_registry
    from reinstate.rules.config import config_path

    if explicit:
        return Path(explicit)
    try:
        origin = default_registry().settings.origin
    except Exception:  # a broken rule config is reported by the rule commands
        origin = None
    return Path(origin) if origin else config_path()


def _bad(path: Path, reason: str) -> Exception:
    return ReinstateError("health_config_invalid", path=str(path), reason=reason)


def _number(
    table: dict[str, Any],
    key: str,
    default: float,
    path: Path,
    *,
    low: float = 0,
    high: float | None = None,
) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(path, f"[health] {key} must be a number")
    if value < low or (high is not None and value > high):
        raise _bad(path, f"[health] {key} must be between {low} and {high}")
    return float(value)


def load(explicit: str | os.PathLike[str] | None = None) -> HealthSettings:
    """The health settings from the config file (defaults when there is none)."""
    path = _path(explicit)
    if path is None:
        return HealthSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReinstateError(
            "health_config_invalid",
            path=str(path),
            reason="the file does not exist",
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _bad(path, str(exc)) from None
    table = data.get("health", {})
    if not isinstance(table, dict):
        raise _bad(path, "[health] must be a table")
    statuses = table.get("open_case_on", ["DEACTIVATED"])
    if not isinstance(statuses, list) or not set(statuses) <= {"AT_RISK", "DEACTIVATED"}:
        raise _bad(path, "[health] open_case_on lists AT_RISK and/or DEACTIVATED")
    smtp = None
    raw_smtp = table.get("smtp")
    if isinstance(raw_smtp, dict) and raw_smtp.get("host"):
        to = raw_smtp.get("to", [])
        to = [to] if isinstance(to, str) else to
        if not to or not all(isinstance(t, str) and "@" in t for t in to):
            raise _bad(path, "[health.smtp] to needs at least one e-mail address")
        smtp = SmtpSettings(
            host=str(raw_smtp["host"]),
            port=int(_number(raw_smtp, "port", 25, path, low=1, high=65535)),
            starttls=bool(raw_smtp.get("starttls", False)),
            ssl=bool(raw_smtp.get("ssl", False)),
            username=raw_smtp.get("username"),
            password_env=raw_smtp.get("password_env"),
            sender=str(raw_smtp.get("from", "reinstate@localhost")),
            to=tuple(to),
            timeout=_number(raw_smtp, "timeout", 15, path, low=0.1),
        )
    endpoints = table.get("endpoints", {})
    polling = table.get("polling", {})
    webhook = table.get("webhook_url")
    if webhook is not None and not str(webhook).startswith(("http://", "https://")):
        raise _bad(path, "[health] webhook_url must be an http(s) URL")
    return HealthSettings(
        margin=_number(table, "margin", 0.2, path, low=0, high=1),
        open_case_on=frozenset(statuses),
        smtp=smtp,
        webhook_url=webhook,
        webhook_timeout=_number(table, "webhook_timeout", 10, path, low=0.1),
        lwa_token_url=str(endpoints.get("lwa_token_url", LWA_TOKEN_URL)),
        spapi_url=endpoints.get("spapi_url"),
        first_wait=_number(polling, "first_wait", 5, path),
        max_wait=_number(polling, "max_wait", 60, path),
        timeout=_number(polling, "timeout", 1800, path),
        retries=int(_number(polling, "retries", 5, path, low=1, high=20)),
        origin=str(path),
    )
