"""iCalendar feeds of deadlines: one per case, and one for everything the caller may see.

Each feed is built on request from the ledger (`reinstate.cases.ical`, as `reinstate case
calendar` does), so it follows the timeline as it changes. The usual organisation rules apply:
another organisation's case is 404, and the listing feed holds only the caller's cases.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from reinstate.web import services
from reinstate.web.deps import CaseId, Who

router = APIRouter(include_in_schema=False)
ICS = "text/calendar; charset=utf-8"


def _build(cases: list[Any], request: Request, name: str | None = None) -> bytes:
    """The calendar; a missing `icalendar` is the setup error naming the extra, not a 500."""
    from reinstate.cases.ical import calendar_bytes
    from reinstate.errors import missing_dependency

    try:
        return calendar_bytes(
            cases,
            lang=request.state.lang,
            today=request.app.state.settings.day(),
            base_url=str(request.base_url).rstrip("/"),
            name=name,
        )
    except ModuleNotFoundError as exc:
        problem = missing_dependency(exc)
        if problem is None:
            raise
        raise problem from None


def _feed(data: bytes, filename: str) -> Response:
    return Response(
        data,
        media_type=ICS,
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "private, no-cache",
        },
    )


@router.get("/cases/{case_id}/calendar.ics")
def case_calendar(request: Request, who: Who, case_id: CaseId) -> Response:
    case = services.load_case(request.app.state.store, who, case_id)
    return _feed(_build([case], request), f"reinstate-case-{case.id}.ics")


@router.get("/calendar.ics")
def all_calendar(request: Request, who: Who) -> Response:
    store = request.app.state.store
    # The listing carries no documents, and the next step in each event depends on them.
    cases = [store.get_case(c.id) for c in services.list_cases(store, who)]
    name = f"reinstate · {who.org_name}" if who.org_name else None
    return _feed(_build(cases, request, name), "reinstate-deadlines.ics")
