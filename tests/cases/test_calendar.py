"""`reinstate case calendar`: the .ics file holds every deadline of the demo case and is valid
for a second, independent iCalendar library (vobject); the web feeds serve the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate.cli import app
from reinstate.demo import DEMO_TODAY

runner = CliRunner()


@pytest.fixture
def demo_ledger(tmp_path: Path) -> str:
    """The ledger `reinstate demo` builds, kept in tmp_path."""
    from reinstate.demo import run_demo

    run_demo(tmp_path)
    return str(tmp_path / "demo.db")


def _events(ics: bytes) -> list:  # type: ignore[type-arg]
    import vobject

    parsed = vobject.readOne(ics.decode("utf-8"), validate=True)
    return list(parsed.vevent_list)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_calendar_holds_every_deadline_of_the_demo_case(demo_ledger, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from reinstate.cases import deadlines, open_store

    out = tmp_path / "deadlines.ics"
    result = runner.invoke(
        app,
        [
            "case",
            "calendar",
            "1",
            "--db",
            demo_ledger,
            "-o",
            str(out),
            "--lang",
            lang,
            "--today",
            DEMO_TODAY.isoformat(),
            "--format",
            "json",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["kind"] == "calendar"
    with open_store(demo_ledger) as store:
        case = store.get_case(1)
    expected = deadlines(case)
    assert {d.key for d in expected} == {"respond", "funds", "cooling_off"}

    events = _events(out.read_bytes())
    by_uid = {e.uid.value: e for e in events}
    assert set(by_uid) == {f"case-1-{d.key}@reinstate" for d in expected}
    for d in expected:
        event = by_uid[f"case-1-{d.key}@reinstate"]
        assert event.dtstart.value == d.due
        assert d.label[lang] in event.summary.value
        assert event.url.value == "http://127.0.0.1:8000/cases/1"
        assert "/cases/1" in event.description.value
        assert len(event.valarm_list) == 2
    word = "What to do" if lang == "en" else "要做的事"
    assert all(word in e.description.value for e in events)


def test_calendar_follows_the_timeline(demo_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A new appeal moves the follow-up date: same UID, later date, higher SEQUENCE."""
    from datetime import UTC, datetime

    from reinstate.cases import EventKind, open_store
    from reinstate.cases.ical import calendar_bytes

    with open_store(demo_ledger) as store:
        before = _events(calendar_bytes([store.get_case(1)], lang="en", today=DEMO_TODAY))
        store.log_event(
            1,
            EventKind.appeal_submitted,
            at=datetime(2026, 11, 30, tzinfo=UTC),
            text="A second appeal with the new evidence.",
        )
        after = _events(calendar_bytes([store.get_case(1)], lang="en", today=DEMO_TODAY))
    old = next(e for e in before if e.uid.value == "case-1-cooling_off@reinstate")
    new = next(e for e in after if e.uid.value == "case-1-cooling_off@reinstate")
    assert new.dtstart.value > old.dtstart.value
    assert int(new.sequence.value) > int(old.sequence.value)


def test_unknown_case_is_exit_2_and_writes_nothing(demo_ledger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.ics"
    result = runner.invoke(app, ["case", "calendar", "99", "--db", demo_ledger, "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()


def test_web_feeds_per_case_and_for_everything_visible(demo_ledger) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from reinstate.web.app import Settings, create_app

    web = create_app(Settings(db=demo_ledger, today=DEMO_TODAY))
    with TestClient(web, base_url="http://127.0.0.1") as client:
        one = client.get("/cases/1/calendar.ics?lang=zh")
        every = client.get("/calendar.ics")
        missing = client.get("/cases/2/calendar.ics")
    web.state.store.close()
    assert one.status_code == 200 and one.headers["content-type"].startswith("text/calendar")
    assert len(_events(one.content)) == 3
    assert "案件 #1" in one.content.decode()
    assert {e.uid.value for e in _events(every.content)} == {
        e.uid.value for e in _events(one.content)
    }
    assert missing.status_code == 404


def test_without_icalendar_the_setup_error_names_the_extra(
    demo_ledger, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sys

    from fastapi.testclient import TestClient

    from reinstate.web.app import Settings, create_app

    monkeypatch.setitem(sys.modules, "icalendar", None)  # as if reinstate[calendar] were absent
    result = runner.invoke(app, ["case", "calendar", "1", "--db", demo_ledger, "--format", "json"])
    assert result.exit_code == 2
    assert "reinstate[calendar]" in json.loads(result.output)["error"]["message"]["en"]
    web = create_app(Settings(db=demo_ledger, today=DEMO_TODAY))
    with TestClient(web, base_url="http://127.0.0.1") as client:
        feed = client.get("/cases/1/calendar.ics")
    web.state.store.close()
    assert feed.headers["content-type"].startswith("text/html")
    assert "reinstate[calendar]" in feed.text
