"""The rules reference, generated from the rule data (docs/rules.md; `reinstate rule CODE`)."""

from __future__ import annotations

import json
from typing import Any

from reinstate.i18n import bilingual, tr
from reinstate.rules.model import Rule

_PAGE = ("severity", "target", "tags", "message", "why", "fix", "source", "fire", "silent")


def rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "kind": rule.kind,
        "target": rule.target,
        "severity": rule.severity.name,
        "tags": list(rule.tags),
        "message": rule.message,
        "why": rule.why,
        "fix": rule.fix,
        "source": rule.source,
        "examples": {"fire": list(rule.fire), "silent": list(rule.silent)},
    }


def _example(example: object) -> str:
    if isinstance(example, str):
        return example.replace("\n", " ⏎ ")
    return json.dumps(example, ensure_ascii=False)


def rule_markdown(rule: Rule, lang: str, *, level: int = 2) -> str:
    h = [tr(f"rules.page.{field}", lang) for field in _PAGE]
    lines = [
        f"{'#' * level} {rule.code} `{rule.name}`",
        "",
        f"- **{h[0]}**: {rule.severity.name}",
        f"- **{h[1]}**: {rule.target}",
        f"- **{h[2]}**: {', '.join(rule.tags)}",
        f"- **{h[3]}**: {rule.message[lang]}",
        f"- **{h[4]}**: {rule.why[lang]}",
        f"- **{h[5]}**: {rule.fix[lang]}",
        f"- **{h[6]}**: <{rule.source}>",
        "",
        f"{h[7]}:",
        "",
        *[f"- `{_example(e)}`" for e in rule.fire],
        "",
        f"{h[8]}:",
        "",
        *[f"- `{_example(e)}`" for e in rule.silent],
    ]
    return "\n".join(lines) + "\n"


def rules_reference(rules: list[Rule]) -> str:
    """docs/rules.md: every built-in rule, in English and Chinese."""
    out = [
        f"# {bilingual('rules.reference.title')}",
        "",
        "Generated from `src/reinstate/rules/data/` by `python -m reinstate.rules.docs`; "
        "do not edit by hand (a test fails when it is stale).",
        "",
        "| code | name | target | severity | message |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.target} | "
        f"{r.severity.name} | {r.message['en'].replace('|', '/')} |"
        for r in rules
    ]
    out.append("")
    for rule in rules:
        out.append(rule_markdown(rule, "en"))
        zh = rule_markdown(rule, "zh", level=3).split("\n", 1)[1]
        out.append(f"### {tr('rules.reference.chinese', 'zh')}\n" + zh)
    return "\n".join(out)


def main() -> None:
    from pathlib import Path

    from reinstate.rules.registry import builtin_rules

    target = Path(__file__).resolve().parents[3] / "docs" / "rules.md"
    target.write_text(rules_reference(builtin_rules()), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
