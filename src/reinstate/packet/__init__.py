"""The appeal packet: the Plan of Action, the original evidence and a checklist, ready to submit.

`build_packet(store, case_id, poa_text, output=...)` writes a folder or a .zip (the example case's
packet is `reinstate.demo.packet.demo_packet`). Heavy libraries (WeasyPrint, python-docx, pypdf)
are imported only while a packet is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reinstate.packet.build import PacketResult, build_packet

__all__ = ["PacketResult", "build_packet"]


def __getattr__(name: str) -> Any:
    if name in ("PacketResult", "build_packet"):
        from reinstate.packet import build

        return getattr(build, name)
    raise AttributeError(f"module 'reinstate.packet' has no attribute {name!r}")
