"""Builds the real-Traffy train/eval split used by `hub normalize --train/--eval`.

usage: python3 make_split.py ../../../../shared/data/traffy  (run from this folder)

Every ticket with text from four public samples (see README.md) is read once, duplicates by
ticket id or by identical text dropped, and sent to `train` or `eval` by SHA-256 of its key, so
the split never depends on file order and a ticket can never sit on both sides.
"""
import csv, hashlib, json, sys, os

src = sys.argv[1]
rows = []

def add(key, text, district, org, ts, source):
    text = (text or "").strip()
    if not text or text == "ไม่แสดงรายละเอียด":
        return
    rows.append({"key": key, "text": text, "district": district or None,
                 "organization": org or None, "timestamp": ts or None, "source": source})

with open(os.path.join(src, "traffy_dump_format_sample_2023-05-11_12.csv"), encoding="utf-8-sig") as f:
    for i, r in enumerate(csv.DictReader(f)):
        add(r["ticket_id"] or f"dump-row-{i}", r["comment"], r["district"], r["organization"], r["timestamp"], "dump")
with open(os.path.join(src, "traffy_api_flat_sample_2023-05-17_18.csv"), encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        add(r["ticket_id"], r["description"], None, r["org"], r["timestamp"], "api-flat")
with open(os.path.join(src, "traffy_api_share_search_page_2023-05-16.json"), encoding="utf-8") as f:
    for r in json.load(f)["results"]:
        add(r["ticket_id"], r["description"], None, r["org"], r["timestamp"], "api-search")
with open(os.path.join(src, "labeling_tickets_2022.csv"), encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        add("label2022-" + r["id"], r["content"], None, None, None, "labeling-2022")

seen_keys, seen_text, unique = set(), set(), []
for r in rows:
    norm = " ".join(r["text"].split())
    if r["key"] in seen_keys or norm in seen_text:
        continue
    seen_keys.add(r["key"]); seen_text.add(norm); unique.append(r)

out = {"train": [], "eval": []}
for r in unique:
    side = "eval" if hashlib.sha256(r["key"].encode()).digest()[0] % 2 else "train"
    out[side].append(r)
for side, items in out.items():
    with open(f"{side}.jsonl", "w", encoding="utf-8") as f:
        for r in items:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(side, len(items))
