"""`reinstate mcp` as an MCP client starts it: a subprocess on stdio, as docs/mcp.md configures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

import reinstate


def test_stdio_server_answers_a_client(ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, case_id = ledger
    db = str(store.engine.url.database)
    src = str(Path(reinstate.__file__).parents[1])
    params = StdioServerParameters(
        command=sys.executable,
        args=["-c", "from reinstate.cli import main; main()", "mcp", "--db", db],
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )

    async def main() -> tuple[set[str], dict]:  # type: ignore[type-arg]
        async with Client(params) as client:
            tools = await client.list_tools()
            case = await client.call_tool("show_case", {"case_id": case_id})
            return {t.name for t in tools.tools}, case.structured_content

    names, case = anyio.run(main)
    assert {"lint_appeal", "guard", "show_case"} <= names
    assert case["case"]["id"] == case_id and case["next_step"]["zh"]
