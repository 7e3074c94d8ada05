#!/usr/bin/env python3
"""Quick check of one policy data file against its source text (the Rust tests do the same, authoritatively).
usage: tools/check_policy_file.py crates/rules/src/policies/<file>.rs"""
import re, sys, pathlib
rs = pathlib.Path(sys.argv[1]).read_text()
src_name = re.search(r'source_file:\s*"([^"]+)"', rs).group(1)
src = (pathlib.Path(__file__).parent.parent / "crates/rules/sources" / src_name).read_text()
norm = lambda s: re.sub(r"\s+", "", s)
nsrc = norm(src)
def unescape(s): return s.encode().decode("unicode_escape").encode("latin1").decode("utf-8") if "\\" in s else s
bad = 0
for q in re.findall(r'quote:\s*"((?:[^"\\]|\\.)*)"', rs):
    if norm(unescape(q)) not in nsrc:
        print("QUOTE NOT FOUND:", q); bad += 1
# markers in source
NUM = "一二三四五六七八九十"
markers = []
for line in src.splitlines():
    l = line.strip().lstrip("#").strip()
    l = re.sub(r"^\[bookmark:[^\]]*\]", "", l).strip()
    m = re.match(rf"^([{NUM}]+、)(.*)", l) or re.match(rf"^([（(][{NUM}]+[）)])(.*)", l) or re.match(r"^(\d+[.．])(.*)", l)
    if m:
        mk = m.group(1).replace("(", "（").replace(")", "）").replace("．", ".")
        markers.append((mk, norm(m.group(2))))
data = re.findall(r'number:\s*"([^"]+)",\s*heading:\s*"([^"]*)"', rs)
numbered = [(n, h) for n, h in data if re.search(rf"([{NUM}]+、|[（(][{NUM}]+[）)]|\d+[.．])$", n)]
for i in range(max(len(markers), len(numbered))):
    a = markers[i] if i < len(markers) else None
    b = numbered[i] if i < len(numbered) else None
    ok = a and b and b[0].replace("(", "（").replace(")", "）").endswith(a[0]) and a[1].startswith(norm(b[1]))
    if not ok:
        print("MARKER MISMATCH at", i, "source:", a, "data:", b); bad += 1
ids = re.findall(r'\bid:\s*"([^"]+)"', rs)
dups = {x for x in ids if ids.count(x) > 1}
if dups: print("DUPLICATE IDS:", dups); bad += 1
print(f"{len(markers)} markers in source, {len(numbered)} numbered entries, {len(ids)} rules; problems: {bad}")
sys.exit(1 if bad else 0)
