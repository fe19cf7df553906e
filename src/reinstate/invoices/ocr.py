"""Tesseract OCR for scanned pages and photos (Debian's tesseract-ocr with eng, chi_sim, jpn)."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import tempfile
import time
from functools import cache
from typing import Any

from reinstate.invoices.doc_shape import misread_title
from reinstate.invoices.limits import OCR_CJK_PASS_BUDGET, OcrBudget
from reinstate.invoices.vocab import DOC_TITLES, INVOICE_LABEL, loose

# Wall seconds one Tesseract call may take on a machine too busy to give it the CPU it needs
# (load 20 on two cores stretched a 0.9 s pass to 14 s): a safety net, not the budget.
TIMEOUT = 45
POLL = 0.01
PSM = os.environ.get("REINSTATE_OCR_PSM", "4")
# A page with this share of its rows holding text, of which Tesseract read fewer words than
# this, is read again as one block (`--psm 6`), kept when it reads BLOCK_GAIN times the words.
# A whole invoice page reads 100-150 words; a phone photo's grain and shadow made the layout
# analysis drop the item table or the totals (46-63 words) where the block read 101-131.
TEXT_SHARE = 0.04
FEW_WORDS = 80
BLOCK_GAIN = 1.5
# A date line is read again only with this much of the budget left (one small call ~0.15 s).
REREAD_MIN = 0.2
# Longest side sent to Tesseract: an A4 page at 300 dpi. Scaling a 300 dpi scan down to ~210 dpi
# saved little time and lost a Chinese total on our corpus, so only larger images are scaled.
MAX_SIDE = 3600
# A Chinese pass that reads CJK characters with a mean confidence below this is likely Japanese
# (kana read as look-alike hanzi): the page is read again with Japanese.
JPN_RETRY_CONFIDENCE = 85.0
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def available() -> bool:
    """True when the tesseract program is installed."""
    return shutil.which("tesseract") is not None


@cache
def languages() -> frozenset[str]:
    if not available():
        return frozenset()
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def _cpu_seconds(pid: int) -> float:
    """CPU time a running child has used so far (Linux /proc; 0 where unknown)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _tesseract(
    path: str, lang: str, cpu_limit: float, psm: str | None = None
) -> tuple[str, float, bool]:
    """Tesseract's TSV for one image, the CPU seconds it took, and whether it finished.

    Stopped once it has used `cpu_limit` CPU seconds (or `TIMEOUT` wall seconds on a machine
    too busy to give it any): the file's time budget, counted in CPU so that what is read does
    not depend on the load. Through the C API with the model loaded once where libtesseract
    can be loaded (`tesseract_api`, the same TSV and budget), else the CLI.
    """
    from reinstate.invoices import tesseract_api

    found = tesseract_api.engine()
    if found is not None:
        read = found.recognize(path, lang, psm or PSM, cpu_limit, TIMEOUT)
        if read is not None:
            return read
    base = f"{path}-{lang.replace('+', '_')}"
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # several threads cost more CPU for little gain
    args = ["tesseract", path, base, "-l", lang, "--oem", "1", "--psm", psm or PSM, "tsv"]
    try:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    except OSError:
        return "", 0.0, False
    started = time.monotonic()
    exited = _exit_waiter(proc.pid)
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                used = usage.ru_utime + usage.ru_stime
                break
            used = _cpu_seconds(proc.pid)
            waited = time.monotonic() - started
            if used > cpu_limit or waited > TIMEOUT:
                proc.kill()
                proc.wait()
                return "", max(used, cpu_limit), False
            # One thread (OMP_THREAD_LIMIT=1) uses at most a CPU second per second: it cannot
            # reach the limit before `cpu_limit - used` from now, so it is looked at again then
            # or when it exits, whichever is first, not every POLL (reading /proc a hundred
            # times a second cost 0.05-0.1 s of CPU a page, beside the pixel checks).
            exited(max(POLL, min(cpu_limit - used, TIMEOUT - waited)))
    finally:
        exited(None)
    try:
        with open(base + ".tsv", encoding="utf-8", errors="replace") as out:
            return out.read(), used, proc.returncode == 0
    except OSError:
        return "", used, False


def _exit_waiter(pid: int) -> Any:
    """`wait(seconds)`: returns when process `pid` exits or `seconds` have passed (a Linux
    pidfd; elsewhere a plain sleep). `wait(None)` releases the descriptor."""
    import select

    try:
        fd = os.pidfd_open(pid)
        poller = select.poll()
        poller.register(fd, select.POLLIN)
    except (AttributeError, OSError):

        def sleep(seconds: float | None) -> None:
            if seconds is not None:
                time.sleep(POLL)

        return sleep

    def wait(seconds: float | None) -> None:
        if seconds is None:
            os.close(fd)
        else:
            poller.poll(seconds * 1000)

    return wait


def _words(tsv: str, prefix: str = "") -> list[dict[str, Any]]:
    words = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        words.append(
            {
                "text": text,
                "left": left,
                "top": top,
                "w": width,
                "h": height,
                "conf": float(parts[10]),
                # Tesseract's own line (block, paragraph, line): the words it read as one line
                # stay one line even where boxes of CJK glyphs differ in height.
                "line": f"{prefix}{parts[2]}.{parts[3]}.{parts[4]}",
            }
        )
    return words


