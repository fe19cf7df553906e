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


def test_a_team_member_uses_the_tools_over_http(ledger) -> None:  # type: ignore[no-untyped-def]
    """The SDK's HTTP client with a session token, against uvicorn on a free loopback port:
    the configuration docs/mcp.md shows. The member sees only the organisation's cases."""
    import socket
    import threading
    import time

    import anyio
    import httpx2
    import uvicorn
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    from reinstate.cases import CaseDraft
    from reinstate.mcp.http import http_app
    from reinstate.mcp.server import Settings
    from reinstate.web.auth import claim_case, create_org_with_owner, login

    store, other_org_case = ledger
    org = create_org_with_owner(
        store, "Agency", "boss@agency.example", "Boss", "correct horse battery"
    )
    own = store.create_case(CaseDraft(account="OwnShop", marketplace="US"))
    claim_case(store, own.id, org)
    token, _ = login(store, "boss@agency.example", "correct horse battery")

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = http_app(Settings(team=True, today=DEMO_TODAY), "127.0.0.1", store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)

    async def main() -> tuple[list[int], bool]:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"})
        url = f"http://127.0.0.1:{port}/mcp"
        async with http, Client(streamable_http_client(url, http_client=http)) as client:
            listing = await client.call_tool("list_cases", {})
            hidden = await client.call_tool("show_case", {"case_id": other_org_case})
            return [c["id"] for c in listing.structured_content["cases"]], hidden.is_error

    try:
        seen, hidden_is_error = anyio.run(main)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert seen == [own.id]
    assert hidden_is_error
