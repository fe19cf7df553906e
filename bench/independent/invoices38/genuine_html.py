"""Stage: genuine documents printed from HTML by Chromium and WeasyPrint."""
import os, sys
from common import FILES, write_stage_labels
from plan import G, file_name
from producers import build_doc, render_pdf, finish, ENGINE_LABEL

STAGE = "genuine_html"


def run():
    labels = []
    for it in G:
        if it["cap"] or it["engine"] not in ("chromium", "weasyprint"):
            continue
        name = file_name(it["key"], "pdf")
        doc = build_doc(it)
        pages = render_pdf(it, doc, os.path.join(FILES, name), it["key"])
        labels.append(finish(it, doc, name, pages, ENGINE_LABEL[it["engine"]]))
        print(STAGE, it["key"], name, pages, file=sys.stderr)
    write_stage_labels(STAGE, labels)
    return labels


if __name__ == "__main__":
    run()
