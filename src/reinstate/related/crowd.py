"""Crowded addresses: a full address many accounts use is a hub, not one operator.

Virtual offices, registered agents, mail-box services and co-working spaces give one complete
address (down to the suite) to many unrelated small firms. Shared by `ADDRESS_CROWD` accounts or
more, a full address is weak evidence: it joins a cluster only together with other evidence on
the same link (a real operator's accounts also share a bank, a phone, an e-mail). Words that
name such services lower the count from which an address is crowded, but the count alone also
decides, since most such addresses carry no telling word (docs/related.md).
"""

from __future__ import annotations

import re

from reinstate.related.attributes import BY_NAME

# An owner's accounts rarely number more than four at one address without sharing anything
# else; the virtual offices seen in sellers' files held 5 to 9 unrelated firms.
ADDRESS_CROWD = 5
# With a virtual-office word in the address, three sharers already make it a hub.
MARKED_CROWD = 3
# As weak as a building: several firms at one address is what a building is.
CROWDED_STRENGTH = 0.45

# Matched on normalised address keys: a Chinese key is a string, a Latin one its sorted words,
# so a Latin marker of several words is the set of them.
_MARKERS_HAN = re.compile(
    "商务秘书|秘书地址|秘书公司|集群注册|托管|孵化器|众创空间|商务中心|共享办公"
)
_MARKER_WORDS = frozenset(
    ("pmb", "regus", "wework", "servcorp", "iwg", "coworking", "mailbox", "mailboxes")
)
_MARKER_SETS = tuple(
    frozenset(words.split())
    for words in (
        "c o", "care of", "registered agent", "registered agents", "virtual office", "mail box",
        "co working", "business centre", "business center", "executive suites",
        "executive suite",
    )
)  # fmt: skip


def marked(key: str) -> bool:
    """Whether an address names a virtual office, registered agent or co-working space."""
    if not key.isascii() and _MARKERS_HAN.search(key):
        return True
    words = set(key.split(" "))
    return not words.isdisjoint(_MARKER_WORDS) or any(m <= words for m in _MARKER_SETS)


def crowded(kind: str, key: str, sharers: int, crowd: int = ADDRESS_CROWD) -> bool:
    """Whether a full address shared by `sharers` accounts is a hub rather than one operator."""
    if BY_NAME[kind].namespace != "address" or sharers < 2:
        return False
    return sharers >= (min(crowd, MARKED_CROWD) if marked(key) else crowd)


def crowded_note(namespace: str) -> str:
    """The message key that says why a crowded value is weak: a virtual office's address, or a
    service provider's phone, mailbox or device (service.py)."""
    return (
        "related.text.crowded_address" if namespace == "address" else "related.text.service_value"
    )
