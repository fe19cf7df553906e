"""Streamable HTTP for a team: the MCP endpoint behind the workbench's sign-in.

In team mode every request must carry a workbench session token (`Authorization: Bearer`); the
tools then see only the organisation's cases, and viewers cannot write. Without --team the server
listens on loopback only, like `reinstate serve`, and the SDK's DNS-rebinding check applies.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from reinstate.contract import envelope
from reinstate.errors import ReinstateError

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from reinstate.cases import Store
    from reinstate.mcp.server import Settings


class SessionGate:
    """Refuse, with 401 and the error envelope, any request without a valid session token."""

    def __init__(self, app: ASGIApp, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._signed_in(scope):
            error = ReinstateError("mcp_unauthorised")
            body = json.dumps(envelope("error", error=error.to_json()), ensure_ascii=False)
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"www-authenticate", b"Bearer"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body.encode()})
            return
        await self.app(scope, receive, send)

    def _signed_in(self, scope: Scope) -> bool:
        from reinstate.web.auth import AuthError, session_principal

        headers = dict(scope.get("headers") or [])
        scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return False
        try:
            session_principal(self.store, token.strip())
        except AuthError:
            return False
        return True


def http_app(settings: Settings, host: str, store: Store | None = None) -> Any:
    """The ASGI app serving MCP at /mcp."""
    from reinstate.cases import open_store
    from reinstate.mcp.server import build_server

    store = store or open_store(settings.db)
    app = build_server(settings, store).streamable_http_app(host=host)
    return SessionGate(app, store) if settings.team else app
