"""The classifier: phrase data in, a `Notice` with evidence out. Pure, bounded, no I/O."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from reinstate.notices import lexicon as phrases
from reinstate.notices import stage_cues, weekdays
from reinstate.notices.model import Evidence, Notice
from reinstate.notices.readers import Extracted
from reinstate.notices.vocab import CATEGORIES, DOCUMENTS, FUNDS, STAGES

ASIN_RE = re.compile(r"(?<![A-Za-z0-9])(B0[0-9A-Z]{8})(?![A-Za-z0-9])")
ISBN_ASIN_RE = re.compile(r"\bASINs?\s*[:：#]?\s*(\d{9}[\dX])\b")
ORDER_RE = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
# A full stop ends a sentence only before a space or the end: "amazon.com", "6.3 %" and
# "B0C1.2" do not ("send your appeal to notice@amazon.de within 17 days" is one sentence).
SENTENCE_END = re.compile(r"[.!?](?=\s|$|[\"'’”)\]])|[。！？\n]")
_SENTENCE_LOOKBACK = 1500
_DIGIT = re.compile(r"\d")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿ]+(?:'[a-z]+)?")
_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:[\w-]+\.)*amazon\.(com\.au|com\.br|com\.mx|com\.tr|com\.be|co\.uk|co\.jp|"
    r"co\.za|com|ca|de|fr|it|es|nl|se|pl|in|ae|sa|sg|eg|ie)(?!\w)(?!\.\w)",
    re.IGNORECASE,
)
_DOMAIN_MARKET = {
    "com": "US",
    "ca": "CA",
    "com.mx": "MX",
    "com.br": "BR",
    "co.uk": "UK",
    "de": "DE",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "nl": "NL",
    "se": "SE",
    "pl": "PL",
    "com.be": "BE",
    "ie": "IE",
    "com.tr": "TR",
    "co.jp": "JP",
    "com.au": "AU",
    "in": "IN",
    "ae": "AE",
    "sa": "SA",
    "sg": "SG",
    "eg": "EG",
    "co.za": "ZA",
}
_CURRENCY = [
    (re.compile(r"£|\bGBP\b"), "UK"),
    (re.compile(r"円|\bJPY\b|￥\s?\d{3}"), "JP"),
    (re.compile(r"\bCA\$|\bC\$|\bCAD\b"), "CA"),
    (re.compile(r"\bMX\$|\bMXN\b"), "MX"),
    (re.compile(r"\bA\$|\bAUD\b"), "AU"),
    (re.compile(r"₹|\bINR\b"), "IN"),
    (re.compile(r"\bAED\b"), "AE"),
    (re.compile(r"\bR\$|\bBRL\b"), "BR"),
    (re.compile(r"\bSEK\b"), "SE"),
    (re.compile(r"zł|\bPLN\b"), "PL"),
    (re.compile(r"\bUS\$|\bUSD\b"), "US"),
]


@cache
def _currency_needs() -> tuple[phrases.Needs, ...]:
    """What each currency pattern needs: most notices name none, and a regex scan per currency
    cost more than the rest of the marketplace."""
    return tuple(phrases.needs_of(pattern.pattern, shortest=1) for pattern, _ in _CURRENCY)


_EURO = re.compile(r"€|\bEUR\b")
_LANG_MARKET = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "ja": "JP"}
_ISO_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_WORD_DATE = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?P<m1>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<y1>\d{4}))"
    r"|(?:(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))"
)
# A date without its year ("by March 5", "5. März", "3月5日までに"): read only when the notice's own
# date gives the year.
_YEARLESS = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,12})\.?"
    r"|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?![\d,.]*\s*\d{4})\b"
)
_CJK_YEARLESS = re.compile(r"(?<![\d年/])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_REPLACEMENT = "\ufffd"
_WEEKDAY_PARENS = re.compile(r"[（(][^）)]{1,4}[）)]")


@dataclass(frozen=True)
class Hit:
    kind: str
    label: str
    level: str
    start: int
    end: int
    weight: float  # 1.0 Amazon's voice, less for quoted or seller-written lines
    group: str = ""  # which phrase matched: each distinct phrase scores once


class _Lines:
    """Which line an offset is on, and whose voice that line is in."""

    def __init__(self, text: str, data: list[phrases.LangData], voice_w: float, quote_w: float):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.data = data
        # The seller's voice is read in the notice's language (English "I" is Italian "the");
        # English lines in a Chinese or Japanese notice are read as English too.
        primary = data[0].lang if data else "en"
        self.voices = [d for d in data if d.lang == primary or primary in ("zh", "ja")]
        self.voice_w = voice_w
        self.quote_w = quote_w
        self._cache: dict[int, float] = {}
        self._speaks: dict[tuple[int, str], bool] = {}

    def speaks(self, offset: int, lang: phrases.LangData) -> bool:
        """Whether the line at `offset` reads as `lang` (two of its frequent words or more)."""
        index = bisect_right(self.starts, offset) - 1
        key = (index, lang.lang)
        cached = self._speaks.get(key)
        if cached is None:
            start = self.starts[index]
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            words = _LATIN_WORD.findall(self.text[start:end].lower())
            cached = sum(1 for w in words if w in lang.markers) >= 2
            self._speaks[key] = cached
        return cached

    def weight(self, offset: int) -> float:
        index = bisect_right(self.starts, offset) - 1
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        line = self.text[start:end]
        weight = 1.0
        if line.lstrip().startswith(">"):
            weight = self.quote_w
        if any(_voiced(line, d) for d in self.voices):
            weight = min(weight, self.voice_w)
        self._cache[index] = weight
        return weight


def _voiced(line: str, d: phrases.LangData) -> bool:
    """Whether `line` is in the seller's own voice in `d`'s language."""
    if d.seller_voice_any is not None:
        return d.seller_voice_any.search(line) is not None
    return any(p.search(line) for p in d.seller_voice)


@cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """Simplified Chinese of the same length (so spans map back), and whether it changed."""
    converted: str = _t2s().convert(text)
    if len(converted) != len(text):
        convert = _t2s().convert
        converted = "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)
    return converted, converted != text


def detect_language(text: str) -> tuple[str | None, float]:
    """The notice's language from its script and frequent words, with a confidence."""
    sample = text[:8000]
    kana = len(_KANA.findall(sample))
    cjk = len(_CJK.findall(sample))
    words = _LATIN_WORD.findall(sample.lower())
    latin_letters = sum(len(w) for w in words)
    if (kana + cjk) * 3 > latin_letters and kana + cjk >= 6:
        if kana >= 3 and kana * 10 >= cjk:
            return "ja", 0.95
        return "zh", 0.95
    counts = Counter(words)  # a notice repeats its words: look each up once
    scores = dict.fromkeys(_marker_index()[0], 0)
    index = _marker_index()[1]
    for word, n in counts.items():
        for lang in index.get(word, ()):
            scores[lang] += n
    if not scores:
        return None, 0.0
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 3:
        return None, 0.2
    margin = (ranked[0] - ranked[1]) / ranked[0] if len(ranked) > 1 else 1.0
    return best, round(min(0.98, 0.55 + margin * 0.45), 2)