# The pass each script gets. Chinese and Japanese models read the Latin parts of their pages
# (codes, e-mails, amounts) with English alongside: the Japanese model alone read "127,205" as
# "127.205". English beside it can take a whole date ("2026年9月29日" read "20269298"): date
# lines are read again with the CJK model alone (`_reread_dates`).
PASSES = {"latin": "eng", "chinese": "chi_sim+eng", "japanese": "jpn+eng"}
KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fd-\u30ff]")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# Labels only a Japanese invoice prints (Chinese ones say 开票/发票, 号码/编号, 有限公司, 增值税),
# read by the Japanese model in the probe: a Japanese letterhead set in kanji alone ("請求書
# 請求書番号: F2026/978 請求日: 2026年11月5日") shows no kana, and was read as Chinese.
JAPANESE_LABELS = re.compile(r"請求|番号|株式会社|御中|消費税|様")
# Words only a Chinese document prints, as the Japanese model reads them in the probe: the
# company form (有限公司), the fapiao and its VAT (增值税, read 増値税), the receipt (收据, read
# 収据), the date's label (日期; Japanese prints 日付), the taxpayer (纳税人, read 納税人;
# Japanese says 納税者) and the amount in capital numerals (人民币（大写）). A copier scan's
# cipher block (密码区: + - * / < >) and a ruled form's lines are read as stray kana (ト, ー,
# っ), as many as a Japanese page's: 8 of 81 CJK characters on a paper VAT invoice. Such a word
# settles the page Chinese unless a Japanese label is there too (a Japanese invoice to a
# Chinese buyer names its 有限公司 with 御中).
CHINESE_LABELS = re.compile(r"公司|发票|[収收]据|[増增][値值]税|日期|纳税|納税人|人民币|大写")
# The probe: the top of the page holding this share of its height in text rows (see
# `probe_height`), read with the Japanese model, which reads kana, kanji and Latin letters.
PROBE_SHARE = 0.045
# Ink at half size (`_row_edges`). A page on which the probe finds no band at that level is
# probed down to PROBE_MAX_SHARE of its height, cut at a gap between rows counted with a level
# of its own (`_ink_level`, at least INK_PAPER_GAP grey levels below its paper).
INK = 100
INK_PAPER_GAP = 25
PROBE_MAX_SHARE = 1 / 3
# A probe band that gives fewer letters (Latin or CJK) than this tells no script: the rest of
# the page is read too.
PROBE_MIN_LETTERS = 12
LETTER = re.compile(r"[^\W\d_]")


def script_of(text: str) -> str:
    """Which script a probe's text is in: latin, chinese or japanese.

    Japanese pages show kana (さくら, ノースフィールド, の) or labels only Japanese uses
    (`JAPANESE_LABELS`); Chinese pages have hanzi and no kana (the Japanese model reads some
    hanzi as a stray kana, hence the share, and a word only Chinese prints outweighs stray
    kana: `CHINESE_LABELS`); a Latin page read by the Japanese model gives almost no CJK at all.
    """
    kana, han, latin = len(KANA.findall(text)), len(HAN.findall(text)), len(LATIN.findall(text))
    cjk = kana + han
    if cjk < 3 or cjk < 0.15 * latin:
        return "latin"
    if JAPANESE_LABELS.search(text):
        return "japanese"
    if kana >= 2 and kana >= 0.08 * cjk and not CHINESE_LABELS.search(text):
        return "japanese"
    return "chinese"


