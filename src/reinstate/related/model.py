"""Accounts, the values they carry, and the links, paths and clusters found between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from reinstate.i18n import both
from reinstate.related.attributes import BY_NAME, JOIN, SUSPENDED, label


# A named tuple: a large file holds millions of values, and a tuple is made in half the time of
# a frozen dataclass, in as little memory.
class Value(NamedTuple):
    kind: str
    raw: str
    key: str

    @property
    def namespace(self) -> str:
        return BY_NAME[self.kind].namespace


@lru_cache(maxsize=1024)
def status_suspended(status: str | None) -> bool:
    """Whether an account status text says suspended (decided once per text: a file has a
    handful, and a million accounts ask)."""
    return (status or "").strip().casefold() in SUSPENDED


class Account:
    """One account of the file, with its values.

    A loaded file's values are kept as columns (`columns.ValueStore`) and made into `Value`
    tuples only when `values` is first read (all accounts of the file at once): the command
    links, clusters and reports a million accounts without ever making their eleven million
    tuples.
    """

    __slots__ = (
        "_store",
        "_values",
        "country",
        "id",
        "inferred_country",
        "inferred_from",
        "label",
        "line",
        "marketplace",
        "status",
    )

    def __init__(
        self,
        id: str,
        values: list[Value] | None = None,
        status: str | None = None,
        country: str | None = None,
        label: str | None = None,
        line: int | None = None,
        marketplace: str | None = None,
        inferred_country: str | None = None,
        inferred_from: str | None = None,
    ) -> None:
        self.id = id
        self._values: list[Value] | None = [] if values is None else values
        self.status = status
        self.country = country
        self.label = label
        self.line = line
        self.marketplace = marketplace
        # The region national phone numbers were read with, and what it was inferred from, when
        # the file gave no country.
        self.inferred_country = inferred_country
        self.inferred_from = inferred_from
        self._store: Any = None

    @property
    def values(self) -> list[Value]:
        if self._values is None:
            self._store.fill()
        assert self._values is not None
        return self._values

    @values.setter
    def values(self, values: list[Value]) -> None:
        # values given by hand: the columns no longer say what this account holds
        self._values = values
        self._store = None

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.values,
            self.status,
            self.country,
            self.label,
            self.line,
            self.marketplace,
            self.inferred_country,
            self.inferred_from,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Account):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        names = ("id", "values", "status", "country", "label", "line", "marketplace")
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self._fields(), strict=False))
        return f"Account({shown})"

    @property
    def suspended(self) -> bool:
        return status_suspended(self.status)

    def keys(self) -> set[tuple[str, str]]:
        return {(v.namespace, v.key) for v in self.values}


@dataclass(frozen=True, slots=True)
class Problem:
    """A line or value of the input that could not be used; the rest is still processed."""

    line: int | None
    code: str
    column: str | None = None
    value: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "code": self.code,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
            "message": both(
                f"related.problem.{self.code}",
                line=self.line,
                column=self.column or "",
                value=self.value or "",
                reason=self.reason or "",
            ),
        }


# Not frozen: a frozen dataclass sets each of its fields through object.__setattr__, and a large
# file makes millions of these.
@dataclass(slots=True)
class Evidence:
    """One shared (or near-identical) value behind a link."""

    namespace: str
    kind_a: str
    kind_b: str
    raw_a: str
    raw_b: str
    key: str
    strength: float
    method: str = "exact"
    probability: float | None = None
    sharers: int = 2
    # a full address used by many accounts (a virtual office's): weak, shown with a note
    crowded: bool = False
    # the message id of why a value that would join alone does not: a switchboard's number
    # written with other extensions, a shared office's reception line (`crowd.shared_lines`)
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "attribute": self.namespace,
            "kinds": [self.kind_a, self.kind_b],
            "value": self.key,
            "raw": [self.raw_a, self.raw_b],
            "method": self.method,
            "probability": None if self.probability is None else round(self.probability, 4),
            "strength": round(self.strength, 3),
            "label": label(self.strength),
            "shared_by": self.sharers,
            "crowded": self.crowded,
            "note": both(note_id, count=self.sharers) if (note_id := self.note_id) else None,
        }

    @property
    def note_id(self) -> str | None:
        """The message shown with a value that would join alone but does not, or None."""
        if self.reason is not None:
            return self.reason
        return "related.text.crowded_address" if self.crowded else None


def combine(strengths: list[float]) -> float:
    """Independent pieces of evidence add up (noisy-or): 1 - prod(1 - s)."""
    rest = 1.0
    for s in strengths:
        rest *= 1.0 - s
    return 1.0 - rest


def combine_evidence(evidence: list[Evidence]) -> float:
    """`combine` of a link's evidence, where the evidence that names a third party rather than
    an operator counts once, as the strongest of it: a bookkeeper's phone, mailbox and laptop
    on two accounts say one thing, that both are its clients (docs/related.md). Third parties'
    values are those with a note — a crowded address, a switchboard, a pooled account, a
    reception line, an address without a number, and a service provider's values once one of
    them is on `PROVIDER_WIDE` accounts or more. A provider's values all on fewer accounts may
    be an operator's own phone and mailbox on its few accounts, and add up as before."""
    rest = 1.0
    third = 0.0
    few: list[float] = []
    wide = False
    for e in evidence:
        if e.reason is None and not e.crowded:
            rest *= 1.0 - e.strength
        elif e.reason == SERVICE_NOTE and e.sharers < PROVIDER_WIDE:
            few.append(e.strength)
        else:
            third = max(third, e.strength)
            wide = wide or e.reason == SERVICE_NOTE
    for s in few:
        if wide:
            third = max(third, s)
        else:
            rest *= 1.0 - s
    return 1.0 - rest * (1.0 - third)


