"""Responses the API and the pages both send: rendered pages, files, packets, sign-in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.i18n import Lang
from reinstate.web import auth, services
from reinstate.web.auth import AuthError, Principal
from reinstate.web.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    Settings,
    csrf_token,
    settings_of,
    store_of,
)
from reinstate.web.ratelimit import LoginLimiter

if TYPE_CHECKING:
    from jinja2 import Environment


def error_json(error: ReinstateError) -> dict[str, Any]:
    return envelope("error", error=error.to_json())


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang: Lang = request.state.lang
    env: Environment = request.app.state.templates[lang]
    settings: Settings = request.app.state.settings
    who: Principal | None = getattr(request.state, "principal", None)
    orgs = (
        auth.organisations(store_of(request), who.user_id)
        if who is not None and not who.local and who.user_id is not None
        else []
    )
    html = env.get_template(name).render(
        who=who,
        orgs=orgs,
        csrf=csrf_token(request),
        team=settings.team,
        path=request.url.path,
        today=settings.day(),
        **context,
    )
    return HTMLResponse(html, status_code=status)


def sign_in(request: Request, email: str, password: str) -> tuple[str, str]:
    settings = settings_of(request)
    if not settings.team:
        raise ReinstateError("local_mode")
    limiter: LoginLimiter = request.app.state.limiter
    client = request.client.host if request.client else "?"
    address = email.strip().lower()
    wait = limiter.retry_after(client, address)
    if wait:
        raise AuthError(429, "login_limited", seconds=wait)
    try:
        result = auth.login(store_of(request), address, password)
    except AuthError:
        limiter.failed(client, address)
        raise
    limiter.succeeded(client, address)
    return result


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    settings = settings_of(request)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        max_age=auth.SESSION_HOURS * 3600,
    )
    response.delete_cookie(CSRF_COOKIE)


def add_document(
    request: Request, who: Principal, case_id: int, filename: str | None, data: bytes, role: str
) -> dict[str, Any]:
    store = store_of(request)
    services.need_write(who)
    services.load_case(store, who, case_id)
    name = filename or "upload"
    media = services.check_upload(data, services.DOCUMENT_TYPES, name)
    ref = store.add_document(case_id, name, data, role=role)
    return envelope("document", case_id=case_id, document=ref.to_json(), media_type=media)


async def in_thread(request: Request, fn: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, request, *args)


async def heavy(request: Request, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run slow library work in the bounded pool (`work.HeavyWork`): 503 busy when it is full."""
    return await request.app.state.work.run(fn, *args, **kwargs)


def document_response(request: Request, who: Principal, case_id: int, sha256: str) -> Response:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    ref = services.document_of(case, sha256)
    data = store.document_bytes(ref.sha256)
    ascii_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in ref.filename) or "file"
    return Response(
        content=data,
        media_type=ref.media_type,
        headers={
            "Content-Disposition": (
                f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(ref.filename)}"
            ),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )


def packet_response(case_id: int, data: bytes) -> Response:
    return Response(
        content=data,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="appeal-packet-case-{case_id}.zip"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


def invoice_flow(
    request: Request,
    who: Principal,
    case_id: int,
    filename: str | None,
    data: bytes,
    images: bool = False,
) -> dict[str, Any]:
    store = store_of(request)
    services.need_write(who)
    case = services.load_case(store, who, case_id)
    name = filename or "invoice"
    services.check_upload(data, services.INVOICE_TYPES, name)
    ref = store.add_document(case_id, name, data, role="invoices")
    case = store.get_case(case_id)
    day = settings_of(request).day()
    decision = services.guard(store, case, day, "invoice", document=ref.sha256)
    report, pages = services.invoice_report(case, name, data, images=images)
    return envelope(
        "invoice_upload",
        case_id=case_id,
        document=ref.to_json(),
        guard=decision.to_json(),
        report=report,
        page_images=pages,
    )
