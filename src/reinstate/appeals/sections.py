"""Finding the three parts of a Plan of Action: from headings, else from each paragraph's content.

Writers name the parts in their own words and languages ("Why it happened", "Was wir getan
haben", "【问题原因】", "**Fixes**", "1) Reason:"), merge a heading with the first sentence
("Root cause: we …"), combine two parts ("What we did and will do"), or write no headings at
all. So a heading is recognised by its shape (a short line, a line ending in a colon, numbered,
bold, markdown, bracketed) and mapped to a part by its meaning: a vocabulary of cause / done /
prevent concepts in en, de, fr, es, it, ja and zh (`_HEADINGS`), not a list of whole headings.
Text outside a mapped part is read paragraph by paragraph for content cues (`_cues()`): causal
explanations read as a root cause, completed actions as corrective actions, recurring checks as
preventive measures.

When a part is not found but the appeal has text this module could not place (a heading it
cannot map, a paragraph no cue fits), the part is reported as *unclear* rather than missing
(`Parts.unclear`): rule P004-P006 asks the writer to check it, instead of P001-P003 telling a
writer whose root cause is there in unknown words that it is missing. Decisions and examples:
docs/appeals-sections.md.

All patterns here run on user text: every repetition is bounded or sits on a single character
class, so matching stays linear.
"""

from __future__ import annotations

import re
import re._parser as re_parser
from dataclasses import dataclass, field
from functools import lru_cache

from reinstate.rules.factor import first_chars

SECTIONS = ("root_cause", "corrective_actions", "preventive_measures")


