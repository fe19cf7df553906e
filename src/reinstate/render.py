"""Text for people: user data made safe to print, and findings in each command's layout.

Used by the CLI (through reinstate.shell) and by what writes text files or mails (the packet's
summary, the notice report, health alerts), so it imports no terminal framework.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

# What a terminal would act on rather than print: escape sequences (CSI, OSC such as a window
# title, DCS...), other C0/C1 control characters, and bidi overrides that reorder a line.
_TERMINAL_CONTROL = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
    re.S,
)


def shown(value: object, *, markup: bool = True) -> str:
    """Text that came from the user (or a file, or Amazon) made safe to print: terminal control
    sequences removed and, for rich output, markup escaped so `[bold]` prints as written.

    Every text renderer passes user data through here; `markup=False` is for plain echo.
    """
    text = _TERMINAL_CONTROL.sub("", str(value))
    if not markup:
        return text
    from rich.markup import escape

    return escape(text)


_LONE_PLACEHOLDER = re.compile(r"\s*\{(\w+)\}\s*")


def render_findings(
    findings: Iterable[Any],
    lang: str,
    *,
    layout: str,
    markup: bool = True,
    extra: Mapping[str, str] | Callable[[Mapping[str, Any]], Mapping[str, str]] | None = None,
) -> list[str]:
    """Findings as the lines of a command's text output, in the catalogue's `findings.<layout>`.

    Each layout is one template per finding (`findings.<layout>.lines`, in both languages) with
    the placeholders code, name, severity, severity_label, message, why, fix, source and where
    (`findings.<layout>.where` / `.nowhere`), plus the values `extra` gives (for every finding,
    or a function of the finding's JSON; already translated). A template line that is only a
    placeholder left empty is dropped. Values are made safe to print (`shown`), with `markup`
    for rich output. Findings are `Finding`s or their JSON.
    """
    from reinstate.i18n import catalog, tr

    template = tr(f"findings.{layout}.lines", lang)
    lines: list[str] = []
    for found in findings:
        data = found if isinstance(found, Mapping) else found.to_json()
        values: dict[str, str] = {
            "code": data["code"],
            "name": data["name"],
            "severity": data["severity"],
            "severity_label": tr(f"findings.severity.{data['severity']}", lang),
            "message": data["message"][lang],
            "why": data["why"][lang],
            "fix": data["fix"][lang],
            "source": data["source"],
        }
        if "{where}" in template:
            span = data["span"]
            where = f"findings.{layout}.where" if span else f"findings.{layout}.nowhere"
            values["where"] = tr(where, lang, **(span or {})) if where in catalog() else ""
        if extra is not None:
            values.update(extra if isinstance(extra, Mapping) else extra(data))
        safe = {key: shown(value, markup=markup) for key, value in values.items()}
        for line in template.split("\n"):
            alone = _LONE_PLACEHOLDER.fullmatch(line)
            if alone and not values.get(alone[1]):
                continue
            lines.append(line.format_map(safe))
    return lines