@cache
def _marker_index() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The languages told apart by their frequent words (not Chinese or Japanese), and for each
    such word the languages it marks."""
    langs = tuple(lang for lang in phrases.all_languages() if lang not in ("ja", "zh"))
    index: dict[str, list[str]] = {}
    for lang in langs:
        for word in phrases.load(lang).markers:
            index.setdefault(word, []).append(lang)
    return langs, {word: tuple(marked) for word, marked in index.items()}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _SENTENCE_LOOKBACK)
    left = lo
    for stop in SENTENCE_END.finditer(text, lo, start):
        left = stop.end()
    m = SENTENCE_END.search(text, end)
    return left, (m.end() if m else len(text))


def _number(raw: str, data: list[phrases.LangData]) -> int | None:
    token = raw.strip().lower().replace(",", "").replace(".", "")
    if token.isdigit():
        value = int(token)
        return value if 0 < value < 10000 else None
    for d in data:
        if token in d.numbers:
            return d.numbers[token]
    return None


def _scan(
    mtext: str,
    data: list[phrases.LangData],
    lines: _Lines,
    found: list[frozenset[str]] | None = None,
) -> dict[str, list[Hit]]:
    """Every phrase match, by kind. `found` is each language's literals in the text (see
    `lexicon.Literals`), found here when not given."""
    scoring = phrases.meta()["scoring"]
    levels = {k: float(scoring[k]) for k in ("strong", "weak", "after_appeal", "hint")}
    hits: dict[str, list[Hit]] = defaultdict(list)
    if found is None:
        found = _literals(mtext, data)
    for index, d in enumerate(data):
        secondary = index > 0 and bool(d.markers)
        seen = found[index]
        for kind, phrase in d.candidates(seen):
            if not phrase.may_match(seen):
                continue
            for m in phrase.regex.finditer(mtext):
                if m.end() == m.start():
                    continue
                w = lines.weight(m.start())
                if secondary and not lines.speaks(m.start(), d):
                    w *= 0.5
                hits[kind].append(
                    Hit(
                        kind,
                        phrase.label,
                        phrase.level,
                        m.start(),
                        m.end(),
                        levels[phrase.level] * w,
                        phrase.id,
                    )
                )
    return hits


def _literals(mtext: str, data: list[phrases.LangData]) -> list[frozenset[str]]:
    low = mtext.lower()
    return [d.occurring(low) for d in data]


def _voice(h: Hit) -> float:
    """The weight of the line a hit is on (1.0 Amazon's voice, less for quoted or seller lines),
    without the phrase's strong/weak level."""
    level = float(phrases.meta()["scoring"][h.level])
    return h.weight / level if level else h.weight


def _scores(
    hits: list[Hit], min_weight: float = 0.0
) -> tuple[dict[str, float], dict[str, list[Hit]]]:
    """Score per label: each distinct phrase counts once, at its best-placed occurrence."""
    best: dict[tuple[str, str], Hit] = {}
    for h in hits:
        if h.weight < min_weight:
            continue
        key = (h.label, h.group)
        if key not in best or best[key].weight < h.weight:
            best[key] = h
    scores: dict[str, float] = defaultdict(float)
    support: dict[str, list[Hit]] = defaultdict(list)
    for (label, _), h in best.items():
        scores[label] += h.weight
        support[label].append(h)
    for label in support:
        support[label].sort(key=lambda h: (-h.weight, h.start))
    return dict(scores), dict(support)


def _ev(hs: list[Hit], confidence: float, limit: int = 3) -> Evidence:
    spans = tuple(sorted((h.start, h.end) for h in hs[:limit]))
    return Evidence(confidence=confidence, spans=spans)


def _conf(score: float, runner_up: float = 0.0) -> float:
    base = min(0.95, 0.45 + 0.1 * score)
    if runner_up and runner_up >= 0.8 * score:
        base *= 0.85
    return round(base, 2)


def parse_extracted(
    extracted: Extracted, *, source: str | None = None, received: date | None = None
) -> Notice:
    """Classify extracted notice text."""
    text = extracted.text
    notice = Notice(text=text, source=source, input_kind=extracted.kind, subject=extracted.subject)
    notice.warnings = list(extracted.warnings)
    lang, lang_conf = detect_language(text)
    notice.language = lang
    mtext = text
    if lang == "zh":
        mtext, traditional = to_simplified(text)
        notice.script = "Hant" if traditional else "Hans"
    elif lang == "ja":
        notice.script = "Jpan"
    notice.evidence["language"] = Evidence(lang_conf, (), "inferred" if lang else "absent")
    langs = [lang] if lang else []
    if "en" not in langs:
        langs.append("en")
    data = [phrases.load(x) for x in langs]
    meta = phrases.meta()
    scoring = meta["scoring"]
    lines = _Lines(mtext, data, float(scoring["seller_voice"]), float(scoring["quoted"]))
    found = _literals(mtext, data)
    hits = _scan(mtext, data, lines, found)
    if text.count(_REPLACEMENT) > max(20, len(text) // 20):
        notice.warnings.append("undecodable")

    _categories(notice, hits.get("category", []), meta)
    reply = any(h.weight >= 1.0 for h in hits.get("reply", []))
    _stage(notice, hits.get("stage", []), meta, reply)
    notice.rule_scores["cues"] = stage_cues.cues(mtext)
    _status(notice, hits.get("status", []), mtext)
    _identifiers(notice, text)
    _documents(notice, mtext, hits.get("documents", []), data)
    _funds_and_policy(notice, mtext, hits, data)
    _numbers(notice, mtext, data, found)
    _dates(notice, text, extracted, data, received)
    _channel(notice, hits.get("channel", []))
    _marketplace(notice, text, extracted)
    notice.confidence = round(
        min(notice.evidence["category"].confidence, notice.evidence["stage"].confidence), 2
    )
    if lang is None:
        notice.confidence = min(notice.confidence, 0.3)
    return notice


def _categories(notice: Notice, hits: list[Hit], meta: dict[str, Any]) -> None:
    scores, support = _scores(hits)
    notice.scores = {k: v for k, v in sorted(scores.items(), key=lambda kv: -kv[1])}
    threshold = float(meta["scoring"]["threshold"])
    share = float(meta["scoring"]["secondary_share"])
    subsumed: dict[str, list[str]] = meta["subsumed_by"]
    always = set(meta.get("always_absorbed", []))
    order = {c: i for i, c in enumerate(CATEGORIES)}
    candidates = [c for c, s in scores.items() if s >= threshold]
    kept = [
        c
        for c in candidates
        if not any(
            o in candidates and (c in always or scores[o] * 2 >= scores[c])
            for o in subsumed.get(c, [])
        )
    ]
    kept.sort(key=lambda c: (-scores[c], order.get(c, 99)))
    if not kept:
        notice.category, notice.categories = "other", []
        top = max(scores.values(), default=0.0)
        notice.evidence["category"] = Evidence(0.15 if top else 0.1, (), "absent")
        notice.evidence["categories"] = Evidence(0.15, (), "absent")
        return
    top = scores[kept[0]]
    chosen = [c for c in kept if scores[c] >= share * top]
    notice.category, notice.categories = chosen[0], chosen
    runner = scores[chosen[1]] if len(chosen) > 1 else 0.0
    notice.evidence["category"] = _ev(support[chosen[0]], _conf(top, runner))
    spans = [h for c in chosen for h in support[c][:2]]
    notice.evidence["categories"] = _ev(spans, _conf(top), limit=8)


def _stage(notice: Notice, hits: list[Hit], meta: dict[str, Any], reply: bool) -> None:
    threshold = float(meta["scoring"]["threshold"])
    order: list[str] = list(meta["stages"]["order"])
    if not reply:  # a first notice: the action it announces comes before what it asks for
        order.remove("initial_action")
        order.insert(order.index("info_request"), "initial_action")
    # `after_appeal` phrases ("your account remains deactivated") are a rejection only in a
    # reply to an appeal that neither reinstates, decides, rejects nor asks for more in
    # other words; in a first notice they describe the action itself.
    scores, support = _scores([h for h in hits if h.level not in ("after_appeal", "hint")])
    notice.rule_scores["stage"] = scores
    notice.rule_scores["stage_hint"] = _scores([h for h in hits if h.level == "hint"])[0]
    notice.rule_scores["reply"] = {"reply": 1.0 if reply else 0.0}
    stage = next((s for s in order if scores.get(s, 0.0) >= threshold), "other")
    if reply and stage in ("initial_action", "warning", "other"):
        with_after, support_after = _scores([h for h in hits if h.level != "hint"])
        if with_after.get("appeal_rejected", 0.0) >= threshold:
            stage, scores, support = "appeal_rejected", with_after, support_after
    notice.stage = stage
    if stage != "other":
        notice.evidence["stage"] = _ev(support[stage], _conf(scores[stage] + 1))
    else:
        notice.evidence["stage"] = _stage_hint(notice, hits, order, reply, meta)
    assert notice.stage in STAGES
    final = support.get("final_decision", [])
    notice.final_decision = scores.get("final_decision", 0.0) >= threshold
    notice.evidence["final_decision"] = (
        _ev(final, 0.9) if notice.final_decision else Evidence(0.7, (), "absent")
    )


@cache
def _hint_negation() -> re.Pattern[str]:
    return re.compile(phrases.meta()["stages"]["hint_negation"])


def _negated_word(notice: Notice, h: Hit, negation: re.Pattern[str]) -> bool:
    """Whether the sentence of a hint negates it before the word (offsets are the same in the
    original and the Simplified text)."""
    left, _ = _sentence(notice.text, h.start, h.end)
    return negation.search(notice.text[left : h.start]) is not None


def _stage_hint(
    notice: Notice, hits: list[Hit], order: list[str], reply: bool, meta: dict[str, Any]
) -> Evidence:
    """When no stage phrase matched, a low-confidence guess from single words in Amazon's voice
    ("deactivated", "unfortunately" in a reply, "please provide" ...). Never a final decision:
    that one has consequences (do not resend) and needs an explicit phrase."""
    allowed = {s for s in order if s != "final_decision" and (reply or s != "appeal_rejected")}
    negation = _hint_negation()
    found = [
        h
        for h in hits
        if h.level == "hint"
        and h.label in allowed
        and _voice(h) >= 1.0
        # "will not be reactivated", "has not been deactivated": a negated word is no hint.
        and not (h.label in ("reinstated", "initial_action") and _negated_word(notice, h, negation))
    ]
    scores, support = _scores(found)
    if not scores:
        return Evidence(0.15, (), "absent")
    best = max(scores.values())
    stage = next(s for s in order if scores.get(s, 0.0) == best)
    notice.stage = stage
    cap = float(meta["scoring"].get("hint_confidence", 0.35))
    return Evidence(cap, tuple(sorted((h.start, h.end) for h in support[stage][:3])), "inferred")


@cache
def _listing_words() -> re.Pattern[str]:
    return re.compile(phrases.meta()["status"]["listing_words"])


@cache
def _account_words() -> re.Pattern[str]:
    return re.compile(phrases.meta()["status"]["account_words"])


def _about_listing(text: str, spans: tuple[tuple[int, int], ...], sentences: bool) -> bool:
    """Whether the stage's own words are about a listing rather than the account: the words
    themselves name a listing, or (for the action itself) their sentence names a listing and not
    the account. A rejection's sentence names the ASIN the appeal was about, not what was done."""
    words, account = _listing_words(), _account_words()
    for s, e in spans:
        if words.search(text[s:e]):
            return True
        if not sentences:
            continue
        left, right = _sentence(text, s, e)
        sentence = text[left:right]
        if words.search(sentence) and not account.search(sentence):
            return True
    return False


def _status(notice: Notice, hits: list[Hit], text: str) -> None:
    scores, support = _scores([h for h in hits if _voice(h) >= 0.5])
    notice.rule_scores["status"] = scores
    by_stage = {
        "warning": "warning",
        "info_request": "under_review",
        "appeal_rejected": "suspended",
        "initial_action": "suspended",
        "final_decision": "deactivated",
        "reinstated": "reinstated",
    }
    status, ev = "other", Evidence(0.2, (), "absent")
    if notice.stage == "reinstated":
        status, ev = "reinstated", notice.evidence["stage"]
    elif notice.final_decision or scores.get("deactivated"):
        status = "deactivated"
        ev = (
            _ev(support.get("deactivated", []), 0.85)
            if scores.get("deactivated")
            else (notice.evidence["final_decision"])
        )
    else:
        for label in ("suspended", "under_review", "listing_removed"):
            if scores.get(label):
                status, ev = label, _ev(support[label], _conf(scores[label] + 2))
                break
        else:
            if notice.stage in by_stage:
                status = by_stage[notice.stage]
                spans = notice.evidence["stage"].spans
                sentences = notice.stage == "initial_action"
                if status == "suspended" and _about_listing(text, spans, sentences):
                    status = "listing_removed"
                ev = Evidence(min(0.55, notice.evidence["stage"].confidence), spans, "inferred")
    notice.status = status
    notice.evidence["status"] = ev


def _identifiers(notice: Notice, text: str) -> None:
    asins: dict[str, tuple[int, int]] = {}
    for m in ASIN_RE.finditer(text):
        asins.setdefault(m.group(1), m.span(1))
    for m in ISBN_ASIN_RE.finditer(text):
        asins.setdefault(m.group(1), m.span(1))
    notice.asins = list(asins)
    notice.evidence["asins"] = Evidence(
        0.98 if asins else 0.9, tuple(list(asins.values())[:20]), "text" if asins else "absent"
    )
    orders: dict[str, tuple[int, int]] = {}
    for m in ORDER_RE.finditer(text):
        orders.setdefault(m.group(1), m.span(1))
    notice.order_ids = list(orders)
    notice.evidence["order_ids"] = Evidence(
        0.98 if orders else 0.9, tuple(list(orders.values())[:20]), "text" if orders else "absent"
    )


def _negated(mtext: str, hit: Hit, data: list[phrases.LangData]) -> bool:
    left, right = _sentence(mtext, hit.start, hit.end)
    sentence = mtext[left:right]
    return any(p.search(sentence) for d in data for p in d.negation)


def _documents(notice: Notice, mtext: str, hits: list[Hit], data: list[phrases.LangData]) -> None:
    found: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        if _voice(h) < 0.5 or _negated(mtext, h, data):
            continue
        found[h.label].append(h)
    notice.requested_documents = [d for d in DOCUMENTS if d in found]
    spans = [found[d][0] for d in notice.requested_documents]
    notice.evidence["requested_documents"] = (
        _ev(spans, 0.8, limit=8) if spans else Evidence(0.6, (), "absent")
    )


def _funds_and_policy(
    notice: Notice, mtext: str, hits: dict[str, list[Hit]], data: list[phrases.LangData]
) -> None:
    funds = [h for h in hits.get("funds", []) if _voice(h) >= 0.5]
    labels = {h.label for h in funds}
    notice.funds = next((f for f in FUNDS if f in labels), None)
    if notice.funds:
        notice.evidence["funds"] = _ev([h for h in funds if h.label == notice.funds], 0.8)
    else:
        notice.evidence["funds"] = Evidence(0.6, (), "absent")
    policy = [h for h in hits.get("policy", []) if _voice(h) >= 0.5]
    refs: dict[str, Hit] = {}
    for h in sorted(policy, key=lambda h: h.start):
        refs.setdefault(h.label, h)
    notice.policy_refs = list(refs)
    notice.evidence["policy_refs"] = (
        _ev(list(refs.values()), 0.9, limit=8) if refs else Evidence(0.7, (), "absent")
    )


def _numbered_matches(
    mtext: str, spec: phrases.Numbered, data: list[phrases.LangData], found: frozenset[str]
) -> list[tuple[re.Match[str], int]]:
    """The matches of `spec` (in `data`'s one language, whose literals in the text are `found`)
    with their numbers, in text order."""
    out = []
    for pattern, anchor, needs in zip(spec.patterns, spec.anchors, spec.needs, strict=True):
        if (anchor is not None and anchor not in found) or not phrases.has_needs_in(needs, found):
            continue
        for m in pattern.finditer(mtext):
            # "dans la semaine", "entro una settimana": one unit, no number written
            value = _number(m.groupdict().get("num") or "1", data)
            if value is not None:
                out.append((m, value))
    out.sort(key=lambda mv: mv[0].start())
    return out


def _unit(m: re.Match[str], specs: list[phrases.Numbered], attr: str) -> bool:
    unit = m.groupdict().get("unit") or ""
    return any((p := getattr(s, attr)) is not None and p.search(unit) is not None for s in specs)


def _looks_back(text: str, lo: int, start: int, end: int, d: phrases.LangData) -> bool:
    """Whether the words before a deadline (`start:end`, looking back to `lo`) make it Amazon's
    reply time or a look-back window ("invoices dated before", "we will respond within"). A
    look-back word belongs to the number after it, so only the words after the last number
    before the deadline count: "invoices from the last 365 days within 21 days" and "sales in
    the last 180 days by April 10" are deadlines."""
    cut = lo
    for x in _DIGIT.finditer(text, lo, start):
        cut = x.end()
    return any(p.search(text[cut:end]) for p in d.deadline_skip)


def _reinstated(notice: Notice) -> bool:
    """A reinstatement in words ("your account has been reactivated") states no deadline; one
    guessed from a single word ("relisted" in a list of questions) does not drop one."""
    ev = notice.evidence.get("stage")
    return notice.stage == "reinstated" and (ev is None or ev.source != "inferred")


def _question(sentence: str) -> bool:
    """A question about the seller's plan ("How will you answer customers within 24 hours?")
    states no deadline."""
    return sentence.rstrip().endswith(("?", "？"))


def _numbers(
    notice: Notice, mtext: str, data: list[phrases.LangData], found: list[frozenset[str]]
) -> None:
    lines = _Lines(mtext, data, 0.2, 0.5)
    # Deadline: the first "within N days/hours" that asks the seller to act.
    deadline: tuple[int, tuple[int, int], float] | None = None
    for d, seen in zip(data, found, strict=True):
        specs = [d.deadline]
        for m, value in _numbered_matches(mtext, d.deadline, [d], seen):
            left, right = _sentence(mtext, m.start(), m.end())
            sentence = mtext[left:right]
            if _looks_back(mtext, max(left, m.start() - d.skip_window), m.start(), m.end(), d):
                continue
            if _question(sentence):
                continue
            days = value
            if _unit(m, specs, "hour"):
                days = math.ceil(value / 24)
            elif _unit(m, specs, "week"):
                days = value * 7
            weight = lines.weight(m.start())
            cand = (days, m.span(), 0.95 if weight >= 1 else 0.5)
            if any(p.search(sentence) for p in d.deadline_cue) and weight >= 0.5:
                if deadline is None or m.start() < deadline[1][0]:
                    deadline = cand
                break
    chosen = None if _reinstated(notice) else deadline
    if chosen:
        notice.deadline_days = chosen[0]
        notice.evidence["deadline_days"] = Evidence(chosen[2], (chosen[1],))
    else:
        notice.evidence["deadline_days"] = Evidence(0.85, (), "absent")

    # Look-back window of the requested invoices.
    window: tuple[int, tuple[int, int]] | None = None
    for d, seen in zip(data, found, strict=True):
        for m, value in _numbered_matches(mtext, d.window, [d], seen):
            left, right = _sentence(mtext, m.start(), m.end())
            context = mtext[max(left, m.start() - 200) : min(right, m.end() + 120)]
            if d.window_context is None or not d.window_context.search(context):
                continue
            near = mtext[max(left, m.start() - 80) : m.end()]
            if d.window_exclude is not None and d.window_exclude.search(near):
                continue
            days = value
            if _unit(m, [d.window], "month"):
                days = {12: 365, 6: 180, 3: 90, 24: 730}.get(value, value * 30)
            if days < 30 or days > 1100:
                continue
            if window is None or m.start() < window[1][0]:
                window = (days, m.span())
            break
    if window:
        notice.invoice_window_days = window[0]
        notice.evidence["invoice_window_days"] = Evidence(0.9, (window[1],))
    else:
        notice.evidence["invoice_window_days"] = Evidence(0.8, (), "absent")

    pairs = list(zip(data, found, strict=True))
    limit = next(
        (
            mv
            for d, seen in pairs
            for mv in _numbered_matches(mtext, d.appeal_limit, [d], seen)
            if mv[1] <= 10
        ),
        None,
    )
    if limit:
        notice.appeal_limit = limit[1]
        notice.evidence["appeal_limit"] = Evidence(0.9, (limit[0].span(),))
    else:
        notice.evidence["appeal_limit"] = Evidence(0.8, (), "absent")

    held = next(
        (mv for d, seen in pairs for mv in _numbered_matches(mtext, d.funds_days, [d], seen)),
        None,
    )
    if held:
        notice.funds_days = held[1]
        notice.evidence["funds_days"] = Evidence(0.85, (held[0].span(),))
    else:
        notice.evidence["funds_days"] = Evidence(0.7, (), "absent")


def _parse_date(value: str, data: list[phrases.LangData], lang: str | None) -> date | None:
    m = _ISO_DATE.search(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.search(value)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if lang == "en" and a <= 12 and b > 12:
                return date(y, a, b)
            if lang == "en" and a <= 12 and b <= 12 and "/" in m.group(0):
                return date(y, a, b)  # US style in English notices
            return date(y, b, a)
        for m in _WORD_DATE.finditer(value):
            month_word = (m.group("m1") or m.group("m2") or "").lower()
            day = int(m.group("d1") or m.group("d2"))
            year = int(m.group("y1") or m.group("y2"))
            for d in data:
                if month_word in d.months:
                    return date(year, d.months[month_word], day)
    except ValueError:
        return None
    return None


def _dates(
    notice: Notice,
    text: str,
    extracted: Extracted,
    data: list[phrases.LangData],
    received: date | None,
) -> None:
    # The notice's own date wins (the e-mail header, else a date line in the text); the day the
    # seller says they received it only fills in when the notice carries none. `body`: where the
    # dated message starts (after its date line), so that a weekday in the seller's forwarding
    # comment above it is not read against the forwarded message's date.
    body = 0
    if extracted.sent is not None:
        notice.notice_date = extracted.sent
        notice.evidence["notice_date"] = Evidence(0.95, (), "header")
    else:
        for d in data:
            if d.date_header is None:
                continue
            for m in d.date_header.finditer(text):
                line_end = text.find("\n", m.end())
                value = text[m.end() : line_end if line_end >= 0 else len(text)][:80]
                parsed = _parse_date(value, data, notice.language)
                if parsed:
                    notice.notice_date = parsed
                    notice.evidence["notice_date"] = Evidence(
                        0.85, ((m.end(), m.end() + len(value)),)
                    )
                    body = m.end()
                    break
            if notice.notice_date:
                break
    if notice.notice_date is None and received is not None:
        notice.notice_date = received
        notice.evidence["notice_date"] = Evidence(1.0, (), "given")
    if notice.notice_date is None:
        notice.evidence["notice_date"] = Evidence(0.6, (), "absent")
    if notice.notice_date and notice.deadline_days is not None:
        notice.deadline_date = notice.notice_date + timedelta(days=notice.deadline_days)
        ev = notice.evidence["deadline_days"]
        notice.evidence["deadline_date"] = Evidence(ev.confidence * 0.95, ev.spans, "inferred")
        return
    stated = (
        None
        if _reinstated(notice)
        else _stated_date(text, data, notice.language, notice.notice_date)
    )
    if stated is None and not _reinstated(notice):
        stated = _weekday_deadline(notice, text, data, body)
    if stated is None:
        notice.evidence["deadline_date"] = Evidence(0.6, (), "absent")
        return
    when, span = stated
    notice.deadline_date = when
    notice.evidence["deadline_date"] = Evidence(0.85, (span,))
    if notice.notice_date and notice.deadline_days is None and when >= notice.notice_date:
        notice.deadline_days = (when - notice.notice_date).days
        notice.evidence["deadline_days"] = Evidence(0.8, (span,), "inferred")


def _weekday_deadline(
    notice: Notice, text: str, data: list[phrases.LangData], body: int = 0
) -> tuple[date, tuple[int, int]] | None:
    """A deadline written as a weekday ("by Friday", "金曜日まで") after `body`: its date when the
    notice's own date is known; else only `deadline_weekday` is set (no date, no days)."""
    found = weekdays.find(text, [d.lang for d in data], body)
    if found is None:
        return None
    day, span = found
    if any(_looks_back(text, max(0, span[0] - d.skip_window), span[0], span[1], d) for d in data):
        return None
    if notice.notice_date is None:
        notice.deadline_weekday = weekdays.WEEKDAYS[day]
        notice.evidence["deadline_weekday"] = Evidence(0.8, (span,))
        return None
    return weekdays.resolve(day, notice.notice_date), span


def _stated_date(
    text: str, data: list[phrases.LangData], lang: str | None, sent: date | None = None
) -> tuple[date, tuple[int, int]] | None:
    """A deadline written as a date ("by 30 March 2026", "2026年3月30日までに"); without its year
    ("by March 5") only when the notice's date `sent` is known."""
    for d in data:
        for pattern in d.by_date:
            for m in pattern.finditer(text):
                # "invoices dated before 12 March": a look-back, not a date to act by
                if _looks_back(text, max(0, m.start() - 20), m.start(), m.end(), d):
                    continue
                tail = text[m.end() : m.end() + 40]
                found = _date_at_start(tail, data, lang, sent)
                if found:
                    return found[0], (m.start(), m.end() + found[1])
        for pattern in d.by_date_after:
            for m in pattern.finditer(text):
                head = text[max(0, m.start() - 24) : m.start()]
                hit = _ISO_DATE.search(head)
                # "2022/01/05（水）までに", "2021年7月3日（星期六）前": a weekday may sit between
                between = _WEEKDAY_PARENS.sub("", head[hit.end() :]).strip() if hit else None
                if hit and between in ("", "日"):
                    parsed = _parse_date(hit.group(0), data, lang)
                    if parsed:
                        start = m.start() - len(head) + hit.start()
                        return parsed, (start, m.end())
                short = [x for x in _CJK_YEARLESS.finditer(head)] if sent and not hit else []
                if short and _WEEKDAY_PARENS.sub("", head[short[-1].end() :]).strip() == "":
                    parsed = _next_date(sent, int(short[-1].group(1)), int(short[-1].group(2)))
                    if parsed:
                        return parsed, (m.start() - len(head) + short[-1].start(), m.end())
    return None


def _next_date(sent: date | None, month: int, day: int) -> date | None:
    """The first such day on or after the notice's date (a deadline is never before it)."""
    if sent is None:
        return None
    try:
        when = date(sent.year, month, day)
        return when if when >= sent else date(sent.year + 1, month, day)
    except ValueError:
        return None


def _date_at_start(
    tail: str, data: list[phrases.LangData], lang: str | None, sent: date | None = None
) -> tuple[date, int] | None:
    for regex in (_ISO_DATE, _DMY, _WORD_DATE):
        m = regex.match(tail)
        if m:
            parsed = _parse_date(m.group(0), data, lang)
            if parsed:
                return parsed, m.end()
    m = _YEARLESS.match(tail) if sent is not None else None
    if m:
        word = (m.group("m1") or m.group("m2") or "").lower()
        day = int(m.group("d1") or m.group("d2"))
        month = next((d.months[word] for d in data if word in d.months), None)
        parsed = _next_date(sent, month, day) if month else None
        if parsed:
            return parsed, m.end()
    return None


def _channel(notice: Notice, hits: list[Hit]) -> None:
    found: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        if _voice(h) >= 0.5:
            found[h.label].append(h)
    notice.wrong_channel = bool(found.get("wrong_channel"))
    notice.evidence["wrong_channel"] = (
        _ev(found["wrong_channel"], 0.9) if notice.wrong_channel else Evidence(0.7, (), "absent")
    )

    def pick(channel: str, support: list[Hit] | None, conf: float) -> None:
        notice.channel = channel
        notice.evidence["channel"] = (
            _ev(support, conf) if support else Evidence(conf, (), "inferred")
        )

    if notice.stage == "reinstated":
        pick("other", None, 0.6)
    elif "ip_complaint" in notice.categories[:1] and found.get("notice_email"):
        pick("notice_email", found["notice_email"], 0.85)
    elif found.get("ahs_call") and notice.stage in ("warning", "other"):
        pick("ahs_call", found["ahs_call"], 0.8)
    elif found.get("seller_performance_email") and not notice.wrong_channel:
        pick("seller_performance_email", found["seller_performance_email"], 0.75)
    elif notice.category == "funds_reserve" and notice.status in ("other", "warning"):
        pick("seller_support", found.get("seller_support"), 0.5)
    elif notice.wrong_channel:
        pick("account_health_appeal", found.get("account_health_appeal"), 0.75)
    elif notice.category == "other" and notice.stage == "other":
        pick("other", None, 0.2)
    else:
        pick("account_health_appeal", found.get("account_health_appeal"), 0.8)


def _marketplace(notice: Notice, text: str, extracted: Extracted) -> None:
    domains: list[tuple[str, tuple[int, int]]] = []
    for m in _DOMAIN.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].lower()
        if "notice@" in before or text[max(0, m.start() - 1) : m.start()] == "@":
            continue
        domains.append((_DOMAIN_MARKET[m.group(1).lower()], m.span()))
    sender_market = None
    if extracted.sender:
        s = _DOMAIN.search(extracted.sender.replace("@", " "))
        if s:
            sender_market = _DOMAIN_MARKET[s.group(1).lower()]
    specific = [d for d in domains if d[0] != "US"]
    if specific:
        notice.marketplace = specific[0][0]
        notice.evidence["marketplace"] = Evidence(0.9, (specific[0][1],))
        return
    if sender_market and sender_market != "US":
        notice.marketplace = sender_market
        notice.evidence["marketplace"] = Evidence(0.85, (), "header")
        return
    low = text.lower()
    for (pattern, market), needs in zip(_CURRENCY, _currency_needs(), strict=True):
        if not phrases.has_needs(needs, low):
            continue
        found = pattern.search(text)
        if found:
            notice.marketplace = market
            notice.evidence["marketplace"] = Evidence(0.6, (found.span(),))
            return
    if notice.language in _LANG_MARKET:
        notice.marketplace = _LANG_MARKET[notice.language]
        euro = _EURO.search(text)
        spans = (euro.span(),) if euro else ()
        notice.evidence["marketplace"] = Evidence(0.5 if euro else 0.4, spans, "inferred")
        return
    if domains or sender_market == "US":
        notice.marketplace = "US"
        notice.evidence["marketplace"] = Evidence(0.6, (domains[0][1],) if domains else ())
        return
    notice.marketplace = None
    notice.evidence["marketplace"] = Evidence(0.3, (), "absent")
