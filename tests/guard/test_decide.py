"""Every guardrail with allow, warn and block; both sides of the 7-day boundary; Chinese output."""

from __future__ import annotations

from datetime import date

import pytest

from reinstate.cases import Channel, Status
from reinstate.demo import demo_invoice_pdf
from reinstate.guard import Action, Verdict, decide
from reinstate.guard.examples import case_from_example

TODAY = date(2026, 3, 10)
POA = (
    "Root cause:\nWe bought ASIN B0TEST0001 from a wholesaler that could not show its own "
    "supply chain.\n\nCorrective actions:\nWe removed the listing and refunded the four buyers."
    "\n\nPreventive measures:\nWe now buy only from the authorised distributor and check each "
    "invoice before listing."
)


def case(**spec):  # type: ignore[no-untyped-def]
    return case_from_example(spec, TODAY)


def codes(decision):  # type: ignore[no-untyped-def]
    return {f.code for f in decision.findings}


# 1. Appeal before the Plan of Action is ready


def test_appeal_allowed_when_poa_complete_and_documents_present() -> None:
    c = case(
        requested_documents=["invoices"],
        documents=[{"role": "invoices", "filename": "i.pdf", "content": "%PDF-1.4 i"}],
    )
    d = decide(Action.appeal, c, today=TODAY, text=POA)
    assert d.verdict is Verdict.allow, codes(d)


@pytest.mark.parametrize(
    ("drop", "code"),
    [("Root cause", "P001"), ("Corrective actions", "P002"), ("Preventive measures", "P003")],
)
def test_appeal_blocked_when_a_poa_part_is_missing(drop: str, code: str) -> None:
    text = "\n\n".join(p for p in POA.split("\n\n") if not p.startswith(drop))
    d = decide(Action.appeal, case(), today=TODAY, text=text)
    assert d.verdict is Verdict.block
    assert code in codes(d)


def test_appeal_blocked_when_requested_documents_missing() -> None:
    d = decide(
        Action.appeal,
        case(requested_documents=["invoices", "letter_of_authorization"]),
        today=TODAY,
        text=POA,
    )
    assert d.verdict is Verdict.block
    finding = next(f for f in d.findings if f.code == "G102")
    assert "invoices" in finding.message("en") and "letter_of_authorization" in finding.message(
        "en"
    )


def test_appeal_without_text_is_blocked() -> None:
    assert decide(Action.appeal, case(), today=TODAY).verdict is Verdict.block


def test_last_allowed_appeal_warns_and_none_left_blocks() -> None:
    one_used = case(
        events=[
            {"kind": "appeal_submitted", "days_ago": 20, "text": "a"},
            {"kind": "appeal_rejected", "days_ago": 18},
        ]
    )
    d = decide(Action.appeal, one_used, today=TODAY, text=POA)
    assert d.verdict is Verdict.warn and codes(d) == {"G103"}
    two_used = case(
        events=[
            {"kind": "appeal_submitted", "days_ago": 20, "text": "a"},
            {"kind": "appeal_rejected", "days_ago": 18},
            {"kind": "appeal_submitted", "days_ago": 15, "text": "b"},
            {"kind": "appeal_rejected", "days_ago": 12},
        ]
    )
    d = decide(Action.appeal, two_used, today=TODAY, text=POA)
    assert d.verdict is Verdict.block and "G108" in codes(d)


def test_no_limit_outside_the_categories_that_have_one() -> None:
    c = case(
        category="performance_metrics",
        events=[
            {"kind": "appeal_submitted", "days_ago": 20, "text": "a"},
            {"kind": "appeal_rejected", "days_ago": 18},
        ],
    )
    assert decide(Action.appeal, c, today=TODAY, text=POA).verdict is Verdict.allow


def test_close_deadline_says_submit_what_is_ready() -> None:
    c = case(notice_days_ago=15, deadline_days=17, requested_documents=["invoices"])
    d = decide(Action.appeal, c, today=TODAY, text=POA)
    assert d.verdict is Verdict.warn
    assert codes(d) == {"G104", "G107"}
    g104 = next(f for f in d.findings if f.code == "G104")
    assert g104.params["days"] == 2


def test_deadline_from_notice_wins_over_the_general_fact() -> None:
    c = case(notice_days_ago=2, deadline_days=3)
    assert "G104" in codes(decide(Action.appeal, c, today=TODAY, text=POA))
    c = case(notice_days_ago=2)
    assert "G104" not in codes(decide(Action.appeal, c, today=TODAY, text=POA))


