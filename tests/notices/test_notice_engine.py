"""Behaviour of the classifier on notices written for each case."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from notice_helpers import fixture_text

from reinstate.errors import ReinstateError
from reinstate.notices import case_fields, parse_notice
from reinstate.notices.vocab import CATEGORIES, CHANNELS, DOCUMENTS, STAGES, STATUSES

FIELDS = (
    "language",
    "marketplace",
    "category",
    "categories",
    "stage",
    "status",
    "deadline_days",
    "deadline_date",
    "notice_date",
    "asins",
    "order_ids",
    "requested_documents",
    "invoice_window_days",
    "appeal_limit",
    "funds",
    "policy_refs",
    "final_decision",
    "channel",
)


def test_json_contract_has_every_field_with_evidence() -> None:
    notice = parse_notice(fixture_text("en/inauthentic_deactivation.txt"))
    data = notice.to_json()
    assert data["schema_version"] == 1 and data["kind"] == "notice"
    for name in FIELDS:
        assert name in data, name
        assert name in data["evidence"], name
        assert 0.0 <= data["evidence"][name]["confidence"] <= 1.0
    assert data["summary"]["en"] and data["summary"]["zh"]
    assert all({"id", "en", "zh"} <= set(d) for d in data["do_not"])
    assert data["category"] in CATEGORIES and data["stage"] in STAGES
    assert data["status"] in STATUSES and data["channel"] in CHANNELS
    assert set(data["requested_documents"]) <= set(DOCUMENTS)


def test_spans_point_at_the_words_that_support_the_field() -> None:
    notice = parse_notice(fixture_text("en/inauthentic_deactivation.txt"))
    (start, end), *_ = notice.evidence["deadline_days"].spans
    assert "17 days" in notice.text[start:end]
    asin_spans = notice.evidence["asins"].spans
    assert [notice.text[s:e] for s, e in asin_spans] == notice.asins
    data = notice.to_json()["evidence"]["deadline_days"]["spans"][0]
    assert data["line"] > 1 and "17 days" in data["text"]


def test_traditional_chinese_is_read_through_opencc_with_spans_on_the_original() -> None:
    text = fixture_text("zh_hant/performance_initial.txt")
    notice = parse_notice(text)
    assert notice.language == "zh" and notice.script == "Hant"
    assert notice.category == "performance_metrics"
    start, end = notice.evidence["category"].spans[0]
    assert text[start:end] == "訂單缺陷率"  # the original characters, not the converted ones


def test_unknown_wording_is_other_with_low_confidence() -> None:
    notice = parse_notice("Thank you for your order of three garden chairs. They ship tomorrow.")
    assert notice.category == "other" and notice.stage == "other"
    assert notice.confidence <= 0.3
    assert notice.to_json()["do_not"] == []
    gibberish = parse_notice("Zxq vrop lemt quaff dorn 12 blick sprat.")
    assert gibberish.language is None and gibberish.confidence <= 0.3


def test_hours_become_days_rounded_up_and_deadline_date_follows_the_notice_date() -> None:
    notice = parse_notice(
        "Your account is at risk of deactivation. Please respond within 36 hours with a plan "
        "of action.",
        received=date(2026, 3, 2),
    )
    assert notice.deadline_days == 2
    assert notice.deadline_date == date(2026, 3, 4)


def test_amazons_reply_time_and_look_back_windows_are_not_deadlines() -> None:
    notice = parse_notice(
        "Your account has been deactivated. Send invoices dated within the last 180 days. "
        "Please expect a reply to your appeal within two days."
    )
    assert notice.deadline_days is None
    assert notice.invoice_window_days == 180


def test_window_in_months_is_read_not_assumed() -> None:
    notice = parse_notice(
        "We need to verify your supply chain. Provide invoices from your supplier covering "
        "the last 12 months of purchases."
    )
    assert notice.invoice_window_days == 365
    silent = parse_notice("We need to verify your supply chain. Provide supplier invoices.")
    assert silent.invoice_window_days is None


def test_seller_comments_weigh_less_than_amazons_words() -> None:
    notice = parse_notice(fixture_text("en/seller_comments.txt"))
    assert notice.category == "performance_metrics"
    assert "related_accounts" not in notice.categories


def test_quoted_original_does_not_hide_the_rejection() -> None:
    notice = parse_notice(fixture_text("en/appeal_rejected.txt"))
    assert notice.stage == "appeal_rejected"
    assert notice.category == "inauthentic"


def test_conditional_permanent_deactivation_is_not_a_final_decision() -> None:
    for key in (
        "en/inauthentic_deactivation.txt",
        "zh/inauthentic_initial.txt",
        "it/inauthentic_initial.txt",
        "de/inauthentic_deactivation.txt",
    ):
        notice = parse_notice(fixture_text(key))
        assert not notice.final_decision, key
        assert notice.status == "suspended", key


def test_refused_documents_are_not_requested() -> None:
    notice = parse_notice(
        "Your account has been deactivated. Please send invoices from your supplier. "
        "Letters of authorization will not be accepted."
    )
    assert "invoices" in notice.requested_documents
    assert "letter_of_authorization" not in notice.requested_documents


def test_asins_and_order_ids_are_exact() -> None:
    notice = parse_notice(
        "Listings removed: B0ABCDEFG1, B0ABCDEFG1 and B0XYZ12345; not B0SHORT or XB0ABCDEFG12. "
        "Order 111-2223334-4445556."
    )
    assert notice.asins == ["B0ABCDEFG1", "B0XYZ12345"]
    assert notice.order_ids == ["111-2223334-4445556"]


def test_case_fields_map_onto_the_ledger() -> None:
    notice = parse_notice(
        fixture_text("de/inauthentic_deactivation.txt"), received=date(2026, 1, 5)
    )
    fields = case_fields(notice)
    assert fields.pop("text") == notice.text
    assert fields == {
        "account": None,
        "marketplace": "DE",
        "category": "inauthentic",
        "status": "suspended",
        "notice_date": date(2026, 1, 5),
        "deadline_days": 17,
        "appeal_limit": 2,
        "asins": ["B0DEAUTH01", "B0DEAUTH02"],
        "requested_documents": ["invoices", "plan_of_action"],
        "final_decision": False,
        "invoice_window_days": 365,
        "channel": "account_health_appeal",
    }


def test_final_decision_fires_the_rule_and_the_dont() -> None:
    data = parse_notice(fixture_text("en/final_decision.txt")).to_json()
    assert "N001" in {f["code"] for f in data["findings"]}
    assert data["do_not"][0]["id"] == "resend_same"


def test_empty_and_binary_input_are_clear_errors() -> None:
    with pytest.raises(ReinstateError) as empty:
        parse_notice(b"   \n\t ", filename="empty.txt")
    assert empty.value.code == "notice_empty" and empty.value.path == "empty.txt"
    with pytest.raises(ReinstateError) as binary:
        parse_notice(b"%PDF-1.7\n\x00\x01\x02" + bytes(range(256)) * 20, filename="x.pdf")
    assert binary.value.code == "notice_binary"
    assert "不是文本" in binary.value.message["zh"]


def test_a_50_mb_input_is_bounded_and_says_so() -> None:
    big = (fixture_text("en/inauthentic_deactivation.txt") + "\n") * 40_000
    raw = big.encode()[: 50 * 1024 * 1024]
    start = time.perf_counter()
    notice = parse_notice(raw, filename="big.txt")
    assert time.perf_counter() - start < 5.0
    assert "input_truncated" in notice.warnings and "text_truncated" in notice.warnings
    assert notice.category == "inauthentic"
    codes = {w["code"] for w in notice.to_json()["warnings"]}
    assert {"input_truncated", "text_truncated"} <= codes


def test_adversarial_repetition_stays_fast() -> None:
    text = ("funds " + "x" * 59 + " ") * 2000 + "a" * 50_000
    start = time.perf_counter()
    parse_notice(text)
    assert time.perf_counter() - start < 3.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_notice_or_a_clear_error(raw: bytes) -> None:
    try:
        notice = parse_notice(raw)
    except ReinstateError as error:
        assert error.code in ("notice_empty", "notice_binary")
    else:
        assert notice.category in CATEGORIES
        notice.to_json()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_notice_or_a_clear_error(text: str) -> None:
    try:
        notice = parse_notice(text)
    except ReinstateError as error:
        assert error.code == "notice_empty"
    else:
        assert notice.stage in STAGES


def test_typographic_apostrophes_read_like_plain_ones() -> None:
    notice = parse_notice("We\u2019ve deactivated your Amazon\u2019s selling account.")
    assert notice.stage == "initial_action" and notice.status == "suspended"


def test_every_label_and_warning_has_english_and_chinese_text() -> None:
    from reinstate.i18n import catalog
    from reinstate.notices.vocab import FUNDS

    texts = catalog()
    groups = {
        "category": CATEGORIES,
        "stage": STAGES,
        "status": STATUSES,
        "document": DOCUMENTS,
        "channel": CHANNELS,
        "funds": FUNDS,
        "warning": (
            "input_truncated",
            "text_truncated",
            "mime_defects",
            "bad_header",
            "undecodable",
            "unknown_language",
        ),
    }
    for group, ids in groups.items():
        for i in ids:
            entry = texts[f"notices.{group}.{i}"]
            assert entry["en"] and entry["zh"], (group, i)


@pytest.mark.parametrize(
    "text",
    [
        "Your account is at risk of deactivation. Please send a plan of action by March 30, 2026.",
        "Ihr Konto ist gefährdet. Bitte senden Sie bis zum 30.03.2026 einen Aktionsplan.",
        "Votre compte risque d'être désactivé. Envoyez un plan d'action avant le 30 mars 2026.",
        "アカウントが停止される可能性があります。2026年3月30日までに改善計画書をご提出ください。",
        "您的账户有被停用的风险。请于2026年3月30日之前提交行动计划。",
    ],
)
def test_a_stated_deadline_date_gives_the_date_and_the_days(text: str) -> None:
    notice = parse_notice(text, received=date(2026, 3, 20))
    assert notice.deadline_date == date(2026, 3, 30)
    assert notice.deadline_days == 10
    assert notice.stage == "warning"
    undated = parse_notice(text)
    assert undated.deadline_date == date(2026, 3, 30) and undated.deadline_days is None


def test_every_fixture_renders_in_english_and_chinese() -> None:
    from notice_helpers import FIXTURES

    from reinstate.notices.render import render_text

    for path in sorted(FIXTURES.rglob("*.txt")):
        notice = parse_notice(path.read_bytes(), filename=path.name)
        summary = notice.to_json()["summary"]
        for lang in ("en", "zh"):
            text = render_text(notice, lang)
            assert summary[lang].splitlines()[0] in text, (path.name, lang)
            assert "{" not in text.replace("{stdin}", ""), (path.name, lang)  # no unfilled field


def test_each_registry_keeps_its_own_notice_rules() -> None:
    """The notice rules are picked once per registry: a registry with a rule turned off still
    goes without it after the default one has been used, and the other way round."""
    from notice_helpers import fixture_text

    from reinstate.notices import parse_notice
    from reinstate.notices.checks import check
    from reinstate.rules import Registry, builtin_rules, default_registry
    from reinstate.rules.config import RuleSettings

    notice = parse_notice(fixture_text("en/inauthentic_deactivation.txt"), model=False)
    full = {f.code for f in check(notice, default_registry())}
    assert full
    off = sorted(full)[0]
    quiet = Registry(builtin_rules(), RuleSettings(disabled=frozenset({off})))
    assert {f.code for f in check(notice, quiet)} == full - {off}
    assert {f.code for f in check(notice, default_registry())} == full


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # "kann nicht wieder aktiviert werden" refuses a reinstatement (read as one before)
        (
            "Guten Tag, wir haben Ihren Einspruch geprüft. Das Angebot kann nicht wieder "
            "aktiviert werden. Die Produktbeschreibung enthält weiterhin Aussagen.",
            "other",
        ),
        (
            "Guten Tag, wir haben Ihren Einspruch geprüft. Ihr Angebot wurde wieder aktiviert.",
            "reinstated",
        ),
        ("出品者様 改善計画書を確認し、お客様の出品権限を回復いたしました。", "reinstated"),
        (
            "Hello, We have completed our review of your account and released the funds that "
            "were temporarily held. The amount will be included in your next disbursement.",
            "reinstated",
        ),
        (
            "Bonjour, Nous avons terminé l'examen de votre compte et levé la retenue sur vos "
            "fonds. Les virements reprendront selon le calendrier habituel.",
            "reinstated",
        ),
    ],
)
def test_reinstatement_wording(text: str, stage: str) -> None:
    assert parse_notice(text, model=False).stage == stage
