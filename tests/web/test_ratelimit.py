"""Sign-in limits: counters in the ledger (shared by processes), client address from the socket."""

from __future__ import annotations

from typing import Any

from .conftest import PASSWORD, TODAY, client_for, csrf_of


def _team_app(db: str, limit: int = 3) -> Any:
    from reinstate.web.app import Settings, create_app

    return create_app(Settings(db=db, team=True, today=TODAY, login_limit=limit))


def _try(c: Any, password: str, headers: dict[str, str] | None = None) -> int:
    r = c.post(
        "/api/v1/session",
        json={"email": "o@x.example", "password": password},
        headers={"X-CSRF-Token": csrf_of(c), **(headers or {})},
    )
    return int(r.status_code)


def test_the_limit_holds_across_processes(db_url) -> None:  # type: ignore[no-untyped-def]
    """Two apps on one ledger (two `reinstate serve` processes) share the failure counters."""
    from reinstate.web.auth import create_org_with_owner

    first, second = _team_app(db_url), _team_app(db_url)
    try:
        create_org_with_owner(first.state.store, "Org", "o@x.example", "O", PASSWORD)
        a, b = client_for(first), client_for(second)
        assert [_try(a, "wrong"), _try(b, "wrong"), _try(a, "wrong")] == [401, 401, 401]
        assert _try(b, PASSWORD) == 429  # the second process saw the first one's failures
        assert _try(a, PASSWORD) == 429
    finally:
        first.state.store.close()
        second.state.store.close()


def test_ledger_storage_counts_in_fixed_windows(db_url) -> None:  # type: ignore[no-untyped-def]
    from reinstate.cases import open_store
    from reinstate.web.ratelimit import LedgerStorage

    with open_store(db_url) as store:
        storage = LedgerStorage(store)
        assert storage.get("k") == 0
        assert [storage.incr("k", 60) for _ in range(3)] == [1, 2, 3]
        assert storage.get("k") == 3 and storage.get_expiry("k") > 0
        assert storage.incr("gone", -1) == 1  # already expired: the next hit starts anew
        assert storage.incr("gone", 60) == 1
        storage.clear("k")
        assert storage.get("k") == 0


def test_forwarded_for_is_ignored_unless_configured(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A new X-Forwarded-For on every try must not give a new budget (real uvicorn, real socket)."""
    import httpx

    from reinstate.web.app import create_app
    from reinstate.web.auth import create_org_with_owner
    from reinstate.web.commands import serve_plan

    from .server import Server

    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    from reinstate.cases import open_store

    with open_store(db) as store:
        create_org_with_owner(store, "Org", "o@x.example", "O", PASSWORD)
    settings, options = serve_plan("127.0.0.1", True, db=db)
    settings.login_limit = 3
    app = create_app(settings)
    statuses = []
    with Server(app, **options) as server, httpx.Client(base_url=server.url) as c:
        token = c.get("/api/v1/session").json()["csrf_token"]
        for i in range(12):
            r = c.post(
                "/api/v1/session",
                json={"email": "o@x.example", "password": "wrong"},
                headers={"X-CSRF-Token": token, "X-Forwarded-For": f"203.0.113.{i + 1}"},
            )
            statuses.append(r.status_code)
    app.state.store.close()
    assert statuses[:3] == [401, 401, 401]
    assert set(statuses[3:]) == {429}
    assert options["proxy_headers"] is False


def test_forwarded_for_is_trusted_from_the_configured_proxy() -> None:
    from reinstate.web.commands import serve_plan

    _settings, options = serve_plan("127.0.0.1", False, forwarded_allow_ips="10.0.0.5")
    assert options == {"proxy_headers": True, "forwarded_allow_ips": "10.0.0.5"}
