"""The `[notify]` table of the user's config.toml (the file the rules and [health] read):

[notify]
urls = ["dingtalk://SECRET@TOKEN/", "feishusign://SECRET@TOKEN", "mailto://..."]
lang = "zh"                              # the language of the messages (default: the CLI's)
base_url = "https://reinstate.example"   # where "Open the case" links point

Notification URLs hold the robots' secrets: keep them out of a shared file with
`urls_env = "REINSTATE_NOTIFY_URLS"` (the default), a variable holding URLs separated by spaces.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reinstate.errors import ReinstateError

DEFAULT_ENV = "REINSTATE_NOTIFY_URLS"


@dataclass(frozen=True)
class NotifySettings:
    urls: tuple[str, ...] = ()
    lang: str | None = None
    base_url: str = "http://127.0.0.1:8000"


def _bad(reason: str) -> ReinstateError:
    return ReinstateError("notify_config_invalid", reason=reason)


def load(explicit: str | os.PathLike[str] | None = None) -> NotifySettings:
    from reinstate.health.settings import _path

    path = _path(explicit)
    table: dict[str, object] = {}
    if path is not None and path.exists():
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ReinstateError("notify_config_invalid", path=str(path), reason=str(exc)) from None
        raw = data.get("notify", {})
        if not isinstance(raw, dict):
            raise _bad("[notify] must be a table")
        table = raw
    urls = table.get("urls", [])
    if isinstance(urls, str):
        urls = [urls]
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise _bad("[notify] urls is a list of notification addresses")
    env = table.get("urls_env", DEFAULT_ENV)
    if not isinstance(env, str):
        raise _bad("[notify] urls_env names an environment variable")
    urls = [*urls, *os.environ.get(env, "").split()]
    lang = table.get("lang")
    if lang is not None and lang not in ("en", "zh"):
        raise _bad("[notify] lang is en or zh")
    base_url = table.get("base_url", NotifySettings.base_url)
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        raise _bad("[notify] base_url is an http(s) address")
    return NotifySettings(
        urls=tuple(dict.fromkeys(u.strip() for u in urls if u.strip())),
        lang=lang if isinstance(lang, str) else None,
        base_url=base_url,
    )
