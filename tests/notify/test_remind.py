"""`reinstate remind`: what is due, sent through every channel, each reminder once."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from fake_chat import SECRET, urls
from typer.testing import CliRunner

from reinstate.cli import app

runner = CliRunner()
# The demo case: notice 2026-11-20 (respond within 17 days: 2026-12-07), appeal 2026-11-25
# (follow-up window opens 2026-12-02).
DAY = "2026-12-05"


@pytest.fixture
def demo_ledger(tmp_path: Path) -> str:
    from reinstate.demo import run_demo

    run_demo(tmp_path)
    return str(tmp_path / "demo.db")


def remind(db: str, addresses: list[str], *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    args = ["remind", "--db", db, "--today", DAY, "--format", "json"]
    for url in addresses:
        args += ["--url", url]
    result = runner.invoke(app, [*args, *extra], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_remind_twice_sends_each_reminder_once(demo_ledger, chat, smtp) -> None:  # type: ignore[no-untyped-def]
    addresses = list(urls(SECRET, smtp.port).values())
    code, first = remind(demo_ledger, addresses, "--lang", "zh")
    assert code == 0, first
    stages = {(r["key"].split(":")[2], r["stage"]) for r in first["reminders"]}
    assert stages == {("respond", "due_3"), ("cooling_off", "open")}
    assert len(first["deliveries"]) == 2 * 6
    assert {d["state"] for d in first["deliveries"]} == {"sent"}
    assert len(chat.received) == 2 * 5 and len(smtp.messages) == 2
    assert all(r["verified"] for r in chat.received)
    assert all("案件 #1" in json.dumps(r["json"], ensure_ascii=False) for r in chat.received)

    code, second = remind(demo_ledger, addresses, "--lang", "zh")
    assert code == 0
    assert {d["state"] for d in second["deliveries"]} == {"already"}
    assert len(chat.received) == 2 * 5 and len(smtp.messages) == 2  # nothing sent again


def test_a_failed_delivery_is_tried_again_and_only_that_one(demo_ledger, chat) -> None:  # type: ignore[no-untyped-def]
    addresses = list(urls(SECRET).values())
    chat.server.secret = "ROTATEDSECRET000"  # the robots' secret changed: signed ones refuse
    code, first = remind(demo_ledger, addresses)
    assert code == 1
    failed = {d["channel"].split(":")[0] for d in first["deliveries"] if d["state"] == "failed"}
    assert failed == {"dingtalk", "feishu", "lark"}

    chat.server.secret = SECRET
    before = len(chat.received)
    code, second = remind(demo_ledger, addresses)
    assert code == 0
    sent = {d["channel"].split(":")[0] for d in second["deliveries"] if d["state"] == "sent"}
    assert sent == failed
    assert len(chat.received) - before == 2 * 3


def test_a_moved_deadline_is_a_new_reminder(demo_ledger, chat) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from reinstate.cases import EventKind, open_store

    address = [urls(SECRET)["wecom"]]
    remind(demo_ledger, address)
    with open_store(demo_ledger) as store:
        store.log_event(
            1,
            EventKind.appeal_submitted,
            at=datetime(2026, 11, 28, tzinfo=UTC),
            text="Second appeal with the supplier's letter.",
        )
    _, again = remind(demo_ledger, address, "--today", "2026-12-05")
    keys = {d["key"] for d in again["deliveries"] if d["state"] == "sent"}
    assert keys == {"case:1:cooling_off:2026-12-05:open"}


def test_without_a_channel_reminders_are_shown_and_nothing_recorded(demo_ledger) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["remind", "--db", demo_ledger, "--today", DAY])
    assert result.exit_code == 0
    assert "No channel is configured" in result.output
    assert "Case #1" in result.output
    from sqlalchemy import func, select

    from reinstate.cases import open_store
    from reinstate.notify.tables import ReminderRow

    with open_store(demo_ledger) as store, store.session() as session:
        assert session.scalar(select(func.count()).select_from(ReminderRow)) == 0


def test_a_bad_address_is_exit_2_before_anything_is_sent(demo_ledger, chat) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        app,
        [
            "remind",
            "--db",
            demo_ledger,
            "--today",
            DAY,
            "--url",
            urls(SECRET)["wecom"],
            "--url",
            "nosuch://x",
        ],
    )
    assert result.exit_code == 2
    assert chat.received == []


@pytest.mark.parametrize(
    ("left", "hard", "expected"),
    [
        (4, True, None),
        (3, True, "due_3"),
        (2, True, "due_3"),
        (1, True, "due_1"),
        (0, True, "due_1"),
        (-1, True, "overdue"),
        (-7, True, "overdue"),
        (-8, True, None),
        (1, False, None),
        (0, False, "open"),
        (-7, False, "open"),
        (-8, False, None),
    ],
)
def test_stages(left: int, hard: bool, expected: str | None) -> None:
    from reinstate.cases import Deadline
    from reinstate.notify.remind import stage

    today = date(2026, 12, 5)
    deadline = Deadline("respond", today + timedelta(days=left), hard, "notice", {})
    assert stage(deadline, today) == expected


def test_notify_test_sends_a_sample_in_the_chosen_language(chat) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["notify", "test", urls(SECRET)["feishu"], "--lang", "zh"])
    assert result.exit_code == 0, result.output
    card = chat.received[-1]["json"]["card"]
    assert card["header"]["title"]["content"] == "reinstate：测试消息"
    assert chat.received[-1]["verified"]

    chat.server.secret = "OTHER00000"
    refused = runner.invoke(app, ["notify", "test", urls(SECRET)["feishu"]])
    assert refused.exit_code == 2
    assert "not delivered" in refused.output
    assert SECRET not in refused.output


def test_claims_on_every_database(db_url) -> None:  # type: ignore[no-untyped-def]
    """Once sent, a (reminder, channel) is never claimed again; once failed, it is."""
    from reinstate.cases import open_store
    from reinstate.notify.remind import _claim, _finish
    from reinstate.notify.send import Outcome

    with open_store(db_url) as store:
        assert _claim(store, "case:1:respond:2026-12-07:due_3", "wecom:abc", 1)
        assert not _claim(store, "case:1:respond:2026-12-07:due_3", "wecom:abc", 1)  # in flight
        _finish(
            store,
            "case:1:respond:2026-12-07:due_3",
            "wecom:abc",
            Outcome("wecom:abc", "wecom", False, "HTTP 400"),
        )
        assert _claim(store, "case:1:respond:2026-12-07:due_3", "wecom:abc", 1)
        _finish(
            store,
            "case:1:respond:2026-12-07:due_3",
            "wecom:abc",
            Outcome("wecom:abc", "wecom", True),
        )
        assert not _claim(store, "case:1:respond:2026-12-07:due_3", "wecom:abc", 1)
        assert _claim(store, "case:1:respond:2026-12-07:due_3", "dingtalk:def", 1)
