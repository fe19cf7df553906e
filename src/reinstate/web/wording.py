"""What the browser shows instead of the library's command-line wording, in the page language.

The library speaks to the command line: its fixes say `reinstate case add-doc ID FILE`, its
next step says `reinstate guard appeal --case 1 --file POA.txt`, and it fills messages with the
ledger's codes (`invoices`, `plan_of_action`). The pages say what to click instead, and show each
code by its translated label. The JSON API keeps the library's words (the CLI contract).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from reinstate.errors import ReinstateError
from reinstate.i18n import tr
from reinstate.web.i18n import N_

if TYPE_CHECKING:
    from reinstate.cases import Case

# The fix of each rule whose library text names a command, said as what to do in the workbench.
FIXES: dict[str, str] = {
    "G101": N_(
        "Write the Plan of Action under “Write the appeal”, then press “Ask the guardrails”."
    ),
    "G102": N_(
        "Get the original documents (never edited or re-made) and add each one on the case page "
        "under “Documents”, with its kind."
    ),
    "G103": N_(
        "Check every point of the rejection is answered, every ASIN has evidence, and the "
        "editor shows no findings before you send."
    ),
    "G201": N_(
        "Put the effort into the appeal of this account. If you truly need a second account "
        "later, wait until every account is in good standing and see which records would link "
        "them on the “Related accounts” page."
    ),
    "G302": N_(
        "Send the original the supplier gave you (the case keeps it byte for byte; download it "
        "from “Documents”). If something on it is wrong, ask the supplier, never edit it."
    ),
    "G303": N_(
        "Store the original as received: choose it on the “Invoices” page and press “Check the "
        "invoice”."
    ),
    "G304": N_("Choose the invoice file on the “Invoices” page and press “Check the invoice”."),
    "I113": N_(
        "Read the window in the notice (the case keeps it as its invoice window) and find an "
        "invoice from inside it. Never change the date on an invoice."
    ),
    "H102": N_(
        "Do not appeal yet: open the case, read the notice, collect the facts and documents, and "
        "write the Plan of Action before you submit anything."
    ),
}

WRITE_POA = N_(
    "Write the Plan of Action (root cause, corrective actions taken, preventive measures): press "
    "“Write the appeal”, and the editor checks it as you type."
)
COLLECT = N_("Collect what the notice asked for before appealing: %(documents)s.")



class Wording:
    """The filters one page language needs (built once per language with its translations)."""

    def __init__(self, lang: str, gettext: Any, labels: dict[str, str]) -> None:
        self.lang = lang
        self.gettext = gettext
        self.labels = labels

    def label(self, value: object) -> str:
        text = str(value)
        return self.gettext(self.labels[text]) if text in self.labels else text

    def _param(self, value: Any) -> Any:
        """A code (or a comma-separated list of codes) shown by its label; anything else as is."""
        if isinstance(value, list):
            return ", ".join(str(self._param(v)) for v in value)
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",")]
            if parts and all(p in self.labels for p in parts):
                sep = tr("text.list_separator", self.lang)
                return sep.join(self.label(p) for p in parts)
        return value

    def finding(self, finding: dict[str, Any], field: str = "message") -> str:
        """A finding's message, why or fix: the rule's text with its parameters labelled."""
        from reinstate.i18n import fill
        from reinstate.rules import default_registry

        code = str(finding.get("code", ""))
        if field == "fix" and code in FIXES:
            return str(self.gettext(FIXES[code]))
        try:
            rule = default_registry().get(code) if code else None
        except ReinstateError:
            rule = None
        texts = getattr(rule, field, None) if rule is not None else None
        params = {k: self._param(v) for k, v in (finding.get("params") or {}).items()}
        if isinstance(texts, dict) and texts:
            template = texts.get(self.lang) or texts.get("en") or ""
            return fill(str(template), **params)
        given = finding.get(field)
        if isinstance(given, dict):
            return str(given.get(self.lang) or given.get("en") or "")
        return str(given or "")

    def rule_text(self, rule: dict[str, Any], field: str) -> str:
        """A rule's own text on the rules page: the browser fix, placeholders shown as "…"."""
        code = str(rule.get("code", ""))
        if field == "fix" and code in FIXES:
            return str(self.gettext(FIXES[code]))
        texts = rule.get(field) or {}
        text = texts.get(self.lang) or texts.get("en") or "" if isinstance(texts, dict) else ""
        return placeholders_as_ellipsis(str(text))

    def next_step(self, case: Case, day: date, given: dict[str, str]) -> str:
        """The case's next step; the two that name a command or codes are said for the page."""
        from reinstate.cases import missing_documents
        from reinstate.i18n import both

        if given == both("case.next.write_poa", case_id=case.id):
            return str(self.gettext(WRITE_POA))
        missing = missing_documents(case)
        if missing and given == both("case.next.collect_documents", documents=", ".join(missing)):
            return str(self.gettext(COLLECT)) % {"documents": self._param(list(missing))}
        return str(given.get(self.lang) or given.get("en") or "")


def placeholders_as_ellipsis(text: str) -> str:
    """A rule's message as a template (the rules page): each {placeholder} shown as "…"."""
    import re

    return re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}", "…", text)


def for_the_web(error: ReinstateError) -> ReinstateError:
    """The same error code, with a text that names no command-line option (pages and API)."""
    if error.code != "packet_no_poa" or "case_id" not in error.params:
        return error
    worded = ReinstateError("packet_no_poa.web", path=error.path, case_id=error.params["case_id"])
    worded.status = error.status
    return worded
