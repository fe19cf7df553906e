"""The MCP server through the SDK's own client, in-process: tools, refusals, resources, prompt."""

from __future__ import annotations

import base64
import json
from typing import Any

import anyio
import pytest
from mcp import Client

from reinstate.demo import demo_text

THREAT = (
    "Reinstate my account within 48 hours or my lawyer will sue Amazon. "
    "This is ridiculous and I demand an answer now."
)


def session(server: Any, script: Any) -> Any:
    """Run `script(client)` inside one client session and return what it returns."""

    async def main() -> Any:
        async with Client(server) as client:
            return await script(client)

    return anyio.run(main)


def test_a_client_session_lists_lints_is_refused_and_reads_the_next_step(
    ledger, server_for
) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger

    async def script(client: Any) -> dict[str, Any]:
        tools = await client.list_tools()
        lint = await client.call_tool("lint_appeal", {"text": THREAT})
        write = await client.call_tool(
            "log_event", {"case_id": case_id, "kind": "appeal_submitted", "text": THREAT}
        )
        case = await client.call_tool("show_case", {"case_id": case_id})
        return {"tools": tools.tools, "lint": lint, "write": write, "case": case}

    out = session(server_for(store), script)
    names = {t.name for t in out["tools"]}
    assert {
        "read_notice",
        "lint_appeal",
        "guard",
        "list_cases",
        "show_case",
        "outline",
        "check_invoice",
        "related_check",
        "log_event",
        "add_document",
    } <= names
    schemas = {t.name: t.input_schema for t in out["tools"]}
    assert "account_health_appeal" in schemas["guard"]["properties"]["channel"]["enum"]
    assert set(schemas["guard"]["properties"]["action"]["enum"]) == {
        "appeal",
        "message",
        "new-account",
        "invoice",
        "call",
    }

    lint = out["lint"].structured_content
    assert not out["lint"].is_error
    assert lint["kind"] == "lint"
    assert "P101" in {f["code"] for f in lint["findings"]}

    assert out["write"].is_error
    refusal = json.loads(out["write"].content[0].text.split(": ", 1)[1])
    assert refusal["error"]["code"] == "writes_off"
    assert f"case {case_id}" in refusal["error"]["message"]["en"]
    assert "--allow-writes" in refusal["error"]["message"]["zh"]
    assert store.get_case(case_id).appeals_used() == 0  # nothing was recorded

    case = out["case"].structured_content
    assert case["kind"] == "case"
    assert case["next_step"]["en"] and case["next_step"]["zh"]
    assert {d["key"] for d in case["deadlines"]} == {"respond", "funds"}


def test_guard_blocks_a_threat_and_allows_the_prepared_plan(ledger, server_for) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger

    async def script(client: Any) -> tuple[Any, Any]:
        threat = await client.call_tool(
            "guard",
            {"action": "message", "case_id": case_id, "text": THREAT, "channel": "seller_support"},
        )
        plan = await client.call_tool(
            "guard", {"action": "appeal", "case_id": case_id, "text": demo_text("poa.txt")}
        )
        return threat.structured_content, plan.structured_content

    threat, plan = session(server_for(store), script)
    assert threat["verdict"] == "block"
    assert {"P101", "G501"} <= {f["code"] for f in threat["findings"]}
    assert plan["verdict"] in ("allow", "warn")


def test_writes_with_allow_writes_name_the_case_and_what_they_record(ledger, server_for) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger
    note = b"Call with Account Health Support: they confirmed which ASINs.\n"

    async def script(client: Any) -> tuple[Any, Any]:
        event = await client.call_tool(
            "log_event",
            {"case_id": case_id, "kind": "note", "note": "spoke to AHS", "at": "2026-11-25"},
        )
        doc = await client.call_tool(
            "add_document",
            {
                "case_id": case_id,
                "filename": "ahs-call.txt",
                "content_base64": base64.b64encode(note).decode(),
                "role": "other",
            },
        )
        return event.structured_content, doc.structured_content

    event, doc = session(server_for(store, allow_writes=True), script)
    assert event["kind"] == "event" and event["case_id"] == case_id
    assert f"case {case_id}" in event["recorded"]["en"] and "note" in event["recorded"]["en"]
    assert f"案件 {case_id}" in event["recorded"]["zh"]
    assert doc["document"]["filename"] == "ahs-call.txt"
    assert "ahs-call.txt" in doc["recorded"]["en"]
    case = store.get_case(case_id)
    assert case.events[-1].note == "spoke to AHS"
    assert store.document_bytes(doc["document"]["sha256"]) == note