def _hoisted(pattern: str) -> re.Pattern[str]:
    """`pattern`, case-insensitive, with the leading `\\b` of its top-level alternatives tested
    once for all of them. Python's engine tries every `\\b…` alternative at every position, ten
    times slower on a long appeal; a match starts at the same places."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    words = [p[2:] for p in parts if p.startswith("\\b")]
    other = [p for p in parts if not p.startswith("\\b")]
    hoisted = [f"\\b{_first(words)}(?:{'|'.join(words)})"] if words else []
    if other:
        hoisted.append(f"{_first(other)}(?:{'|'.join(other)})")
    return re.compile("|".join(hoisted), re.IGNORECASE)


def _first(alternatives: list[str]) -> str:
    """A look-ahead for the characters the alternatives can start with (case-insensitive, like
    the pattern), so the engine skips other positions with one test; empty when unknown."""
    try:
        chars = first_chars(re_parser.parse("|".join(alternatives).lower()))
    except re.error:  # pragma: no cover - the pattern compiles below
        chars = None
    if not chars:
        return ""
    escaped = "".join(re.escape(c) if c in "\\]^-[" else c for c in sorted(chars))
    return f"(?=[{escaped}])"


# --- What a heading means -------------------------------------------------------------------
# Concept stems, searched anywhere in a heading's title (lower-cased). The Japanese ones allow
# for the Simplified-Chinese normalisation the text goes through (今後 -> 今后, 経緯 -> 経纬).
_HEADINGS: dict[str, re.Pattern[str]] = {
    "root_cause": _hoisted(
        # en
        r"root[ -]?caus|\bcaus(?:e|es|ed|al|ing)\b|\breasons?\b|\bwhy\b|"
        r"\bwhat (?:happened|went wrong|caused|led to)|\bwent wrong\b|"
        r"\bhow (?:this|it|that|the \w{1,20}) (?:happened|came about|occurred|arose)|"
        r"\bour (?:mistakes?|errors?|failures?|fault)\b|\bfindings?\b|\binvestigation\b|"
        r"\banalysis\b|\bdiagnos|\borigins?\b|\bexplanation\b|erklärung|explication|"
        r"explicaci|spiegazione|"
        r"^(?:the |our )?(?:problems?|issues?)(?: (?:identified|found|description))?$|"
        r"\b(?:problem|issue)s? (?:identified|found|analysis|description)\b|"
        # de
        r"ursach|\bgr(?:und|ünde)\b|\bwarum\b|wie es (?:dazu )?kam|was (?:ist )?passiert|"
        r"schiefgelaufen|fehlerquelle|\banalyse\b|"
        # fr
        r"\braisons?\b|pourquoi|\borigine\b|ce qui s'est passé|"
        # es
        r"\bcausas?\b|\braz(?:ón|ones)\b|\bmotivos?\b|por qué|qué (?:pasó|ocurrió|sucedió)|"
        r"\borigen\b|\banálisis\b|"
        # it
        r"\bcaus[ae]\b|\bmotiv[oi]\b|\bragion[ei]\b|perché|cos(?:a|'|’)\s?è successo|"
        r"\banalisi\b|"
        # ja / zh
        r"原因|理由|なぜ|経[緯纬]|(?<!再)発生|起因|根源|为什么|为何|"
        r"(?:事情|事件|问题)(?:经过|分析|说明|描述)|发生了什么|怎么发生",
    ),
    "corrective_actions": _hoisted(
        # en
        r"correct(?:ive|ion|ions|ed)\b|\bfix(?:es|ed)?\b|\bdone\b|\bdid\b|"
        r"\bwhat (?:we|i)(?:'ve|’ve| have)? (?:already )?(?:changed|fixed|put right)|"
        r"\btaken\b|\btook\b|\bcompleted\b|\bimmediate\b|\bremedia(?:l|tion)\b|\bremed(?:y|ies)\b|"
        r"\bresol(?:ved|ution)\b|\brectif|\bput right\b|\bchanges? (?:we )?made\b|"
        r"\bclean-?up\b|\bso far\b|\balready\b|\bimplemented\b|\bcarried out\b|"
        # documents handed over are what was done in a verification appeal
        r"\bprovid(?:ed|ing)\b|\bsubmitted\b|vorgelegt|eingereicht|fournis|proporcionad|"
        r"fornit[io]\b|"
        # de
        r"korrektur|\bbehoben|\berledigt|\bumgesetzt|ergriffen|getroffen|durchgeführt|"
        r"sofortma|sofortige|abhilfe|behebung|beseitig|\bbereits\b|"
        r"was wir (?:\w{1,12} )?(?:getan|unternommen|geändert|gemacht|korrigiert)|"
        # fr
        r"correcti(?:ve|f|fs|ves|on|ons)\b|corrig|ce que nous avons|\bprises?\b|"
        r"\b(?:menées?|réalisées?|entreprises?)\b|mises? en place|\bdéjà\b|immédiat|apportées?|"
        # es
        r"correctiv|correcci|lo que hicimos|hemos hecho|\b(?:tomadas|adoptadas|realizadas|"
        r"aplicadas)\b|llevadas a cabo|\bya\b|inmediat|"
        # it
        r"corrett|correzion|abbiamo fatto|\b(?:intrapres|adottat|eseguit|svolt|effettuat)[eoia]\b|"
        r"\bgià\b|immediat|"
        # ja / zh
        r"是正|対応|実施|修正|対処|処置|措置済|"
        r"纠正|整改|已(?:经)?(?:采取|完成|做|实施|执行)|做了什么|处理|补救|改正|解决|即时|立即|"
        r"采取的(?:措施|行动)|应对|提供的|已提交|提出した",
    ),
    "preventive_measures": _hoisted(
        # en
        r"prevent|\bavoid|recurr|\bagain\b|\bfuture\b|going forward|moving forward|"
        r"from now\b|from today|long[- ]term|\bongoing\b|\bnext steps?\b|safeguards?|"
        r"\bcontrols?\b|\bmonitoring\b|\bsustain|\bimprovements?\b|\bwill\b|\bnever\b|"
        # de
        r"vorbeug|prävent|verhinder|vermeid|künftig|zukunft|zukünftig|ab sofort|von nun an|"
        r"ab jetzt|dauerhaft|langfristig|nachhaltig|wiederholung|nicht (?:wieder|erneut)|geplant|"
        r"kontroll|\bwerden\b|was sich (?:\w{1,12} )?ändert|"
        # fr
        r"prévent|prévenir|prévention|éviter|avenir|désormais|dorénavant|long terme|durable|"
        r"récidive|reproduise|à venir|contrôles?|ferons|\bplus jamais\b|"
        # es
        r"prevenir|prevenci|evitar|futur|en adelante|a partir de ahora|largo plazo|"
        r"se repita|vuelva a|haremos|controles|"
        # it
        r"prevenz|preventiv|prevenire|evitare|in poi|lungo termine|ripet|faremo|controlli|"
        # ja / zh
        r"再発|予防|防止|今[後后]|将来|未然|長期|恒久|"
        r"预防|避免|防范|杜绝|今后|以后|未来|长期|后续|再次发生|改进|持续|机制",
    ),
}
# "Actions", "Maßnahmen", "措施" alone: a part about what is done, now or later; its content says
# which.
_GENERIC = re.compile(
    r"\bactions?\b|\bmeasures?\b|\bsteps?\b|\bchanges?\b|\bsolutions?\b|\bplan\b|"
    r"maßnahm|schritte|änderung|lösung|\bmesures\b|changements|\bmedidas\b|\bacciones\b|"
    r"soluci|cambios|\bmisure\b|\bazioni\b|interventi|soluzion|modifiche|"
    r"対策|措置|取り?組|改善|措施|行动|方案|办法",
    re.IGNORECASE,
)
# Two parts in one heading only with a conjunction between them ("Corrective and preventive
# actions", "整改及预防措施"); without one, the later part wins: "Steps taken to prevent
# recurrence" is about prevention.
_CONJUNCTION = re.compile(r"\b(?:and|und|et|y|e)\b|[&/+、]|及|和|与|と|並びに", re.IGNORECASE)


def _names(title: str) -> tuple[str, ...]:
    found = tuple(name for name, pattern in _HEADINGS.items() if pattern.search(title))
    if len(found) > 1 and not _CONJUNCTION.search(title):
        return found[-1:]
    return found


# --- What a heading looks like --------------------------------------------------------------
# A list item marker followed by text ("- ", "* ", "• "); "**Bold**" and "---" are not bullets.
_BULLET = re.compile(r"[-*•·–▪]\s{1,3}\S")
# "1.", "b)", "iv:", "二、": the numbering of a list or a heading.
_ENUMERATOR = r"(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)、:：]|[一二三四五六七八九十]{1,3}[、.．:：]"
_DECORATION = re.compile(
    r"^[\s#>*_=|-]{0,8}(?:(?:"
    + _ENUMERATOR
    + r")\s{0,3}|第[一二三四五六七八九十]{1,3}(?:部分|点)?[、:：]?\s{0,3}|"
    r"(?:part|section|step|teil|partie|parte)\s{1,3}\d{1,2}[.):：]?\s{0,3})?[\s*_]{0,3}",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"[\s*_#=:：|-]{1,12}$")
# The numbering before a bold or bracketed label: "1. **Fixes**", "二、【预防】".
_NUMBER = re.compile(
    r"[\s#>=|-]{0,8}(?:" + _ENUMERATOR + r")?\s{0,3}",
    re.IGNORECASE,
)
# A label in brackets or bold opening the line, maybe with the part's text after it:
# "【问题原因】…", "[Root cause]", "**Fixes** We removed …".
_WRAPPED = re.compile(
    r"(?:【(?P<a>[^】\n]{1,40})】|\[(?P<b>[^\]\n]{1,50})\]|\*\*(?P<c>[^*\n]{1,60})\*\*|"
    r"__(?P<d>[^_\n]{1,60})__)[\s:：.]{0,3}"
)
# An inline heading: "Root cause: we sourced …", "Why it happened – on 2 April …".
_INLINE = re.compile(
    r"^(?P<title>[^:：\n]{2,60}?)\s{0,3}(?:\*\*|__)?\s{0,3}(?:[:：]|\s[–—-]\s)\s{0,3}"
)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class Section:
    name: str
    start: int
    end: int
    from_heading: bool


@dataclass(frozen=True)
class Heading:
    """A heading line and the POA parts it announces (none for other headings)."""

    start: int
    end: int
    names: tuple[str, ...]
    # "Actions", "Maßnahmen": a part about what is done, its content decides which one
    generic: bool = False
    # where the part's own text starts: the next line, or after "Root cause:" on the same line
    body: int = -1


def _clean(line: str) -> str:
    cleaned = _DECORATION.sub("", line.strip(), count=1)
    return _TRAIL.sub("", cleaned).strip(" *_")


def headings(text: str) -> list[Heading]:
    """Lines that read as headings: short, no sentence ending, or a label followed by a colon."""
    return list(_headings(text))


@lru_cache(maxsize=8)
def _headings(text: str) -> tuple[Heading, ...]:
    found: list[Heading] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        end = offset + len(line.rstrip("\r\n"))
        heading = _heading(line.strip(), offset + len(line) - len(line.lstrip()), end)
        if heading is not None:
            found.append(heading)
        offset += len(line)
    return tuple(found)


def _heading(stripped: str, start: int, end: int) -> Heading | None:
    if not stripped:
        return None
    lead = _DECORATION.match(stripped)
    rest = stripped[lead.end() if lead else 0 :]
    number = _NUMBER.match(stripped)
    wrapped = _WRAPPED.match(stripped, number.end() if number else 0)
    if wrapped:
        title = _clean(next(g for g in wrapped.groups() if g))
        after = stripped[wrapped.end() :].strip()
        names = _names(title)
        if not after:
            return _make(start, end, title, end)
        if names or _GENERIC.search(title):
            return _make(start, end, title, end - len(after))
    if len(stripped) <= 90:
        title = _clean(stripped)
        if _BULLET.match(stripped) and not stripped.endswith((":", "：")):
            return None  # "- Will refund the buyers": a short list item, not a heading
        if title and (_looks_like_heading(stripped, title) or _is_question(stripped, title)):
            return _make(start, end, title, end)
    inline = _INLINE.match(rest[:90])
    if inline and _short(inline.group("title")):
        title = _clean(inline.group("title"))
        if _names(title) or _GENERIC.fullmatch(title.lower()):
            body = start + (lead.end() if lead else 0) + inline.end()
            return _make(start, end, title, body)
    return None


def _make(start: int, end: int, title: str, body: int) -> Heading:
    names = _names(title)
    generic = not names and bool(_GENERIC.search(title))
    return Heading(start, end, names, generic, body)


def _short(title: str) -> bool:
    cjk = len(_CJK_CHAR.findall(title))
    return cjk <= 15 if cjk else len(title.split()) <= 6


def _is_question(line: str, title: str) -> bool:
    """Amazon's own three questions used as headings: "What was the root cause …?"."""
    if not line.endswith(("?", "？")):
        return False
    cjk = len(_CJK_CHAR.findall(title))
    short = cjk <= 30 if cjk else len(title.split()) <= 14
    asking = _ASKING.search(title) is not None
    return short and not asking and bool(_names(title) or _GENERIC.search(title))