def probe_height(gray: Any) -> int:
    """Rows of the page the probe reads: from the top down to the first gap between text rows
    once the rows holding text add up to `PROBE_SHARE` of the page (the title and three or
    four lines of letterhead), never cutting a text row in two. A row holds text when its dark
    pixels start and stop often (glyphs): a photo's grey corners and table rules do not.

    Print lighter than `INK` at half size (a phone photo's grey print, a faded or thin-stroked
    scan: its darkest 1% at 110-185) showed no text row at all, and the probe read the whole
    page with the Japanese model, as long as the page's own pass on a Latin page (0.35-0.5 s of
    CPU on 1,600-2,500-row photos). Such a page, and one whose text rows at that level start
    far down (a large logo, a photo's grey top), is probed down to `PROBE_MAX_SHARE` of its
    height."""
    import numpy as np

    h = gray.height
    half = np.asarray(gray.reduce(2), dtype=np.int16)
    band = _band(_edges(half, INK), h)
    if band is not None and band <= h * PROBE_MAX_SHARE:
        return band
    # The top of the page, cut at the last gap between rows (print counted from the page's own
    # levels) in its lower half: the title and letterhead are there, and a thinner band (the
    # rows the share above would give at that level) read only a photo's edge on a fapiao.
    edges = _edges(half, _ink_level(half))
    top = int(len(edges) * PROBE_MAX_SHARE)
    gaps = np.flatnonzero(edges[top // 2 : top + 1] <= 2)
    return min(h, 2 * (top // 2 + int(gaps[-1]) if len(gaps) else top) + 2)


def _band(edges: Any, h: int) -> int | None:
    """`probe_height`'s band from rows' edge counts (half size), None when none is found."""
    import numpy as np

    text = np.cumsum(edges >= 12)
    enough = np.flatnonzero(text >= PROBE_SHARE * len(edges))
    if not len(enough):
        return None
    gaps = np.flatnonzero(edges[enough[0] :] <= 2)
    if not len(gaps):
        return None
    band = min(h, 2 * (int(enough[0]) + int(gaps[0])) + 2)
    return band if band < h else None


def _ink_level(half: Any) -> float:
    """A grey level between the page's print and its paper: midway from its darkest 1% to its
    median (the paper), at most `INK_PAPER_GAP` below the paper, never darker than `INK`."""
    import numpy as np

    dark, paper = np.percentile(half, [1, 50])
    return float(max(INK, min((dark + paper) / 2, paper - INK_PAPER_GAP)))


def _row_edges(gray: Any) -> Any:
    """Per row of the half-size page, how often dark pixels start or stop (glyphs: many)."""
    import numpy as np

    # half size: averaging four pixels keeps a photo's grain from crossing the ink threshold
    return _edges(np.asarray(gray.reduce(2), dtype=np.int16), INK)


def _edges(half: Any, level: float) -> Any:
    ink = half < level
    return (ink[:, 1:] != ink[:, :-1]).sum(axis=1)


def _text_share(gray: Any) -> float:
    """The share of the page's rows that hold text."""
    edges = _row_edges(gray)
    return float((edges >= 12).mean()) if len(edges) else 0.0


def _script(gray: Any, tmp: str, langs: frozenset[str], budget: OcrBudget) -> str:
    """The page's script, from the probe (latin when no CJK model is installed)."""
    if "jpn" not in langs or not ({"chi_sim"} & langs):
        return "latin"
    height = probe_height(gray)
    path = os.path.join(tmp, "probe.pgm")
    gray.crop((0, 0, gray.width, height)).save(path)
    tsv, used, _done = _tesseract(path, "jpn", budget.left())
    budget.spend(used)
    text = "".join(w["text"] for w in _words(tsv))
    if len(LETTER.findall(text)) < PROBE_MIN_LETTERS and height < gray.height:
        # The top held no text to tell the script by (a blank head, a large picture): the rest
        # of the page is read, as the whole page was before the band was cut at a third.
        gray.crop((0, height, gray.width, gray.height)).save(path)
        tsv, used, _done = _tesseract(path, "jpn", budget.left())
        budget.spend(used)
        text += "".join(w["text"] for w in _words(tsv))
    return script_of(text)


# A CJK line holding a date: digits before 年 and 月. Read as part of the whole page, the
# Japanese model drops one of two like digits side by side ("2026年11月5日" came out as
# "2026年1月5日" on several pages); the same line read alone comes out whole.
# With English beside the CJK model, a blurred photo's date line can come out as Latin letters
# and digits run together ("請求日: 2026年10月6日" as "WRA: 202610R68"): such a run, 20xx and
# more digits and letters with no separator, is read again too.
_CJK_DATE_LINE = re.compile(
    r"\d\s*年\s*\d{0,2}\s*月|(?:請求|発行|開票|开票)\s*日|日\s*[付期]"
    r"|(?<![\d\-/.])20[0-9]{2}[0-9A-Za-z]{3,7}(?![\d\-/.])"
    r"|(?<![\d\-/.])20[0-9]{2}[^\d\-/.\s]?[0-9]{1,2}[^\d\-/.\s][0-9]{1,3}(?![\d\-/.])"
)
_YMD = re.compile(r"\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}")
MAX_DATE_LINES = 3


def _reread_dates(
    gray: Any,
    words: list[dict[str, Any]],
    tmp: str,
    lang: str,
    budget: OcrBudget,
    *,
    whole: bool = False,
) -> list[dict[str, Any]]:
    """The page's words with each CJK date line read again on its own (one call per line),
    within the budget. `whole`: only lines whose date did not come out whole (the Chinese
    model, which prints months with two digits, did not drop a digit on our corpus)."""
    lines: dict[str, list[dict[str, Any]]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    dated = [
        k
        for k, ws in lines.items()
        if _CJK_DATE_LINE.search(text := "".join(w["text"] for w in ws))
        and not (whole and _YMD.search(text))
    ]
    for n, key in enumerate(dated[:MAX_DATE_LINES]):
        if budget.left() < REREAD_MIN:
            break
        members = _date_chunk(lines[key])
        height = max(w["h"] for w in members)
        pad = max(6, height // 6)
        x0 = max(0, min(w["left"] for w in members) - pad)
        y0 = max(0, min(w["top"] for w in members) - pad)
        x1 = min(gray.width, max(w["left"] + w["w"] for w in members) + pad)
        y1 = min(gray.height, max(w["top"] + w["h"] for w in members) + pad)
        path = os.path.join(tmp, f"date{n}.pgm")
        gray.crop((x0, y0, x1, y1)).save(path)
        # The CJK model alone: with English beside it, "2026年11月5日" came out "2026711858".
        # As a block (`--psm 6`): as a single line (7) it dropped the digit again.
        tsv, used, done = _tesseract(path, lang.split("+")[0], budget.left(), psm="6")
        budget.spend(used)
        read: dict[str, list[dict[str, Any]]] = {}
        for w in _words(tsv, prefix=f"d{n}.") if done else []:
            read.setdefault(w["line"], []).append(w)
        # only the date's own line: the crop's edges catch cut pieces of the lines around it
        again = next(
            (ws for ws in read.values() if _CJK_DATE_LINE.search("".join(w["text"] for w in ws))),
            [],
        )
        text = "".join(w["text"] for w in again)
        # Dropping a digit is the failure: never take a CJK date with fewer digits.
        before = "".join(w["text"] for w in members)
        if not _YMD.search(text) or (_YMD.search(before) and _digits(text) < _digits(before)):
            continue
        for w in again:
            w["left"] += x0
            w["top"] += y0
            w["line"] = key
        lines[key] = [w for w in lines[key] if w not in members] + again
    return [w for ws in lines.values() for w in ws]


# A word that names the document: a title ("INVOICE", "Rechnung", "QUOTATION") or a label only
# invoices print ("Invoice No.", "N° de facture").
_NAMES_DOCUMENT = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(f"(?:{loose(pattern)})" for _kind, pattern in DOC_TITLES)
    + r")(?![^\W\d_])"
    + f"|{INVOICE_LABEL.pattern}",
    re.I,
)
# The head re-read: the page down to the first gap between text rows past this share of its
# height, read only when the budget has this many seconds left.
HEAD_SHARE = 0.3
HEAD_MIN_BUDGET = 0.35


def _reread_head(
    gray: Any, words: list[dict[str, Any]], tmp: str, lang: str, budget: OcrBudget
) -> list[dict[str, Any]]:
    """A Latin page whose words name no document, its top read again as one block.

    Read as one column (`--psm 4`), a photo or scan lost its top right block (the title
    "INVOICE", the invoice's number and date beside the letterhead): layout analysis joined it
    to the letterhead's lines and dropped it, or gave it up to a bold table header below. As
    one block (`--psm 6`) the same rows come out whole. The block's words replace the pass's
    down to the cut when they are more and name the document."""
    import numpy as np

    if _NAMES_DOCUMENT.search(" ".join(w["text"] for w in words)):
        return words
    if budget.left() < HEAD_MIN_BUDGET:
        return words
    edges = _row_edges(gray)
    start = int(HEAD_SHARE * len(edges))
    gaps = np.flatnonzero(edges[start:] <= 2)
    if not len(gaps):
        return words
    cut = min(gray.height, 2 * (start + int(gaps[0])) + 2)
    path = os.path.join(tmp, "head.pgm")
    gray.crop((0, 0, gray.width, cut)).save(path)
    tsv, used, done = _tesseract(path, lang, budget.left(), psm="6")
    budget.spend(used)
    head = _words(tsv, prefix="h") if done else []
    above = [w for w in words if w["top"] + w["h"] / 2 < cut]
    if len(head) <= len(above) or not _NAMES_DOCUMENT.search(" ".join(w["text"] for w in head)):
        return words + _head_titles(gray.crop((0, 0, gray.width, cut)), words, tmp, lang, budget)
    return head + [w for w in words if w not in above]


# The sparse re-read of a head: its part of the budget, and the scale it is read at (a title is
# set large: half the pixels read it as well).
TITLE_MIN_BUDGET = 0.1
TITLE_SCALE = 0.5


def _head_titles(
    head: Any, words: list[dict[str, Any]], tmp: str, lang: str, budget: OcrBudget
) -> list[dict[str, Any]]:
    """The lines naming the document that the page's pass left unread at its head, read as
    sparse text (`--psm 11`).

    A title set large and bold beside the letterhead ("FAKTURA VAT", "INVOICE" on the right,
    over the number and date) is dropped whole by Tesseract's layout analysis on a photo or a
    blurred scan, in the column and the block reading alike (its table finder takes the thick
    strokes with the ruled table below). Read as sparse text, where no layout is looked for,
    the line comes out. The words the pass read are whited out first: only what it left is
    read (a few lines, for a fraction of the CPU), and only lines naming the document are
    taken; the rest of the page stays as the pass read it."""
    from PIL import Image, ImageDraw

    if budget.left() < TITLE_MIN_BUDGET:
        return []
    left = head.copy()
    draw = ImageDraw.Draw(left)
    for w in words:
        draw.rectangle(
            (w["left"] - 2, w["top"] - 2, w["left"] + w["w"] + 2, w["top"] + w["h"] + 2), fill=255
        )
    size = (max(1, round(head.width * TITLE_SCALE)), max(1, round(head.height * TITLE_SCALE)))
    path = os.path.join(tmp, "titles.pgm")
    left.resize(size, Image.Resampling.LANCZOS).save(path)
    tsv, used, done = _tesseract(path, lang, budget.left(), psm="11")
    budget.spend(used)
    lines: dict[str, list[dict[str, Any]]] = {}
    for w in _words(tsv, prefix="t") if done else []:
        for key in ("left", "top", "w", "h"):
            w[key] = round(w[key] / TITLE_SCALE)
        lines.setdefault(w["line"], []).append(w)
    return [w for line in lines.values() if _names_document(line) for w in line]


def _names_document(line: list[dict[str, Any]]) -> bool:
    """A line's words name the document, or are one OCR slip from a title ("FAKTUPA")."""
    text = " ".join(w["text"] for w in line)
    return bool(_NAMES_DOCUMENT.search(text)) or misread_title(text) is not None


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _date_chunk(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words of a line around its date, up to the wide gaps on either side: a line that
    runs across two columns (an address left, the date right) read as one line fails."""
    ordered = sorted(members, key=lambda w: w["left"])
    chunks: list[list[dict[str, Any]]] = [[ordered[0]]]
    for left, w in itertools.pairwise(ordered):
        if w["left"] - (left["left"] + left["w"]) > 1.5 * max(left["h"], w["h"]):
            chunks.append([])
        chunks[-1].append(w)
    for chunk in chunks:
        if _CJK_DATE_LINE.search("".join(w["text"] for w in chunk)):
            return chunk
    return members


def plan(langs: frozenset[str] | set[str], script: str = "latin") -> str:
    """The one pass a page of `script` gets, given the installed languages."""
    wanted = PASSES[script].split("+")
    have = [lang for lang in wanted if lang in langs]
    return "+".join(have) or "eng"


# A phone photo shows the sheet on a darker surface. The surround's edge, grain and shadows are
# read as stray letters down the page's margins ("q", "4", "Z" before "Totaal € 949,06") and
# made Tesseract's layout analysis drop whole boxes of text (a boxed title block, the totals).
# The sheet is what stands brighter than the picture's own edge on its row and column, by this
# ratio and offset; a picture whose edges are this much darker than its middle is a photo.
SHEET_RATIO = 1.25
SHEET_OFFSET = 12
SURROUND_CONTRAST = 60


def _sheet_mask(gray: Any) -> tuple[Any, Any, int] | None:
    """Where a photographed sheet lies in its picture, on a copy `f` times smaller: the mask,
    the small copy and `f`; None when the picture is no photo of a sheet on a darker surface
    (a scan's margins are as bright as its middle)."""
    import numpy as np

    f = max(1, max(gray.size) // 200)
    small = np.asarray(gray.reduce(f), dtype=np.float32)
    h, w = small.shape
    if min(h, w) < 20:
        return None
    middle = small[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4]
    paper = float(np.median(middle))
    # the desk on all four sides: a photo filling the frame, lit on one side and in shadow on
    # the other, is left whole (its shadowed paper is no desk)
    sides = (small[0], small[-1], small[:, 0], small[:, -1])
    if any(np.median(side) > paper - SURROUND_CONTRAST for side in sides):
        return None
    mask = _spans(small, paper) & _spans(small.T, paper).T
    # one cell in from the sheet's edge: its rim and the shadow it casts read as letters too
    mask[1:-1, 1:-1] &= mask[:-2, 1:-1] & mask[2:, 1:-1] & mask[1:-1, :-2] & mask[1:-1, 2:]
    mask[[0, -1], :] = False
    mask[:, [0, -1]] = False
    if not 0.2 <= mask.mean() <= 0.97:
        return None
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    # the desk all around, a twentieth of the picture at least on every side: a photo filling
    # the frame at a steep angle (its corners dark) lost its shadowed side to the cut
    if min(cols[0], w - 1 - cols[-1]) < 0.05 * w or min(rows[0], h - 1 - rows[-1]) < 0.05 * h:
        return None
    return mask, small, f


def crop_sheet(gray: Any) -> tuple[Any, tuple[int, int]]:
    """A photographed sheet cut out of its picture, everything around it white, and where the
    cut starts (pixels); the picture as it is when it is no photo of a sheet on a darker
    surface."""
    import numpy as np
    from PIL import Image

    found = _sheet_mask(gray)
    if found is None:
        return gray, (0, 0)
    mask, small, f = found
    h, w = small.shape
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    box = (
        int(cols[0]) * f,
        int(rows[0]) * f,
        min(gray.width, (int(cols[-1]) + 1) * f),
        min(gray.height, (int(rows[-1]) + 1) * f),
    )
    # Around the sheet, the paper's own level at the nearest edge of its row: white there made
    # a step against paper in shadow, and the steps were read as columns (a fapiao's right
    # column was lost).
    fill = small.copy()
    paper = float(np.median(small[mask]))
    for y in range(h):
        inside = np.flatnonzero(mask[y])
        if len(inside):
            fill[y, : inside[0]] = small[y, inside[0]]
            fill[y, inside[-1] + 1 :] = small[y, inside[-1]]
        else:
            fill[y] = paper
    size = (w * f, h * f)
    outside = Image.fromarray(((~mask) * 255).astype("uint8"))
    outside = outside.resize(size, Image.Resampling.NEAREST)
    level = Image.fromarray(np.clip(fill, 0, 255).astype("uint8")).resize(
        size, Image.Resampling.BILINEAR
    )
    cut = gray.crop(box)
    cut.paste(level.crop(box), (0, 0), outside.crop(box))
    return cut, (box[0], box[1])


# A sheet whose outline is a quadrilateral covering at least this share of its mask is
# flattened: its four corners pulled to a rectangle.
QUAD_FILL = 0.93


def flatten_sheet(gray: Any) -> tuple[Any, tuple[int, int, int, int]] | None:
    """A photographed sheet seen at an angle, pulled straight (perspective) and cut out of its
    picture, and the box (pixels) it spanned there; None when the picture shows no sheet with
    four clear corners. A photo taken from above one edge makes the rows at the far end lean
    one way and those at the near end another, which no single rotation levels: Tesseract split
    the leaning rows and a total lost its label."""
    import cv2
    import numpy as np
    from PIL import Image

    found = _sheet_mask(gray)
    if found is None:
        return None
    mask, _small, f = found
    contours, _ = cv2.findContours(
        mask.astype("uint8") * 255, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    if not contours:
        return None
    outline = cv2.convexHull(max(contours, key=cv2.contourArea))
    quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True)
    if len(quad) != 4 or cv2.contourArea(quad) < QUAD_FILL * float(mask.sum()):
        return None
    points = (quad.reshape(4, 2).astype(np.float32) + 0.5) * f
    # top left, top right, bottom right, bottom left
    by_sum, by_diff = points.sum(axis=1), points[:, 0] - points[:, 1]
    corners = np.array(
        [
            points[np.argmin(by_sum)],
            points[np.argmax(by_diff)],
            points[np.argmax(by_sum)],
            points[np.argmin(by_diff)],
        ],
        dtype=np.float32,
    )
    tl, tr, br, bl = corners
    width = round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if width < 64 or height < 64:
        return None
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    flat = cv2.warpPerspective(
        np.asarray(gray), matrix, (width, height), flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )  # fmt: skip
    x0, y0 = corners.min(axis=0)
    x1, y1 = corners.max(axis=0)
    return Image.fromarray(flat), (int(x0), int(y0), int(x1), int(y1))


def _spans(small: Any, paper: float) -> Any:
    """Per row, the pixels from the first to the last (two in a row) that stand above the row's
    own ends: the sheet on that row. An end as bright as the paper is the sheet itself (a photo
    filling the frame, its desk showing only at the corners): the row runs to that edge."""
    import numpy as np

    left = np.median(small[:, :3], axis=1, keepdims=True)
    right = np.median(small[:, -3:], axis=1, keepdims=True)
    left = np.where(left >= paper - SURROUND_CONTRAST, -1e9, left)
    right = np.where(right >= paper - SURROUND_CONTRAST, -1e9, right)
    up_l = small > left * SHEET_RATIO + SHEET_OFFSET
    up_r = small > right * SHEET_RATIO + SHEET_OFFSET
    up_l = up_l[:, :-1] & up_l[:, 1:]
    up_r = up_r[:, :-1] & up_r[:, 1:]
    found = up_l.any(axis=1) & up_r.any(axis=1)
    first = np.argmax(up_l, axis=1)
    last = small.shape[1] - 2 - np.argmax(up_r[:, ::-1], axis=1) + 1
    x = np.arange(small.shape[1])
    return found[:, None] & (x >= first[:, None]) & (x <= last[:, None])


# A page photographed under a lamp or with a shadow across it: the paper's brightness varies by
# more than this (grey levels, 5th to 95th percentile of the page's background) and the text in
# the dark part reads poorly; dividing by the background makes the paper even.
UNEVEN_LIGHT = 40
# Pages narrower than this (pixels) are small text for Tesseract (an A4 page below ~130 dpi,
# or a phone photo of a page): enlarged to UPSCALE_TO.
SMALL_PAGE = 1100
UPSCALE_TO = 1800


def _background(gray: Any) -> Any:
    """The paper's brightness across the page, at 1/16 size (text filtered out)."""
    from PIL import Image, ImageFilter

    w, h = gray.size
    small = gray.resize((max(8, w // 16), max(8, h // 16)), Image.Resampling.BILINEAR)
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))


def uneven(gray: Any) -> bool:
    """Whether the page's light varies as a photo's does (see UNEVEN_LIGHT)."""
    import numpy as np

    if min(gray.size) < 64:
        return False
    levels = np.asarray(_background(gray), dtype=np.float32)
    return bool(np.percentile(levels, 95) - np.percentile(levels, 5) > UNEVEN_LIGHT)


def prepare(gray: Any) -> tuple[Any, float]:
    """The page as Tesseract reads it best, and how much it was enlarged: even light, and
    small pages enlarged (the caller divides its scale by the factor)."""
    import numpy as np
    from PIL import Image

    w, h = gray.size
    if min(w, h) < 64:
        return gray, 1.0
    background = _background(gray)
    levels = np.asarray(background, dtype=np.float32)
    if np.percentile(levels, 95) - np.percentile(levels, 5) > UNEVEN_LIGHT:
        full = np.asarray(background.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32)
        flat = np.asarray(gray, dtype=np.float32) / np.maximum(full, 1.0) * 255.0
        gray = Image.fromarray(np.clip(flat, 0, 255).astype("uint8"))
    angle = skew_angle(gray)
    if angle:
        gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    factor = 1.0
    if w < SMALL_PAGE and w < h * 1.2:
        factor = UPSCALE_TO / w
        gray = gray.resize((round(w * factor), round(h * factor)), Image.Resampling.LANCZOS)
    return gray, factor


# A page photographed or scanned a degree or two off level: its rows drift by a line height
# across the page, so Tesseract splits them and a totals label loses its amount. Angles tried
# (degrees) and the least worth correcting.
SKEW_RANGE = 3.0
SKEW_STEP = 0.25
MIN_SKEW = 0.4


def skew_angle(gray: Any) -> float:
    """The rotation (degrees, counter-clockwise) that makes the page's text rows level: the
    angle whose row profile of a small, inverted copy is sharpest (projection profile)."""
    import numpy as np
    from PIL import Image

    w, h = gray.size
    small = gray.resize((max(1, w * 600 // max(w, h)), max(1, h * 600 // max(w, h))))
    arr = np.asarray(small, dtype=np.float32)
    # ink above the paper only: paper is 0, so the corners a rotation fills in add nothing
    ink = Image.fromarray(np.clip(np.median(arr) - arr, 0, 255).astype("uint8"))
    scores: dict[float, float] = {}

    def score(angle: float) -> float:
        if angle not in scores:
            rotated = ink.rotate(angle, resample=Image.Resampling.BILINEAR)
            profile = np.asarray(rotated, dtype=np.float32).sum(axis=1)
            scores[angle] = float(np.square(np.diff(profile)).sum())
        return scores[angle]

    # Whole degrees first, then quarter degrees around the best (9 + 4 rotations, not 25): the
    # profile's sharpness rises smoothly towards the level angle.
    steps = int(SKEW_RANGE)
    coarse = max(sorted(range(-steps, steps + 1), key=abs), key=lambda i: score(float(i)))
    near = [coarse + k * SKEW_STEP for k in range(-3, 4)]
    best = max(sorted(near, key=abs), key=lambda a: score(a) if abs(a) <= SKEW_RANGE else -1.0)
    return best if abs(best) >= MIN_SKEW else 0.0


def _mean(words: list[dict[str, Any]]) -> float:
    return sum(w["conf"] for w in words) / len(words) if words else 0.0


# Table rules and cell borders: dark runs at least this share of the page's width long (and
# never shorter than RULE_MIN pixels), horizontal or vertical. Glyph strokes are far shorter.
RULE_SHARE = 1 / 25
RULE_MIN = 40
RULE_INK = 150


def unrule(gray: Any) -> Any:
    """The page with its table rules and cell borders painted white. Tesseract took a ruled
    table (a fapiao's grid, a bordered item table) for a picture, or split its cells into
    columns of their own: on bordered scans it lost the item rows and the totals below them
    ("Totaal € 6.531,47" not read, 117 words where 145 were read without the rules)."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(gray)
    # Large pages (a 300 dpi scan) are searched at half size, each pixel the darkest of four,
    # so that a one-pixel rule stays whole: a quarter of the work (0.6 s of CPU a page before).
    step = 2 if gray.width > 1800 else 1
    h, w = arr.shape[0] // step * step, arr.shape[1] // step * step
    small = arr[:h, :w].reshape(h // step, step, w // step, step).min(axis=(1, 3))
    ink = small < RULE_INK
    length = max(RULE_MIN, int(gray.width * RULE_SHARE)) // step
    rules = _runs(ink, length) | _runs(ink.T, length).T
    if not rules.any():
        return gray
    # one pixel around: the anti-aliased rim of a rule reads as a stroke too
    grown = rules.copy()
    grown[1:] |= rules[:-1]
    grown[:-1] |= rules[1:]
    grown[:, 1:] |= rules[:, :-1]
    grown[:, :-1] |= rules[:, 1:]
    if step > 1:
        grown = grown.repeat(step, axis=0).repeat(step, axis=1)
    out = arr.copy()
    out[:h, :w][grown] = 255
    return Image.fromarray(out)


# Seal ink: red well above green and blue, which are alike (a red seal, not an orange or brown
# title or label, whose green stands well above its blue).
SEAL_RED = 50
SEAL_GREEN_BLUE = 40


def unseal(image: Any, gray: Any) -> Any:
    """The grey page with its red seal's ink as light as the paper: its pixels take their red
    channel, where red ink is nearly white and the black print under it stays black. Only the
    seal's red: the whole red channel also wiped out a sales invoice's orange title (销售发票)
    and a desk's brown, and photos were called no invoice."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    seal = (red - np.maximum(green, blue) > SEAL_RED) & (np.abs(green - blue) < SEAL_GREEN_BLUE)
    if not seal.any():
        return gray
    out = np.asarray(gray).copy()
    out[seal] = red[seal].astype(np.uint8)
    return Image.fromarray(out)


def _runs(ink: Any, length: int) -> Any:
    """The pixels of each row that lie in a run of ink at least `length` long: a morphological
    opening by a row of `length` pixels, nothing outside the page counting as ink. OpenCV's
    erode and dilate do it in a sixth of the CPU of the cumulative sums this replaced (the same
    pixels on every scan of the outside sets, tests/invoices/test_ocr_speed_paths.py)."""
    import cv2
    import numpy as np

    if ink.shape[1] < length:
        return np.zeros_like(ink)
    row = np.ones((1, length), np.uint8)
    # OpenCV's dilate does not mirror the kernel: its anchor is put at the mirrored place, so
    # the windows the dilation looks at are the ones the erosion found full (also for even
    # lengths).
    anchor = length // 2
    full = cv2.erode(
        np.ascontiguousarray(ink, dtype=np.uint8), row, anchor=(anchor, 0),
        borderType=cv2.BORDER_CONSTANT, borderValue=0,
    )  # fmt: skip
    opened = cv2.dilate(
        full, row, anchor=(length - 1 - anchor, 0), borderType=cv2.BORDER_CONSTANT, borderValue=0
    )
    return opened.astype(bool)


def _ready(gray: Any, scale: float) -> tuple[Any, float]:
    """The page prepared for Tesseract (`prepare`, at most MAX_SIDE) and its new scale."""
    gray, factor = prepare(gray)
    scale = scale / factor
    if max(gray.size) > MAX_SIDE:
        from PIL import Image

        factor = MAX_SIDE / max(gray.size)
        size = (max(1, int(gray.width * factor)), max(1, int(gray.height * factor)))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
        scale = scale / factor
    return gray, scale


def ocr_image(
    image: Any, *, scale: float, budget: OcrBudget | None = None, script: str | None = None
) -> dict[str, Any]:
    """Words with positions (in page units: pixels times `scale`) and what the OCR pass was.

    A probe of the page's top tells its script (`script_of`); the page is then read in one
    Tesseract pass with that script's languages (`PASSES`), on the image scaled down to
    `MAX_SIDE`. A page the probe took for Chinese whose CJK characters are read with low
    confidence is read again with Japanese when the budget allows (a Japanese page without
    kana at its top), keeping whichever pass is more confident. Every call spends from
    `budget`; a pass stopped by it leaves the page unread and says so (`meta["cut"]`).
    `script`: the script of the file's first page, so later pages need no probe.
    """
    if not available():
        return {"words": [], "meta": {"engine": None, "missing": True}}
    budget = budget or OcrBudget()
    langs = languages()
    with tempfile.TemporaryDirectory(prefix="reinstate-ocr-") as tmp:
        path = os.path.join(tmp, "page.pgm")  # uncompressed: no PNG encoding cost
        whole = image if image.mode == "L" else image.convert("L")
        flat = flatten_sheet(whole)
        if flat is not None:
            sheet, (cut_x, cut_y) = flat[0], flat[1][:2]
        else:
            sheet, (cut_x, cut_y) = crop_sheet(whole)
        gray, scale_cut = _ready(sheet, scale)
        first_page = script is None  # later pages of a file come with the first one's script
        script = script or _script(gray, tmp, langs, budget)
        offset = (cut_x * scale, cut_y * scale)  # page units of the picture before the cut
        page = whole
        if script == "chinese" and image.mode in ("RGB", "RGBA"):
            # A Chinese document's red seal (发票专用章, 财务专用章) is stamped over its total
            # and date: in grey it is as dark as the print and Tesseract lost what lay under
            # it (a fapiao's "（小写）¥125,242.42", a receipt's 合计). (Read whole, as below.)
            page = unseal(image, whole)
        if sheet is not whole and (script == "chinese" or (script != "latin" and flat is None)):
            # A sheet cut out along its rows and columns is read better on Latin pages only:
            # on a photographed fapiao the ruled grid's right column and the date in it were
            # lost, and so they were on the same fapiao pulled straight by its corners. A
            # Japanese sheet pulled straight (`flatten_sheet`) is read as it is: read whole, a
            # Japanese photo on a desk lost its layout to the desk (few words, a second pass as
            # one block cut by the budget) and was called no invoice.
            gray, scale_cut = _ready(page, scale)
            offset = (0.0, 0.0)
        elif page is not whole:
            # Prepared once, the page without its seal (the whole page was prepared and then
            # thrown away: 0.09 s of CPU on a fapiao photo).
            gray, scale_cut = _ready(page, scale)
        scale = scale_cut
        # Latin scans are read without their table rules. On CJK pages it gained three totals
        # of the independent sets and lost three dates (a Japanese scan's 年 read 征), on steep
        # phone photos (uneven light) two dates and two totals of twelve: left off there.
        ruled = script == "latin" and not uneven(whole)
        (unrule(gray) if ruled else gray).save(path)
        used = plan(langs, script)
        limit = budget.left()
        if script != "latin":
            limit = max(limit, OCR_CJK_PASS_BUDGET - budget.used)
        tsv, cpu, done = _tesseract(path, used, limit)
        budget.spend(cpu)
        words = _words(tsv) if done else []
        # A CJK page keeps what a date line's re-read needs: the block pass may cost more than
        # the page's pass and be cut, and its date was then left as the pass had misread it
        # (a Japanese phone photo whose probe no longer read the whole page: session 17).
        reserve = REREAD_MIN if script != "latin" else 0.0
        if (
            done
            and len(words) < FEW_WORDS
            and budget.left() >= cpu + reserve
            and _text_share(gray) > TEXT_SHARE
        ):
            # Layout analysis took the page for a picture: a photo's dark, grainy surround
            # around the sheet left only the footer read. Read as one block instead.
            tsv, cpu, block_done = _tesseract(path, used, budget.left(), psm="6")
            budget.spend(cpu)
            block = _words(tsv) if block_done else []
            if len(block) > BLOCK_GAIN * len(words):
                words = block
        cjk = [w for w in words if CJK.search(w["text"])]
        if (
            script == "chinese"
            and "jpn" in langs
            and cjk
            and _mean(cjk) < JPN_RETRY_CONFIDENCE
            and budget.left() >= cpu
        ):
            again_lang = plan(langs, "japanese")
            tsv, cpu, again_done = _tesseract(path, again_lang, budget.left())
            budget.spend(cpu)
            again = _words(tsv) if again_done else []
            if _mean(again) > _mean(words):
                words, used = again, again_lang
        if script != "latin" and words:
            words = _reread_dates(gray, words, tmp, used, budget, whole=script == "chinese")
        if script == "latin" and done and words and first_page:
            words = _reread_head(gray, words, tmp, used, budget)
    out = []
    for w in words:
        out.append(
            {
                "text": w["text"],
                "x0": offset[0] + w["left"] * scale,
                "x1": offset[0] + (w["left"] + w["w"]) * scale,
                "top": offset[1] + w["top"] * scale,
                "bottom": offset[1] + (w["top"] + w["h"]) * scale,
                "font": "ocr",
                "size": w["h"] * scale,
                "order": 0,
                "word": True,
                "conf": w["conf"],
                "line": w["line"],
            }
        )
    meta: dict[str, Any] = {
        "engine": "tesseract",
        "lang": used,
        "script": script,
        "confidence": _mean(words),
    }
    if not done:
        meta["cut"] = True
    return {"words": out, "meta": meta}
