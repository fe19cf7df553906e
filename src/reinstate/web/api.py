"""The REST API under /api/v1: the CLI's JSON contract (`reinstate.contract.envelope`) over HTTP.

Every state-changing call needs the CSRF token (header `X-CSRF-Token`), which `GET
/api/v1/session` returns. Cases of other organisations answer 404, exactly like unknown ids.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

from reinstate.contract import envelope
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
    csrf_token,
    principal,
    settings_of,
    store_of,
)
from reinstate.web.responses import (
    add_document,
    document_response,
    heavy,
    in_thread,
    invoice_flow,
    packet_response,
    set_session_cookie,
    sign_in,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "model": None}
    for code, text in (
        (400, "Unreadable request body"),
        (401, "Not signed in, or the session expired (team mode)"),
        (403, "Missing or wrong CSRF token, or the role does not allow this"),
        (404, "Unknown id, or a case of another organisation"),
        (409, "Not available in this mode (sign-in or invitations in local mode)"),
        (413, "Body or upload too large"),
        (415, "File type refused (judged from the bytes)"),
        (422, "Invalid input"),
        (429, "Too many failed sign-ins"),
    )
}

router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)


# Sessions


class Body(BaseModel):
    """Request bodies refuse unknown fields, so a typo is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


def _iso_text(value: object) -> object:
    """A date must come as "YYYY-MM-DD" text, as the schema says (not a number of seconds)."""
    if value is not None and not isinstance(value, str | date):
        raise ValueError("a date is text: YYYY-MM-DD")
    return value


