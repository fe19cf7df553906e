"""The packet of the built-in example case, written with one call (`reinstate demo --packet OUT`).

The example case is rebuilt in a throw-away SQLite ledger from the demo's own pieces (the notice,
the supplier's invoice, the Plan of Action) up to the point where the appeal may go, and its
packet is written. The user's own ledger is never touched.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reinstate.i18n import Lang
from reinstate.packet.build import PacketResult, build_packet


def demo_packet(output: str | Path, *, lang: Lang = "zh") -> PacketResult:
    """Write the example case's appeal packet to `output` (a new folder or a .zip)."""
    from reinstate.cases import open_store
    from reinstate.demo import DEMO_TODAY, add_demo_invoice, demo_text, open_demo_case

    with (
        tempfile.TemporaryDirectory(prefix="reinstate-demo-packet-") as tmp,
        open_store(str(Path(tmp) / "demo.db")) as store,
    ):
        case = open_demo_case(store)
        add_demo_invoice(store, case.id)
        return build_packet(
            store,
            case.id,
            demo_text("poa.txt"),
            output=Path(output),
            today=DEMO_TODAY,
            lang=lang,
            poa_name="poa.txt",
        )