SERVICE_NOTE = "related.text.service_value"
# More accounts than an operator in any account file seen has (at most seven); service firms'
# values sat on 11 to 40.
PROVIDER_WIDE = 8


@dataclass
class Link:
    """Two accounts and everything they share."""

    a: str
    b: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def strength(self) -> float:
        # Sorting and JSON ask for it many times; recomputed only when the evidence changed.
        count = (id(self.evidence), len(self.evidence))
        cached = self.__dict__.get("_strength")
        if cached is None or cached[0] != count:
            cached = (count, combine_evidence(self.evidence))
            self.__dict__["_strength"] = cached
        return float(cached[1])

    def reweigh(self, e: Evidence, strength: float, reason: str | None) -> None:
        """Give one piece of this link's evidence another strength, with the reason shown for
        it (None: its kind's own), and forget the cached strength of the link."""
        e.strength = strength
        e.reason = reason
        self.__dict__.pop("_strength", None)

    @property
    def label(self) -> str:
        return label(self.strength)

    @property
    def attributes(self) -> list[str]:
        return sorted({e.namespace for e in self.evidence})

    def other(self, account: str) -> str:
        return self.b if account == self.a else self.a

    def joins(self, threshold: float = JOIN) -> bool:
        """Whether this link alone makes the two accounts one operator (docs/related.md)."""
        return self.strength >= threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "accounts": [self.a, self.b],
            "strength": round(self.strength, 3),
            "label": self.label,
            "joins": self.joins(),
            "attributes": self.attributes,
            "evidence": [e.to_json() for e in sorted(self.evidence, key=lambda e: -e.strength)],
        }


@dataclass
class Path:
    """How one account reaches another through a chain of links."""

    accounts: list[str]
    links: list[Link]

    @property
    def strength(self) -> float:
        out = 1.0
        for link in self.links:
            out *= link.strength
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "to": self.accounts[-1],
            "accounts": self.accounts,
            "hops": len(self.links),
            "strength": round(self.strength, 3),
            "label": label(self.strength),
            "links": [link.to_json() for link in self.links],
        }


@dataclass
class Cluster:
    id: int
    accounts: list[str]
    links: list[Link]
    suspended: list[str] = field(default_factory=list)
    hubs: list[dict[str, Any]] = field(default_factory=list)
    # Weak links from a member to an account outside the cluster: shown, not joined.
    also_shares: list[Link] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "size": len(self.accounts),
            "accounts": self.accounts,
            "suspended": self.suspended,
            "links": [link.to_json() for link in self.links],
            "hubs": self.hubs,
            "also_shares": [link.to_json() for link in self.also_shares],
        }
