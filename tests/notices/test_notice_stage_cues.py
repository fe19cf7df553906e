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
