"""Chat fakes on loopback with apprise's plugins pointed at them, and a ledger with the demo case.

No test here may reach a real host: every plugin's address is replaced before anything is sent.
"""

from __future__ import annotations

import pytest
from fake_chat import ChatFakes, SmtpFake


@pytest.fixture
def chat(monkeypatch):  # type: ignore[no-untyped-def]
    from apprise.plugins.dingtalk import NotifyDingTalk
    from apprise.plugins.slack import NotifySlack
    from apprise.plugins.wecombot import NotifyWeComBot

    from reinstate.notify.robots import NotifyFeishuSigned, NotifyLarkSigned

    with ChatFakes() as fakes:
        base = fakes.base
        monkeypatch.setattr(NotifyWeComBot, "notify_url", base + "/cgi-bin/webhook/send?key={key}")
        monkeypatch.setattr(NotifyDingTalk, "notify_url", base + "/robot/send?access_token={token}")
        monkeypatch.setattr(
            NotifyFeishuSigned, "notify_url", base + "/feishu/open-apis/bot/v2/hook/{token}"
        )
        monkeypatch.setattr(
            NotifyLarkSigned, "notify_url", base + "/lark/open-apis/bot/v2/hook/{token}"
        )
        monkeypatch.setattr(NotifySlack, "webhook_url", base + "/services")
        yield fakes


@pytest.fixture
def smtp():  # type: ignore[no-untyped-def]
    with SmtpFake() as fake:
        yield fake
