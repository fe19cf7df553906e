"""The hard generated set (tests/support/related_hard.py) meets the targets at a small size."""

from __future__ import annotations

from collections import Counter

from support.related_hard import TRAPS, TRAPS_9, generate

from reinstate.related.check import check
from reinstate.related.load import from_records


def test_generator_is_seeded_and_has_every_trap() -> None:
    a, b = generate(600, seed=3), generate(600, seed=3)
    assert a.accounts == b.accounts
    assert generate(600, seed=4).accounts != a.accounts
    big = generate(3000, seed=5)
    assert {t for _, _, t in big.decoys} == set(TRAPS) | set(TRAPS_9)
    assert set(big.family.values()) >= {"same_owner", "household", "agency", "former_employee"}
    assert big.national_phones > 500


def test_clusters_on_the_hard_set() -> None:
    data = generate(2500, seed=19)
    accounts, problems = from_records(data.accounts)
    assert not [p for p in problems if p.code == "bad_value" and p.column == "phone"]
    report = check(accounts, problems=problems)
    labels = {a.id: -1 - n for n, a in enumerate(accounts)}
    for cluster in report.clusters:
        for account in cluster.accounts:
            labels[account] = cluster.id

    def pairs(counts: Counter[object]) -> int:
        return sum(k * (k - 1) // 2 for k in counts.values())

    found = pairs(Counter(labels.values()))
    right = pairs(Counter((labels[i], data.owner[i]) for i in labels))
    assert right / found >= 0.97
    assert right / data.true_pairs() >= 0.95
    decoys = sum(labels[a] == labels[b] for a, b, _ in data.decoys)
    assert decoys <= 0.02 * len(data.decoys)
