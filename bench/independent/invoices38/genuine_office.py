"""Stage: spreadsheets (.xlsx/.fods) and Word files (.docx) converted to PDF by LibreOffice (one soffice batch)."""
import os, sys, shutil
from common import FILES, write_stage_labels, pdf_pages
from plan import G, file_name
from producers import build_doc, office_source, office_pdf_path, finish, ENGINE_LABEL
import office_layouts as O

STAGE = "genuine_office"


def run():
    todo = []
    for it in G:
        if it["cap"] or it["engine"] not in ("calc", "docx"):
            continue
        doc = build_doc(it)
        src = office_source(it, doc, it["key"])
        todo.append((it, doc, src))
    O.convert_all([s for _, _, s in todo])
    labels = []
    for it, doc, src in todo:
        name = file_name(it["key"], "pdf")
        shutil.copyfile(office_pdf_path(src), os.path.join(FILES, name))
        pages = pdf_pages(os.path.join(FILES, name))
        labels.append(finish(it, doc, name, pages, ENGINE_LABEL[it["engine"]], _src=src))
        print(STAGE, it["key"], name, pages, file=sys.stderr)
    write_stage_labels(STAGE, labels)
    return labels


if __name__ == "__main__":
    run()