# 2. Opening a new account


def test_new_account_blocked_while_suspended_even_with_declared_need() -> None:
    assert decide(Action.new_account, case(), today=TODAY).verdict is Verdict.block
    d = decide(Action.new_account, case(status="suspended"), today=TODAY, declared_need=True)
    assert d.verdict is Verdict.block


def test_new_account_with_need_and_good_standing_warns_and_quotes_policy() -> None:
    d = decide(Action.new_account, case(status="reinstated"), today=TODAY, declared_need=True)
    assert d.verdict is Verdict.warn
    assert "legitimate business need" in d.findings[0].why("en")


def test_new_account_allowed_never() -> None:
    # There is no allow path by design: the guard only ever warns about a second account.
    for status in Status:
        for need in (True, False):
            d = decide(
                Action.new_account, case(status=status.value), today=TODAY, declared_need=need
            )
            assert d.verdict is not Verdict.allow


# 3. Invoices: file types and unchanged bytes


INVOICE_DAY = date(2026, 11, 26)  # the demo invoice is dated 2026-08-15


def invoice_case(**spec):  # type: ignore[no-untyped-def]
    return case_from_example({"account": "Example Home Goods Ltd", **spec}, INVOICE_DAY)


def test_invoice_allowed_when_identical_to_stored_copy() -> None:
    c = invoice_case(documents=[{"role": "invoices", "filename": "inv.pdf", "content": "@invoice"}])
    d = decide(Action.invoice, c, today=INVOICE_DAY, document=("inv.pdf", demo_invoice_pdf()))
    assert d.verdict is Verdict.allow, codes(d)


def test_invoice_not_yet_stored_is_allowed_with_advice() -> None:
    d = decide(Action.invoice, invoice_case(), today=INVOICE_DAY,
               document=("inv.pdf", demo_invoice_pdf()))
    assert d.verdict is Verdict.allow and codes(d) == {"G303"}


def test_invoice_from_another_buyer_is_blocked_by_the_preflight() -> None:
    d = decide(Action.invoice, case(account="Lotus Trading"), today=INVOICE_DAY,
               document=("inv.pdf", demo_invoice_pdf()))
    assert d.verdict is Verdict.block
    assert any("buyer_mismatch" in f.rule.tags for f in d.findings)


def test_invoice_preflight_runs_in_the_guard() -> None:
    # A file that claims to be a PDF but is broken: the pre-flight's finding reaches the verdict.
    d = decide(Action.invoice, case(), today=TODAY, document=("inv.pdf", b"%PDF-1.4 broken"))
    assert d.verdict is Verdict.block
    assert any(f.code.startswith("I") for f in d.findings)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("inv.docx", b"PK\x03\x04word"),
        ("inv.pdf", b"<html>invoice</html>"),
        ("inv.tif", b"II*\x00tiff"),
        ("inv.pdf", b""),
    ],
)
def test_invoice_file_types_amazon_refuses_are_blocked(name: str, data: bytes) -> None:
    d = decide(Action.invoice, case(), today=TODAY, document=(name, data))
    assert d.verdict is Verdict.block and "G301" in codes(d)


def test_invoice_changed_since_stored_is_blocked() -> None:
    c = invoice_case(documents=[{"role": "invoices", "filename": "inv.pdf", "content": "@invoice"}])
    edited = demo_invoice_pdf(mug_quantity=900)
    d = decide(Action.invoice, c, today=INVOICE_DAY, document=("inv.pdf", edited))
    assert d.verdict is Verdict.block and "G302" in codes(d)


# 4 and 6. Threats, rude and emotive language


def test_threat_in_english_and_chinese_blocks_any_message() -> None:
    for text in ("Reinstate us or we will take legal action.", "否则我们将起诉你们。"):
        d = decide(Action.message, case(), today=TODAY, text=text)
        assert d.verdict is Verdict.block and "P101" in codes(d)


def test_rude_language_blocks_and_polite_message_passes() -> None:
    d = decide(Action.message, case(), today=TODAY, text="Your team is incompetent.")
    assert d.verdict is Verdict.block and "P102" in codes(d)
    d = decide(
        Action.message,
        case(),
        today=TODAY,
        text="Please find attached the invoice for ASIN B0TEST0001.",
    )
    assert d.verdict is Verdict.allow


# 5. Seller Support instead of Account Health


