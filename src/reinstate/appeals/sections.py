"""Finding the three parts of a Plan of Action: from headings, else from each paragraph's content.

All patterns here run on user text: every repetition is bounded or sits on a single character
class, so matching stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SECTIONS = ("root_cause", "corrective_actions", "preventive_measures")

_HEADINGS: dict[str, re.Pattern[str]] = {
    "root_cause": re.compile(
        r"root[ -]?causes?|cause of (?:the )?(?:issue|problem|violation|complaints?)|"
        r"causes? of (?:the )?(?:issue|problem)|"
        r"why (?:did |has |have )?(?:this|it|the \w{1,20}|these \w{1,20}) "
        r"(?:happen|happened|occur|occurred)|"
        r"what (?:caused|led to|went wrong)|reasons? for (?:the )?(?:issue|problem|violation)|"
        r"investigation|analysis of (?:the )?(?:issue|problem)|"
        r"^(?:context and |root )?caus[ea]s?$|what happened|why (?:my|our) first (?:answer|appeal)|"
        r"根本原因|根源|问题原因|原因分析|违规原因|发生原因|问题分析|原因|"
        r"ursachen?|grund des problems|"
        r"cause(?:s)? (?:du|de la|des) (?:problème|problèmes|incident)|"
        r"causa (?:del problema|principal|raíz|radice)|cause profonde|発生原因|原因分析|"
        r"causes? (?:principales?|racines?)|hauptursache|主な原因",
        re.IGNORECASE,
    ),
    "corrective_actions": re.compile(
        r"corrective (?:actions?|measures?|steps?)|correction|actions? (?:we have |already )?taken|"
        r"actions? (?:have you|you have|did you|will you|do you) (?:taken|take)|"
        r"immediate (?:actions?|steps?|measures?)|steps? (?:we have |already )?taken|"
        r"what we (?:have )?(?:did|done|changed|fixed)|how we (?:fixed|resolved|addressed)|"
        r"resolution|remedial (?:actions?|steps?|measures?)|actions? to resolve|"
        r"actions? (?:already )?(?:completed|done|implemented|carried out|performed)|"
        r"what (?:we|i)(?:'ve| have)? (?:already )?(?:did|done)|completed actions|done so far|"
        r"(?:documents?|what (?:we|i)(?:'m| am| are)) (?:now )?provid(?:ed|ing)(?: now)?|"
        r"vorgelegte unterlagen|已完成的(?:措施|整改|行动)|"
        r"mesures (?:déjà )?prises|"
        r"(?:bereits )?(?:umgesetzte|ergriffene|getroffene) maßnahmen|"
        r"actions? (?:déjà )?(?:réalisées?|menées?|mises? en place|entreprises?)|"
        r"azioni (?:già )?(?:intraprese|svolte|adottate|eseguite)|misure (?:già )?adottate|"
        r"acciones (?:ya )?(?:realizadas|tomadas|adoptadas|llevadas a cabo)|"
        r"medidas (?:ya )?(?:adoptadas|tomadas)|"
        r"実施(?:済み|した)(?:の)?(?:対応|措置)|対応内容|"
        r"纠正措施|已采取的措施|已经采取的措施|整改措施|采取的行动|补救措施|纠正行动|"
        r"已采取的行动|已采取措施|改正措施|"
        r"解决措施|即时措施|立即采取的措施|(?:解决|纠正)(?:这个|该|此|这些)?问题|"
        r"(?:ergriffene|durchgeführte|sofortige) maßnahmen|korrekturmaßnahmen|"
        r"actions? correctives?|mesures correctives|azioni correttive|misure correttive|"
        r"acciones correctivas|medidas correctivas|是正措置|是正処置|対応策|実施した対策",
        re.IGNORECASE,
    ),
    "preventive_measures": re.compile(
        r"prevent(?:ive|ative|ion)? (?:measures?|steps?|actions?|plan)|"
        r"steps? to prevent|future prevention|prevention|prevent (?:future|similar|further) issues|"
        r"long[- ]term (?:measures?|actions?|steps?)|going forward|"
        r"(?:measures?|steps?) to (?:avoid|prevent)|how we (?:will )?prevent|"
        r"预防措施|防范措施|预防再次发生|长期措施|预防方案|"
        r"(?:防止|避免)(?:问题|此类问题|类似问题|这种情况|今后)?(?:再次)?发生|"
        r"vorbeugende maßnahmen|präventive maßnahmen|präventivmaßnahmen|vorbeugemaßnahmen|"
        r"vorbeugung|mesures préventives|"
        r"prévention|prevenzione|prevención|"
        r"misure preventive|medidas preventivas|再発防止策|再発防止|予防策",
        re.IGNORECASE,
    ),
}

# A list item marker followed by text ("- ", "* ", "• "); "**Bold**" and "---" are not bullets.
_BULLET = re.compile(r"[-*•·–▪]\s{1,3}\S")
_DECORATION = re.compile(
    r"^[\s#>*_=|-]{0,8}(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)、:：]\s{0,3}|"
    r"[一二三四五六七八九十]{1,3}[、.．:：]\s{0,3}|第[一二三四五六七八九十]{1,3}(?:部分|点)?[、:：]?\s{0,3}|"
    r"(?:part|section|step)\s{1,3}\d{1,2}[.):：]?\s{0,3})?",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"[\s*_#=:：|-]{1,12}$")
# An inline heading: "Root cause: we sourced ..." on one line.
_INLINE = re.compile(r"^(?P<title>[^:：\n]{2,60}?)\s{0,3}(?:\*\*|__)?\s{0,3}[:：]")


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


@lru_cache(maxsize=4096)
def _names(title: str) -> tuple[str, ...]:
    """The parts a heading title announces; kept per title, since the live editor lints the
    same lines on every keystroke and these three searches are a third of the rules' time."""
    return tuple(name for name, pattern in _HEADINGS.items() if pattern.search(title))


