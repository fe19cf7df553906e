"""Every value of a loaded file as columns: one row per value, each account's rows together.

The loader fills a `ValueStore` instead of making a `Value` tuple per value: at a million
accounts that was eleven million tuples, their lists and strings (most of the command's memory and
a third of its time). Linkage reads the columns straight into the SQL engine and the fuzzy
records (`linkage.value_columns`, `fuzzy.record_table`); an account's `values` are made only when
a caller reads them, for every account of the file at once (`fill`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reinstate.related.attributes import KINDS

if TYPE_CHECKING:
    from reinstate.related.model import Account

KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
KIND_CODE: dict[str, int] = {name: code for code, name in enumerate(KIND_NAMES)}
NAMESPACE_NAMES: tuple[str, ...] = tuple(sorted({k.namespace for k in KINDS}))
# The namespace of each kind code, as a code into NAMESPACE_NAMES.
NAMESPACE_OF_KIND: tuple[int, ...] = tuple(NAMESPACE_NAMES.index(k.namespace) for k in KINDS)


class ValueStore:
    """The values of `accounts` (in that order): `acc` (the account's position), `kind` (a code
    into KIND_NAMES) as numpy arrays, `raw` and `key` as Arrow string arrays; sorted by account,
    each account's values in the order its `values` list gives them."""

    def __init__(self, accounts: list[Account], acc: Any, kind: Any, raw: Any, key: Any) -> None:
        import numpy as np

        self.accounts = accounts
        self.acc, self.kind, self.raw, self.key = acc, kind, raw, key
        self.starts = np.searchsorted(acc, np.arange(len(accounts) + 1))
        self.filled = False
        for account in accounts:
            account._values = None
            account._store = self

    @property
    def rows(self) -> int:
        return len(self.acc)

    def owns(self, accounts: list[Account]) -> bool:
        """Whether the columns still are exactly these accounts' values (none made into lists
        that a caller may have changed, none given other values)."""
        return (
            not self.filled
            and len(accounts) == len(self.accounts)
            and all(
                a is b and a._store is self for a, b in zip(accounts, self.accounts, strict=True)
            )
        )

    def namespace(self) -> Any:
        """The namespace code (into NAMESPACE_NAMES) of each row."""
        import numpy as np

        return np.asarray(NAMESPACE_OF_KIND, dtype=np.int8)[self.kind]

    def fill(self) -> None:
        """Make every account's `values` list from the columns."""
        from reinstate.related.model import Value

        self.filled = True
        kinds = [KIND_NAMES[k] for k in self.kind.tolist()]
        raws = self.raw.to_pylist()
        keys = self.key.to_pylist()
        starts = self.starts.tolist()
        for at, account in enumerate(self.accounts):
            if account._store is self and account._values is None:
                account._values = [
                    Value(kinds[j], raws[j], keys[j]) for j in range(starts[at], starts[at + 1])
                ]
        self.release()

    def release(self) -> None:
        """Forget the columns; accounts whose values were not made have none."""
        import numpy as np
        import pyarrow as pa

        for account in self.accounts:
            if account._values is None:
                account._values = []
        self.filled = True
        self.acc = self.kind = np.zeros(0, dtype=np.int32)
        self.raw = self.key = pa.array([], pa.large_string())
        self.starts = np.zeros(len(self.accounts) + 1, dtype=np.int64)


def store_of(accounts: list[Account]) -> ValueStore | None:
    """The store holding exactly these accounts' values, if there is one."""
    if not accounts:
        return None
    store = accounts[0]._store
    return store if isinstance(store, ValueStore) and store.owns(accounts) else None
