"""HTML -> PDF via headless Chromium or WeasyPrint."""
import os, subprocess, tempfile
from common import BUILD, CHROMIUM, run

PROFILE = os.path.join(BUILD, "chromium_profile")


def chromium_pdf(html, out_pdf, stem):
    src = os.path.join(BUILD, "src", stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    os.makedirs(PROFILE, exist_ok=True)
    tmp = out_pdf + ".tmp.pdf"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={PROFILE}", "--run-all-compositor-stages-before-draw",
           f"--print-to-pdf={tmp}", "file://" + src]
    subprocess.run(cmd, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(tmp) or os.path.getsize(tmp) < 500:
        raise RuntimeError("chromium failed for " + stem)
    os.replace(tmp, out_pdf)
    return src


def weasy_pdf(html, out_pdf, stem):
    import weasyprint
    src = os.path.join(BUILD, "src", stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    weasyprint.HTML(string=html, base_url=os.path.dirname(src)).write_pdf(out_pdf)
    return src
