"""The HTML workbench: full pages plus the htmx fragments the appeal editor and guard use."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reinstate.errors import ReinstateError
from reinstate.web import auth, services
from reinstate.web.auth import AuthError, Principal
from reinstate.web.deps import (
    SESSION_COOKIE,
    CaseId,
    Sha,
    Who,
    Writer,
    check_csrf,
    settings_of,
    store_of,
)
from reinstate.web.responses import (
    add_document,
    document_response,
    heavy,
    invoice_flow,
    packet_response,
    render,
    set_session_cookie,
    sign_in,
)

router = APIRouter(include_in_schema=False)


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, who: Who) -> HTMLResponse:
    store = store_of(request)
    day = settings_of(request).day()
    data = services.case_list_json(services.list_cases(store, who), day)
    return render(request, "dashboard.html", cases=data["cases"])


@router.get("/cases/new", response_class=HTMLResponse)
def new_case(request: Request, who: Who) -> HTMLResponse:
    return render(request, "new_case.html", form={})


@router.post("/cases", response_class=HTMLResponse)
async def create_case(
    request: Request,
    who: Writer,
    notice_text: Annotated[str, Form(max_length=services.MAX_NOTICE_CHARS)] = "",
    account: Annotated[str, Form(max_length=200)] = "",
    marketplace: Annotated[str, Form(max_length=8)] = "",
    notice_file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    raw: str | bytes = notice_text
    filename = None
    if notice_file is not None and notice_file.filename:
        raw = await notice_file.read()
        filename = notice_file.filename
        if len(raw) > services.MAX_UPLOAD_BYTES:
            raise ReinstateError("file_too_large.notice")
    return await run_in_threadpool(_create, request, who, raw, filename, account, marketplace)


def _create(
    request: Request,
    who: Principal,
    raw: str | bytes,
    filename: str | None,
    account: str,
    marketplace: str,
) -> Response:
    services.need_write(who)
    form = {
        "notice_text": raw if isinstance(raw, str) else "",
        "account": account,
        "marketplace": marketplace,
    }
    if not (raw.strip() if isinstance(raw, str) else raw):
        error = ReinstateError("notice_missing.paste")
        return render(
            request, "new_case.html", status=422, form=form, message=error.text(request.state.lang)
        )
    try:
        draft = services.draft_from_notice(raw, account, filename)
        if marketplace.strip():
            draft.marketplace = marketplace.strip().upper()
        if not draft.account:
            draft.account = f"{draft.marketplace or '?'} seller"
        case = services.create_case(store_of(request), who, draft)
    except ReinstateError as error:
        if error.status != 422:
            raise
        return render(
            request, "new_case.html", status=422, form=form, message=error.text(request.state.lang)
        )
    return _see_other(f"/cases/{case.id}")


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, who: Who, case_id: CaseId) -> HTMLResponse:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    day = settings_of(request).day()
    data = services.case_json(case, day)
    return render(
        request,
        "case.html",
        case=case,
        data=data,
        checklist=services.checklist(store, case, day),
        notice_summary=_notice_summary(case, request.state.lang),
    )


def _notice_summary(case: Any, lang: str) -> tuple[str, ...]:
    return _summary(case.notice_text, lang) if case.notice_text else ()


@lru_cache(maxsize=256)
def _summary(text: str, lang: str) -> tuple[str, ...]:
    """The notice in plain words; cached, since a case's notice text never changes."""
    try:
        from reinstate.notices import parse_notice
        from reinstate.notices.explain import summary_lines

        return tuple(summary_lines(parse_notice(text), lang))
    except Exception:  # the notice reader is another capability: show the raw fields instead
        return ()


@router.post("/cases/{case_id}/documents")
async def upload_document(
    request: Request,
    who: Writer,
    case_id: CaseId,
    file: Annotated[UploadFile, File()],
    role: Annotated[str, Form(max_length=40)] = "other",
) -> Response:
    data = await file.read()
    await run_in_threadpool(add_document, request, who, case_id, file.filename, data, role)
    return _see_other(f"/cases/{case_id}#documents")


@router.get("/cases/{case_id}/documents/{sha256}")
def download_document(request: Request, who: Who, case_id: CaseId, sha256: Sha) -> Response:
    return document_response(request, who, case_id, sha256)


@router.get("/cases/{case_id}/export")
def export_case(request: Request, who: Who, case_id: CaseId) -> Response:
    store = store_of(request)
    services.load_case(store, who, case_id)
    body = json.dumps(store.export_case(case_id), ensure_ascii=False, indent=2, default=str)
    return Response(
        body,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="case-{case_id}.json"'},
    )


@router.get("/cases/{case_id}/appeal", response_class=HTMLResponse)
def appeal_editor(request: Request, who: Who, case_id: CaseId) -> HTMLResponse:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    return render(request, "appeal.html", case=case, draft=services.draft(store, case_id))


