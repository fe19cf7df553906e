"""Finding the three parts of a Plan of Action: from headings, else from each paragraph's content."""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTIONS = ("root_cause", "corrective_actions", "preventive_measures")

_HEADINGS: dict[str, re.Pattern[str]] = {
    "root_cause": re.compile(
        r"root[ -]?causes?|cause of the (?:issue|problem)|why (?:this|it) happened|"
        r"根本原因|根源|问题原因|原因分析|原因",
        re.IGNORECASE,
    ),
    "corrective_actions": re.compile(
        r"corrective actions?|actions? (?:we have )?taken|immediate actions?|"
        r"what we (?:have )?(?:did|done|changed)|resolution|"
        r"纠正措施|已采取的措施|整改措施|采取的行动|补救措施",
        re.IGNORECASE,
    ),
    "preventive_measures": re.compile(
        r"prevent(?:ive|ative|ion)? (?:measures?|steps?|actions?)|"
        r"steps? to prevent|future prevention|"
        r"预防措施|防范措施|预防再次发生|长期措施",
        re.IGNORECASE,
    ),
}

# Content cues for drafts without headings: each paragraph votes for the part it reads like.
_CUES: dict[str, re.Pattern[str]] = {
    "root_cause": re.compile(
        r"\broot cause\b|\bcaused by\b|\bthe reason\b|\bbecause\b|\bwe failed to\b|"
        r"\bdid not (?:check|verify|inspect)|\bhappened because\b|根本原因|由于|是因为|导致",
        re.IGNORECASE,
    ),
    "corrective_actions": re.compile(
        r"\bwe have (?:removed|deleted|refunded|contacted|replaced|retrained|audited|"
        r"inspected|stopped|closed|updated|corrected|terminated)\b|\bwe (?:removed|refunded|"
        r"contacted|replaced|retrained|audited|inspected|stopped|corrected)\b|"
        r"我们已(?:经)?(?:下架|删除|退款|联系|更换|培训|审核|检查|停止|更正)",
        re.IGNORECASE,
    ),
    "preventive_measures": re.compile(
        r"\bgoing forward\b|\bto prevent\b|\bin the future\b|\bfrom now on\b|\bwill (?:continue to|"
        r"review|audit|check) .{0,40}\b(?:every|each|weekly|monthly|daily)\b|"
        r"今后|以后|为防止|防止再次|定期",
        re.IGNORECASE,
    ),
}

_HEADING_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s*|\d+[.)、]\s*|[一二三四五六七八九十]+[、.]\s*)?"
                           r"(?P<title>[^\n]{1,80}?)\s*[:：]?\s*$")


@dataclass(frozen=True)
class Section:
    name: str
    start: int
    end: int
    from_heading: bool


def find_sections(text: str) -> list[Section]:
    """The POA parts present in `text`, with their character ranges."""
    headed = _from_headings(text)
    if headed:
        return headed
    return _from_content(text)


def _from_headings(text: str) -> list[Section]:
    marks: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if 0 < len(stripped) <= 80:
            match = _HEADING_LINE.match(stripped)
            title = match.group("title") if match else stripped
            for name, pattern in _HEADINGS.items():
                if pattern.search(title) and _looks_like_heading(stripped, title):
                    marks.append((offset, name))
                    break
        offset += len(line)
    sections: list[Section] = []
    for index, (start, name) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        if not any(s.name == name for s in sections):
            sections.append(Section(name, start, end, True))
    return sections


def _looks_like_heading(line: str, title: str) -> bool:
    words = len(title.split())
    return (
        line.endswith((":", "：")) or line.startswith("#") or words <= 6 or len(title) <= 12
    ) and not line.endswith((".", "。"))


def _from_content(text: str) -> list[Section]:
    sections: dict[str, Section] = {}
    offset = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        for name, cue in _CUES.items():
            if name not in sections and cue.search(paragraph):
                sections[name] = Section(name, offset, offset + len(paragraph), False)
        offset += len(paragraph)
    return [sections[n] for n in SECTIONS if n in sections]
