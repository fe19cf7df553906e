"""One message, formatted for each platform in the user's language.

A message is a title, a few lines and a link, each in both languages. The platforms differ:
DingTalk and Feishu/Lark render Markdown (DingTalk as a markdown message, Feishu/Lark as an
interactive card), a WeCom group robot through apprise takes plain text, Slack reads its own
mrkdwn (`<url|text>` links, `*bold*`), and e-mail is plain text with the title as the subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reinstate.i18n import tr

PLATFORMS = ("wecom", "dingtalk", "feishu", "lark", "slack", "email", "other")

# apprise plugin class name -> platform
_PLUGINS = {
    "NotifyWeComBot": "wecom",
    "NotifyDingTalk": "dingtalk",
    "NotifyFeishu": "feishu",
    "NotifyFeishuSigned": "feishu",
    "NotifyLark": "lark",
    "NotifyLarkSigned": "lark",
    "NotifySlack": "slack",
    "NotifyEmail": "email",
}


def platform_of(plugin: Any) -> str:
    return _PLUGINS.get(type(plugin).__name__, "other")


@dataclass(frozen=True)
class Message:
    title: dict[str, str]
    lines: list[dict[str, str]] = field(default_factory=list)
    link: str | None = None
    level: str = "info"  # info, warning, failure: the colour a card or attachment gets

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "lines": self.lines, "link": self.link, "level": self.level}


@dataclass(frozen=True)
class Rendered:
    title: str
    body: str
    markdown: bool


def render(message: Message, platform: str, lang: str) -> Rendered:
    title = message.title[lang]
    lines = [line[lang] for line in message.lines]
    label = tr("notify.link", lang)
    footer = tr("notify.footer", lang)
    if platform in ("dingtalk", "feishu", "lark"):
        body = "\n".join(f"- {line}" for line in lines)
        if message.link:
            body += f"\n\n[{label}]({message.link})"
        return Rendered(title, body + f"\n\n{footer}", markdown=True)
    if platform == "slack":
        # apprise turns Markdown into Slack's mrkdwn (`<url|text>` links)
        body = "\n".join(f"• {line}" for line in lines)
        if message.link:
            body += f"\n[{label}]({message.link})"
        return Rendered(title, body, markdown=True)
    body = "\n".join(lines)
    if message.link:
        body += f"\n\n{label}: {message.link}"
    return Rendered(title, body + f"\n\n{footer}", markdown=False)


def sample_message(lang_link: str | None = None) -> Message:
    """What `reinstate notify test` sends."""
    from reinstate.i18n import both

    return Message(
        title=both("notify.test.title"),
        lines=[both("notify.test.line")],
        link=lang_link,
    )
