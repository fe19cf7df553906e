import os, collections
from common import *

def main():
    labs = read_labels()
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(FILES, l["file"]))]
    extra = set(os.listdir(FILES)) - {l["file"] for l in labs}
    print(f"labels: {len(labs)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(extra)}")
    print("genuine:", sum(l["genuine"] for l in labs), " edited:", sum(not l["genuine"] for l in labs),
          " arithmetic_error:", sum(l["arithmetic_error"] for l in labs), " non-invoice:", sum(not l["is_invoice"] for l in labs))
    for k in ["producer", "language", "doc_type", "edit_method"]:
        c = collections.Counter(str(l[k]) for l in labs)
        print(f"\n{k}:"); [print(f"  {v:4d}  {n}") for n, v in c.most_common()]

if __name__ == "__main__":
    main()
