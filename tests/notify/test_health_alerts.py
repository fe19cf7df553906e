"""Account health alerts go to the chat groups through `reinstate remind`, once per episode."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from fake_chat import SECRET, urls
from typer.testing import CliRunner

from reinstate.cli import app

runner = CliRunner()


def _snapshot(status: str, day: int):  # type: ignore[no-untyped-def]
    from reinstate.health.model import Snapshot

    return Snapshot(
        account="Acme",
        marketplace_id="ATVPDKIKX0DER",
        marketplace="US",
        account_status=status,
        ahr_status="GOOD",
        taken_at=datetime(2026, 12, day, 6, tzinfo=UTC),
        source="test",
    )


def _pull(db: str, status: str, day: int) -> None:
    from reinstate.cases import open_store
    from reinstate.health.ledger import save

    with open_store(db) as store:
        save(store, [_snapshot(status, day)])


def _remind(db: str, day: int, lang: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(
        app,
        [
            "remind",
            "--db",
            db,
            "--today",
            f"2026-12-{day:02d}",
            "--format",
            "json",
            "--url",
            urls(SECRET)["dingtalk"],
            "--lang",
            lang,
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_an_alert_is_sent_once_while_it_lasts_and_again_when_it_returns(
    tmp_path: Path, chat
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ledger.db")
    _pull(db, "AT_RISK", 1)
    first = _remind(db, 1, "zh")
    assert [r["stage"] for r in first["reminders"]] == ["health"]
    sent = chat.received[-1]["json"]["markdown"]
    assert "H101" in sent["title"] and "账户健康预警" in sent["title"]

    _pull(db, "AT_RISK", 2)  # the same condition on the next pull
    second = _remind(db, 2, "en")
    assert {d["state"] for d in second["deliveries"]} == {"already"}

    _pull(db, "NORMAL", 3)
    _pull(db, "AT_RISK", 4)  # cleared, then back: a new episode
    before = len(chat.received)
    fourth = _remind(db, 4, "en")
    assert {d["state"] for d in fourth["deliveries"]} == {"sent"}
    assert len(chat.received) == before + 1
    assert "account health alert H101" in chat.received[-1]["json"]["markdown"]["title"]


def test_stale_snapshots_raise_no_alert(tmp_path: Path, chat) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "ledger.db")
    _pull(db, "DEACTIVATED", 1)
    assert _remind(db, 20, "en")["reminders"] == []
    assert chat.received == []