# A question about the account or the notice is asked, not a heading: "Why was our account
# suspended?" ("What actions have you taken?", Amazon's own question, is one).
_ASKING = re.compile(
    r"\b(?:amazon|account|other sellers?|konto|compte|cuenta|account)\b|suspen|"
    r"deactivat|deaktiv|désactiv|desactiv|disattiv|亚马逊|账户|账号|アカウント|停止され",
    re.IGNORECASE,
)


# "We will sue [bold]Amazon. [/red]": a sentence that ends inside the line is no heading, even
# when the line ends with a bracket.
_SENTENCE_BREAK = re.compile(r"[.!?][\s\])}]+\S|[。！？]\S")


def _looks_like_heading(line: str, title: str) -> bool:
    if line.endswith((".", "。", "!", "！", ",", "，", ";", "；", "、", "?", "？")):
        return False
    if _SENTENCE_BREAK.search(title):
        return False
    words = len(title.split())
    cjk = len(_CJK_CHAR.findall(title))
    if cjk:
        return cjk <= 20 or line.endswith((":", "："))
    return line.endswith((":", "：")) or line.startswith(("#", "**", "__")) or words <= 7


# --- What a paragraph says ------------------------------------------------------------------


# Content cues for text outside a mapped part: each paragraph votes for the parts it reads like.
_CUE_PATTERNS: dict[str, str] = {
    "root_cause": (
        # en
        r"\broot causes?\b|\bcaused by\b|\bbecause\b|\bdue to\b|\bas a result of\b|"
        r"\bthe (?:main |primary |real |only )?reasons? (?:for|was|is|why)\b|"
        r"\b(?:happened|occurred|arose) (?:because|when|after)\b|\bwe (?:failed|neglected) to\b|"
        r"\b(?:did not|didn't|didn’t|had not|hadn't|hadn’t|failed to) "
        r"(?:check|verify|inspect|review|monitor|confirm|test|have|keep|ask|know|notice|"
        r"update|compare|read|request|look|train|record|realise|realize)\b|"
        r"\bwithout (?:checking|verifying|testing|confirming|asking|reviewing|inspecting|"
        r"comparing|reading|requesting)\b|\bwe (?:had|lacked) no\b|\bthere was no\b|"
        r"\bour (?:mistake|error|failure) was\b|\bthe (?:issue|problem|error|mistake|cause) "
        r"(?:was|came|arose|lay)\b|\bwe (?:overlooked|missed|assumed|misread|"
        r"misunderstood|relied on)\b|"
        # de
        r"\bweil\b|\bda wir\b|zurückzuführen|\bzurück(?=[:;.,])|\blag an\b|\bdeshalb\b|\bdaher\b|"
        r"\bursache\b|\baufgrund\b|\blag daran\b|"
        r"\bohne (?:dass|\w{1,20} (?:zu )?(?:prüfen|überprüfen|kontrollieren|abzugleichen)|"
        r"\w{1,20} \w{1,20} (?:zu )?(?:prüfen|überprüfen|kontrollieren|abzugleichen))|"
        r"\bnicht (?:geprüft|überprüft|kontrolliert|bemerkt|abgeglichen|verglichen)\b|"
        r"\bversäumt|\bübersehen\b|\bfiel (?:uns )?nicht auf\b|"
        # fr
        r"\bparce que?\b|\bcar\b|\ble problème (?:venait|provenait|était)\b|\bà cause d|"
        r"\ben raison d|\bdûe? à\b|\bfaute d|\bla cause\b|"
        r"\bn'avons pas (?:vérifié|contrôlé|demandé|testé|comparé|lu|remarqué)\b|"
        r"\bsans (?:vérifier|contrôler|tester|demander|comparer)\b|"
        # es
        r"\bporque\b|\bya que\b|\bel problema (?:fue|era|vino|se debió)\b|\bdebido a\b|"
        r"\ba causa de\b|\bse debió\b|\bla causa\b|"
        r"\bno (?:revisamos|comprobamos|verificamos|controlamos|pedimos|sabíamos|"
        r"hemos revisado|habíamos revisado)\b|\bsin (?:revisar|comprobar|verificar|controlar)\b|"
        # it
        r"\bperché\b|\bpoiché\b|\bil problema (?:era|è nato|è stato|nasce)\b|\bdato che\b|"
        r"\ba causa d|\bdovut[oa] a\b|\bla causa\b|"
        r"\bsenza (?:controllar|verificar|confrontar|chiedere)|"
        r"\bnon (?:abbiamo|avevamo) (?:controllato|verificato|chiesto|confrontato|notato)\b|"
        # ja / zh
        r"原因は|が原因|ため[でにです、。]|せずに|しませんでした|していませんでした|不足|"
        r"根本原因|根源|原因是|原因在于|原因(?:有以下|如下)|因为|由于|问题出在|(?:造成|引起|导致)|"
        r"(?:没有|未能|未)(?:核实|检查|审核|验证|确认|监控|及时|抽检|测试|注意|更新|核对)|疏忽|忽略了"
    ),
    "corrective_actions": (
        # en
        r"\bwe(?: have)? (?:already |immediately |now |also |then |promptly )?(?:removed|"
        r"deleted|refunded|contacted|replaced|retrained|trained|audited|inspected|stopped|"
        r"closed|updated|corrected|terminated|cancell?ed|destroyed|disposed of|recalled|"
        r"quarantined|hired|appointed|rewrote|rewritten|revised|edited|discontinued|withdrew|"
        r"withdrawn|obtained|switched|ended|suspended|relabel+ed|reimbursed|apologi[sz]ed to|"
        r"re-?inspected|changed|added|implemented|introduced|installed|upgraded|set up|adopted|"
        r"purchased|bought|issued|completed|conducted|tested|fixed|repaired|relisted|cleared|"
        r"separated|pulled|deactivated|retested|requested)\b|"
        r"\b(?:listings?|asins?|products?|inventory|units|items|offers?) (?:has|have|were|was) "
        r"(?:been )?(?:removed|deleted|closed|destroyed|recalled|quarantined|disposed)\b|"
        # de
        r"\b(?:wir haben|haben wir)\b[^\n]{0,80}?\b(?:entfernt|deaktiviert|gelöscht|erstattet|"
        r"zurückerstattet|zurückgerufen|kontaktiert|ausgetauscht|ersetzt|geschult|korrigiert|"
        r"aktualisiert|eingestellt|gekündigt|beendet|vernichtet|entsorgt|angefordert|eingeholt|"
        r"beschafft|eingekauft|gesperrt|berichtigt|behoben|umgestellt|eingeführt|abgeschlossen|"
        r"storniert|angepasst|geändert|ge\w{2,20}(?:t|en)|\w{2,20}iert)\b|"
        r"\bwurden?\b[^\n]{0,60}?\b(?:entfernt|deaktiviert|gelöscht|erstattet|vernichtet|"
        r"zurückgerufen|korrigiert)\b|"
        # fr
        r"\bnous avons\b[^.\n]{0,40}?\b(?:retiré|supprimé|remboursé|contacté|remplacé|formé|"
        r"corrigé|modifié|mis à jour|détruit|rappelé|changé|arrêté|résilié|obtenu|désactivé|"
        r"clôturé|informé|mis en place|\w{2,20}(?:é|ée|és|ées))\b|"
        # es
        r"\b(?:hemos |ya )(?:retirado|eliminado|reembolsado|contactado|corregido|sustituido|"
        r"reemplazado|actualizado|destruido|formado|cancelado|solicitado|obtenido|desactivado)\b|"
        r"(?<!no )\b(?:retiramos|eliminamos|reembolsamos|contactamos|corregimos|sustituimos|"
        r"reemplazamos|actualizamos|destruimos|formamos|cancelamos|pedimos|solicitamos|"
        r"obtuvimos|desactivamos|cambiamos|bloqueamos)\b|"
        r"\bhemos (?:\w{1,15} )?\w{2,20}(?:ado|ido)\b|"
        # it
        r"(?<!non )\babbiamo\b[^.\n]{0,40}?\b(?:rimosso|eliminato|rimborsato|contattato|"
        r"sostituito|corretto|aggiornato|distrutto|formato|richiesto|ottenuto|disattivato|"
        r"sospeso|verificato|cambiato|modificato|annullato|interrotto|\w{2,20}(?:ato|ito|uto))\b|"
        r"\b(?:sono stat[ie]|è stat[oa])\b[^.\n]{0,40}?\b(?:rimoss|eliminat|rimborsat|"
        r"sostituit|corrett|distrutt)|"
        # ja
        r"(?:停止|削除|修正|返金|回収|交換|変更|廃棄|連絡|実施|完了|更新|差し替え|撤去|研修|教育)"
        r"(?:を)?(?:し|いたし)ました|取り寄せました|取り下げました|"
        # zh
        r"已(?:经)?(?:全部|立即|及时)?(?:将|把|对|向|与|为)?.{0,12}?"
        r"(?:下架|删除|退款|联系|更换|培训|审核|检查|停止|更正|移除|召回|销毁|终止|取消|修改|更新|"
        r"完成|暂停|关闭|整改|补发|建立|制定|签订|解除|清理|退回|重新|换成|改为|改成|替换|办理|"
        r"安排|启用|采用|聘请|招聘|设置|添加|增加|升级|核实|核对|测试)|(?:我们|我司|我方)(?:已经|已)|"
        r"立即(?:下架|停止|删除|移除|暂停)"
    ),
    "preventive_measures": (
        # en
        r"\bgoing forward\b|\bto prevent\b|\bprevent (?:this|it|similar|future|any|recurrence)\b|"
        r"\bin (?:the )?future\b|\bfrom now on\b|\bfrom now\b|\bmoving forward\b|\bhenceforth\b|"
        r"\bfrom (?:today|this point)\b|\bno longer\b|"
        r"\b(?:daily|weekly|monthly|quarterly|annual|yearly) (?:audits?|checks?|reviews?|"
        r"inspections?|training|reports?|spot)\b|\bbefore (?:every|each|any) \w|"
        r"\b(?:every|each) (?:day|week|month|quarter|year|morning|new|order|shipment|batch|"
        r"listing|invoice|supplier|delivery|lot|inbound|outbound|sku|asin|product|unit|carton|"
        r"box|\d)|"
        r"\bnow (?:needs?|requires?|must|checks?|reviews?|verifies|signs?|approves?|gets?|goes|"
        r"has|have|is|are)\b|"
        r"\bwill (?:continue to|review|audit|check|inspect|train|verify|monitor)\b|"
        # de
        r"\bab sofort\b|\bkünftig|\bzukünftig|\bin zukunft\b|\bvon nun an\b|\bab jetzt\b|"
        r"\bjede[nmrs]? (?:\w{1,20} )?(?:monat|woche|tag|quartal|jahr|lieferung|rechnung|"
        r"bestellung|charge|lieferant|neue)|\bwöchentlich|\bmonatlich|\btäglich|"
        r"\bvierteljährlich|\bregelmäßig|\bvor (?:jeder|jedem)\b|\bzu vermeiden\b|"
        # fr
        r"\bdésormais\b|\bà l'avenir\b|\bdorénavant\b|\bà partir de maintenant\b|"
        r"\bchaque (?:lot|mois|semaine|jour|année|nouvel|nouvelle|commande|fiche|produit|"
        r"fournisseur|livraison)|\bmensuel|\bhebdomadaire|\bquotidien|\btous les (?:mois|jours|"
        r"ans)|\btoutes les semaines\b|\bpour éviter\b|"
        # es
        r"\ba partir de ahora\b|\ben adelante\b|\ben el futuro\b|\bcada (?:mes|semana|día|año|"
        r"trimestre|nuev[oa]|pedido|lote|envío|ficha|producto|proveedor)|\bmensual|\bsemanal|"
        r"\bdiari[oa]|\btrimestral|\bpara evitar\b|\btodos los (?:meses|días|lunes)\b|"
        # it
        r"\bd'ora in (?:poi|avanti)\b|\bda ora in poi\b|\bin futuro\b|\bogni (?:mese|settimana|"
        r"giorno|anno|trimestre|nuov[oa]|ordine|lotto|spedizione|inserzione|prodotto|fornitore)|"
        r"\bmensil|\bsettimanal|\bgiornalier|\btrimestral|\bper evitare\b|"
        # ja / zh
        r"今[後后]|毎(?:月|週|日|回)|定期的|再発防止|以降|"
        r"今后|以后|此后|从现在起|未来|为(?:了)?(?:防止|避免)|防止(?:再次|类似|此类)|"
        r"避免(?:再次|类似|此类)|每(?:天|日|周|月|季度|年|批|次|个|件|单|位)|定期|长期"
    ),
}


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    """Compiled on first use: an appeal whose three parts are all headed never reads them, and
    compiling them is a quarter of this module's import, which every `reinstate lint` pays."""
    return {name: _hoisted(pattern) for name, pattern in _CUE_PATTERNS.items()}


