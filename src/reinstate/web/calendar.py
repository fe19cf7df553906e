"""iCalendar feeds of deadlines: one per case, and one for everything the caller may see.

Each feed is built on request from the ledger (`reinstate.cases.ical`, as `reinstate case
calendar` does), so it follows the timeline as it changes. The usual organisation rules apply:
another organisation's case is 404, and the listing feed holds only the caller's cases.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from reinstate.web import services
from reinstate.web.deps import CaseId, Who

router = APIRouter(include_in_schema=False)
ICS = "text/calendar; charset=utf-8"


def _feed(request: Request, data: bytes, filename: str) -> Response:
    return Response(
        data,
        media_type=ICS,
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "private, no-cache",
        },
    )


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/cases/{case_id}/calendar.ics")
def case_calendar(request: Request, who: Who, case_id: CaseId) -> Response:
    from reinstate.cases.ical import calendar_bytes

    store = request.app.state.store
    case = services.load_case(store, who, case_id)
    data = calendar_bytes(
        [case],
        lang=request.state.lang,
        today=request.app.state.settings.day(),
        base_url=_base_url(request),
    )
    return _feed(request, data, f"reinstate-case-{case.id}.ics")


@router.get("/calendar.ics")
def all_calendar(request: Request, who: Who) -> Response:
    from reinstate.cases.ical import calendar_bytes

    store = request.app.state.store
    cases = services.list_cases(store, who)
    data = calendar_bytes(
        cases,
        lang=request.state.lang,
        today=request.app.state.settings.day(),
        base_url=_base_url(request),
        name=f"reinstate · {who.org_name}" if who.org_name else None,
    )
    return _feed(request, data, "reinstate-deadlines.ics")
