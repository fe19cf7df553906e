"""Build the whole set: genuine files part by part, then edited copies, then labels.jsonl.
Each part also writes _work/part_<name>.jsonl so that a stop midway leaves usable pieces."""
import os, sys, glob, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import FILES, WORK, RECORDS, write_labels, BASE

PARTS = [('html', 'genuine_html'), ('pdf', 'genuine_pdf'), ('office', 'genuine_office'), ('img', 'genuine_img'), ('edits', 'edits')]


def main():
    for f in glob.glob(os.path.join(FILES, '*')): os.remove(f)
    for f in glob.glob(os.path.join(WORK, '*.pkl')): os.remove(f)
    for name, mod in PARTS:
        n0 = len(RECORDS)
        __import__(mod).run()
        write_labels(RECORDS[n0:], os.path.join(WORK, f'part_{name}.jsonl'))
        write_labels(RECORDS, os.path.join(BASE, 'labels.jsonl'))
        print(f'{name}: {len(RECORDS) - n0} files', flush=True)
    print('total', len(RECORDS))

if __name__ == '__main__':
    main()
