"""Heavy work runs in a small bounded pool: a slow upload cannot starve the other users."""

from __future__ import annotations

import threading
from typing import Any

from .conftest import NOTICE, TODAY, client_for, csrf_of, pdf_bytes


def test_a_full_pool_answers_busy_and_pages_stay_fast(db_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web import api
    from reinstate.web.app import Settings, create_app

    app = create_app(Settings(db=db_url, today=TODAY, heavy_workers=1, heavy_queue=0))
    started, release = threading.Event(), threading.Event()

    def slow_flow(*args: Any, **kwargs: Any) -> dict[str, Any]:
        started.set()
        release.wait(20)
        return {"kind": "invoice_upload"}

    monkeypatch.setattr(api, "invoice_flow", slow_flow)
    with client_for(app) as c:
        c.headers["X-CSRF-Token"] = csrf_of(c)
        r = c.post("/api/v1/cases/from-notice", json={"notice_text": NOTICE, "account": "A"})
        case_id = r.json()["case"]["id"]
        upload = f"/api/v1/cases/{case_id}/invoices"
        first: dict[str, Any] = {}
        worker = threading.Thread(
            target=lambda: first.update(r=c.post(upload, files={"file": ("i.pdf", pdf_bytes())}))
        )
        worker.start()
        assert started.wait(10)
        # the pool is full: the next heavy request is refused at once, nothing stored
        r = c.post(upload, files={"file": ("j.pdf", pdf_bytes("second"))})
        assert r.status_code == 503 and r.json()["error"]["code"] == "busy"
        assert int(r.headers["retry-after"]) > 0
        # ordinary pages still answer while the heavy job runs
        assert c.get(f"/cases/{case_id}").status_code == 200
        assert (
            c.post(f"/api/v1/cases/{case_id}/lint", json={"text": "Root cause"}).status_code == 200
        )
        release.set()
        worker.join(20)
    assert first["r"].status_code == 201
    app.state.store.close()


def test_heavy_work_runs_at_most_workers_at_once() -> None:
    import asyncio

    from reinstate.errors import ReinstateError
    from reinstate.web.work import HeavyWork

    work = HeavyWork(workers=2, queue=1)
    running, peak = 0, 0
    lock = threading.Lock()
    gate = threading.Event()

    def job() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        gate.wait(5)
        with lock:
            running -= 1

    async def main() -> list[Any]:
        tasks = [asyncio.ensure_future(work.run(job)) for _ in range(3)]
        await asyncio.sleep(0.2)
        try:
            await work.run(job)
            refused = False
        except ReinstateError as error:
            refused = error.code == "busy"
        gate.set()
        return [refused, *await asyncio.gather(*tasks)]

    refused, *_ = asyncio.run(main())
    work.close()
    assert refused and peak == 2