def test_seller_support_blocked_email_warned_call_allowed() -> None:
    text = "Please find attached the invoice for ASIN B0TEST0001."
    d = decide(Action.message, case(), today=TODAY, text=text, channel=Channel.seller_support)
    assert d.verdict is Verdict.block and "G501" in codes(d)
    d = decide(
        Action.message, case(), today=TODAY, text=text, channel=Channel.seller_performance_email
    )
    assert d.verdict is Verdict.warn and codes(d) == {"G502"}
    d = decide(Action.call, case(), today=TODAY)
    assert d.verdict is Verdict.allow and codes(d) == {"G503"}


# 7. Follow-ups


@pytest.mark.parametrize(("days_ago", "verdict"), [(6, Verdict.block), (7, Verdict.allow)])
def test_seven_day_boundary(days_ago: int, verdict: Verdict) -> None:
    c = case(events=[{"kind": "appeal_submitted", "days_ago": days_ago, "text": "our appeal"}])
    d = decide(
        Action.message,
        c,
        today=TODAY,
        text="We are writing to follow up on our appeal for ASIN B0TEST0001.",
    )
    assert d.verdict is verdict


def test_information_request_reopens_the_conversation() -> None:
    c = case(
        events=[
            {"kind": "appeal_submitted", "days_ago": 3, "text": "our appeal"},
            {"kind": "info_requested", "days_ago": 1},
        ]
    )
    d = decide(Action.message, c, today=TODAY, text="Here is the invoice you asked for.")
    assert d.verdict is Verdict.allow


def test_a_plain_acknowledgement_does_not_reopen_it() -> None:
    c = case(
        events=[
            {"kind": "appeal_submitted", "days_ago": 3, "text": "our appeal"},
            {"kind": "amazon_replied", "days_ago": 2},
        ]
    )
    d = decide(Action.message, c, today=TODAY, text="Any update?")
    assert d.verdict is Verdict.block and "G601" in codes(d)


def test_messages_before_the_first_appeal_are_not_cooling_off() -> None:
    c = case(events=[{"kind": "message_sent", "days_ago": 1, "text": "question about notice"}])
    d = decide(Action.appeal, c, today=TODAY, text=POA)
    assert "G601" not in codes(d)


def test_near_duplicate_blocked_whatever_the_date() -> None:
    sent = "We kindly ask you to review the appeal for our account Lotus Trading once more."
    c = case(events=[{"kind": "appeal_submitted", "days_ago": 60, "text": sent}])
    d = decide(Action.message, c, today=TODAY, text=sent.upper() + "!!")
    assert d.verdict is Verdict.block and "G602" in codes(d)


def test_contact_counts_for_7_and_30_days() -> None:
    c = case(
        events=[
            {"kind": "appeal_submitted", "days_ago": 25, "text": "a"},
            {"kind": "info_requested", "days_ago": 10},
            {"kind": "message_sent", "days_ago": 9, "text": "b"},
            {"kind": "info_requested", "days_ago": 3},
            {"kind": "message_sent", "days_ago": 2, "text": "c"},
            {"kind": "message_sent", "days_ago": 40, "text": "old"},
        ]
    )
    d = decide(Action.call, c, today=TODAY)
    assert d.contacts() == {"last_7_days": 1, "last_30_days": 3}


# Output


def test_json_contract_and_chinese_texts() -> None:
    d = decide(
        Action.message, case(), today=TODAY, text="你们这些骗子！", channel=Channel.seller_support
    )
    data = d.to_json()
    assert data["schema_version"] == 1 and data["kind"] == "guard"
    assert data["verdict"] == "block"
    for f in data["findings"]:
        assert f["message"]["zh"] and f["fix"]["zh"] and f["source"].startswith("http")
    rude = next(f for f in data["findings"] if f["code"] == "P102")
    assert "骗子" in rude["message"]["zh"]
    assert rude["span"]["line"] == 1 and rude["span"]["column"] == 5


def test_switched_off_rule_and_changed_severity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reinstate.rules import load_registry

    config = tmp_path / "config.toml"
    config.write_text('[rules]\ndisable = ["G501"]\n[rules.severity]\nG601 = "warning"\n')
    registry = load_registry(config)
    c = case(events=[{"kind": "appeal_submitted", "days_ago": 2, "text": "our appeal"}])
    d = decide(
        Action.message,
        c,
        today=TODAY,
        text="We follow up on the appeal for B0TEST0001.",
        channel=Channel.seller_support,
        registry=registry,
    )
    assert codes(d) == {"G601"}
    assert d.verdict is Verdict.warn
