"""The FastAPI application: settings, who is asking, CSRF, body limits, errors, templates.

Routes live in `api.py` (JSON under /api/v1) and `pages.py` (HTML + htmx fragments); both call
`services.py`, which calls the library. Sync route functions run in Starlette's thread pool,
which suits the synchronous SQLAlchemy store.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reinstate.errors import ReinstateError
from reinstate.i18n import Lang
from reinstate.web import api, calendar, i18n, pages
from reinstate.web.auth import AuthError
from reinstate.web.deps import (
    CSRF_COOKIE,
    Settings,
)
from reinstate.web.ratelimit import LoginLimiter
from reinstate.web.responses import error_json
from reinstate.web.services import MAX_UPLOAD_BYTES
from reinstate.web.work import HeavyWork

HERE = Path(__file__).parent
# A whole request body may be a little larger than one upload (multipart framing, form fields).
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# htmx 2 injects a small <style> for its indicators unless told not to (see base.html meta).


class BodyLimit:
    """Refuse request bodies above the limit with 413 before they are stored anywhere."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(scope, send, self.limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # FastAPI turns errors while reading a body into a 400; the flag makes it 413
                    scope.setdefault("state", {})["body_too_large"] = True
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await _too_large(scope, send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    mb = limit // (1024 * 1024)  # the same words as the 400-to-413 case in on_http
    error = ReinstateError("request_too_large", mb=mb)
    response = JSONResponse(error_json(error), status_code=413)
    await response(scope, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The workbench for one ledger. Opens (and migrates) the store once, here."""
    from contextlib import asynccontextmanager

    from reinstate.cases import open_store

    settings = settings or Settings()
    store = open_store(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        app.state.work.close()
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="reinstate",
        version="1",
        description="The reinstate workbench API: cases, notices, appeals, guardrails. "
        "Every response uses the CLI's JSON envelope (schema_version, kind).",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN; /docs is our own page (pages.api_docs)
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.limiter = LoginLimiter(store, limit=settings.login_limit)
    app.state.work = HeavyWork(settings.heavy_workers, settings.heavy_queue)
    app.state.templates = {lang: _environment(lang) for lang in ("en", "zh")}

    _install_handlers(app)
    app.add_middleware(ContextMiddleware)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(calendar.router)
    return app


def route_table(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) the app answers, including routes of included routers."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount, Route

    found: list[tuple[str, str]] = []

    def walk(routes: Any) -> None:
        for route in routes:
            if isinstance(route, APIRoute | Route):
                found.extend((m, route.path) for m in sorted(route.methods or ()) if m != "HEAD")
            elif isinstance(route, Mount):
                found.append(("GET", route.path + "/{path}"))
            elif hasattr(route, "original_router"):
                walk(route.original_router.routes)

    walk(app.routes)
    return sorted(set(found))


def _environment(lang: Lang) -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        # The templates ship inside the package: checking each one's mtime on every render cost
        # a tenth of a case page under load (bench/web_load.py, py-spy).
        auto_reload=False,
    )
    env.install_gettext_translations(i18n.translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.globals["lang"] = lang
    from reinstate.web.labels import LABELS, TARGETS
    from reinstate.web.wording import Wording

    translate = i18n.translations(lang).gettext
    wording = Wording(lang, translate, LABELS)
    label = wording.label

    def pick(texts: object) -> str:
        """One language out of a {"en": ..., "zh": ...} message from the library."""
        if isinstance(texts, dict):
            return str(texts.get(lang) or texts.get("en") or "")
        return str(texts or "")

    def web_url(value: object) -> str:
        """Only http(s) links leave the page (a rule file could say anything)."""
        text = str(value or "")
        return text if text.startswith(("https://", "http://")) else ""

    env.filters["label"] = label
    env.filters["web_url"] = web_url
    env.filters["pick"] = pick
    env.filters["msg"] = lambda f: wording.finding(f, "message")
    env.filters["why"] = lambda f: wording.finding(f, "why")
    env.filters["fix"] = lambda f: wording.finding(f, "fix")
    env.globals["rule_text"] = wording.rule_text
    env.globals["target_label"] = lambda t: translate(TARGETS[t]) if t in TARGETS else t
    env.globals["next_step"] = wording.next_step
    return env


# Request context: language, principal, CSRF token


class ContextMiddleware:
    """Language, CSRF cookie, Host check and security headers for every request (plain ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        settings: Settings = scope["app"].state.settings
        lang = _lang(request)
        state = scope.setdefault("state", {})
        state["lang"] = lang
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        fresh = len(cookie) < 20
        state["cookie_csrf"] = secrets.token_urlsafe(32) if fresh else cookie
        if (
            not settings.team
            and _host_name(request.headers.get("host") or "") not in LOOPBACK_HOSTS
        ):
            # Local mode has no login: refuse other Host names so DNS rebinding cannot reach it.
            response = _error_response(request, AuthError(421, "host_refused"), lang)
            await response(scope, receive, send)
            return
        chosen = request.query_params.get("lang")
        cookies: list[str] = []
        if fresh:
            secure = "; Secure" if settings.secure_cookies else ""
            cookies.append(
                f"{CSRF_COOKIE}={state['cookie_csrf']}; HttpOnly; Path=/; SameSite=strict{secure}"
            )
        if chosen in ("en", "zh"):
            cookies.append(f"{i18n.COOKIE}={chosen}; Max-Age={365 * 86400}; Path=/; SameSite=lax")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    if name not in headers:
                        headers[name] = value
                for value in cookies:
                    headers.append("set-cookie", value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


SECURITY_HEADERS = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
)


def _host_name(header: str) -> str:
    """The host part of a Host header: "127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "[::1]"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0]


def _lang(request: Request) -> Lang:
    return i18n.pick_lang(
        request.query_params.get("lang"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


# Errors: JSON for the API, a page (or fragment for htmx) otherwise


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_response(
    request: Request,
    error: ReinstateError,
    lang: Lang,
    headers: dict[str, str] | None = None,
) -> Response:
    from reinstate.web.wording import for_the_web

    error = for_the_web(error)
    status = error.status
    if _wants_json(request):
        return JSONResponse(error_json(error), status_code=status, headers=headers)
    if status == 401 and request.method == "GET" and not request.headers.get("hx-request"):
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    env: Environment = request.app.state.templates[lang]
    template = "_error.html" if request.headers.get("hx-request") else "error.html"
    who = getattr(request.state, "principal", None)
    html = env.get_template(template).render(
        error=error,
        message=error.text(lang),
        status=status,
        who=who,
        csrf=getattr(request.state, "cookie_csrf", ""),
        team=request.app.state.settings.team,
        path=request.url.path,
    )
    return HTMLResponse(html, status_code=status, headers=headers)


def _all_routes(routes: Any) -> list[Any]:
    """Routes, with those of included routers (FastAPI keeps them behind `original_router`)."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += _all_routes(inner.routes) if inner is not None else [route]
    return found


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in _all_routes(request.app.router.routes):
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(request.url.path):
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _install_handlers(app: FastAPI) -> None:
    async def on_reinstate(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ReinstateError)
        headers = {"Retry-After": "30"} if exc.code == "busy" else None
        return _error_response(request, exc, getattr(request.state, "lang", "en"), headers)

    async def on_auth(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, AuthError)
        error = exc
        headers = (
            {"Retry-After": str(exc.params.get("seconds", 60))}
            if exc.key == "login_limited"
            else None
        )
        return _error_response(request, error, getattr(request.state, "lang", "en"), headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
        )[:2000]
        error = ReinstateError("request_invalid", problems=problems)
        return _error_response(request, error, getattr(request.state, "lang", "en"))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        detail = str(exc.detail)
        if request.scope.get("state", {}).get("body_too_large"):
            mb = MAX_BODY_BYTES // (1024 * 1024)
            error = ReinstateError("request_too_large", mb=mb)
        elif status == 400:
            error = ReinstateError("body_unreadable", detail=detail)
        elif status == 404:
            error = ReinstateError("not_found")
        elif status == 405:
            error = ReinstateError("method_not_allowed")
        else:
            error = ReinstateError("http_error", detail=detail)
            error.status = status
        headers = dict(exc.headers) if exc.headers else None
        if status == 405:  # every method of the path, not only the first route's
            headers = {**(headers or {}), "Allow": ", ".join(_allowed_methods(request))}
        return _error_response(request, error, getattr(request.state, "lang", "en"), headers)

    app.add_exception_handler(ReinstateError, on_reinstate)
    app.add_exception_handler(AuthError, on_auth)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