# A cause cue in a sentence about the notice ("our account was deactivated because …") is
# Amazon's reason, not the seller's root cause; "only because we moved office" is an excuse,
# "because the competitor …" a blame, "because if …" a worry.
_NOT_A_CAUSE = re.compile(
    r"deactivat|suspen|\bnotice\b|notification|deaktivier|gesperrt|sperrung|désactiv|"
    r"desactiv|disattiv|sospes|停用|暂停|冻结|封号|停掉|账户|账号|停止され|アカウント|"
    r"\b(?:just|only|simply|merely) because\b|\bnur weil\b|\bjuste parce\b|"
    r"\bsolo porque\b|\bsolo perché\b|只是因为|只是由于|仅仅因为|\bbecause if\b|"
    r"competitor|konkurrent|concurrent|competidor|concorrent|竞争对手|同行|競合",
    re.IGNORECASE,
)
# An error or a mistake told in the past is what went wrong: a root cause.
_ERROR = _hoisted(
    r"\berrors?\b|\bmistakes?\b|\bmistaken|\bmislabel|\bby mistake\b|\bwrong(?:ly)?\b|"
    r"\bincorrect(?:ly)?\b|\bfehler|\bfalsch|\bversehentlich|\birrtümlich|\berreur|\berroné|"
    r"\berror(?:es)?\b|\berróne|\berrore|\berrat[oi]\b|\bsbagliat|误将|误把|错误|失误|搞错|"
    r"誤って|誤り|ミス|間違"
)
_SENTENCE = re.compile(r"[^.!?。！？\n]{1,2000}[.!?。！？]?")
# Paragraphs that frame the letter rather than carry a part: greetings, apologies, thanks, the
# notice, the request to reinstate, attachments, the sign-off, who the seller is. One that no
# cue places and that is none of these is text this module could not place.
_FRAME = re.compile(
    r"\b(?:dear|hello|hi|greetings|sorry|apologi[sz]e|apology|apologies|regret|thank|thanks|"
    r"grateful|appreciate|reinstat|reactivat|restore|deactivat|suspen|notice|notification|"
    r"attached|attachments?|enclosed|regards|sincerely|respectfully|we are (?:a|an|the)|"
    r"our (?:company|store|shop|business) (?:is|has)|we have been|since (?:19|20)\d\d|"
    r"sehr geehrte|hallo|guten tag|entschuldig|bedauern|leid|dank|wiederherstell|reaktivier|"
    r"deaktivier|gesperrt|sperrung|anlage|anhang|beigefügt|grüße|grüßen|wir sind|"
    r"madame|monsieur|bonjour|excus|désolé|regrett|merci|remerci|réactiv|rétabl|désactiv|"
    r"ci-joint|pièces? jointes?|cordialement|salutations|nous sommes|"
    r"estimad|hola|disculp|lament|perdón|gracias|agradec|reactiv|restablec|desactiv|adjunt|"
    r"atentamente|saludos|somos|gentile|spettabile|buongiorno|scus|dispiac|grazie|ringrazi|"
    r"riattiv|ripristin|disattiv|sospe|allegat|cordiali|saluti|distinti|siamo)|"
    r"拝啓|御中|いつも|お世話|申し訳|お詫び|謝罪|ありがとう|感謝|再開|停止され|添付|よろしく|以上|敬具|"
    r"尊敬|您好|你好|抱歉|道歉|歉意|致歉|感谢|谢谢|恢复|重新激活|停用|暂停|冻结|附件|附上|此致|"
    r"敬礼|我们是|我司是|本公司",
    re.IGNORECASE,
)
# Headings that are not a part: the subject line, a salutation ("亚马逊：", "A quien
# corresponda:"), a summary, the attachments, the sign-off. Text under them is read as if it had
# no heading.
_OTHER = re.compile(
    r"^(?:re|subject|betreff|objet|asunto|oggetto|aw|fwd?)\b|件名|主题|标题|主旨|"
    r"\b(?:dear|hello|hi|summary|overview|introduction|conclusion|attachments?|evidence|"
    r"documents?|appendix|contact|regards|sincerely|einleitung|zusammenfassung|anlagen?|"
    r"nachweise|fazit|grüße|résumé|introduction|pièces|preuves|cordialement|resumen|"
    r"introducción|adjuntos|pruebas|saludos|atentamente|riassunto|introduzione|allegati|"
    r"saluti|plan of action|poa|team|amazon|seller|concern|corresponda|equipo|équipe|"
    r"squadra|liebe|cher|chère)\b|概要|概述|简介|摘要|附件|证据|证明|结论|总结|联系|此致|"
    r"团队|亚马逊|卖家|亲爱|尊敬|様|ご担当|"
    r"敬礼|添付|まとめ|以上|御中|行动计划|申诉|改善計画",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_PAST = re.compile(
    r"\b(?:was|were|had|did|\w{3,20}ed|war|waren|hatte|hatten|wurde|wurden|haben|hat|"
    r"était|étaient|avait|avaient|avions|avons|ont|\w{3,20}(?:ó|aron|ieron)|había|habían|"
    r"hemos|era|erano|aveva|avevano|abbiamo|hanno)\b|ました|でした|った|了|过|曾|当时",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|werden|werde|wird|allons|\w{3,20}(?:rons|remos|remo))\b|"
    r"将|会|计划|准备|予定",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Parts:
    """The parts found, and the parts not found where text could not be placed: for each, the
    span of the first such text (a heading nobody knows, a paragraph no cue fits)."""

    sections: list[Section]
    unclear: dict[str, tuple[int, int]] = field(default_factory=dict)


def find_sections(text: str, marks: list[Heading] | None = None) -> list[Section]:
    """The POA parts present in `text`, with their character ranges.

    Headings win; text outside a mapped part is read for content cues. `marks` are the
    headings of `text` when the caller already has them.
    """
    return list(analyse(text, tuple(marks) if marks is not None else None).sections)


@lru_cache(maxsize=8)
def analyse(text: str, marks: tuple[Heading, ...] | None = None) -> Parts:
    """The parts found in `text`, and those that may be there in words this module cannot read."""
    marks = _headings(text) if marks is None else marks
    sections: dict[str, Section] = {}
    blocks: list[tuple[Heading | None, int, int]] = []
    first = marks[0].start if marks else len(text)
    if first > 0:
        blocks.append((None, 0, first))
    for index, heading in enumerate(marks):
        end = marks[index + 1].start if index + 1 < len(marks) else len(text)
        blocks.append((heading, heading.start, end))
        for name in heading.names:
            sections.setdefault(name, Section(name, heading.start, end, True))
    if len(sections) == len(SECTIONS):
        return Parts([sections[n] for n in SECTIONS])  # every part headed: nothing to read
    # text no cue places: (start, end, under a heading the writer gave it, parts it may be)
    unplaced: list[tuple[int, int, bool, frozenset[str]]] = []
    for mark, start, end in blocks:
        voters = _voters(mark)
        body = start if mark is None else max(mark.body, start)
        headed = mark is not None and _own_heading(_clean(text[mark.start : mark.end]))
        for p_start, p_end in _paragraphs(text, body, end):
            paragraph = text[p_start:p_end]
            placed = False
            new_part = False
            for name, cue in _cues().items():
                if not _has_cue(name, cue, paragraph):
                    continue
                placed = True
                new_part = new_part or (name in voters and name not in sections)
                if name in voters:
                    sections.setdefault(name, Section(name, p_start, p_end, False))
            if placed or (mark is not None and mark.names) or _frame(text, mark, paragraph):
                # the opening tells what went wrong, in no cue's words
                if not new_part and not headed and "root_cause" in voters and _story(paragraph):
                    unplaced.append((p_start, p_end, False, frozenset(("root_cause",))))
                continue
            if _FUTURE.search(paragraph):
                continue  # a promise: readable, and not a part in unknown words
            if headed and mark is not None and _words(paragraph) >= 4:
                unplaced.append((mark.start, p_end, True, voters))
            elif not headed and _narrative(paragraph):
                unplaced.append((p_start, p_end, False, voters))
    _split_headed(sections)
    found = [sections[n] for n in SECTIONS if n in sections]
    return Parts(found, _unclear(sections, unplaced))


def _split_headed(sections: dict[str, Section]) -> None:
    """A part read from a paragraph inside another part's headed block ("Going forward, …" under
    the actions heading) ends that block there and runs to its end, so that checks of one part
    (future tense in corrective actions) do not read the other."""
    for name, part in list(sections.items()):
        if part.from_heading:
            continue
        for other, headed in list(sections.items()):
            if other != name and headed.from_heading and headed.start < part.start < headed.end:
                sections[other] = Section(other, headed.start, part.start, True)
                sections[name] = Section(name, part.start, max(part.end, headed.end), False)
                break


def _own_heading(title: str) -> bool:
    """A heading the writer gave a part of their own: short, not the salutation, subject or
    sign-off. "A few questions so we know what to do next:" leads into a list, it heads no part."""
    return _short(title) and not _OTHER.search(title)


def _voters(mark: Heading | None) -> frozenset[str]:
    """The parts a block's paragraphs may stand for: any outside a named part; within one,
    the other of done / prevent (writers mix them), never a cause."""
    if mark is None or not mark.names:
        return frozenset(("corrective_actions", "preventive_measures")) | (
            frozenset() if mark is not None and mark.generic else frozenset(("root_cause",))
        )
    if mark.names == ("corrective_actions",):
        return frozenset(("preventive_measures",))
    if mark.names == ("preventive_measures",):
        return frozenset(("corrective_actions",))
    return frozenset()


def _has_cue(name: str, cue: re.Pattern[str], paragraph: str) -> bool:
    if name != "root_cause":
        return cue.search(paragraph) is not None
    if cue.search(paragraph) is None and _ERROR.search(paragraph) is None:
        return False
    for match in _SENTENCE.finditer(paragraph):
        sentence = match.group()
        if _NOT_A_CAUSE.search(sentence):
            continue
        if cue.search(sentence):
            return True
        if _ERROR.search(sentence) and _PAST.search(sentence) and not _FUTURE.search(sentence):
            return True  # "a labelling error in our warehouse sent 40 units …"
    return False


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    at = start
    for gap in _PARAGRAPH.finditer(text, start, end):
        if text[at : gap.start()].strip():
            out.append((at, gap.start()))
        at = gap.end()
    if text[at:end].strip():
        out.append((at, end))
    return out


def _words(paragraph: str) -> int:
    return len(_LATIN_WORD.findall(paragraph)) + len(_CJK_CHAR.findall(paragraph)) // 2


def _narrative(paragraph: str) -> bool:
    """A paragraph that may be a part in words no cue knows: long enough, specific (a number, an
    ASIN, a date) and telling what happened, not promising what will."""
    return (
        _words(paragraph) >= 12
        and _DIGIT.search(paragraph) is not None
        and _PAST.search(paragraph) is not None
    )


def _story(paragraph: str) -> bool:
    """Sentences of a framing or otherwise placed paragraph that tell, past and specific, what
    went wrong ("We bought these 300 units from a factory that is not the brand's authorised
    supplier, …, so we cannot prove …"): read past the greeting and the notice."""
    told = " ".join(
        m.group() for m in _SENTENCE.finditer(paragraph) if not _FRAME.search(m.group())
    )
    return _narrative(told) and _WENT_WRONG.search(told) is not None and not _FUTURE.search(told)


# What went wrong is told with a negation or an inability: "is not the authorised supplier",
# "could not show", "cannot prove", "没有授权", "无法证明", "kein Nachweis".
_WENT_WRONG = re.compile(
    r"\b(?:not|no|never|without|cannot|can't|couldn't|didn't|wasn't|weren't|isn't|failed|"
    r"nicht|kein|keine|keinen|ohne|pas|sans|aucun|aucune|sin|senza)\b|"
    r"不是|没有|无法|未能|并非|不能|缺少|缺乏|未经",
    re.IGNORECASE,
)


def _frame(text: str, mark: Heading | None, paragraph: str) -> bool:
    if mark is not None and _FRAME.search(text[mark.start : mark.end]):
        return True
    return _FRAME.search(paragraph) is not None


def _unclear(
    sections: dict[str, Section], unplaced: list[tuple[int, int, bool, frozenset[str]]]
) -> dict[str, tuple[int, int]]:
    """Missing parts with unplaced text where the part would stand: a cause before what was done
    and prevented, what was done after the cause and before prevention, prevention after both.

    Text under a heading the writer gave it counts on its own. A paragraph without one counts
    only when the other two parts are found: an appeal that jumps from its opening to the
    actions, or only apologises and promises, still gets P001-P003.
    """
    out: dict[str, tuple[int, int]] = {}
    for index, name in enumerate(SECTIONS):
        if name in sections:
            continue
        others = sum(1 for n in SECTIONS if n in sections)
        after = max((sections[n].start for n in SECTIONS[:index] if n in sections), default=-1)
        before = min(
            (sections[n].start for n in SECTIONS[index + 1 :] if n in sections), default=None
        )
        for start, end, headed, parts in unplaced:
            if name not in parts or start <= after or (before is not None and start >= before):
                continue
            if headed or others == 2:
                out[name] = (start, end)
                break
    return out
