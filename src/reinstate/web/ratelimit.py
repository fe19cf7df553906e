"""Sign-in rate limits: the `limits` library's fixed windows, with the counters in the ledger.

The counters live in `web_rate_counters`, so every `reinstate serve` process on the same ledger
(SQLite or PostgreSQL) sees the same failures. Each increment is one atomic UPDATE (or an INSERT
when the window is new), so two processes never lose a count.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from limits import RateLimitItemPerMinute
from limits.storage import Storage
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from reinstate.web.tables import RateCounterRow

if TYPE_CHECKING:
    from reinstate.cases import Store

WINDOW_MINUTES = 5


class LedgerStorage(Storage):
    """A `limits` storage backed by the ledger database (one row per counter)."""

    STORAGE_SCHEME = ["reinstate-ledger"]  # noqa: RUF012 (the base class declares it so)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        for _ in range(3):  # a concurrent INSERT of the same new window: count again
            with self.store.transaction() as session:
                done = session.execute(
                    update(RateCounterRow)
                    .where(RateCounterRow.key == key, RateCounterRow.expires_at > now)
                    .values(count=RateCounterRow.count + amount)
                )
                if getattr(done, "rowcount", 0):
                    return int(
                        session.scalar(
                            select(RateCounterRow.count).where(RateCounterRow.key == key)
                        )
                        or 0
                    )
            try:
                with self.store.transaction() as session:
                    session.execute(
                        delete(RateCounterRow).where(
                            RateCounterRow.key == key, RateCounterRow.expires_at <= now
                        )
                    )
                    session.add(RateCounterRow(key=key, count=amount, expires_at=now + expiry))
                return amount
            except IntegrityError:
                continue
        raise RuntimeError("rate counter contention")  # pragma: no cover

    def get(self, key: str) -> int:
        with self.store.session() as session:
            row = session.get(RateCounterRow, key)
        return row.count if row is not None and row.expires_at > time.time() else 0

    def get_expiry(self, key: str) -> float:
        with self.store.session() as session:
            row = session.get(RateCounterRow, key)
        return row.expires_at if row is not None else time.time()

    def check(self) -> bool:
        return True

    def reset(self) -> int | None:
        with self.store.transaction() as session:
            result: Any = session.execute(delete(RateCounterRow))
        return int(getattr(result, "rowcount", 0) or 0)

    def clear(self, key: str) -> None:
        with self.store.transaction() as session:
            session.execute(delete(RateCounterRow).where(RateCounterRow.key == key))


class LoginLimiter:
    """At most `limit` failed sign-ins per (client, e-mail) and 4x that per client, per window."""

    def __init__(self, store: Store, limit: int = 5) -> None:
        self.storage = LedgerStorage(store)
        self.limiter = FixedWindowRateLimiter(self.storage)
        self.pair = RateLimitItemPerMinute(limit, WINDOW_MINUTES, namespace="login-pair")
        self.client = RateLimitItemPerMinute(limit * 4, WINDOW_MINUTES, namespace="login-client")

    def _checks(self, client: str, email: str) -> list[tuple[Any, tuple[str, ...]]]:
        return [(self.pair, (client, email)), (self.client, (client,))]

    def retry_after(self, client: str, email: str) -> int:
        """Seconds to wait before trying again, 0 when a try is allowed."""
        for item, ids in self._checks(client, email):
            if not self.limiter.test(item, *ids):
                reset = self.limiter.get_window_stats(item, *ids).reset_time
                return max(1, int(reset - time.time()) + 1)
        return 0

    def failed(self, client: str, email: str) -> None:
        for item, ids in self._checks(client, email):
            self.limiter.hit(item, *ids)

    def succeeded(self, client: str, email: str) -> None:
        self.limiter.clear(self.pair, client, email)

    def clear_all(self) -> None:
        self.storage.reset()
