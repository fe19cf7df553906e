"""What a notice asks for, as groups of alternatives: [["invoices", "letter_of_authorization"]]
means any one of them will do, [["invoices"], ["utility_bill"]] means both.

The notices capability says which documents a notice names; whether it names them as
alternatives ("invoices, receipts, or letters of authorization") or all together ("invoices and
a utility bill") is read here from the notice's own sentence, so the ledger stores what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

# How notices name each document (English and Chinese). Receipts and proof of purchase are the
# same request as invoices: supply-chain evidence.
_TERMS: dict[str, str] = {
    "invoices": r"invoices?|receipts?|proof of purchase|发票|收据|采购凭证",
    "letter_of_authorization": r"letters? of authori[sz]ation|\bLOA\b|授权书|授权信",
    "utility_bill": r"utility bills?|水电(?:煤)?(?:费)?账单|公用事业账单",
    "identity_document": (
        r"(?:government[- ]issued )?(?:ID|identity document|passport)s?\b|身份证(?:件)?|护照"
    ),
    "bank_statement": r"bank (?:account )?statements?|银行对账单|银行账单",
    "business_license": r"business licen[cs]es?|营业执照",
}
_FIND = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _TERMS.items()), re.I)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")
_OR = re.compile(r"\bor\b|\beither\b|或者?|或是", re.I)
_AND = re.compile(r"\band\b|\bas well as\b|\bplus\b|以及|和|及|并且|并", re.I)
# Words between two documents beyond this many characters belong to another clause.
_NEAR = 40

Groups = list[list[str]]


def request_groups(requested: Sequence[str], text: str | None) -> Groups:
    """The requested documents grouped as the notice's wording joins them."""
    groups: Groups = [[d] for d in dict.fromkeys(requested)]
    if not text or len(groups) < 2:
        return groups
    wanted = set(requested)
    for sentence in _SENTENCE.finditer(text):
        for members in _alternatives(sentence.group(0), wanted):
            groups = _merge(groups, members)
    return groups


def _alternatives(sentence: str, wanted: set[str]) -> Iterable[set[str]]:
    """Sets of documents the sentence offers as alternatives to each other."""
    mentions = [(m.lastgroup or "", m.start(), m.end()) for m in _FIND.finditer(sentence)]
    mentions = [m for m in mentions if m[0] in wanted]
    if len(mentions) < 2:
        return
    # The joint between each pair of neighbours: "or", "and", a bare comma, or a clause break.
    joints: list[str] = []
    for (_, _, end), (_, start, _) in pairwise(mentions):
        between = sentence[end:start]
        if len(between) > _NEAR:
            joints.append("break")
        elif _OR.search(between):
            joints.append("or")
        elif _AND.search(between):
            joints.append("and")
        else:
            joints.append("comma")
    # A list of commas takes the word that closes it: "A, B, or C" is A or B or C.
    for i in range(len(joints) - 1, -1, -1):
        if joints[i] == "comma":
            joints[i] = joints[i + 1] if i + 1 < len(joints) else "and"
    run = {mentions[0][0]}
    for joint, mention in zip(joints, mentions[1:], strict=False):
        if joint == "or":
            run.add(mention[0])
        else:
            if len(run) > 1:
                yield run
            run = {mention[0]}
    if len(run) > 1:
        yield run


def _merge(groups: Groups, members: set[str]) -> Groups:
    joined = [d for g in groups if members & set(g) for d in g]
    rest = [g for g in groups if not members & set(g)]
    if not joined:
        return groups
    return [*rest, list(dict.fromkeys(joined))] if len(set(joined)) > 1 else groups


def from_stored(value: Any) -> Groups:
    """Groups from the ledger's column: a plain name is a group of one, a list is alternatives.
    Anything else (a hand-edited row) is dropped rather than crashing a later read."""
    groups: Groups = []
    for item in value or []:
        if isinstance(item, str):
            groups.append([item])
        elif isinstance(item, list) and item and all(isinstance(d, str) for d in item):
            groups.append(list(dict.fromkeys(item)))
    return groups


def to_stored(groups: Groups) -> list[Any]:
    return [g[0] if len(g) == 1 else list(g) for g in groups]


def flat(groups: Groups) -> list[str]:
    return list(dict.fromkeys(d for g in groups for d in g))
