"""The stage cues: the brief's definitions of the stages as features of the learned model."""

from __future__ import annotations

import pytest

from reinstate.notices import learned, parse_notice
from reinstate.notices.stage_cues import NAMES, cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("To relist these products, remove the claims or provide the registration.", "steps"),
        ("Um Ihr Konto zu reaktivieren, reichen Sie bitte Rechnungen ein.", "steps"),
        ("请提交您的行动计划。", "steps"),
        ("Repeated violations may result in the loss of your selling privileges.", "threat"),
        ("如果再次违反该政策，我们可能会暂停您的销售权限。", "threat"),
        ("We reviewed your appeal and the invoices you provided.", "sent"),
        ("ご提出いただいた請求書を確認しました。", "sent"),
        ("We still need additional information about your supplier.", "more"),
        ("Unfortunately, the documents are not sufficient.", "refusal"),
        ("Leider bleibt Ihr Konto deaktiviert.", "refusal"),
    ],
)
def test_each_cue_reads_its_definition(text: str, cue: str) -> None:
    assert cues(text)[cue] > 0


def test_a_bare_warning_gives_no_steps_and_no_reply() -> None:
    found = cues("Hello, this is a warning. Future violations may lead to removal.")
    assert found["threat"] > 0
    assert found["steps"] == found["sent"] == found["refusal"] == 0


def test_the_cues_are_model_features_and_count_apart_for_a_listing() -> None:
    listing = parse_notice(
        "We have removed your listing ASIN B0ABCDEFGH. Repeated violations may result in the "
        "removal of your selling privileges.",
        model=False,
    )
    account = parse_notice(
        "Your account has been deactivated. Repeated violations may result in further action.",
        model=False,
    )
    width = len(NAMES)
    for notice, flag in ((listing, 1.0), (account, 0.0)):
        tail = learned.rule_features(notice)[-(2 * width + 1) :]
        assert tail[width] == flag
        threat = NAMES.index("threat")
        assert tail[threat] > 0
        assert tail[width + 1 + threat] == tail[threat] * flag


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a listing removed with steps to get it back: an initial action by the definitions
        ("Carichi il documento entro 30 giorni.", "steps"),
        ("Bitte laden Sie innerhalb von 14 Tagen ein Sicherheitsdatenblatt hoch.", "steps"),
        ("Corrige los títulos antes de volver a publicarlos.", "steps"),
        ("5日以内に出品内容を修正してください。", "steps"),
        ("如需恢复报价，请在 7 天内提交供应商发票。", "steps"),
        ("You can reactivate the listing by lowering your price.", "steps"),
        # only informs: a warning
        ("No action is required from you.", "no_action"),
        ("Your account remains in good standing.", "no_action"),
        ("此通知不会影响您的账户，无需采取任何行动。", "no_action"),
        ("Sie müssen nichts weiter tun, keine weiteren Maßnahmen sind erforderlich.", "no_action"),
        # after an appeal: refused, or asked for more
        ("The product cannot be reinstated because it does not comply.", "refusal"),
        ("お客様のアカウントは現在も無効化されています。", "refusal"),
        ("Thank you for the invoices you sent. The invoices do not show quantities.", "more"),
        ("Das von Ihnen hochgeladene Zertifikat ist abgelaufen.", "sent"),
        ("感谢您上传的身份证明文件。", "sent"),
        # final: Amazon will not reconsider or reply
        ("This decision is final and we will not respond to further messages.", "never"),
        ("今後のご連絡には回答いたしかねます。", "never"),
    ],
)
def test_the_cues_follow_the_product_stage_definitions(text: str, cue: str) -> None:
    assert cues(text)[cue] > 0


def test_a_notice_that_only_informs_has_no_steps() -> None:
    found = cues(
        "We removed the listing below. Your account is not affected and no action is required."
    )
    assert found["no_action"] > 0
    assert found["steps"] == 0
