"""Deliver a message to one notification URL through apprise."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.notify.message import Message, platform_of, render


@dataclass(frozen=True)
class Outcome:
    channel: str  # the platform and a short hash of the URL: never the URL (it holds secrets)
    platform: str
    ok: bool
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "platform": self.platform,
            "ok": self.ok,
            "detail": self.detail,
        }


def channel_id(url: str, platform: str) -> str:
    return f"{platform}:{hashlib.sha256(url.encode()).hexdigest()[:12]}"


def plugin_for(url: str) -> Any:
    """The apprise plugin for `url`, or an input error that names only its scheme."""
    import apprise

    from reinstate.notify.robots import register

    register()
    plugin = apprise.Apprise.instantiate(url.strip(), suppress_exceptions=True)
    if not plugin:
        scheme = url.split("://", 1)[0] if "://" in url else url[:12]
        raise ReinstateError("notify_url_invalid", scheme=scheme)
    return plugin


def send(url: str, message: Message, lang: str) -> Outcome:
    """Format `message` for the URL's platform in `lang` and deliver it; never raises on failure
    to deliver (that is an outcome), only on an unusable URL."""
    from apprise import NotifyFormat, NotifyType

    plugin = plugin_for(url)
    platform = platform_of(plugin)
    channel = channel_id(url, platform)
    text = render(message, platform, lang)
    kind = {"warning": NotifyType.WARNING, "failure": NotifyType.FAILURE}.get(
        message.level, NotifyType.INFO
    )
    import apprise

    sender = apprise.Apprise()
    sender.add(plugin)
    warnings: list[str] = []
    result = sender.notify(
        body=text.body,
        title=text.title,
        notify_type=kind,
        body_format=NotifyFormat.MARKDOWN if text.markdown else NotifyFormat.TEXT,
        log_callback=lambda entry, _plugin: warnings.append(entry.message),
        log_level=30,
    )
    if result:
        return Outcome(channel, platform, True)
    detail = (warnings[-1] if warnings else "not delivered")[:300]
    return Outcome(channel, platform, False, detail)
