"""Every value of a loaded file as columns: one row per value.

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
    """The values of `accounts` (in that order): `acc` (the account's position), `seq` (the
    value's place among its account's values: they are listed in its order) and `kind` (a code
    into KIND_NAMES) as numpy arrays, `raw` and `key` as Arrow string arrays. The rows come kind
    by kind, as the loader made them: what needs an account's values together sorts the rows it
    reads (`by_account`)."""

    def __init__(
        self, accounts: list[Account], acc: Any, seq: Any, kind: Any, raw: Any, key: Any
    ) -> None:
        self.accounts = accounts
        self.acc, self.seq, self.kind, self.raw, self.key = acc, seq, kind, raw, key
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

    def by_account(self, rows: Any) -> Any:
        """These rows sorted by account, each account's in the order of its values."""
        import numpy as np

        seq = self.seq[rows]
        span = int(seq.max(initial=0)) + 1
        return rows[np.argsort(self.acc[rows].astype(np.int64) * span + seq)]

    def fill(self) -> None:
        """Make every account's `values` list from the columns."""
        import numpy as np
        import pyarrow as pa

        from reinstate.related.model import Value

        self.filled = True
        order = self.by_account(np.arange(self.rows))
        at = pa.array(order)
        kinds = [KIND_NAMES[k] for k in self.kind[order].tolist()]
        raws = self.raw.take(at).to_pylist()
        keys = self.key.take(at).to_pylist()
        starts = np.searchsorted(self.acc[order], np.arange(len(self.accounts) + 1)).tolist()
        for number, account in enumerate(self.accounts):
            if account._store is self and account._values is None:
                account._values = [
                    Value(kinds[j], raws[j], keys[j])
                    for j in range(starts[number], starts[number + 1])
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
        self.acc = self.seq = self.kind = np.zeros(0, dtype=np.int32)
        self.raw = self.key = pa.array([], pa.large_string())


def store_of(accounts: list[Account]) -> ValueStore | None:
    """The store holding exactly these accounts' values, if there is one."""
    if not accounts:
        return None
    store = accounts[0]._store
    return store if isinstance(store, ValueStore) and store.owns(accounts) else None
