"""The checks behind the `function` rules of target `text`, and the loop that runs every rule.

Every pattern in this module runs on user text and is linear: bounded repetitions, or a single
character class repeated, never a quantified group of quantified parts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, cast

from reinstate.appeals.model import missing_fact
from reinstate.appeals.sections import SECTIONS, Heading, Section, find_sections, headings
from reinstate.rules import Finding, Registry, Rule, Span
from reinstate.rules.binding import implementation as implementation_of
from reinstate.rules.binding import implements
from reinstate.rules.cache import compiled, derived
from reinstate.rules.factor import first_chars

try:  # CPython's own pattern parser: private, so a Python without it only loses the prefilter
    import re._parser as re_parser
except ImportError:  # pragma: no cover - every supported Python has it
    re_parser = None

_MISSING = {"root_cause": "P001", "corrective_actions": "P002", "preventive_measures": "P003"}
_SENTENCE = compiled(r"[^.!?。！？\n]+[.!?。！？]*[\"'”’」』)）]?")
_LATIN_WORD = compiled(r"[A-Za-z0-9À-ÿ]+(?:['’][A-Za-z]+)?")
_CJK = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_GUIDANCE = compiled(r"^\s{0,4}(?:>\s{0,2})?【(?:指引|提示|请回答|Guide|Question)】", re.IGNORECASE)
_MAX_MATCH = 80
MAX_PER_RULE = 100  # a pasted wall of repeated text should not produce a wall of findings


@dataclass(frozen=True)
class Context:
    require_sections: bool = True
    asins: tuple[str, ...] = ()
    earlier_texts: tuple[str, ...] = ()
    channel: str | None = None
    appeals_used: int = 0
    appeal_limit: int | None = None
    category: str | None = None


class Document:
    """The user's text, its normalised twin (same offsets) and what the checks derive from it."""

    def __init__(self, text: str, normalised: str) -> None:
        self.text = text
        self.norm = normalised
        # (rule, language) -> its matches on `norm_lower`, from one scan of all rules (run_rules)
        self.scanned: dict[tuple[Rule, str], list[tuple[int, int]]] = {}

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    def span(self, start: int, end: int) -> Span:
        """Span.of without rescanning the text for every finding."""
        index = bisect_right(self.line_starts, start) - 1
        return Span(
            start=start, end=end, line=index + 1, column=start - self.line_starts[index] + 1
        )

    @cached_property
    def norm_lower(self) -> str:
        lowered = self.norm.lower()
        return lowered if len(lowered) == len(self.norm) else _fold(self.norm)

    @cached_property
    def text_lower(self) -> str:
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else _fold(self.text)

    @cached_property
    def languages(self) -> frozenset[str]:
        """Languages whose rules are worth running: a cheap script and function-word test."""
        langs: set[str] = set()
        if _HAS_CJK.search(self.norm):
            langs.update(("zh", "ja"))
        if _HAS_LATIN.search(self.norm):
            langs.add("en")
            words = set(self.norm_lower.split())
            short = self.words < 60
            for lang, common in _FUNCTION_WORDS.items():
                if short or len(words & common) >= 2:
                    langs.add(lang)
        return frozenset(langs)

    def may_contain(self, lang: str) -> bool:
        return lang in self.languages or lang not in ("en", "zh", "ja", *_FUNCTION_WORDS)

    @cached_property
    def headings(self) -> list[Heading]:
        return headings(self.norm)

    @cached_property
    def sections(self) -> list[Section]:
        return find_sections(self.norm, self.headings)

    @cached_property
    def section_names(self) -> set[str]:
        return {s.name for s in self.sections}

    @cached_property
    def words(self) -> int:
        """Words, counting two CJK characters as one word (a page holds about twice as many)."""
        latin = len(_LATIN_WORD.findall(self.norm))
        cjk = len(_CJK.findall(self.norm))
        return latin + (cjk + 1) // 2

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans = []
        for match in _SENTENCE.finditer(self.norm):
            start, end = match.start(), match.end()
            while start < end and self.norm[start].isspace():
                start += 1
            if end > start:
                spans.append((start, end))
        return spans

    @cached_property
    def heading_ranges(self) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.headings]

    @cached_property
    def guidance_ranges(self) -> list[tuple[int, int]]:
        """Lines of outline guidance the seller should have replaced."""
        out = []
        offset = 0
        for line in self.norm.splitlines(keepends=True):
            if _GUIDANCE.match(line):
                out.append((offset, offset + len(line)))
            offset += len(line)
        return out

    def in_heading(self, start: int, end: int) -> bool:
        return self.heading_at(start, end) is not None

    def heading_at(self, start: int, end: int) -> Heading | None:
        return next((h for h in self.headings if h.start <= start and end <= h.end + 1), None)

    def in_guidance(self, start: int) -> bool:
        return any(s <= start < e for s, e in self.guidance_ranges)

    def sentence_at(self, position: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= position < end:
                return start, end
        return position, position

    def section_of(self, position: int) -> str | None:
        for section in self.sections:
            if section.start <= position < section.end:
                return section.name
        return None


def _fold(text: str) -> str:
    """Lower-case character by character, keeping any character whose lower case is longer."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


Hit = tuple[int, int, dict[str, Any]]
Check = Callable[[Rule, Document, Context], Iterator[Hit]]


def run_rules(doc: Document, context: Context, registry: Registry) -> list[Finding]:
    findings: list[Finding] = []
    rules = registry.for_target("text")
    _scan(doc, tuple(rules))
    for rule in rules:
        skip = rule.options.get("skip_categories", ())
        if context.category and context.category in skip:
            continue
        if rule.kind in ("phrases", "pattern"):
            hits: Iterator[Hit] = _phrase_hits(rule, doc)
        else:
            implementation = implementation_of(rule.code)
            if implementation is None:
                continue  # registry.check_runnable keeps such a rule out; the catalogue tests too
            hits = cast(Check, implementation)(rule, doc, context)
        for count, (start, end, params) in enumerate(hits):
            if count >= MAX_PER_RULE:
                break
            span = doc.span(start, end) if end >= start >= 0 else None
            found = registry.finding(rule.code, span=span, **params)
            if found:
                findings.append(found)
    return findings


_UPPER_ESCAPE = compiled(r"\\[A-Z]|\(\?-i")
_FUNCTION_WORDS = {
    "de": frozenset(
        [
            "und",
            "der",
            "die",
            "das",
            "nicht",
            "wir",
            "ich",
            "sie",
            "ist",
            "mit",
            "den",
            "dem",
            "ein",
            "eine",
            "zu",
            "werden",
            "haben",
            "auf",
            "für",
            "von",
            "uns",
            "ihr",
            "ihnen",
            "unser",
            "unsere",
            "wurde",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "nous",
            "vous",
            "est",
            "pas",
            "une",
            "des",
            "du",
            "que",
            "qui",
            "pour",
            "avec",
            "notre",
            "votre",
            "je",
            "ce",
            "cette",
            "sont",
            "dans",
            "nos",
            "vos",
            "été",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "che",
            "non",
            "di",
            "per",
            "sono",
            "una",
            "della",
            "siamo",
            "abbiamo",
            "nostro",
            "nostra",
            "vostro",
            "con",
            "gli",
            "ho",
            "del",
            "questo",
            "questa",
            "è",
            "stato",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "que",
            "por",
            "una",
            "para",
            "es",
            "con",
            "nosotros",
            "nuestro",
            "nuestra",
            "y",
            "del",
            "su",
            "se",
            "lo",
            "muy",
            "pero",
            "como",
            "está",
            "hemos",
        ]
    ),
}
_WORD = compiled(r"[a-zà-ÿ]+")
_HAS_LATIN = compiled(r"[A-Za-zÀ-ÿ]")
_HAS_CJK = compiled(r"[\u3040-\u30ff\u3400-\u9fff]")


def _patterns(rule: Rule) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """Per language: the compiled pattern and whether it runs on lower-cased text."""
    return tuple((lang, *_pattern(rule, lang)) for lang, _ in _sources(rule))


@cache
def _sources(rule: Rule) -> tuple[tuple[str, str], ...]:
    """Per language, the rule's phrases joined into one pattern (not compiled yet)."""
    out = []
    for lang, patterns in sorted(rule.phrases.items()):
        if not patterns:
            continue
        joined = "|".join(f"(?:{p})" for p in patterns)
        if _whole_words(rule, lang):
            joined = rf"(?<!\w)(?:{joined})(?!\w)"
        out.append((lang, joined))
    return tuple(out)


def _whole_words(rule: Rule, lang: str) -> bool:
    whole = rule.kind == "phrases" or bool(rule.options.get("whole_words"))
    return whole and lang not in ("zh", "ja")


@cache
def _pattern(rule: Rule, lang: str) -> tuple[re.Pattern[str], bool]:
    """The compiled pattern of one language and whether it runs on lower-cased text, built the
    first time a text in that language needs it.

    Lower-casing the text once and matching without IGNORECASE is several times faster in
    Python's engine; patterns with upper-case escapes or a local `(?-i` keep IGNORECASE.
    The programs come from the compiled-pattern store with their alternations factored
    (`reinstate.rules.factor`), so a command does not parse ~60 large alternations again.
    """
    joined = dict(_sources(rule))[lang]
    if _UPPER_ESCAPE.search(joined):
        return compiled(joined, re.IGNORECASE), False
    lowered = joined.lower()
    if lang in ("zh", "ja"):
        # Chinese and Japanese patterns have no word boundary to anchor them: skip the
        # positions no alternative can start at with one class test (Latin patterns already
        # fail fast inside words, and the engine's own prefix scan does better there).
        lowered = derived("first-chars", lowered, _with_first_chars)
    return compiled(lowered, factored=True), True


def _with_first_chars(pattern: str) -> str:
    first = _first_chars(pattern)
    return f"(?={_char_class(first)}){pattern}" if first else pattern


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is unknown.

    A pure speed aid: the set is a superset, so prefixing `(?=[set])` never changes matches.
    """
    if re_parser is None:  # pragma: no cover
        return None
    try:
        parsed = re_parser.parse(pattern)
    except re.error:  # pragma: no cover - the pattern compiled elsewhere
        return None
    return first_chars(parsed)


def _char_class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(ch) if ch in "\\]^-[" else ch for ch in sorted(chars)) + "]"


def matches(rule: Rule, doc: Document) -> list[tuple[int, int]]:
    """Non-overlapping spans of a rule's phrases in the languages the text may contain.

    Japanese runs on the original text (the Chinese normalisation would rewrite its kanji); every
    other language on the normalised one, which has the same offsets.
    """
    spans: list[tuple[int, int]] = []
    for lang, _ in _sources(rule):
        if not doc.may_contain(lang):
            continue
        found = doc.scanned.get((rule, lang))
        if found is not None:
            spans.extend(found)
            continue
        pattern, lowered = _pattern(rule, lang)
        if lang == "ja":
            text = doc.text_lower if lowered else doc.text
        else:
            text = doc.norm_lower if lowered else doc.norm
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


# One scan for all rules. Matching each rule's pattern over the text costs a pass per rule, and a
# pass costs about the same whether or not anything matches. The scanner is one pattern: a guard,
# every phrase of every rule at once (factored into one prefix tree), that fails fast where no
# rule can start; where it holds, one look-ahead per rule captures what that rule's own pattern
# matches at this position. `finditer` of a rule is then rebuilt from those positions: the
# leftmost match, then the leftmost one starting at or after its end, and so on — the same spans,
# since a rule that matches at a position always makes the guard hold there. Patterns that could
# break the rebuild (empty matches, group references) keep their own pass.

_UNSCANNABLE = re.compile(r"\(\?P|\(\?\(|\\[1-9]")


@dataclass(frozen=True)
class _Scanner:
    guard: re.Pattern[str]  # holds where some rule can match
    rules: re.Pattern[str]  # there, captures what each rule matches
    keys: tuple[tuple[Rule, str], ...]
    groups: tuple[int, ...]  # the capture group of each key


def _scan(doc: Document, rules: tuple[Rule, ...]) -> None:
    scanner = _scanner(rules)
    if scanner is None:
        return
    starts: list[list[tuple[int, int]]] = [[] for _ in scanner.keys]
    indexed = tuple(enumerate(scanner.groups))
    # Normal text has a few candidates per thousand words; a wall of repeated phrases has one
    # at every line, where each rule's own pass (it skips what its last match covered) is
    # cheaper than evaluating every rule at every candidate.
    budget = 200 + len(doc.norm_lower) // 100
    text = doc.norm_lower
    for count, candidate in enumerate(scanner.guard.finditer(text)):
        if count >= budget:
            return
        # `match` at a position sees the text before it, as `finditer` does (look-behinds, \b)
        regs = scanner.rules.match(text, candidate.start()).regs  # type: ignore[union-attr]
        for index, group in indexed:
            span = regs[group]
            if span[0] >= 0:
                starts[index].append(span)
    for key, found in zip(scanner.keys, starts, strict=True):
        taken: list[tuple[int, int]] = []
        after = 0
        for start, end in found:
            if start >= after:
                taken.append((start, end))
                after = end
        doc.scanned[key] = taken


@cache
def _scanner(rules: tuple[Rule, ...]) -> _Scanner | None:
    keys: list[tuple[Rule, str]] = []
    parts: list[str] = []
    for rule in rules:
        for lang, joined in _sources(rule):
            if lang == "ja" or _UPPER_ESCAPE.search(joined) or _UNSCANNABLE.search(joined):
                continue  # Japanese runs on the unnormalised text, these on the original case
            keys.append((rule, lang))
            kind = "w" if _whole_words(rule, lang) else "p"
            phrases = "\2".join(rule.phrases[lang])
            parts.append(f"{kind}\1{lang}\1{joined}\1{phrases}".lower())
    if not keys:
        return None
    guard, captures = derived("scanner", "\0".join(parts), _scanner_source).split("\0")
    # the guard runs at every position: factored; the captures only at candidates: as written,
    # a program a quarter of the size to load
    pattern = compiled(captures)
    chosen = [(k, pattern.groupindex.get(f"k{i}")) for i, k in enumerate(keys)]
    kept = [(k, g) for k, g in chosen if g is not None]
    if not kept:
        return None
    return _Scanner(
        compiled(guard, factored=True),
        pattern,
        tuple(k for k, _ in kept),
        tuple(g for _, g in kept),
    )


def _scanner_source(spec: str) -> str:
    """The scanner for the parts of `spec` (kind, language, joined pattern, phrases): the guard
    and the captures, apart by a NUL; part i captures as `k<i>`.

    The guard lists every phrase on its own, so that factoring merges the phrases of all rules
    into one tree, in sections by where a phrase can start: after a non-word character
    (whole-word phrases, as in their rules, and `\b` phrases that start with a word character),
    at the start of a line, at a Chinese character, anywhere else. Each section starts with a
    test of its first characters: the engine tries a branch's alternatives one by one, and one
    class test skips a whole section where it cannot start. A part that may match the empty
    string or an unbounded run is left out (its own pass finds it).
    """
    sections: dict[str, list[str]] = {"word": [], "line": [], "cjk": [], "other": []}
    captures: list[str] = []
    for index, part in enumerate(spec.split("\0")):
        kind, _lang, joined, phrases = part.split("\1")
        try:
            if re_parser is None:
                continue
            shortest, longest = re_parser.parse(joined).getwidth()
        except re.error:  # pragma: no cover - the pattern compiled when its rule loaded
            continue
        if shortest == 0 or longest > _MAX_SCANNED_WIDTH:
            continue
        for phrase in phrases.split("\2"):
            sections[_section(kind, phrase)].append(f"(?:{phrase})")
        captures.append(f"(?:(?=(?P<k{index}>{joined}))|)")
    guard = []
    for name, members in sections.items():
        if not members:
            continue
        body = "|".join(members)
        first = _first_chars(body)
        test = f"(?={_char_class(first)})" if first else ""
        start = {"word": r"(?<!\w)", "line": _LINE_START}.get(name, "")
        guard.append(f"{start}{test}(?:{body})")
    if not guard:
        return "(?!)\0"
    # zero width: a candidate inside another's match is still a candidate
    return "(?=" + "|".join(guard) + ")\0" + "".join(captures)


def _section(kind: str, phrase: str) -> str:
    if kind == "w":
        return "word"
    first = _first_chars(phrase)
    if first and all(_HAS_CJK.match(ch) for ch in first):
        return "cjk"
    if first and phrase.startswith(r"\b") and all(ch.isalnum() or ch == "_" for ch in first):
        return "word"  # `\b` before a word character: the previous one is not a word character
    if phrase.startswith(_LINE_START):
        return "line"
    return "other"


_LINE_START = r"(?<![^\n])"
# A rule whose match can be longer costs its whole length at every candidate position inside a
# run (`_{4,}` in a line of underscores): quadratic, where its own pass is linear.
_MAX_SCANNED_WIDTH = 400


def _match(doc: Document, start: int, end: int) -> dict[str, Any]:
    snippet = doc.text[start:end]
    if len(snippet) > _MAX_MATCH:
        snippet = snippet[: _MAX_MATCH - 1] + "…"
    return {"match": snippet}


def _phrase_hits(rule: Rule, doc: Document) -> Iterator[Hit]:
    for start, end in matches(rule, doc):
        if rule.options.get("skip_guidance") and doc.in_guidance(start):
            continue
        if rule.options.get("skip_section_headings"):
            heading = doc.heading_at(start, end)
            if heading and heading.names:
                continue  # "【问题原因】" or "[Root cause]" used as the heading of a POA part
        yield start, end, _match(doc, start, end)


@implements(*_MISSING.values())
def _missing_section(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """A part really absent; one that may be there in words the finder cannot read is P004-P006."""
    from reinstate.appeals.sections import analyse  # cached: one analysis for P001-P006

    if not context.require_sections or _not_a_plan(doc, context):
        return
    unclear = analyse(doc.norm, tuple(doc.headings)).unclear
    for name in SECTIONS:
        if _MISSING[name] == rule.code and name not in doc.section_names | set(unclear):
            yield -1, -1, {}


# Letters to Account Health that are not a Plan of Action and need none of its parts: a reply
# with the documents or facts asked for, a letter that says it disputes nothing. Said in the
# letter's own words near its start, and only when no heading names a part of a plan.
_NOT_A_PLAN = compiled(
    r"(?:\b(?:am|are|is|do|does)|['’](?:m|re)) not (?:disputing|contesting|appealing|challenging|"
    r"dispute|contest|appeal|challenge)\b|"
    r"\b(?:following|per|further to) your (?:request|email|e-mail|message)\b|"
    r"\b(?:documents?|invoices?|information|records?|files?|letters?) (?:that )?"
    r"(?:you |were |was )?(?:requested|asked for)\b|"
    r"\b(?:(?:this|my|our) (?:letter |message )?(?:is not|isn't) (?:an? )?"
    r"(?:appeal|plan of action|poa)|"
    r"here (?:are|is) the (?:facts|documents|information|figures|details) (?:behind|you|about|on|"
    r"for|that)|as (?:you )?requested|(?:documents?|information|invoices?|records?) (?:that )?you "
    r"(?:asked for|requested)|in (?:response|reply) to your (?:request|message|email|notice) "
    r"(?:for|asking|of)|you asked (?:us )?(?:for|to (?:send|provide|explain)))\b|"
    r"(?:并非|不是|并不是)(?:在)?(?:申诉|质疑|提出异议|对[^。，\n]{0,10}提出异议)|"
    r"(?:按照|根据|按|应|遵照)(?:您|贵方|你们|贵团队)的?要求(?:，|,)?(?:提供|补充|附上|现将|说明|我们)|"
    r"(?:无意|并不|不)(?:申诉|质疑|争辩|提出异议)|"
    r"(?:您|贵方|你们)(?:要求|需要)(?:提供|补充)?的(?:文件|资料|材料|信息)|"
    r"\b(?:(?:kein|keinen) (?:einspruch|widerspruch)|wie (?:angefordert|gewünscht|erbeten)|"
    r"(?:angeforderten|gewünschten) (?:unterlagen|dokumente|informationen)|"
    r"auf ihre anfrage|(?:bestreiten|beanstanden) (?:die|den|das|diese|diesen) \w+ nicht)\b",
    re.IGNORECASE,
)
# A funds reserve is explained by its facts (a sales jump, a new large order); such a letter
# is no plan either when it says it explains the sales.
_RESERVE_FACTS = compiled(
    r"\b(?:sales|orders|revenue|volume) (?:jump|spike|surge|increase|growth|rise)|"
    r"\b(?:jump|spike|surge|increase|growth|rise) (?:in|of) (?:our )?(?:sales|orders|revenue)\b|"
    r"销量(?:激增|暴增|大增|增长|上涨|上升)|销售额(?:激增|增长|上涨)|订单(?:激增|暴增|大增)|"
    r"\b(?:umsatzanstieg|umsatzsprung|anstieg (?:der|unserer) (?:umsätze|verkäufe|bestellungen))",
    re.IGNORECASE,
)
_LETTER_HEAD = 1500  # the letter says what it is in its opening


def _not_a_plan(doc: Document, context: Context) -> bool:
    """A letter that is not a Plan of Action (docs/appeals.md, "Letters that are not a plan")."""
    if any(h.names for h in doc.headings):
        return False
    head = doc.norm[:_LETTER_HEAD]
    if _NOT_A_PLAN.search(head):
        return True
    return context.category == "funds_reserve" and _RESERVE_FACTS.search(head) is not None


_UNCLEAR = {"root_cause": "P004", "corrective_actions": "P005", "preventive_measures": "P006"}


@implements(*_UNCLEAR.values())
def _unclear_section(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """The text the finder could not place where the part would stand: check it is the part."""
    from reinstate.appeals.sections import analyse

    if not context.require_sections or _not_a_plan(doc, context):
        return
    for name, (start, end) in analyse(doc.norm, tuple(doc.headings)).unclear.items():
        if _UNCLEAR[name] == rule.code:
            line_end = doc.norm.find("\n", start, end)
            stop = end if line_end < 0 else line_end
            yield start, stop, _match(doc, start, stop)


_CAPS_OK = {
    "ASIN",
    "ASINS",
    "FBA",
    "FBM",
    "SKU",
    "SKUS",
    "ODR",
    "LSR",
    "VTR",
    "UPC",
    "EAN",
    "GTIN",
    "LOA",
    "SOP",
    "SOPS",
    "POA",
    "USA",
    "LLC",
    "LTD",
    "INC",
    "PDF",
    "ISO",
    "CE",
    "FCC",
    "EU",
    "UK",
    "AHS",
    "AHR",
    "QC",
    "QA",
    "ID",
    "VAT",
    "CEO",
    "COO",
    "ERP",
    "SLA",
    "API",
    "PO",
    "US",
}


@implements("P106")
def _shouting(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """Runs of exclamation marks, and sentences in capitals."""
    for match in re.finditer(r"[!！]{2,}", doc.norm):
        yield match.start(), match.end(), _match(doc, match.start(), match.end())
    min_caps = int(rule.options.get("caps_words", 5))
    caps_by_sentence: dict[int, list[re.Match[str]]] = {}
    starts = [start for start, _ in doc.sentences]
    for word in _CAPS_WORD.finditer(doc.norm):
        if word.group() not in _CAPS_OK:
            index = bisect_right(starts, word.start()) - 1
            caps_by_sentence.setdefault(index, []).append(word)
    for index, caps in caps_by_sentence.items():
        if len(caps) < min_caps or index < 0:
            continue
        start, end = doc.sentences[index]
        heading = doc.heading_at(start, end)
        if heading and (heading.names or not _PLEADING.search(doc.norm, start, end)):
            continue  # "ROOT CAUSE", "ASIN B0… – CORRECTIVE ACTIONS"; not "PLEASE HELP US"
        words = sum(1 for w in _LATIN_WORD.finditer(doc.norm, start, end) if w.group().isalpha())
        if len(caps) >= 0.8 * words:
            yield caps[0].start(), caps[-1].end(), _match(doc, caps[0].start(), caps[-1].end())


_PLEADING = compiled(r"\b(?:please|help|beg|begging|urgent|urgently)\b|[!！]", re.IGNORECASE)
_CAPS_WORD = compiled(r"(?<![A-Za-z0-9])[A-Z]{2,}(?![A-Za-z0-9])")
_CONCRETE = compiled(
    r"\d|\b(?:every|each|daily|weekly|monthly|quarterly|annually|per|before|after|within|"
    r"checklist|spreadsheet|software|manager|officer|supervisor|named|signed|certified|"
    r"inspection|audit|sop)\b|每|名|由|之前|之后|以内|清单|表格|软件|专员|主管|经理|负责人",
    re.IGNORECASE,
)


@implements("P108")
def _vague(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """Vague promises, unless the same sentence names a concrete check, owner or number."""
    for start, end in matches(rule, doc):
        s_start, s_end = doc.sentence_at(start)
        if _CONCRETE.search(doc.norm, s_start, s_end):
            continue
        line_end = doc.norm.find("\n", start)
        line = doc.norm[start : len(doc.norm) if line_end < 0 else line_end].rstrip()
        if line.endswith((":", "：")):
            continue  # introduces the concrete list that follows
        yield start, end, {**_match(doc, start, end), **missing_fact(doc.section_of(start))}


_FUTURE = compiled(
    r"\b(?:we|i)(?:'ll|’ll| will| shall| are going to| plan to| intend to| aim to| hope to|"
    r"(?:'re|’re|'m|’m) (?:going|planning|preparing|about) to)\b|"
    # an action not done yet: "to be completed next week", "in progress", "will go out"
    r"\b(?:is|are) (?:still )?to be [a-z]{2,20}ed\b|\bto be (?:completed|done|finished|sent|"
    r"issued|destroyed|removed|refunded|shipped|processed)\b|\b(?:in progress|not yet (?:done|"
    r"completed|finished|started|sent|issued))\b|\bwill (?:go out|be out|start|begin|follow)\b|"
    r"\b(?:we|i) (?:will|shall) (?:also |then |now |soon |immediately |promptly )?\w|"
    r"\bwill be (?:removed|deleted|refunded|contacted|replaced|trained|retrained|audited|"
    r"inspected|updated|corrected|closed|sent|issued|destroyed|reviewed)\b|"
    # a bullet or line that starts with the verb: "- Will audit all SKUs"
    r"(?:^|\n)[ \t]*(?:[-*•·]|\d{1,2}[.)、])?[ \t]*(?:will|shall|going to|plan to|to be) [a-z]|"
    # another subject: "Our team intends to retrain", "the warehouse is going to"
    r"\b(?:team|company|staff|employees?|manager|department|warehouse|we|i|they)"
    r" (?:(?:are|is|am) )?(?:intends?|plans?|aims?|hopes?|expects?|is going|are going|will|shall|"
    r"planning|intending|preparing|about|scheduled|due) (?:to )?[a-z]|"
    r"\bwill be [a-z]{2,20}ed\b|"
    r"(?:我们|我司|我方|公司|团队|员工|运营|仓库|主管|经理)"
    r"(?:一定|也|都|还|马上|立即|立刻|尽快|随后|接下来|下周|明天|近期)?"
    r"(?:将会|将|会|计划|准备|打算|即将)(?!会议|议)|"
    r"(?:接下来|后续|随后|之后|下一步|稍后|近期|下周|明天|月底前|本周内)(?:我们|我司)?"
    r"(?:会|将|将会|计划|准备|打算)|将(?:于|在)(?:下周|下月|本周|本月|近期|月底|\d{1,2}月)|"
    r"(?:正在|仍在|尚未|还没有?)(?:处理|进行|完成|办理|联系|销毁|移除|退款)|"
    r"(?:我们|我司|我方)(?:打算|计划|准备)",
    re.IGNORECASE | re.MULTILINE,
)
_DONE = compiled(r"\b(?:already|have|has|had)\b|已经|已(?!知)", re.IGNORECASE)
# Not a promise of an unfinished action: a commitment not to do something ("we will not sell
# … anymore", "will never", "we will only consider relisting after …"), or the later step of a
# finished action that waits on an event ("will be relabelled … only once checked", "will be
# provided when issued").
# Keeping the records of an action is a standing habit, not an action left undone ("we will keep
# the destruction records").
_NEGATED = compiled(
    r"\s{0,3}(?:not|never|no longer|only)\b|n[o']t\b|n’t\b|"
    r"\s{0,3}(?:keep|retain|archive|store) (?:the |all |a |these |those |our |its |their )?"
    r"(?:[a-z-]{2,20} ){0,2}(?:records?|copies|copy|photos|receipts?|documents?|files?|logs?)\b",
    re.IGNORECASE,
)
_WAITS = compiled(
    r"\bonly (?:once|after|when|if)\b|\bwhen (?:issued|received|available|ready|approved)\b|"
    r"\bas soon as\b|\buntil\b|"
    # the goods of an action under way: "… destroyed when they arrive", "re-tested before any sale"
    r"\b(?:when|once|after) (?:they|it|the (?:[a-z]{2,20} ){0,2}(?:units|goods|items|batch|"
    r"parcels?|shipment|stock|inventory)) (?:arrive|arrives|reach|reaches|come back|comes back|"
    r"are received|is received|are returned|is returned|are back|is back)\b|"
    r"\bbefore (?:any|being|they are|it is) (?:sale|sold|resale|relist\w{0,3}|shipped|listed)\b",
    re.IGNORECASE,
)
# A later step of an action already reported done and dated ("the 74 units were removed on 1
# December; they will be destroyed …"): the step of goods or of another party, not a promise
# in place of the action. "We will contact the buyers" after it is still a promise.
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
)
# A verb in the past: regular, or one of the irregular ones appeals use for what was done.
_PAST = r"(?:[a-z-]{2,20}ed|sent|sold|taken|took|put|shipped|withdrawn|withdrew|given|gave|made)\b"
_DONE_VERB = (
    r"(?:\b(?:was|were|have been|has been|had been) (?:[a-z]{2,20} ){0,2}?|"
    r"\b(?:we|i|they|our [a-z]{2,20}) (?:[a-z]{2,20} )?)" + _PAST
)
# An action reported done with its date, the date before or after the verb.
_DONE_DATED = compiled(
    rf"{_DONE_VERB}[^.;!?\n]{{0,80}}?\b(?:on|by|since|in) {_DATE}|"
    rf"\b(?:on|by) {_DATE}\b[^.;!?\n]{{0,40}}?{_DONE_VERB}",
    re.IGNORECASE,
)
# A line that opens with the date of an action done: "- 28 November: the brand decided to
# withdraw …", "1. 22 November: closed the listing …".
_DATED_LINE = compiled(
    rf"[ \t]*(?:[-*•·][ \t]*|\d{{1,2}}[.)][ \t]*)?{_DATE}(?:,? \d{{4}})?[ \t]*[:：–-]"
    rf"[^.;!?\n]{{0,60}}?\b{_PAST}",
    re.IGNORECASE,
)
# The subject of "will" in a later step: the goods or another party, not the seller.
_CLAUSE = compiled(r"[,;:.!?()\n]|\b(?:and|then|so|which means)\b", re.IGNORECASE)
_SELLER = compiled(
    r"\b(?:we|i|us|me)\b|\b(?:our|my) (?:team|staff|company|employees?|manager|department|"
    r"operations?|store|shop|business|colleagues?)\b",
    re.IGNORECASE,
)
_WILL = compiled(r"\b(?:will|shall)\b", re.IGNORECASE)
_DEADLINE = compiled(
    r"\b(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|tomorrow|soon|shortly|"
    r"in the (?:coming|next) (?:days|weeks)|within (?:\d{1,3}|a|one|two|three|seven) "
    r"(?:days?|weeks?|hours?)|by the end of|later this (?:week|month))\b",
    re.IGNORECASE,
)


@implements("P109")
def _future_tense(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """Promises in the future tense inside the corrective-actions section."""
    for section in doc.sections:
        if section.name != "corrective_actions":
            continue
        for match in _FUTURE.finditer(doc.norm, section.start, section.end):
            s_start, s_end = doc.sentence_at(match.start())
            if doc.in_heading(match.start(), match.end()):
                continue
            if _DONE.search(doc.norm, s_start, match.start()):
                continue
            if _NEGATED.match(doc.norm, _after_will(doc.norm, match.start(), match.end())):
                continue
            if _WAITS.search(doc.norm, match.end(), s_end):
                continue
            if _later_step(doc, match.start(), s_start):
                continue
            yield match.start(), match.end(), _match(doc, match.start(), match.end())


def _later_step(doc: Document, start: int, s_start: int) -> bool:
    """A future step of goods or of another party ("they will be destroyed when they arrive"),
    after an action reported done with its date earlier in the sentence or in the sentence before
    it, on the same line."""
    line_start = doc.norm.rfind("\n", 0, start) + 1
    will = _WILL.search(doc.norm, start, start + 40)
    if will is None:
        return False
    clause = line_start
    for boundary in _CLAUSE.finditer(doc.norm, max(line_start, will.start() - 80), will.start()):
        clause = boundary.end()
    subject = doc.norm[clause : will.start()]
    if not subject.strip() or _SELLER.search(subject):
        return False
    _, s_end = doc.sentence_at(start)
    if _DEADLINE.search(doc.norm, will.end(), s_end):
        return False  # "the buyers will be refunded next week": a step not taken, on a schedule
    index = bisect_right(doc.sentences, (s_start, s_start)) - 1
    before = doc.sentences[index - 1][0] if index > 0 else s_start
    dated = _DATED_LINE.match(doc.norm, line_start)
    if dated is not None and dated.end() <= clause:
        return True
    return _DONE_DATED.search(doc.norm, max(line_start, before), clause) is not None


def _after_will(text: str, start: int, end: int) -> int:
    """Where the words after "will"/"shall" begin in a future-tense match, else its end."""
    found = max(text.rfind(" will", start, end), text.rfind(" shall", start, end))
    if found < 0:
        return end
    return found + (5 if text.startswith(" will", found) else 6)


@implements("P110")
def _too_long(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    limit = int(rule.options.get("max_words", 1000))
    if doc.words > limit:
        yield -1, -1, {"words": doc.words, "limit": limit}


_QUESTION_END = compiled(r"[?？][\"'”’」』)）]?$")
_QUOTED_QUESTION = compiled(r"[\"”’」』] [a-z]")


# Questions that are the content of a process the seller describes: the questions of a form or
# checklist ("five hazmat questions (pressurised? flammable?)", "the checklist asks: Is …?").
_PROCESS = compiled(
    r"\b(?:form|forms|checklist|check-list|questionnaire|template|sop|questions? (?:on|in|of) "
    r"(?:the|our|a)|(?:must|has to|have to|needs? to) answer|prompts?|"
    r"formular|checkliste|fragebogen|beantworten)\b|"
    r"表单|表格|清单|检查表|问卷|模板|核对表|须回答|需回答|必须回答|逐项",
    re.IGNORECASE,
)


def _process_question(doc: Document, end: int) -> bool:
    """The question mark at `end - 1` is inside brackets or quotes, or in a list a line naming a
    form or checklist introduces with a colon."""
    line_start = doc.norm.rfind("\n", 0, end) + 1
    # the same window for every question of a long line keeps a wall of them linear
    before = doc.norm[max(line_start, end - 1 - _LINE_WINDOW) : end - 1]
    depth = 0
    for ch in before:
        if ch in "(（[「":
            depth += 1
        elif ch in ")）]」" and depth:
            depth -= 1
    if depth or before.count('"') % 2 or before.count("“") > before.count("”"):
        # a question the seller puts to Amazon in brackets stays one: the brackets must hold a
        # list of questions or follow the form or checklist they belong to
        return bool(_PROCESS.search(before)) or "?" in before or "？" in before
    colon = max(before.rfind(":"), before.rfind("："))
    if colon >= 0:
        return _PROCESS.search(before, 0, colon) is not None
    # a run of short questions after the form on the same line: "… questions — pressurised?
    # flammable?"; the first of the run is followed by the next one
    last = max(before.rfind("?"), before.rfind("？"), before.rfind("—"), before.rfind("–"))
    short = len(before[last + 1 :].split()) <= 4
    in_run = (last >= 0 and before[last] in "?？") or bool(_NEXT_QUESTION.match(doc.norm, end))
    if short and in_run and _PROCESS.search(before):
        return True
    # a list item: the closest line before the list that is not an item ends with a colon
    if not _ITEM.match(before.strip()):
        return False
    at = line_start - 1
    for _ in range(_MAX_ITEMS):
        if at <= 0:
            break
        start = doc.norm.rfind("\n", 0, at) + 1
        line = doc.norm[start:at].strip()
        if not line or _ITEM.match(line):
            if not line and at - start > 0:
                return False
            at = start - 1
            continue
        return line.endswith((":", "：")) and _PROCESS.search(line) is not None
    return False


_LINE_WINDOW = 400
_MAX_ITEMS = 30  # lines walked back to the line that introduces a list


_NEXT_QUESTION = compiled(r"[ \t]{1,3}[^?？.\n]{1,40}[?？]")
_ITEM = compiled(r"(?:[-*•·]|\d{1,2}[.)、]|[a-z][.)]|[（(]\d{1,2}[)）])\s", re.IGNORECASE)


@implements("P112")
def _questions(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """Questions to the reviewer: sentences ending in a question mark, and asking phrases."""
    seen: set[int] = set()
    for start, end in doc.sentences:
        sentence = doc.norm[start:end].strip()
        if not _QUESTION_END.search(sentence) or doc.in_guidance(start):
            continue
        heading = doc.heading_at(start, end)
        if heading and heading.names:
            continue  # "Why did this happen?" used as the heading of a POA part
        if _QUOTED_QUESTION.match(doc.norm, end - 1):
            continue  # a quoted question inside a sentence: 'a "dangerous goods?" check'
        if _process_question(doc, end):
            continue
        seen.add(start)
        yield start, end, _match(doc, start, end)
    for start, end in matches(rule, doc):
        s_start, _ = doc.sentence_at(start)
        if s_start in seen or doc.in_guidance(start):
            continue
        seen.add(s_start)
        yield start, end, _match(doc, start, end)


@implements("P116")
def _seller_support(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    if context.channel == "seller_support":
        yield -1, -1, {"channel": context.channel}


@implements("P118")
def _email_channel(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    if context.channel == "seller_performance_email":
        yield -1, -1, {"channel": context.channel}


_SQUASH = compiled(r"\s+")


def _squash(text: str) -> str:
    return _SQUASH.sub(" ", text).strip().lower()


@implements("P119")
def _duplicate(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """A near-duplicate of a text already sent in this case (rapidfuzz ratio, 0-100)."""
    if not context.earlier_texts:
        return
    from rapidfuzz import fuzz

    threshold = float(rule.options.get("threshold", 90))
    window = int(rule.options.get("max_chars", 20000))
    mine = _squash(doc.norm[:window])
    if len(mine) < int(rule.options.get("min_chars", 40)):
        return
    best, which = 0.0, 0
    for index, earlier in enumerate(context.earlier_texts, start=1):
        theirs = _squash(earlier[:window])
        shorter, longer = sorted((len(mine), len(theirs)))
        if not longer or shorter / longer < threshold / 100:
            continue  # ratio cannot reach the threshold
        score = fuzz.ratio(mine, theirs, score_cutoff=threshold)
        if score > best:
            best, which = score, index
    if best:
        yield -1, -1, {"similarity": round(best), "earlier": which}


@implements("P121")
def _last_appeal(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    limit = context.appeal_limit
    if limit is not None and limit > 0 and context.appeals_used == limit - 1:
        yield -1, -1, {"used": context.appeals_used, "limit": limit}


@implements("P122")
def _limit_reached(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    limit = context.appeal_limit
    if limit is not None and context.appeals_used >= limit:
        yield -1, -1, {"used": context.appeals_used, "limit": limit}


_ASIN_CHARS = compiled(r"[^A-Z0-9]")


@implements("P123")
def _missing_asins(rule: Rule, doc: Document, context: Context) -> Iterator[Hit]:
    """Every ASIN the notice named must appear in the appeal."""
    if not context.asins:
        return
    present = set(re.findall(r"(?<![A-Z0-9])[A-Z0-9]{10}(?![A-Z0-9])", doc.text.upper()))
    seen: set[str] = set()
    for raw in context.asins:
        asin = _ASIN_CHARS.sub("", str(raw).upper())
        if asin and asin not in seen and asin not in present:
            seen.add(asin)
            yield -1, -1, {"asin": asin}
