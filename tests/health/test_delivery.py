"""Alerts by e-mail and webhook, tested against local servers, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import select

from health.conftest import Cli
from health.local_servers import SmtpSink, WebhookSink
from reinstate.cases import open_store
from reinstate.health.tables import AlertRow


def channels_toml(smtp_port: int | None, webhook: str | None, extra: str = "") -> str:
    text = f"[health]\n{extra}\n"
    if webhook:
        text += f'webhook_url = "{webhook}"\nwebhook_timeout = 5\n'
    if smtp_port:
        text += (
            f'\n[health.smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
            'from = "alerts@seller.example"\nto = ["owner@seller.example", "ops@seller.example"]\n'
        )
    return text


def alert_rows(db_url: str) -> list[AlertRow]:
    with open_store(db_url) as store, store.session() as session:
        return list(session.scalars(select(AlertRow).order_by(AlertRow.id)))


def test_alerts_go_by_email_and_webhook_once(db_url, write_config, report_file) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as smtp, WebhookSink() as hook:
        write_config(channels_toml(smtp.port, hook.url))
        cli = Cli(db_url)
        first = cli(
            "health", "import", str(report_file("AT_RISK", late=0.036)), "--account", "Acme"
        )
        assert first.exit_code == 1
        assert "Sent by email." in first.output and "Sent by webhook." in first.output
        (mail,) = smtp.messages
        assert mail["to"] == ["owner@seller.example", "ops@seller.example"]
        assert mail["message"]["Subject"].startswith("[reinstate] Acme US: 2 account health")
        body = smtp.body()
        assert "[H101 error]" in body and "[H105 warning]" in body and "lateShipmentRate" in body
        (post,) = hook.received
        payload = post["json"]
        assert payload["kind"] == "health_alert" and payload["schema_version"] == 1
        assert payload["account_status"] == "AT_RISK"
        assert [a["code"] for a in payload["alerts"]] == ["H101", "H105"]
        assert payload["alerts"][0]["message"]["zh"].startswith("账户 Acme")
        assert post["headers"]["Content-Type"] == "application/json"

        # The same state again: shown in the terminal, not sent again.
        again = cli(
            "health",
            "import",
            str(report_file("AT_RISK", late=0.036)),
            "--account",
            "Acme",
            "--date",
            "2026-11-02",
        )
        assert again.exit_code == 1 and "H101" in again.output and "Sent by" not in again.output
        assert len(smtp.messages) == 1 and len(hook.received) == 1

        # Something new: only the new alert is sent.
        third = cli(
            "health",
            "import",
            str(report_file("AT_RISK", late=0.036, warnings={"spammingSellerMessaging": "BAD"})),
            "--account",
            "Acme",
            "--lang",
            "zh",
        )
        assert "已通过 email 发送" in third.output
        assert [a["code"] for a in hook.received[-1]["json"]["alerts"]] == ["H107"]
        assert "警告 spammingSellerMessaging" in smtp.body()
        assert smtp.messages[-1]["message"]["Subject"].endswith("1 条账户健康提醒")
    states = [(r.code, r.channel, r.state) for r in alert_rows(db_url)]
    assert states.count(("H101", "email", "sent")) == 1
    assert states.count(("H101", "email", "repeat")) == 2
    assert ("H107", "webhook", "sent") in states


def test_a_failed_delivery_is_reported_and_tried_again(db_url, write_config, report_file) -> None:  # type: ignore[no-untyped-def]
    with SmtpSink() as smtp, WebhookSink() as hook:
        write_config(channels_toml(smtp.port, hook.url))
        hook.server.status = 500
        smtp.server.refuse = True
        cli = Cli(db_url)
        first = cli(
            "health",
            "import",
            str(report_file("DEACTIVATED")),
            "--account",
            "Acme",
            "--format",
            "json",
        )
        assert first.exit_code == 1
        deliveries = json.loads(first.output)["results"][0]["deliveries"]
        assert {d["channel"]: d["ok"] for d in deliveries} == {"email": False, "webhook": False}
        assert "HTTP 500" in {d["channel"]: d["detail"] for d in deliveries}["webhook"]
        hook.server.status = 200
        smtp.server.refuse = False
        second = cli(
            "health",
            "import",
            str(report_file("DEACTIVATED")),
            "--account",
            "Acme",
            "--date",
            "2026-11-02",
        )
        assert "Sent by email." in second.output and "Sent by webhook." in second.output
        assert len(smtp.messages) == 1 and len(hook.received) == 2


def test_an_unreachable_smtp_server_does_not_stop_the_import(
    db_url, write_config, report_file
) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    write_config(channels_toml(port, None))
    result = Cli(db_url)("health", "import", str(report_file("AT_RISK")), "--account", "Acme")
    assert result.exit_code == 1 and "Sending by email failed" in result.output
    assert [(r.channel, r.state) for r in alert_rows(db_url)] == [("email", "failed")]


def test_without_channels_alerts_are_recorded_as_shown(db_url, report_file) -> None:  # type: ignore[no-untyped-def]
    result = Cli(db_url)("health", "import", str(report_file(ahr="WARNED")), "--account", "Acme")
    assert result.exit_code == 1 and "H103" in result.output
    assert [(r.code, r.channel, r.state) for r in alert_rows(db_url)] == [
        ("H103", "terminal", "shown")
    ]


def test_bad_settings_are_a_clear_error(sqlite_url, write_config, report_file) -> None:  # type: ignore[no-untyped-def]
    path = write_config("[health]\nmargin = 3\n")
    result = Cli(sqlite_url)("health", "import", str(report_file()))
    assert result.exit_code == 2 and "margin" in result.output and str(path) in result.output
    write_config('[health]\nwebhook_url = "ftp://x"\n')
    assert Cli(sqlite_url)("health", "import", str(report_file())).exit_code == 2
    write_config('[health.smtp]\nhost = "h"\nto = []\n')
    assert Cli(sqlite_url)("health", "import", str(report_file())).exit_code == 2


def test_the_margin_comes_from_the_config(sqlite_url, write_config, report_file) -> None:  # type: ignore[no-untyped-def]
    write_config("[health]\nmargin = 0.5\n")
    result = Cli(sqlite_url)("health", "import", str(report_file(late=0.022)))
    assert "H105" in result.output and "55%" in result.output


def test_smtp_login_reads_the_password_from_the_named_variable(
    db_url,
    write_config,
    report_file,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("ALERTS_SMTP_PASSWORD", "smtp-pass-4711")
    with SmtpSink() as smtp:
        config = channels_toml(smtp.port, None)
        config += 'username = "alerts@seller.example"\npassword_env = "ALERTS_SMTP_PASSWORD"\n'
        path = write_config(config)
        assert "smtp-pass-4711" not in path.read_text()
        result = Cli(db_url)("health", "import", str(report_file("AT_RISK")), "--account", "A")
        assert "Sent by email." in result.output and "smtp-pass-4711" not in result.output
        assert smtp.server.logins == [("alerts@seller.example", "smtp-pass-4711")]
        assert len(smtp.messages) == 1
