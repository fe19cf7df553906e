"""Phone extensions: "+44 20 7946 0000 ext. 214" is line 214 of a switchboard (docs/related.md).

Its own module because both the phone normaliser and the country inference read numbers
without their extension.
"""

from __future__ import annotations

import re
import unicodedata


def _nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


# An extension written after the number, in the words sellers use for it: "ext. 214", "x12",
# "#12", ";ext=12", "extn", "Durchwahl -33", "DW 33", "App. 33", "poste 12", "int. 12", "anexo",
# "доб.", 转/轉 8021, 内线/內線/内線 8021, 分机/分機 8021. Latin words need no letter before them
# ("138xxxx8000" is a masked number, not extension 8000). Up to six digits: a longer tail is
# part of the number or another number.
_EXTENSION = re.compile(
    r"(?i)[\s,;(\[]*(?:(?<![a-z])(?:ext(?:ension|n)?|x|durchwahl|dw|app|apparat|poste|p|int|"
    r"interno|anexo|extensi[oó]n|wew|tst|toestel|доб|вн)\.?|#|分机号?|分機號?|内线|內線|内線|转|轉)"
    r"\s*(?:=|:|：|-|\.|no\.?|号)?\s*(\d{1,6})\s*[)\]]?\s*$"
)
# What an extension's marker may be: anything but the digits and separators of a plain number.
_EXTENSION_HINT = re.compile(r"[^\d\s+\-./()]")


def split_extension(text: str) -> tuple[str, str | None]:
    """(the number, its extension's digits or None): "+44 20 7946 0000 ext. 214" gives
    ("+44 20 7946 0000", "214"). A number's digits written after a dash ("030 1234567-33", a
    German direct-dial number) are the number's own, not an extension."""
    if not _EXTENSION_HINT.search(text):
        return text, None
    text = _nfkc(text)
    found = _EXTENSION.search(text)
    if found is None or not any(c.isdigit() for c in text[: found.start()]):
        return text, None
    return text[: found.start()].strip(), found.group(1)


def extension(raw: str) -> str | None:
    """The extension written with a phone number ("x12" → "12"), or None: two extensions of one
    number are two lines of one switchboard (`crowd.shared_lines`)."""
    return split_extension(raw)[1]
