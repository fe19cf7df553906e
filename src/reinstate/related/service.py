"""Service providers' values: one bookkeeper's phone, an agent's mailbox, an assistant's laptop.

An accountant, a VAT agent, an account-management agency or a freelance assistant puts its own
phone, mailbox, login or device on the accounts of many unrelated clients. Each such value is
identity-grade (it belongs to one person), but the person is the provider, not the sellers: read
as "one operator", it glued the clients of one bookkeeper into one cluster of 248 accounts, and
three such providers into 818, on files written by outside writers (docs/related.md).

What tells a provider's value from an operator's is what else its sharers share. An operator's
accounts also share a bank account, a company, another phone; a provider's clients share nothing
else with each other. So a value shared by `SERVICE_MIN` accounts or more whose sharers fall into
`SERVICE_SPREAD` or more groups that nothing else joins is a provider's: it is kept as weak
evidence (shown, with a note, as a crowded address is) and joins no cluster on its own.

The groups are the clusters made without any such value; values found to be an operator's are
added and the test repeated, so that an operator's phone and mailbox on the same accounts can
corroborate each other, but two providers' values never do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from reinstate.related.crowd import CROWDED_STRENGTH
from reinstate.related.model import Link, combine

# Fewer sharers than this are one operator's as before: two accounts sharing a phone is the
# commonest link there is, and three that share nothing else are still more likely one seller.
SERVICE_MIN = 3
# Sharers that nothing else joins, in this many groups or more, are a provider's clients.
SERVICE_SPREAD = 3
# Addresses have their own rule (crowd.py); names and weak kinds never join alone anyway.
_NAMESPACES = frozenset({"phone", "email", "device", "address"})

SERVICE_NOTE = "related.text.service_value"

Components = Callable[[int, Any, Any], list[int]]


def service_values(
    n_accounts: int,
    links: dict[tuple[int, int], Link],
    hubs: list[Any],
    join: float,
    components: Components,
) -> set[tuple[str, str]]:
    """The (namespace, key) of the values that a service provider puts on unrelated accounts,
    among those listed on links and the hubs (values shared too widely to list pairs of)."""
    members: dict[tuple[str, str], set[int]] = {}
    for hub in hubs:
        if hub.namespace in _NAMESPACES and hub.kind != "login" and hub.strength >= join:
            members[(hub.namespace, hub.key)] = set(hub.members)
    touched: list[tuple[int, int]] = []
    for pair, link_ in links.items():
        for e in link_.evidence:
            if (
                e.sharers >= SERVICE_MIN
                and e.method == "exact"
                and e.namespace in _NAMESPACES
                and e.strength >= join
                and "login" not in (e.kind_a, e.kind_b)
            ):
                members.setdefault((e.namespace, e.key), set()).update(pair)
                touched.append(pair)
    if not members:
        return set()
    # The links that join without any candidate value: what the sharers share besides it.
    base_a: list[int] = []
    base_b: list[int] = []
    again = set(touched)
    for (a, b), link_ in links.items():
        rest = (
            [e for e in link_.evidence if (e.namespace, e.key) not in members]
            if (a, b) in again
            else link_.evidence
        )
        if combine([e.strength for e in rest]) >= join or any(
            e.namespace == "address" and e.method == "exact" for e in rest
        ):
            base_a.append(a)
            base_b.append(b)
    undecided = dict(members)
    star_a: list[int] = []
    star_b: list[int] = []
    # Values of two kinds on exactly the same accounts (an address and a phone, a mailbox and a
    # laptop) are one operator's set of them.
    kinds: dict[frozenset[int], set[str]] = {}
    for (namespace, _), sharers in members.items():
        kinds.setdefault(frozenset(sharers), set()).add(namespace)
    for value, sharers in list(undecided.items()):
        if len(kinds[frozenset(sharers)]) > 1:
            del undecided[value]
            first, *others = sorted(sharers)
            star_a.extend([first] * len(others))
            star_b.extend(others)
    while undecided:
        labels = components(n_accounts, base_a + star_a, base_b + star_b)
        owned = [
            value
            for value, sharers in undecided.items()
            if len({labels[m] for m in sharers}) < SERVICE_SPREAD
        ]
        if not owned:
            break
        for value in owned:
            first, *others = sorted(undecided.pop(value))
            star_a.extend([first] * len(others))
            star_b.extend(others)
    return set(undecided)


def weaken(
    links: dict[tuple[int, int], Link], hubs: list[Any], values: set[tuple[str, str]]
) -> None:
    """Make the evidence of a provider's values weak (a new evidence list, so that each link's
    cached strength is recomputed)."""
    if not values:
        return
    for hub in hubs:
        hub.service = (hub.namespace, hub.key) in values
    for link_ in links.values():
        if any((e.namespace, e.key) in values for e in link_.evidence):
            link_.evidence = [
                replace(e, strength=min(e.strength, CROWDED_STRENGTH), reason=SERVICE_NOTE)
                if (e.namespace, e.key) in values
                else e
                for e in link_.evidence
            ]
