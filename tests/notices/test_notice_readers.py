"""Input readers: .eml in several charsets, HTML-only mail, wrong declarations, broken MIME."""

from __future__ import annotations

from datetime import date

import pytest
from notice_helpers import eml_bytes, fixture_text

from reinstate.notices import parse_notice
from reinstate.notices.readers import decode, extract, html_to_text

CASES = [
    ("zh/inauthentic_initial.txt", "gb18030", "您的卖家账户已被停用"),
    ("zh_hant/final_decision.txt", "big5", "您的帳戶"),
    ("ja/inauthentic_initial.txt", "shift_jis", "出品用アカウントの停止"),
    ("fr/identity_deactivated.txt", "iso-8859-1", "Votre compte a été désactivé"),
    ("de/inauthentic_deactivation.txt", "iso-8859-15", "Ihr Konto wurde deaktiviert"),
    ("es/related_initial.txt", "utf-8", "Tu cuenta ha sido desactivada"),
]


def _same_reading(a, b) -> None:  # type: ignore[no-untyped-def]
    for name in (
        "language",
        "category",
        "stage",
        "status",
        "deadline_days",
        "asins",
        "requested_documents",
        "final_decision",
        "channel",
    ):
        assert getattr(a, name) == getattr(b, name), name


@pytest.mark.parametrize(("key", "charset", "subject"), CASES)
@pytest.mark.parametrize("shape", ["plain", "multipart", "html"])
def test_eml_reads_like_the_text(key: str, charset: str, subject: str, shape: str) -> None:
    body = fixture_text(key)
    raw = eml_bytes(
        body, charset=charset, subject=subject, html=shape == "html", multipart=shape != "plain"
    )
    notice = parse_notice(raw, filename="notice.eml")
    assert notice.input_kind == "eml"
    assert notice.subject == subject  # RFC 2047 decoded
    assert notice.notice_date == date(2026, 3, 2)
    _same_reading(notice, parse_notice(body))


def test_eml_is_recognised_without_the_extension() -> None:
    raw = eml_bytes(fixture_text("en/final_decision.txt"), charset="utf-8")
    assert parse_notice(raw, filename="pasted.txt").input_kind == "eml"


def test_deadline_date_comes_from_the_date_header() -> None:
    raw = eml_bytes(fixture_text("en/aha_at_risk.txt"), charset="utf-8")
    notice = parse_notice(raw, filename="n.eml")
    assert notice.deadline_days == 3 and notice.deadline_date == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("key", "actual", "declared"),
    [
        ("zh/inauthentic_initial.txt", "gb18030", "iso-8859-1"),
        ("ja/inauthentic_initial.txt", "shift_jis", "us-ascii"),
        ("fr/identity_deactivated.txt", "iso-8859-1", "utf-8"),
        ("zh/review_manipulation.txt", "utf-8", "gb2312"),
    ],
)
def test_wrong_charset_declaration_falls_back(key: str, actual: str, declared: str) -> None:
    body = fixture_text(key)
    raw = eml_bytes(body, charset=actual, declared=declared)
    notice = parse_notice(raw, filename="wrong.eml")
    _same_reading(notice, parse_notice(body))


def test_broken_mime_is_read_as_far_as_possible() -> None:
    body = fixture_text("en/final_decision.txt")
    raw = (
        b"From: x@amazon.com\nSubject: =?utf-8?B?broken?=\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="zzz"\n\n--zzz\n'
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b"this is not base64 !!!\n"
        + b"--zzz\nContent-Type: text/plain; charset=utf-8\n\n"
        + body.encode()
    )  # the closing boundary is missing
    notice = parse_notice(raw, filename="broken.eml")
    assert notice.final_decision and notice.stage == "final_decision"


def test_bare_text_with_a_charset_guess() -> None:
    body = fixture_text("ja/final_related.txt")
    notice = parse_notice(body.encode("shift_jis"), filename="n.txt")
    assert notice.language == "ja" and notice.final_decision


def test_html_strips_tags_scripts_and_entities() -> None:
    text = html_to_text(
        "<html><head><style>p{}</style><script>var x='deactivated'</script></head>"
        "<body><p>Your account&nbsp;has been <b>deactivated</b>.</p><p>ASIN&#58; B0HTMLTEST</p>"
    )
    assert "var x" not in text and "p{}" not in text
    assert "Your account has been deactivated." in text and "ASIN: B0HTMLTEST" in text
    assert text.count("\n") >= 1


def test_html_fixture_file() -> None:
    path = "condition_warning.html"
    notice = parse_notice(fixture_text(f"en/{path}").encode(), filename=path)
    assert notice.input_kind == "html" and notice.category == "condition_complaint"


def test_full_width_digits_are_folded_without_moving_spans() -> None:
    text = "アカウントを停止しました。１７日以内に改善計画書をご提出ください。"
    extracted = extract(text)
    assert len(extracted.text) == len(text)
    notice = parse_notice(text)
    assert notice.deadline_days == 17


def test_decode_prefers_a_valid_declaration_and_rejects_mojibake() -> None:
    assert decode("Grüße".encode("cp1252"), "iso-8859-1")[0] == "Grüße"
    text, used = decode("账户已被停用，请提交行动计划".encode("gb18030"), "iso-8859-1")
    assert text == "账户已被停用，请提交行动计划" and used != "cp1252"
