"""Deadlines in days, hours, weeks and dates, in every supported language."""

from __future__ import annotations

from datetime import date

import pytest

from reinstate.notices import parse_notice


@pytest.mark.parametrize(
    ("text", "days", "when"),
    [
        ("您好，我们已停用您的卖家账户。您有 17 天时间提交申诉。", 17, None),
        ("您好，我們已停用您的帳戶。請於2021年7月3日（星期六）前回覆。", None, date(2021, 7, 3)),
        (
            "アカウントを停止しました。2022/01/05（水）までにご対応ください。",
            None,
            date(2022, 1, 5),
        ),
        ("出品を停止しました。提出期限は2025年3月14日です。", None, date(2025, 3, 14)),
        ("Nous avons désactivé votre compte vendeur. Merci de répondre dans la semaine.", 7, None),
        ("Wir haben Ihr Verkäuferkonto deaktiviert. Sie haben dafür 17 Tage Zeit.", 17, None),
        ("Wir haben Ihr Konto gesperrt. Die Frist dafür beträgt 14 Tage.", 14, None),
        ("Abbiamo disattivato il tuo account. Hai 17 giorni di tempo.", 17, None),
        ("Abbiamo disattivato il tuo account. Rispondi entro una settimana.", 7, None),
        ("Hemos desactivado tu cuenta de vendedor. El plazo para apelar es de 17 días.", 17, None),
        ("Hemos desactivado tu cuenta. Tienes 10 días para apelar.", 10, None),
        (
            "We have deactivated your account. Submit your response no later than "
            "Wednesday, September 7, 2016.",
            None,
            date(2016, 9, 7),
        ),
        (
            "We removed your offer. If we do not hear from you within 48 hours, we may take "
            "further action.",
            2,
            None,
        ),
        ("We have deactivated your account. You have 5 business days to respond.", 5, None),
    ],
)
def test_deadline(text: str, days: int | None, when: date | None) -> None:
    notice = parse_notice(text, model=False)
    assert notice.deadline_days == days
    assert notice.deadline_date == when
