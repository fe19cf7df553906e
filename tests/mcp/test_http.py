"""Streamable HTTP for a team: no valid workbench session token, no MCP."""

from __future__ import annotations

from reinstate.demo import DEMO_TODAY

INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}
HEADERS = {"accept": "application/json, text/event-stream", "content-type": "application/json"}


def test_team_http_needs_a_session_token(ledger) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    from reinstate.mcp.http import http_app
    from reinstate.mcp.server import Settings
    from reinstate.web.auth import create_org_with_owner, login

    store, _case_id = ledger
    create_org_with_owner(store, "Agency", "boss@agency.example", "Boss", "correct horse battery")
    token, _csrf = login(store, "boss@agency.example", "correct horse battery")
    app = http_app(Settings(team=True, today=DEMO_TODAY), "0.0.0.0", store)
    with TestClient(app, base_url="http://mcp.agency.example") as client:
        refused = client.post("/mcp", json=INIT, headers=HEADERS)
        forged = client.post(
            "/mcp", json=INIT, headers={**HEADERS, "authorization": "Bearer not-a-session"}
        )
        admitted = client.post(
            "/mcp", json=INIT, headers={**HEADERS, "authorization": f"Bearer {token}"}
        )
    assert refused.status_code == 401 and forged.status_code == 401
    assert refused.json()["error"]["code"] == "mcp_unauthorised"
    assert admitted.status_code == 200, admitted.text
    assert "reinstate" in admitted.text


def test_local_http_refuses_other_hosts(ledger) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    from reinstate.mcp.http import http_app
    from reinstate.mcp.server import Settings

    store, _ = ledger
    app = http_app(Settings(today=DEMO_TODAY), "127.0.0.1", store)
    with TestClient(app, base_url="http://evil.example") as client:
        rebinding = client.post("/mcp", json=INIT, headers=HEADERS)
    assert rebinding.status_code in (403, 421)