def test_bad_input_is_an_error_envelope_and_nothing_is_written(ledger, server_for) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger

    async def script(client: Any) -> list[Any]:
        return [
            await client.call_tool("show_case", {"case_id": 999}),
            await client.call_tool("log_event", {"case_id": case_id, "kind": "party", "note": "x"}),
            await client.call_tool(
                "add_document",
                {"case_id": case_id, "filename": "x.bin", "content_base64": "@@@"},
            ),
        ]

    before = len(store.get_case(case_id).events)
    results = session(server_for(store, allow_writes=True), script)
    codes = [json.loads(r.content[0].text.split(": ", 1)[1])["error"]["code"] for r in results]
    assert all(r.is_error for r in results)
    assert codes == ["unknown_case", "unknown_event", "document_base64"]
    assert len(store.get_case(case_id).events) == before


def test_notice_outline_invoice_and_case_list(ledger, server_for) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger
    sha = store.get_case(case_id).documents[0].sha256

    async def script(client: Any) -> list[Any]:
        return [
            (await client.call_tool("read_notice", {"text": demo_text("notice.txt")})),
            (await client.call_tool("outline", {"case_id": case_id, "lang": "zh"})),
            (await client.call_tool("check_invoice", {"case_id": case_id, "sha256": sha})),
            (await client.call_tool("list_cases", {})),
        ]

    notice, outline, invoice, listing = (
        r.structured_content for r in session(server_for(store), script)
    )
    assert notice["kind"] == "notice_parse"
    assert notice["case_fields"]["category"] == store.get_case(case_id).category
    assert outline["kind"] == "outline" and "B0DEMO0001" in outline["text"]
    assert invoice["guard"]["kind"] == "guard"
    assert invoice["document"]["sha256"] == sha
    assert [c["id"] for c in listing["cases"]] == [case_id]


def test_resources_rules_and_timeline(ledger, server_for) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger

    async def script(client: Any) -> tuple[Any, Any, Any]:
        resources = await client.list_resources()
        templates = await client.list_resource_templates()
        rules = await client.read_resource("reinstate://rules")
        timeline = await client.read_resource(f"reinstate://cases/{case_id}/timeline")
        return (
            [str(r.uri) for r in resources.resources]
            + [t.uri_template for t in templates.resource_templates],
            json.loads(rules.contents[0].text),
            json.loads(timeline.contents[0].text),
        )

    uris, rules, timeline = session(server_for(store), script)
    assert "reinstate://rules" in uris and "reinstate://cases/{case_id}/timeline" in uris
    assert {"P101", "G201"} <= {r["code"] for r in rules["rules"]}
    assert timeline["kind"] == "case"
    assert timeline["case"]["events"][0]["kind"] == "notice_received"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_drafting_prompt_asks_for_placeholders_lint_and_guard(ledger, server_for, lang) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger

    async def script(client: Any) -> str:
        prompts = await client.list_prompts()
        assert "draft_appeal" in {p.name for p in prompts.prompts}
        got = await client.get_prompt("draft_appeal", {"case_id": str(case_id), "lang": lang})
        return str(got.messages[0].content.text)

    text = session(server_for(store), script)
    assert "lint_appeal" in text and "guard" in text and '"appeal"' in text
    assert "B0DEMO0001" in text  # the case's facts
    assert "[" in text  # placeholders in the skeleton
    assert ("placeholder" in text) if lang == "en" else ("占位符" in text)
