"""Each platform's payload and signature, checked by its fake server, in both languages."""

from __future__ import annotations

import pytest
from fake_chat import SECRET, urls

from reinstate.notify.message import Message
from reinstate.notify.send import send

MESSAGE = Message(
    title={"en": "Case #7 Acme: 3 days left", "zh": "案件 #7 Acme：还剩 3 天"},
    lines=[
        {
            "en": "Date: 2026-12-07 (Amazon's notice)",
            "zh": "日期：2026-12-07（依据：亚马逊的通知）",
        },
        {"en": "What to do: send the Plan of Action", "zh": "要做的事：提交行动计划"},
    ],
    link="https://reinstate.example/cases/7",
    level="warning",
)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_chat_platform_gets_its_own_format_and_a_valid_signature(chat, lang) -> None:  # type: ignore[no-untyped-def]
    outcomes = {name: send(url, MESSAGE, lang) for name, url in urls(SECRET).items()}
    assert all(o.ok for o in outcomes.values()), outcomes
    got = {r["platform"]: r for r in chat.received}
    assert set(got) == {"wecom", "dingtalk", "feishu", "lark", "slack"}
    assert all(r["verified"] for r in got.values()), got
    title, step = MESSAGE.title[lang], MESSAGE.lines[1][lang]

    wecom = got["wecom"]["json"]
    assert wecom["msgtype"] == "text"
    assert title in wecom["text"]["content"] and step in wecom["text"]["content"]
    assert MESSAGE.link in wecom["text"]["content"]

    ding = got["dingtalk"]["json"]
    assert ding["msgtype"] == "markdown"
    assert ding["markdown"]["title"] == title
    assert f"- {step}" in ding["markdown"]["text"]
    assert f"]({MESSAGE.link})" in ding["markdown"]["text"]

    for name in ("feishu", "lark"):
        card = got[name]["json"]
        assert card["msg_type"] == "interactive"
        assert card["card"]["header"]["title"]["content"] == title
        assert card["card"]["header"]["template"] == "orange"
        content = card["card"]["elements"][0]["text"]["content"]
        assert f"- {step}" in content and f"]({MESSAGE.link})" in content

    slack = got["slack"]["json"]
    text = slack.get("text", "") + "".join(
        str(a.get("title", "")) + str(a.get("text", "")) for a in slack.get("attachments", [])
    )
    assert title in text and step in text
    assert f"<{MESSAGE.link}|" in text


def test_a_wrong_signing_secret_is_refused_and_reported(chat) -> None:  # type: ignore[no-untyped-def]
    chat.server.secret = "SOMETHINGELSE0000"  # the robot was set up with another secret
    for name in ("dingtalk", "feishu", "lark"):
        outcome = send(urls(SECRET)[name], MESSAGE, "en")
        assert not outcome.ok, name
        assert outcome.detail and SECRET not in outcome.detail
    assert not any(r["verified"] for r in chat.received)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_email_is_plain_text_with_the_title_as_subject(smtp, lang) -> None:  # type: ignore[no-untyped-def]
    outcome = send(urls(SECRET, smtp.port)["email"], MESSAGE, lang)
    assert outcome.ok, outcome
    mail = smtp.messages[-1]
    assert mail["Subject"] == MESSAGE.title[lang]
    assert "team@example.com" in mail["To"]
    body = mail.get_body(("plain",)).get_content()
    assert MESSAGE.lines[1][lang] in body and MESSAGE.link in body


def test_channels_are_named_without_their_secrets(chat) -> None:  # type: ignore[no-untyped-def]
    outcome = send(urls(SECRET)["dingtalk"], MESSAGE, "en")
    assert outcome.channel.startswith("dingtalk:")
    assert SECRET not in str(outcome.to_json())


def test_an_unknown_address_is_an_input_error_naming_only_its_scheme() -> None:
    from reinstate.errors import ReinstateError

    with pytest.raises(ReinstateError) as caught:
        send(f"nosuch://{SECRET}@host", MESSAGE, "en")
    assert caught.value.code == "notify_url_invalid"
    assert SECRET not in caught.value.message["en"]


def test_a_wrong_wecom_key_is_read_from_the_errcode(chat) -> None:  # type: ignore[no-untyped-def]
    """WeCom answers HTTP 200 with a non-zero errcode; that is a failure, not a delivery."""
    outcome = send("wecombot://wrongkey1", MESSAGE, "zh")
    assert not outcome.ok
    assert chat.received[-1]["platform"] == "wecom" and not chat.received[-1]["verified"]