def _clean(line: str) -> str:
    cleaned = _DECORATION.sub("", line.strip(), count=1)
    return _TRAIL.sub("", cleaned).strip(" *_")


def headings(text: str) -> list[Heading]:
    """Lines that read as headings: short, no sentence ending, or a label followed by a colon."""
    found: list[Heading] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        end = offset + len(line.rstrip("\r\n"))
        if 0 < len(stripped) <= 90:
            title = _clean(stripped)
            if _BULLET.match(stripped) and not _names(title):
                pass  # "- Removed the listing": a short list item, not a heading
            elif title and (
                _looks_like_heading(stripped, title) or _is_question_heading(stripped, title)
            ):
                found.append(Heading(offset, end, _names(title)))
            elif ":" in stripped or "：" in stripped:
                names = _inline_names(stripped)
                if names:
                    found.append(Heading(offset, end, names))
        elif len(stripped) > 90 and (":" in stripped[:90] or "：" in stripped[:90]):
            names = _inline_names(stripped[:90])
            if names:
                found.append(Heading(offset, end, names))
        offset += len(line)
    return found


def _inline_names(line: str) -> tuple[str, ...]:
    inline = _INLINE.match(_DECORATION.sub("", line, count=1))
    if inline and len(inline.group("title").split()) <= 6:
        return _names(inline.group("title"))
    return ()


def _is_question_heading(line: str, title: str) -> bool:
    """Amazon's own three questions used as headings: "What was the root cause …?"."""
    if not line.endswith(("?", "？")):
        return False
    cjk = sum(1 for ch in title if "\u4e00" <= ch <= "\u9fff")
    short = cjk <= 30 if cjk else len(title.split()) <= 14
    return short and bool(_names(title))


def _looks_like_heading(line: str, title: str) -> bool:
    if line.endswith((".", "。", "!", "！", ",", "，", ";", "；")):
        return False
    words = len(title.split())
    cjk = sum(1 for ch in title if "\u4e00" <= ch <= "\u9fff")
    if cjk:
        return cjk <= 20 or line.endswith((":", "："))
    return line.endswith((":", "：")) or line.startswith(("#", "**")) or words <= 7


def find_sections(text: str, marks: list[Heading] | None = None) -> list[Section]:
    """The POA parts present in `text`, with their character ranges.

    Headings win. When fewer than two parts are announced by headings, each paragraph's content
    votes for the parts still missing.
    """
    marks = headings(text) if marks is None else marks
    sections: dict[str, Section] = {}
    for index, mark in enumerate(marks):
        if not mark.names:
            continue
        end = marks[index + 1].start if index + 1 < len(marks) else len(text)
        for name in mark.names:
            sections.setdefault(name, Section(name, mark.start, end, True))
    if len(sections) < 2:
        for section in _from_content(text):
            sections.setdefault(section.name, section)
    elif "root_cause" not in sections:
        # "Actions taken:" and "Preventive measures:" after an opening that explains what went
        # wrong: the opening is the root cause when it reads like one.
        first = min(s.start for s in sections.values())
        for section in _from_content(text[:first]):
            if section.name == "root_cause":
                sections["root_cause"] = section
    if "preventive_measures" not in sections and any(s.from_heading for s in sections.values()):
        _add_preventive_paragraph(text, sections)
    return [sections[n] for n in SECTIONS if n in sections]


# "Going forward, before uploading any document I check …": a paragraph under another part's
# heading that opens the way preventive measures do is that part.
_PREVENTIVE_OPENER = re.compile(
    r"\n[ \t]*(?:\r?\n[ \t]*)+(?=(?:going forward|moving forward|in the future|from now on|"
    r"to prevent (?:this|it|a repeat|recurrence|similar)|à l'avenir|désormais|künftig|"
    r"in zukunft|in futuro|d'ora in poi|en el futuro|de ahora en adelante)\b|"
    r"今后|以后|为了?(?:防止|避免)|今後)",
    re.IGNORECASE,
)


