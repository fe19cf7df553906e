"""What a cluster means: identity-grade evidence joins; weak evidence is shown, not joined."""

from __future__ import annotations

from typing import Any

import pytest

from reinstate.related import fuzzy as fz
from reinstate.related.check import check


def _clusters(records: list[dict[str, Any]], **kw: Any) -> list[list[str]]:
    return sorted(sorted(c.accounts) for c in check(records, **kw).clusters)


def _evidence(records: list[dict[str, Any]]) -> set[tuple[str, bool]]:
    report = check(records, account_id=records[0]["id"])
    return {(e.namespace, x.joins()) for x in report.links for e in x.evidence}


@pytest.mark.parametrize(
    ("a", "b", "weak"),
    [
        ({"store_name": "Home Essentials Store"}, {"store_name": "Home Essentials Store"}, "name"),
        ({"legal_name": "李娜"}, {"legal_name": "李娜"}, "name"),
        ({"legal_name": "David Brown"}, {"legal_name": "David Brown"}, "name"),
        ({"ip": "203.0.113.7"}, {"ip": "203.0.113.7"}, "ip"),
        (
            {"address": "Room 1203, 88 Keyuan Road, Shenzhen 518057"},
            {"address": "Room 1207, 88 Keyuan Road, Shenzhen 518057"},
            "building",
        ),
        (
            {"address": "88 Keyuan Road, Shenzhen 518057"},
            {"address": "90 Keyuan Road, Shenzhen 518057"},
            "street",
        ),
        (
            {"legal_name": "Ruiwan Trading Co., Ltd."},
            {"legal_name": "Ruiwan Trading LLC"},
            "trade_name",
        ),
        (
            {"legal_name": "深圳市瑞万科技有限公司"},
            {"legal_name": "广州市瑞万科技有限公司"},
            "trade_name",
        ),
    ],
)
def test_weak_evidence_is_shown_but_never_joins_alone(
    a: dict[str, str], b: dict[str, str], weak: str
) -> None:
    records = [{"id": "A", **a}, {"id": "B", **b}]
    assert _clusters(records) == []
    assert (weak, False) in _evidence(records)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"bank_account": "RTN 060045115 ACCT 8603 6225 48"},
         {"bank_account": "Airwallex 060045115-8603622548"}),
        ({"card": "5465 22** **** 2034 (09/2027)"},
         {"card": "5465 22** **** 2034 valid thru 09/27"}),
        ({"tax_id": "VAT: DE 123 456 789"}, {"tax_id": "DE123456789"}),
        ({"email": "Owner+amz@Example.com"}, {"login": "owner@example.com"}),
        ({"phone": "13800138000"}, {"phone": "+86 138 0013 8000"}),
        ({"legal_name": "深圳市華麗貿易有限公司"}, {"legal_name": "华丽贸易（深圳）有限公司"}),
        ({"legal_name": "Ruiwan Trading Co., Ltd."}, {"legal_name": "RUIWAN TRADING LIMITED"}),
        ({"address": "Room 1203, 88 Keyuan Road, Shenzhen 518057"},
         {"return_address": "Unit 1203 88 Keyuan Rd Shenzhen 518057"}),
        ({"device_id": "AB:CD:EF:01:23:45"}, {"device_id": "abcdef012345"}),
    ],
)  # fmt: skip
def test_identity_grade_evidence_joins(a: dict[str, str], b: dict[str, str]) -> None:
    assert _clusters([{"id": "A", **a}, {"id": "B", **b}]) == [["A", "B"]]


def test_several_weak_signals_corroborate() -> None:
    one = [
        {"id": "A", "browser_fingerprint": "fp-77aa-19", "store_name": "Lumen Goods"},
        {"id": "B", "browser_fingerprint": "fp-77aa-19", "store_name": "Lumen Goods"},
    ]
    assert _clusters(one) == [["A", "B"]]
    # the threshold is the user's to set
    assert _clusters(one, join=0.9) == []
    single = [
        {"id": "A", "browser_fingerprint": "fp-77aa-19"},
        {"id": "B", "browser_fingerprint": "fp-77aa-19"},
    ]
    assert _clusters(single) == []


def test_distinctive_words_outweigh_city_industry_and_form() -> None:
    names = [
        "shenzhen ruiwan technology",
        "shenzhen kaijun technology",
        "shenzhen lumora technology",
        "shenzhen baxin technology",
    ]
    weights = fz.token_weights(names)
    assert weights["ruiwan"] > 5 * weights["shenzhen"]
    assert weights["ruiwan"] > 5 * weights["technology"]
    assert fz.token_agreement(names[0], names[1], weights) < 0.3
    assert fz.token_agreement("shenzhen ruiwan technology", "ruiwan technology", weights) > 0.8
    records = [
        {"id": "A", "legal_name": "Shenzhen Ruiwan Technology Co., Ltd."},
        {"id": "B", "legal_name": "Shenzhen Kaijun Technology Co., Ltd."},
    ]
    assert not check(records, account_id="A").links


def test_clusters_do_not_chain_through_shared_store_names() -> None:
    records = [{"id": f"S{i}", "store_name": "Best Deals Shop", "email": f"s{i}@example.com"}
               for i in range(30)]  # fmt: skip
    records.append({"id": "T", "email": "s3@example.com"})
    report = check(records, fuzzy=False)
    assert [sorted(c.accounts) for c in report.clusters] == [["S3", "T"]]
    assert report.to_json()["summary"]["weak_links_between_clusters"] > 400
