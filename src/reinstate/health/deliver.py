"""Send alerts by e-mail (smtplib) and to a webhook (JSON POST with httpx).

A delivery that fails never stops the import: it is reported and recorded, and tried again with
the next report because only a successful delivery counts as sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reinstate.contract import envelope
from reinstate.health.alerts import Alert
from reinstate.health.model import Snapshot
from reinstate.health.settings import HealthSettings, SmtpSettings
from reinstate.i18n import tr
from reinstate.render import render_findings


@dataclass(frozen=True)
class Outcome:
    channel: str
    ok: bool
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"channel": self.channel, "ok": self.ok, "detail": self.detail}


def payload(snapshot: Snapshot, alerts: list[Alert]) -> dict[str, Any]:
    """The webhook body: the contract envelope with the snapshot and its alerts."""
    return envelope(
        "health_alert",
        account=snapshot.account,
        marketplace=snapshot.marketplace,
        marketplace_id=snapshot.marketplace_id,
        account_status=snapshot.account_status,
        ahr_status=snapshot.ahr_status,
        report_date=snapshot.report_date.isoformat() if snapshot.report_date else None,
        alerts=[a.finding.to_json() for a in alerts],
    )


def email_text(snapshot: Snapshot, alerts: list[Alert], lang: str) -> tuple[str, str]:
    subject = tr(
        "health.mail.subject",
        lang,
        account=snapshot.account,
        marketplace=snapshot.marketplace,
        count=len(alerts),
    )
    lines = [
        tr(
            "health.mail.intro",
            lang,
            account=snapshot.account,
            marketplace=snapshot.marketplace,
            status=snapshot.account_status,
            ahr=snapshot.ahr_status or "-",
        ),
        "",
    ]
    lines += render_findings(
        [alert.finding for alert in alerts], lang, layout="health_mail", markup=False
    )
    lines.append(tr("health.mail.footer", lang))
    return subject, "\n".join(lines)


def send_email(smtp: SmtpSettings, subject: str, body: str) -> Outcome:
    import smtplib
    import ssl
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="reinstate.local")
    message.set_content(body)
    try:
        client: smtplib.SMTP
        if smtp.ssl:
            client = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=smtp.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.starttls and not smtp.ssl:
                client.starttls(context=ssl.create_default_context())
            password = smtp.password()
            if smtp.username and password:
                client.login(smtp.username, password)
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        return Outcome("email", False, f"{type(exc).__name__}: {exc}"[:300])
    return Outcome("email", True)


def post_webhook(url: str, body: dict[str, Any], timeout: float) -> Outcome:
    import httpx

    from reinstate import __version__

    try:
        response = httpx.post(
            url, json=body, timeout=timeout, headers={"User-Agent": f"reinstate/{__version__}"}
        )
    except httpx.HTTPError as exc:
        return Outcome("webhook", False, type(exc).__name__)
    if response.status_code >= 300:
        return Outcome("webhook", False, f"HTTP {response.status_code}")
    return Outcome("webhook", True)


def channels(settings: HealthSettings) -> list[str]:
    out = []
    if settings.smtp is not None:
        out.append("email")
    if settings.webhook_url:
        out.append("webhook")
    return out


def deliver(
    channel: str, settings: HealthSettings, snapshot: Snapshot, alerts: list[Alert], lang: str
) -> Outcome:
    if channel == "email" and settings.smtp is not None:
        subject, body = email_text(snapshot, alerts, lang)
        return send_email(settings.smtp, subject, body)
    if channel == "webhook" and settings.webhook_url:
        return post_webhook(
            settings.webhook_url, payload(snapshot, alerts), settings.webhook_timeout
        )
    return Outcome(channel, False, "not configured")