def _add_preventive_paragraph(text: str, sections: dict[str, Section]) -> None:
    first = min(s.start for s in sections.values() if s.from_heading)
    found = _PREVENTIVE_OPENER.search(text, first)
    if found is None:
        return
    opener, end = found.end(), len(text)
    for name, section in sections.items():
        if section.start < opener < section.end:
            sections[name] = Section(name, section.start, opener, section.from_heading)
            end = section.end
            break
    sections["preventive_measures"] = Section("preventive_measures", opener, end, False)


# Content cues for drafts without headings: each paragraph votes for the part it reads like.
_CUES: dict[str, re.Pattern[str]] = {
    "root_cause": re.compile(
        r"\broot causes?\b|\bcaused by\b|"
        r"\bthe (?:main |primary |real )?reasons? (?:for|was|is|why)\b|"
        r"\b(?:happened|occurred|arose) because\b|\bwe (?:failed|neglected) to\b|"
        r"\bwe did not (?:check|verify|inspect|review|monitor|confirm|test|have|keep|ask)\b|"
        r"\bwe (?:had|lacked) no\b|\bour (?:mistake|error|failure) was\b|"
        r"\bdue to (?:our|a lack|the lack|insufficient|inadequate|poor)\b|"
        r"根本原因|根源|原因是|原因在于|是因为|由于(?:我们|我司|我方)|问题出在|"
        r"(?:造成|引起|导致)的|"
        r"(?:我们|我司|我方)(?:没有|未能|未)(?:核实|检查|审核|验证|确认|监控|及时)|"
        r"\bparce que\b|\ben raison d|\bétait dûe?\b|\best dûe? à\b|\bla cause\b|"
        r"\bweil\b|\blag daran\b|\bursache\b|\baufgrund\b|"
        r"\bperché\b|\ba causa d|\bdovut[oa] a\b|\bla causa\b|"
        r"\bporque\b|\bdebido a\b|\bse debió\b|\bla causa\b|"
        r"原因は|が原因|のため|ためです",
        re.IGNORECASE,
    ),
    "corrective_actions": re.compile(
        r"\bwe(?: have| had)? (?:already |immediately |now |also )?(?:removed|deleted|refunded|"
        r"contacted|replaced|retrained|trained|audited|inspected|stopped|closed|updated|corrected|"
        r"terminated|cancell?ed|destroyed|disposed of|recalled|quarantined|hired|appointed|"
        r"rewrote|rewritten|revised|edited|discontinued|withdrew|withdrawn|obtained|switched|"
        r"ended|suspended|removed|relabel+ed|reimbursed|apologi[sz]ed to|re-?inspected|changed|"
        r"added|implemented|introduced|installed|upgraded|set up|adopted|purchased|bought|"
        r"issued|completed|conducted|tested|fixed|repaired|relisted|cleared|moved|separated)\b|"
        r"\b(?:listings?|asins?|products?|inventory|units|items) (?:has|have|were|was) "
        r"(?:been )?(?:removed|deleted|closed|destroyed|recalled|quarantined)\b|"
        r"已(?:经)?(?:全部|立即|及时)?(?:将|把|对|向|与|为)?.{0,12}?"
        r"(?:下架|删除|退款|联系|更换|培训|审核|检查|停止|更正|移除|召回|销毁|终止|取消|修改|更新|"
        r"完成|暂停|关闭|整改|补发|建立|制定|签订|解除|清理|退回|重新|换成|改为|改成|替换|办理|"
        r"安排|启用|采用|聘请|招聘|设置|添加|增加|升级|核实|核对|测试)|(?:我们|我司|我方)(?:已经|已)|"
        r"立即(?:下架|停止|删除|移除|暂停)",
        re.IGNORECASE,
    ),
    "preventive_measures": re.compile(
        r"\bgoing forward\b|\bto prevent\b|\bprevent (?:this|it|similar|future|any|recurrence)\b|"
        r"\bin the future\b|\bfrom now on\b|\bmoving forward\b|"
        r"\b(?:daily|weekly|monthly|quarterly|annual|yearly) (?:audits?|checks?|reviews?|"
        r"inspections?|training|reports?)\b|\bbefore (?:every|each|any) \w|"
        r"\bwill (?:continue to|review|audit|check|inspect|train|verify|monitor)\b|"
        r"今后|以后|未来|为(?:了)?(?:防止|避免)|防止(?:再次|类似|此类)|避免(?:再次|类似|此类)|"
        r"每(?:天|日|周|月|季度|年|批|次)|定期|长期",
        re.IGNORECASE,
    ),
}
_PARAGRAPH = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")


def _from_content(text: str) -> list[Section]:
    sections: dict[str, Section] = {}
    offset = 0
    for part in _PARAGRAPH.split(text):
        start = text.find(part, offset) if part else offset
        start = offset if start < 0 else start
        for name, cue in _CUES.items():
            if name not in sections and cue.search(part):
                sections[name] = Section(name, start, start + len(part), False)
        offset = start + len(part)
    return [sections[n] for n in SECTIONS if n in sections]
