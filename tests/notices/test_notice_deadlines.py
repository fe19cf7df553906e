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
        # the full stop of a domain does not end the sentence that asks the seller to act
        ("Please send your appeal to seller-performance@amazon.com within 14 days.", 14, None),
        # a look-back belongs to its own number, not to the deadline after it
        (
            "We have deactivated your account. Please send invoices from the last 365 days "
            "within 21 days.",
            21,
            None,
        ),
        (
            "Please upload invoices for the last 180 days by Wednesday, April 10, 2024.",
            None,
            date(2024, 4, 10),
        ),
        (
            "Please send invoices dated before 12 March 2025, no later than Monday, 24 March 2025.",
            None,
            date(2025, 3, 24),
        ),
        ("You may contact us again in 30 days.", None, None),
        ("Please reply in 3 days.", 3, None),
        ("We need the remaining documents. You have a 72-hour window to upload them.", 3, None),
        (
            "We have deactivated your account. Please submit your plan by end of day on Monday, "
            "March 5, 2025.",
            None,
            date(2025, 3, 5),
        ),
        ("Hemos suspendido tu cuenta. Programa una videollamada en los próximos 10 días", 10, None),
        (
            "Ihre Angebotsseite ist unterdrückt. Bitte korrigieren Sie es binnen 5 Werktagen.",
            5,
            None,
        ),
        (
            "Il suo account è stato disattivato. "
            "Invii un piano d'azione entro mercoledì 16 luglio 2025",
            None,
            date(2025, 7, 16),
        ),
        ("Il tuo conto è sospeso. Carichi il documento entro 30 giorni.", 30, None),
    ],
)
def test_deadline(text: str, days: int | None, when: date | None) -> None:
    notice = parse_notice(text, model=False)
    assert notice.deadline_days == days
    assert notice.deadline_date == when


@pytest.mark.parametrize(
    "text",
    [
        "We have deactivated your account. Please submit your plan of action by March 5.",
        "Wir haben Ihr Konto deaktiviert. Bitte reichen Sie die Rechnungen bis zum 5. März ein.",
        "您好，我们已停用您的账户。请于3月5日前提交申诉。",
        "アカウントを停止しました。3月5日までにご提出ください。",
    ],
)
def test_a_date_without_its_year_takes_the_notice_s_year(text: str) -> None:
    notice = parse_notice(text, model=False, received=date(2025, 2, 20))
    assert notice.deadline_date == date(2025, 3, 5)
    assert notice.deadline_days == 13
    # without the notice's date the year is unknown: no deadline is invented
    assert parse_notice(text, model=False).deadline_date is None


def test_a_date_without_its_year_is_never_before_the_notice() -> None:
    text = "We have deactivated your account. Please submit your plan of action by January 10."
    notice = parse_notice(text, model=False, received=date(2025, 12, 20))
    assert notice.deadline_date == date(2026, 1, 10)


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Date: Mon, 13 May 2024 08:51:20 -0700", "Please respond by Friday."),
        ("Datum: 13.05.2024", "Wir haben Ihr Konto deaktiviert. Bitte antworten Sie bis Freitag."),
        ("Date : 13/05/2024", "Nous avons désactivé votre compte. Répondez d'ici vendredi."),
        ("Data: 13/05/2024", "Il tuo account è disattivato. Rispondi entro venerdì."),
        ("Fecha: 13/05/2024", "Hemos desactivado tu cuenta. Responde antes del viernes."),
        ("日付: 2024/05/13", "アカウントを停止しました。金曜日までにご提出ください。"),
        ("日期：2024年5月13日", "您好，我们已停用您的账户。请于周五前提交申诉。"),
        ("日期：2024年5月13日", "您好，我們已停用您的帳戶。請於星期五前回覆。"),
    ],
)
def test_a_weekday_deadline_is_read_against_the_message_s_own_date(header: str, body: str) -> None:
    # 13 May 2024 is a Monday: "by Friday" is the 17th
    notice = parse_notice(f"{header}\n\n{body}", model=False)
    assert notice.notice_date == date(2024, 5, 13)
    assert notice.deadline_date == date(2024, 5, 17)
    assert notice.deadline_days == 4
    assert notice.deadline_weekday is None


def test_a_weekday_on_the_day_it_was_sent_is_the_next_one() -> None:
    text = "Date: Fri, 17 May 2024\n\nPlease reply by end of day Friday."
    notice = parse_notice(text, model=False)
    assert notice.deadline_date == date(2024, 5, 24)


def test_a_weekday_without_the_message_s_date_is_reported_without_a_date() -> None:
    notice = parse_notice("We removed your listing. Please fix the price by Friday.", model=False)
    assert (notice.deadline_days, notice.deadline_date) == (None, None)
    assert notice.deadline_weekday == "friday"
    data = notice.to_json()
    assert data["deadline_weekday"] == "friday"
    assert "by Friday" in data["summary"]["en"]
    assert "周五之前" in data["summary"]["zh"]
    assert "ignore_deadline" in [d["id"] for d in data["do_not"]]


def test_a_weekday_in_the_seller_s_comment_is_not_the_forwarded_message_s() -> None:
    text = (
        "fyi, we need to reply before Monday.\n\n---- Forwarded ----\nFrom: Amazon\n"
        "Date: Mon, 7 Nov 2016\n\nYour listing was removed. No action is required."
    )
    notice = parse_notice(text, model=False)
    assert (notice.deadline_days, notice.deadline_date) == (None, None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a question about the seller's plan is not a deadline; the request after it is
        (
            "How will you answer customer messages within 24 hours? Please reply within 17 days.",
            17,
        ),
        ("We reviewed your appeal and need the following information within 7 days:", 7),
        ("Please create a removal order for your inventory within 30 days.", 30),
        ("If you want us to review again, please reply within 7 days.", 7),
        ("Bitte überprüfen Sie den Preis innerhalb von 48 Stunden.", 2),
        ("请在 48 小时内检查库存。", 2),
        ("ご提出の書類は確認できませんでした。7日以内に、", 7),
        ("Hemos desactivado tu cuenta de vendedor.\nPlazo para apelar: 17 días", 17),
        ("Vos offres seront de nouveau visibles dans un délai de 24 heures.", None),
        ("Please upload an ID issued within 180 days.", None),
        ("180日以内に発行された身分証明書をアップロードしてください。", None),
    ],
)
def test_deadline_sentences_found_in_the_corpus_misses(text: str, days: int | None) -> None:
    assert parse_notice(text, model=False).deadline_days == days
