"""What the routers share: settings, the signed-in principal, CSRF, path parameters."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Path, Request

from reinstate.web.auth import AuthError, Principal, session_principal

SESSION_COOKIE = "reinstate_session"
CSRF_COOKIE = "reinstate_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass
class Settings:
    db: str | None = None
    team: bool = False
    today: date | None = None  # fixed day for tests and demos; None = the real date
    secure_cookies: bool = False  # set behind HTTPS
    login_limit: int = 5
    # Heavy work (invoice pre-flight, packets, related accounts): at most this many at a time,
    # with at most `heavy_queue` more waiting; past that, 503 busy.
    heavy_workers: int = 2
    heavy_queue: int = 8
    extra: dict[str, Any] = field(default_factory=dict)

    def day(self) -> date:
        return self.today or date.today()


def principal(request: Request) -> Principal:
    """The user behind the request (a FastAPI dependency). Team mode needs a valid session."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    settings: Settings = request.app.state.settings
    if not settings.team:
        who = Principal(local=True, csrf=request.state.cookie_csrf, name="local")
    else:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            raise AuthError(401, "session_unknown")
        who = session_principal(request.app.state.store, token)
    request.state.principal = who
    return who


def csrf_token(request: Request) -> str:
    """The token forms and htmx must send back: the session's, else the CSRF cookie's."""
    who = getattr(request.state, "principal", None)
    if who is not None and not who.local:
        return str(who.csrf)
    return str(request.state.cookie_csrf)


async def check_csrf(request: Request) -> None:
    """A dependency for every state-changing route: header or form field must match."""
    if request.method not in UNSAFE:
        return
    expected = csrf_token(request)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and (request.headers.get("content-type") or "").startswith(
        ("multipart/form-data", "application/x-www-form-urlencoded")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent:
        raise AuthError(403, "csrf_missing")
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        raise AuthError(403, "csrf_wrong")


Who = Annotated[Principal, Depends(principal)]
CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Case id")]
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="Document sha256")]


async def writer(request: Request, who: Who) -> Principal:
    """A signed-in principal whose request carries the right CSRF token."""
    await check_csrf(request)
    return who


Writer = Annotated[Principal, Depends(writer)]


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def store_of(request: Request) -> Any:
    return request.app.state.store