def _json_number(value: object) -> object:
    """An integer as JSON Schema means it (1016 or 1016.0), never true or "1016"."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a whole number")
    return value


# What the schema says is what is accepted: no true or "5" for an integer, no 1 for a boolean.
# The bounds come before the validator, so the schema shows them as minimum/maximum.
Days = Annotated[int, Field(ge=0, le=3650), BeforeValidator(_json_number)]
Appeals = Annotated[int, Field(ge=0, le=100), BeforeValidator(_json_number)]
Bool = Annotated[bool, Strict()]
Day = Annotated[date, BeforeValidator(_iso_text)]


Category = Literal[
    "inauthentic",
    "supply_chain_invoice",
    "forged_documents",
    "related_accounts",
    "performance_metrics",
    "ip_complaint",
    "restricted_product",
    "review_manipulation",
    "identity_verification",
    "product_safety",
    "condition_complaint",
    "pricing",
    "listing_policy",
    "code_of_conduct",
    "funds_reserve",
    "other",
]
CaseStatus = Literal[
    "warning",
    "at_risk",
    "under_review",
    "listing_removed",
    "suspended",
    "deactivated",
    "reinstated",
    "other",
]
DocumentRole = Literal[
    "invoices",
    "letter_of_authorization",
    "utility_bill",
    "identity_document",
    "plan_of_action",
    "bank_statement",
    "business_license",
    "notice",
    "related_accounts",
    "other",
]
# What a notice can ask for (`reinstate.notices.vocab.DOCUMENTS`): the packet's checklist names
# each one, so a value outside this list is refused here rather than stored.
RequestedDocument = Literal[
    "invoices",
    "letter_of_authorization",
    "utility_bill",
    "identity_document",
    "plan_of_action",
    "bank_statement",
    "business_license",
    "other",
]


class LoginIn(Body):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1000)


@router.get("/session", summary="Mode, signed-in user and the CSRF token to send back")
def get_session(request: Request) -> dict[str, Any]:
    settings = settings_of(request)
    who: Principal | None = None
    try:
        who = principal(request)
    except AuthError:
        who = None
    return envelope(
        "session",
        mode="team" if settings.team else "local",
        signed_in=who is not None,
        user=None
        if who is None or who.local
        else {"name": who.name, "email": who.email, "role": who.role, "org": who.org_name},
        csrf_token=csrf_token(request),
    )


@router.post("/session", summary="Sign in (team mode)", dependencies=[Depends(check_csrf)])
def post_session(request: Request, body: LoginIn) -> JSONResponse:
    token, csrf = sign_in(request, body.email, body.password)
    response = JSONResponse(envelope("session", mode="team", signed_in=True, csrf_token=csrf))
    set_session_cookie(request, response, token)
    return response


@router.delete("/session", summary="Sign out")
def delete_session(request: Request, who: Writer) -> JSONResponse:
    token = request.cookies.get(SESSION_COOKIE)
    if token and not who.local:
        auth.logout(store_of(request), token)
    response = JSONResponse(envelope("session", signed_in=False))
    response.delete_cookie(SESSION_COOKIE)
    return response


class InvitationIn(Body):
    email: str = Field(min_length=3, max_length=320)
    role: Literal["owner", "member", "viewer"] = "member"


@router.post("/invitations", summary="Invite someone to the organisation (owners)")
def post_invitation(request: Request, who: Writer, body: InvitationIn) -> dict[str, Any]:
    if who.local:
        raise ReinstateError("local_mode.organisations")
    token = auth.invite(store_of(request), who, body.email, body.role)
    return envelope(
        "invitation", email=body.email.strip().lower(), role=body.role, path=f"/invite/{token}"
    )


# Cases


class CaseIn(Body):
    account: str = Field(min_length=1, max_length=200, pattern=r"\S")
    marketplace: str = Field(min_length=2, max_length=8, pattern=r"^[A-Za-z]{2,8}$")
    category: Category = "other"
    status: CaseStatus = "suspended"
    notice_date: Day | None = None
    deadline_days: Days | None = None
    appeal_limit: Appeals | None = None
    asins: list[Annotated[str, Field(max_length=20)]] = Field(default_factory=list, max_length=500)
    requested_documents: list[RequestedDocument] = Field(default_factory=list, max_length=20)
    invoice_window_days: Days | None = None


class NoticeIn(Body):
    notice_text: str = Field(min_length=1, max_length=services.MAX_NOTICE_CHARS)
    account: str = Field(default="", max_length=200)
    marketplace: str = Field(default="", max_length=8)


@router.get("/cases", summary="Cases with their next deadline and next step")
def get_cases(request: Request, who: Who) -> dict[str, Any]:
    store = store_of(request)
    return services.case_list_json(services.list_cases(store, who), settings_of(request).day())


@router.post("/cases", status_code=201, summary="Open a case from its fields")
def post_case(request: Request, who: Writer, body: CaseIn) -> dict[str, Any]:
    from reinstate.cases import CaseDraft

    draft = CaseDraft(
        account=body.account,
        marketplace=body.marketplace,
        category=body.category,
        status=body.status,  # type: ignore[arg-type]  # checked by the store
        notice_date=body.notice_date,
        deadline_days=body.deadline_days,
        appeal_limit=body.appeal_limit,
        asins=list(body.asins),
        requested_documents=list(body.requested_documents),
        invoice_window_days=body.invoice_window_days,
    )
    case = services.create_case(store_of(request), who, draft)
    return services.case_json(case, settings_of(request).day())


@router.post("/cases/from-notice", status_code=201, summary="Open a case from a pasted notice")
def post_case_from_notice(request: Request, who: Writer, body: NoticeIn) -> dict[str, Any]:
    services.need_write(who)
    draft = services.draft_from_notice(body.notice_text, body.account)
    if body.marketplace:
        draft.marketplace = body.marketplace.upper()
    if not draft.account:
        draft.account = (draft.marketplace and f"{draft.marketplace} seller") or ""
    case = services.create_case(store_of(request), who, draft)
    return services.case_json(case, settings_of(request).day())


@router.get("/cases/{case_id}", summary="A case: timeline, deadlines, appeals used, next step")
def get_case(request: Request, who: Who, case_id: CaseId) -> dict[str, Any]:
    case = services.load_case(store_of(request), who, case_id)
    return services.case_json(case, settings_of(request).day())


@router.get("/cases/{case_id}/checklist", summary="The seven guardrails and their state")
def get_checklist(request: Request, who: Who, case_id: CaseId) -> dict[str, Any]:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    day = settings_of(request).day()
    return envelope(
        "checklist",
        case_id=case.id,
        today=day.isoformat(),
        guardrails=services.checklist(store, case, day),
    )


class EventIn(Body):
    kind: Literal[
        "info_requested",
        "appeal_submitted",
        "message_sent",
        "amazon_replied",
        "appeal_rejected",
        "reinstated",
        "note",
    ]
    channel: (
        Literal[
            "account_health_appeal",
            "seller_performance_email",
            "seller_support",
            "ahs_call",
            "other",
        ]
        | None
    ) = None
    text: str | None = Field(default=None, max_length=services.MAX_TEXT_CHARS)
    note: str | None = Field(default=None, max_length=10_000)


@router.post("/cases/{case_id}/events", status_code=201, summary="Record an event")
def post_event(request: Request, who: Writer, case_id: CaseId, body: EventIn) -> dict[str, Any]:
    from reinstate.cases import Channel, EventKind

    store = store_of(request)
    services.need_write(who)
    services.load_case(store, who, case_id)
    event = store.log_event(
        case_id,
        EventKind(body.kind),
        channel=Channel(body.channel) if body.channel else None,
        text=body.text,
        note=body.note,
    )
    return envelope("event", case_id=case_id, event=event.to_json())


@router.post(
    "/cases/{case_id}/documents", status_code=201, summary="Attach a file (type from its bytes)"
)
async def post_document(
    request: Request,
    who: Writer,
    case_id: CaseId,
    file: Annotated[UploadFile, File(description="PDF, JPEG, PNG, GIF or plain text")],
    role: Annotated[DocumentRole, Form()] = "other",
) -> dict[str, Any]:
    data = await file.read()
    return await in_thread(request, add_document, who, case_id, file.filename, data, role)


@router.get(
    "/cases/{case_id}/documents/{sha256}",
    summary="The stored file, byte for byte",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_document(request: Request, who: Who, case_id: CaseId, sha256: Sha) -> Response:
    return document_response(request, who, case_id, sha256)


@router.get("/cases/{case_id}/export", summary="The whole case as the CLI's export JSON")
def get_export(request: Request, who: Who, case_id: CaseId) -> dict[str, Any]:
    store = store_of(request)
    services.load_case(store, who, case_id)
    data: dict[str, Any] = store.export_case(case_id)
    return data


class DraftIn(Body):
    text: str = Field(max_length=services.MAX_TEXT_CHARS)


@router.get("/cases/{case_id}/draft", summary="The appeal draft saved for the case (or null)")
def get_draft(request: Request, who: Who, case_id: CaseId) -> dict[str, Any]:
    store = store_of(request)
    services.load_case(store, who, case_id)
    return envelope("draft", case_id=case_id, draft=services.draft(store, case_id))


@router.put("/cases/{case_id}/draft", summary="Save the appeal draft (not an event, never sent)")
def put_draft(request: Request, who: Writer, case_id: CaseId, body: DraftIn) -> dict[str, Any]:
    store = store_of(request)
    services.need_write(who)
    services.load_case(store, who, case_id)
    services.save_draft(store, who, case_id, body.text)
    return envelope("draft", case_id=case_id, draft=services.draft(store, case_id))


# Checks


class LintIn(Body):
    text: str = Field(max_length=services.MAX_TEXT_CHARS)


class GuardIn(Body):
    action: Literal["appeal", "message", "new-account", "invoice", "call"]
    text: str | None = Field(default=None, max_length=services.MAX_TEXT_CHARS)
    channel: (
        Literal[
            "account_health_appeal",
            "seller_performance_email",
            "seller_support",
            "ahs_call",
            "other",
        ]
        | None
    ) = None
    document: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    declared_need: Bool = False


@router.post("/lint", summary="Lint an appeal or message (no case context)")
def post_lint(request: Request, who: Writer, body: LintIn) -> dict[str, Any]:
    result: dict[str, Any] = services.lint(body.text)
    return result


@router.post("/cases/{case_id}/lint", summary="Lint an appeal with the case's context")
def post_case_lint(request: Request, who: Writer, case_id: CaseId, body: LintIn) -> dict[str, Any]:
    case = services.load_case(store_of(request), who, case_id)
    result: dict[str, Any] = services.lint(body.text, case)
    return result


@router.post("/cases/{case_id}/guard", summary="Ask the guardrails before an action")
def post_guard(request: Request, who: Writer, case_id: CaseId, body: GuardIn) -> dict[str, Any]:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    decision = services.guard(
        store,
        case,
        settings_of(request).day(),
        body.action,
        text=body.text,
        channel=body.channel,
        document=body.document,
        declared_need=body.declared_need,
    )
    result: dict[str, Any] = decision.to_json()
    return result


class PacketIn(Body):
    poa_text: str | None = Field(default=None, max_length=services.MAX_TEXT_CHARS)
    force: Bool = False


@router.post(
    "/cases/{case_id}/packet",
    summary="The appeal packet as a zip; 409 with the guardrail's reasons when it refuses",
    responses={200: {"content": {"application/zip": {}}}, 409: {"description": "Refused"}},
)
async def post_packet(request: Request, who: Writer, case_id: CaseId, body: PacketIn) -> Response:
    store = store_of(request)
    case = services.load_case(store, who, case_id)
    result, data = await heavy(
        request,
        services.packet,
        store,
        who,
        case,
        settings_of(request).day(),
        request.state.lang,
        poa_text=body.poa_text,
        force=body.force,
    )
    if data is None:
        return JSONResponse(result.to_json(), status_code=409)
    return packet_response(case_id, data)


@router.post(
    "/cases/{case_id}/invoices", status_code=201, summary="Store an invoice and run the pre-flight"
)
async def post_invoice(
    request: Request,
    who: Writer,
    case_id: CaseId,
    file: Annotated[UploadFile, File(description="The invoice: PDF, JPEG, PNG or GIF")],
) -> dict[str, Any]:
    data = await file.read()
    result: dict[str, Any] = await heavy(
        request, invoice_flow, request, who, case_id, file.filename, data
    )
    result.pop("page_images", None)
    return result


class NoticeParseIn(Body):
    text: str = Field(min_length=1, max_length=services.MAX_NOTICE_CHARS)


@router.post("/notices/parse", summary="Parse a notice and show the case fields it fills")
def post_notice_parse(request: Request, who: Writer, body: NoticeParseIn) -> dict[str, Any]:
    from reinstate.notices import case_fields

    notice = services.parse_notice_text(body.text)
    fields = case_fields(notice)
    return envelope(
        "notice_parse",
        notice=notice.to_json(),
        case_fields={k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()},
    )


class RelatedIn(Body):
    data: str = Field(min_length=1, max_length=5_000_000)
    format: Literal["csv", "json", "jsonl"] = "csv"


@router.post("/related", summary="Links between accounts in an account file")
async def post_related(request: Request, who: Writer, body: RelatedIn) -> dict[str, Any]:
    result: dict[str, Any] = await heavy(request, services.related_report, body.data, body.format)
    return result


@router.get("/rules", summary="Every rule: code, message, why, fix, source")
def get_rules(request: Request) -> dict[str, Any]:
    return envelope("rules", rules=services.rules_json(request.state.lang))
