"""Find and replace printed text inside PDF content streams, re-encoding through each font's own code map.
This is what free "edit PDF text" tools do under the hood: the glyphs must already be in the embedded subset."""
import re
import pikepdf


def parse_cmap(data):
    m = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            m[bytes.fromhex(src.decode())] = bytes.fromhex(dst.decode()).decode("utf-16-be", "ignore")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            n = len(lo) // 2
            a, b = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for i, d in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    m[(a + i).to_bytes(n, "big")] = bytes.fromhex(d.decode()).decode("utf-16-be", "ignore")
            else:
                hexd = rest[1:-1].decode()
                base, dl = int(hexd, 16), len(hexd) // 2
                for i in range(b - a + 1):
                    m[(a + i).to_bytes(n, "big")] = (base + i).to_bytes(dl, "big").decode("utf-16-be", "ignore")
    return m


class FontMap:
    def __init__(self, font):
        self.two = str(font.get("/Subtype")) == "/Type0"
        self.width = 2 if self.two else 1
        self.dec = {}
        if "/ToUnicode" in font:
            try:
                self.dec = parse_cmap(font.ToUnicode.read_bytes())
            except Exception:
                self.dec = {}
        if not self.dec and not self.two:
            for i in range(32, 256):
                try:
                    self.dec[bytes([i])] = bytes([i]).decode("cp1252")
                except UnicodeDecodeError:
                    pass
        self.enc = {}
        for k, v in sorted(self.dec.items()):
            if len(v) == 1 and v not in self.enc:
                self.enc[v] = k
        # simple fonts: NBSP and space are interchangeable for our purpose
        if " " in self.enc and "\u00a0" not in self.enc:
            self.enc["\u00a0"] = self.enc[" "]

    def decode(self, b):
        w = self.width
        return "".join(self.dec.get(bytes(b[i:i + w]), "\ufffd") for i in range(0, len(b), w))

    def encode(self, s):
        out = b""
        for ch in s:
            if ch not in self.enc:
                raise KeyError(ch)
            out += self.enc[ch]
        return out


def _fonts(resources):
    fm = {}
    if resources is not None and "/Font" in resources:
        for name, f in resources.Font.items():
            try:
                fm[name] = FontMap(f)
            except Exception:
                pass
    return fm


def _edit_stream(ops, fonts, pairs, counts, limit):
    """ops: list of pikepdf ContentStreamInstruction. pairs: [(old, new)]. Mutates and returns (ops, changed)."""
    cur = None
    changed = False
    out = []
    for inst in ops:
        opr = str(inst.operator)
        operands = list(inst.operands)
        if opr == "Tf":
            cur = fonts.get(str(operands[0]))
        if opr in ("Tj", "'", '"', "TJ") and cur is not None:
            for old, new in pairs:
                if limit and counts[old] >= limit:
                    continue
                if opr == "TJ":
                    arr = operands[0]
                    strs = [(i, e) for i, e in enumerate(arr) if isinstance(e, pikepdf.String)]
                    done = False
                    for i, e in strs:       # inside a single element
                        txt = cur.decode(bytes(e))
                        if old in txt:
                            try:
                                arr[i] = pikepdf.String(cur.encode(txt.replace(old, new)))
                            except KeyError:
                                continue
                            counts[old] += txt.count(old)
                            changed = done = True
                    if not done:            # spread across kerned pieces: merge the whole run
                        whole = "".join(cur.decode(bytes(e)) for _, e in strs)
                        if old in whole:
                            try:
                                merged = pikepdf.String(cur.encode(whole.replace(old, new)))
                            except KeyError:
                                continue
                            operands[0] = pikepdf.Array([merged])
                            counts[old] += whole.count(old)
                            changed = True
                else:
                    idx = len(operands) - 1
                    txt = cur.decode(bytes(operands[idx]))
                    if old in txt:
                        try:
                            operands[idx] = pikepdf.String(cur.encode(txt.replace(old, new)))
                        except KeyError:
                            continue
                        counts[old] += txt.count(old)
                        changed = True
        out.append(pikepdf.ContentStreamInstruction(operands, inst.operator))
    return out, changed


def replace_in_pdf(pdf, pairs, pages=None, limit=0, new_content=None):
    """Replace text on pages (and their form XObjects). Returns dict old->count.
    new_content: optional dict that receives page_index -> new content bytes (used for incremental saves)."""
    counts = {o: 0 for o, _ in pairs}
    for pi, page in enumerate(pdf.pages):
        if pages is not None and pi not in pages:
            continue
        fonts = _fonts(page.obj.get("/Resources"))
        ops = pikepdf.parse_content_stream(page)
        ops, ch = _edit_stream(ops, fonts, pairs, counts, limit)
        if ch:
            data = pikepdf.unparse_content_stream(ops)
            if new_content is not None:
                new_content[pi] = data
            page.obj.Contents = pdf.make_stream(data)
        res = page.obj.get("/Resources")
        if res is not None and "/XObject" in res:
            for nm, xo in res.XObject.items():
                if xo.get("/Subtype") == "/Form":
                    xf = _fonts(xo.get("/Resources")) or fonts
                    xops = pikepdf.parse_content_stream(xo)
                    xops, xch = _edit_stream(xops, xf, pairs, counts, limit)
                    if xch:
                        xo.write(pikepdf.unparse_content_stream(xops))
                        if new_content is not None:
                            new_content[(pi, str(nm))] = True
    return counts


def page_text_runs(pdf, page=0):
    """Debug helper: decoded text of every show operation on a page."""
    pg = pdf.pages[page]
    fonts = _fonts(pg.obj.get("/Resources"))
    cur, runs = None, []
    for inst in pikepdf.parse_content_stream(pg):
        opr = str(inst.operator)
        if opr == "Tf":
            cur = fonts.get(str(inst.operands[0]))
        elif opr in ("Tj", "TJ", "'", '"') and cur:
            o = inst.operands[-1] if opr != "TJ" else inst.operands[0]
            if opr == "TJ":
                runs.append("".join(cur.decode(bytes(e)) for e in o if isinstance(e, pikepdf.String)))
            else:
                runs.append(cur.decode(bytes(o)))
    return runs
