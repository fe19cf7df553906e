"""Decisions added for unseen wording: whose voice a document request is in, replies that only
say the account stays deactivated, listing-level actions, numbers written twice, and messages
that merely say no action is needed."""

from __future__ import annotations

from reinstate.notices import parse_notice

FIRST_NOTICE = (
    "Hello,\n\nWe have deactivated your selling account because customers reported counterfeit "
    "items. Your account will remain deactivated until you send us a plan of action. "
    "Submit your appeal within 17 days.\n"
)

REPLY = (
    "Hello,\n\nThank you for your appeal. We reviewed the information you provided about the "
    "counterfeit complaints. Your account remains deactivated.\n"
)

REPLY_ASKING = (
    "Hello,\n\nThank you for your appeal. Your account remains deactivated. To continue our "
    "review, we need additional information: invoices for the units you sold.\n"
)


def test_remains_deactivated_is_a_rejection_only_in_a_reply() -> None:
    assert parse_notice(REPLY).stage == "appeal_rejected"
    assert parse_notice(FIRST_NOTICE).stage == "initial_action"
    # A reply that asks for more is an information request, whatever it recaps.
    assert parse_notice(REPLY_ASKING).stage == "info_request"


def test_documents_in_the_sellers_quoted_message_are_not_requested() -> None:
    text = (
        "Hello,\n\nThank you for your appeal. The invoices you sent could not be verified. "
        "Please send invoices that show the supplier's name and address within 7 days.\n\n"
        "> On Thu, 8 Jan 2026, seller wrote:\n"
        "> Dear Amazon team, please find attached our plan of action.\n"
    )
    notice = parse_notice(text)
    assert notice.requested_documents == ["invoices"]
    assert notice.category == "supply_chain_invoice"
    assert notice.deadline_days == 7


def test_a_listing_suspended_in_a_sentence_without_the_account_is_listing_removed() -> None:
    listing = (
        "Hello,\n\nBecause of a safety risk, we have suspended this listing: ASIN B0ABCDEF12.\n"
    )
    account = (
        "Hello,\n\nBecause of a safety risk with ASIN B0ABCDEF12, we have suspended your account.\n"
    )
    assert parse_notice(listing).status == "listing_removed"
    assert parse_notice(account).status == "suspended"


def test_number_in_words_repeated_in_digits() -> None:
    notice = parse_notice(
        "Hello,\n\nYour account has been deactivated. Appeal within seventeen (17) days.\n"
    )
    assert notice.deadline_days == 17


def test_call_me_now_button_is_not_the_sellers_voice() -> None:
    notice = parse_notice(
        "Hello,\n\nYour account is at risk of deactivation. Schedule a call with your specialist "
        'in the next 72 hours. Use the "Call me now" button on the Account Health page.\n'
    )
    assert (notice.stage, notice.deadline_days, notice.channel) == ("warning", 3, "ahs_call")


def test_no_action_needed_alone_is_not_a_warning() -> None:
    notice = parse_notice(
        "Hello,\n\nYour invoice for selling fees for March 2026 is now available in the Reports "
        "section. No action is needed.\n"
    )
    assert (notice.category, notice.stage) == ("other", "other")
    assert notice.confidence <= 0.15


def test_another_account_active_again_is_not_a_reinstatement() -> None:
    notice = parse_notice(
        "Hello,\n\nYour selling account has been deactivated because it is related to another "
        "selling account. Once that account is active again, submit an appeal.\n"
    )
    assert notice.stage == "initial_action"


def test_a_threat_to_remove_a_listing_is_a_warning_in_chinese() -> None:
    notice = parse_notice(
        "您好，\n\n您的商品详情页面违反了商品详情页面规则。这是一则警告，若再次发生，您的商品可能会被移除。\n"
    )
    assert (notice.stage, notice.status) == ("warning", "warning")


def test_single_words_give_a_low_confidence_stage_when_no_phrase_matches() -> None:
    notice = parse_notice(
        "Guten Tag,\n\naufgrund einer Beschwerde wegen Urheberrechtsverletzung haben wir "
        "Ihr Angebot für die ASIN B0ABCDEF12 stillgelegt und deaktiviert.\n"
    )
    assert notice.stage == "initial_action"
    hinted = parse_notice("Hello,\n\nYour store was deactivated yesterday.\n")
    assert hinted.stage == "initial_action"
    assert hinted.evidence["stage"].confidence <= 0.35
    assert hinted.evidence["stage"].source == "inferred"
    assert hinted.confidence <= 0.35


def test_a_negated_hint_is_no_reinstatement() -> None:
    notice = parse_notice(
        "Bonjour,\n\nNous avons étudié votre recours. Votre boutique ne sera jamais réactivée.\n"
    )
    assert notice.stage != "reinstated"
    assert notice.status != "reinstated"


def test_no_final_decision_from_a_single_word() -> None:
    notice = parse_notice("Hello,\n\nThis is final. Your store stays closed.\n")
    assert notice.stage != "final_decision"
    assert notice.final_decision is False