@router.post("/cases/{case_id}/draft", response_class=HTMLResponse)
def save_draft(
    request: Request,
    who: Writer,
    case_id: CaseId,
    text: Annotated[str, Form(max_length=services.MAX_TEXT_CHARS)] = "",
) -> HTMLResponse:
    """The editor's autosave (htmx, a few seconds after typing stops)."""
    store = store_of(request)
    services.need_write(who)
    services.load_case(store, who, case_id)
    services.save_draft(store, who, case_id, text)
    return render(request, "_draft.html", draft=services.draft(store, case_id))


@router.post("/cases/{case_id}/lint", response_class=HTMLResponse)
def lint_fragment(
    request: Request,
    who: Writer,
    case_id: CaseId,
    text: Annotated[str, Form(max_length=services.MAX_TEXT_CHARS)] = "",
) -> HTMLResponse:
    case = services.load_case(store_of(request), who, case_id)
    report = services.lint(text, case) if text.strip() else None
    findings = report["findings"] if report else []
    return render(
        request,
        "_lint.html",
        report=report,
        findings=findings,
        segments=services.segments(text, findings),
    )


@router.post("/cases/{case_id}/guard", response_class=HTMLResponse)
def guard_fragment(
    request: Request,
    who: Writer,
    case_id: CaseId,
    action: Annotated[str, Form(max_length=20)] = "appeal",
    text: Annotated[str | None, Form(max_length=services.MAX_TEXT_CHARS)] = None,
    channel: Annotated[str | None, Form(max_length=40)] = None,
    document: Annotated[str | None, Form(max_length=64)] = None,
) -> HTMLResponse:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    decision = services.guard(
        store,
        case,
        settings_of(request).day(),
        action,
        text=text if text and text.strip() else None,
        channel=channel or None,
        document=document or None,
    )
    return render(request, "_guard.html", decision=decision.to_json())


@router.post("/cases/{case_id}/packet", response_model=None)
async def packet_download(
    request: Request,
    who: Writer,
    case_id: CaseId,
    text: Annotated[str | None, Form(max_length=services.MAX_TEXT_CHARS)] = None,
    force: Annotated[bool, Form()] = False,
) -> Response:
    """The appeal packet (the same function as `reinstate packet`), or the reasons it refused."""
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    if text and who.can_write:  # "Back to the appeal" must find what was written
        await run_in_threadpool(services.save_draft, store, who, case_id, text)
    result, data = await heavy(
        request,
        services.packet,
        store,
        who,
        case,
        settings_of(request).day(),
        request.state.lang,
        poa_text=text,
        force=force,
    )
    if data is None:
        return render(request, "packet_refused.html", 409, case=case, result=result.to_json())
    return packet_response(case_id, data)


@router.post("/cases/{case_id}/events")
def record_event(
    request: Request,
    who: Writer,
    case_id: CaseId,
    kind: Annotated[str, Form(max_length=40)],
    text: Annotated[str | None, Form(max_length=services.MAX_TEXT_CHARS)] = None,
    channel: Annotated[str | None, Form(max_length=40)] = None,
    note: Annotated[str | None, Form(max_length=10_000)] = None,
) -> Response:
    from reinstate.cases import Channel, EventKind

    store = store_of(request)
    services.need_write(who)
    services.load_case(store, who, case_id)
    try:
        event_kind = EventKind(kind)
        chan = Channel(channel) if channel else None
    except ValueError:
        raise ReinstateError("event_invalid") from None
    store.log_event(case_id, event_kind, channel=chan, text=text or None, note=note or None)
    return _see_other(f"/cases/{case_id}#timeline")


@router.get("/cases/{case_id}/invoices", response_class=HTMLResponse)
def invoices_page(request: Request, who: Who, case_id: CaseId) -> HTMLResponse:
    case = services.load_case(store_of(request), who, case_id)
    return render(request, "invoices.html", case=case, result=None)


@router.post("/cases/{case_id}/invoices", response_class=HTMLResponse)
async def upload_invoice(
    request: Request, who: Writer, case_id: CaseId, file: Annotated[UploadFile, File()]
) -> HTMLResponse:
    data = await file.read()
    result = await heavy(request, invoice_flow, request, who, case_id, file.filename, data, True)
    case = services.load_case(store_of(request), who, case_id)
    return render(request, "invoices.html", case=case, result=result)


@router.get("/related", response_class=HTMLResponse)
def related_page(request: Request, who: Who) -> HTMLResponse:
    return render(request, "related.html", result=None, data="", fmt="csv")


