"""An MCP server on a fresh ledger holding the demo case, driven by the SDK's in-process client."""

from __future__ import annotations

import pytest

from reinstate.demo import DEMO_TODAY


@pytest.fixture
def ledger(tmp_path):  # type: ignore[no-untyped-def]
    from reinstate.cases import open_store
    from reinstate.demo import add_demo_invoice, open_demo_case

    store = open_store(str(tmp_path / "ledger.db"))
    case = open_demo_case(store)
    add_demo_invoice(store, case.id)
    yield store, case.id
    store.close()


@pytest.fixture
def server_for():  # type: ignore[no-untyped-def]
    from reinstate.mcp.server import Settings, build_server

    def make(store, *, allow_writes: bool = False, team: bool = False):  # type: ignore[no-untyped-def]
        return build_server(Settings(allow_writes=allow_writes, team=team, today=DEMO_TODAY), store)

    return make