@router.post("/related", response_class=HTMLResponse)
async def related_check(
    request: Request,
    who: Writer,
    data: Annotated[str, Form(max_length=5_000_000)] = "",
    fmt: Annotated[str, Form(alias="format", max_length=5)] = "csv",
) -> HTMLResponse:
    if not data.strip():
        return render(
            request,
            "related.html",
            result=None,
            data=data,
            fmt=fmt,
            status=422,
            message=ReinstateError("related_empty_paste").text(request.state.lang),
        )
    result = await heavy(request, services.related_report, data, fmt)
    return render(
        request,
        "related.html",
        result=result,
        graphs=services.related_graphs(result),
        data=data,
        fmt=fmt,
    )


@router.get("/rules", response_class=HTMLResponse)
def rules_page(
    request: Request,
    who: Who,
    q: Annotated[str, Query(max_length=100)] = "",
    target: Annotated[str, Query(max_length=20)] = "",
    severity: Annotated[str, Query(max_length=20)] = "",
) -> HTMLResponse:
    """Every rule, narrowed by words (code, name or text, in both languages), target, severity."""
    rules = services.rules_json(request.state.lang)
    shown = services.filter_rules(rules, q, target, severity)
    return render(
        request,
        "rules.html",
        rules=shown,
        total=len(rules),
        q=q,
        target=target,
        severity=severity,
        targets=sorted({r["target"] for r in rules}),
        severities=[
            s
            for s in ("critical", "error", "warning", "info")
            if any(r["severity"] == s for r in rules)
        ],
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI schema (no CDN, no script)."""
    schema = request.app.openapi()
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary", ""),
            "parameters": op.get("parameters", []),
            "body": sorted((op.get("requestBody", {}).get("content") or {}).keys()),
            "responses": sorted(op.get("responses", {}).keys()),
        }
        for path, item in schema.get("paths", {}).items()
        for method, op in item.items()
    ]
    return render(request, "api_docs.html", operations=operations, version=schema["info"])


# Team mode: sign-in, invitations


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    if not settings_of(request).team:
        return _see_other("/")
    return render(request, "login.html", next=_safe_next(next), message=None)


def _safe_next(value: str) -> str:
    return value if value.startswith("/") and not value.startswith("//") else "/"


@router.post("/login", response_class=HTMLResponse, dependencies=[Depends(check_csrf)])
def login_submit(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    try:
        token, _csrf = sign_in(request, email, password)
    except AuthError as error:
        if error.key != "login_failed":
            raise

        return render(
            request,
            "login.html",
            status=401,
            next=_safe_next(next),
            message=error.text(request.state.lang),
        )
    response = _see_other(_safe_next(next))
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout(request: Request, who: Writer) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token and not who.local:
        auth.logout(store_of(request), token)
    response = _see_other("/login" if settings_of(request).team else "/")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/team", response_class=HTMLResponse)
def team_page(request: Request, who: Who) -> Response:
    if who.local or who.org_id is None:
        return _see_other("/")
    store = store_of(request)
    return render(
        request,
        "team.html",
        members=auth.members(store, who.org_id),
        invitations=auth.pending_invitations(store, who.org_id),
        link=None,
    )


@router.post("/team/invitations", response_class=HTMLResponse)
def team_invite(
    request: Request,
    who: Writer,
    email: Annotated[str, Form(max_length=320)],
    role: Annotated[str, Form(max_length=10)] = "member",
) -> Response:
    if who.local or who.org_id is None:
        return _see_other("/")
    store = store_of(request)
    token = auth.invite(store, who, email, role)
    return render(
        request,
        "team.html",
        members=auth.members(store, who.org_id),
        invitations=auth.pending_invitations(store, who.org_id),
        link=f"/invite/{token}",
    )


@router.post("/team/invitations/{invitation_id}/revoke", response_class=HTMLResponse)
def team_revoke(
    request: Request,
    who: Writer,
    invitation_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> Response:
    if who.local or who.org_id is None:
        return _see_other("/")
    store = store_of(request)
    auth.revoke_invitation(store, who, invitation_id)
    return _see_other("/team#invitations")


@router.post("/team/switch")
def team_switch(
    request: Request,
    who: Writer,
    org_id: Annotated[int, Form(ge=1, le=2**31 - 1)],
) -> Response:
    """Work in another organisation the user belongs to (the same session, another org)."""
    token = request.cookies.get(SESSION_COOKIE)
    if who.local or not token:
        return _see_other("/")
    auth.switch_organisation(store_of(request), token, who, org_id)
    return _see_other("/")


@router.get("/invite/{token}", response_class=HTMLResponse)
def invitation_page(request: Request, token: Annotated[str, Path(max_length=100)]) -> Response:
    row = auth.invitation(store_of(request), token)
    return render(request, "invite.html", invitation=row, token=token, message=None)


@router.post("/invite/{token}", dependencies=[Depends(check_csrf)])
def invitation_accept(
    request: Request,
    token: Annotated[str, Path(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    session_token, _csrf = auth.accept_invitation(store_of(request), token, name, password)
    response = _see_other("/")
    set_session_cookie(request, response, session_token)
    return response
