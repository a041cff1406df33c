"""Validates one writer's folder of the written corpus (same conventions as the dev set).

usage: python3 check.py FOLDER TAXONOMY_CSV UNITS_CSV
FOLDER holds complaints.jsonl and labels.jsonl; prints a summary, exits 1 on the first error.
"""
import csv, json, sys, collections, datetime, re

d, tax, uni = sys.argv[1:4]
cats = {r["code"] for r in csv.DictReader(open(tax, encoding="utf-8"))}
units = {r["code"] for r in csv.DictReader(open(uni, encoding="utf-8"))} | {"UNKNOWN"}
def load(p):
    out = []
    for n, x in enumerate(open(p, encoding="utf-8"), 1):
        if x.strip():
            try: out.append(json.loads(x))
            except Exception as e: sys.exit(f"{p}:{n}: not JSON: {e}")
    return out
C, L = load(f"{d}/complaints.jsonl"), load(f"{d}/labels.jsonl")
errors = []
if [c["id"] for c in C] != [l["id"] for l in L]: errors.append("ids differ or are out of order between the two files")
if len({c["id"] for c in C}) != len(C): errors.append("duplicate ids")
groups = collections.defaultdict(list)
for c, l in zip(C, L):
    i = c.get("id")
    if list(c) != ["id", "channel", "received_at", "subject", "text", "reporter", "location"]: errors.append(f"{i}: complaint keys {list(c)}")
    if c.get("channel") not in {"email", "line", "telegram", "webform", "hotline", "traffy", "officer"}: errors.append(f"{i}: channel")
    try:
        assert c["received_at"].endswith("+07:00"); datetime.datetime.fromisoformat(c["received_at"])
    except Exception: errors.append(f"{i}: received_at")
    if not isinstance(c.get("reporter"), dict) or list(c["reporter"]) != ["anonymous", "name", "email", "phone", "line_user_id", "telegram_chat_id"]: errors.append(f"{i}: reporter keys")
    if isinstance(c.get("reporter"), dict) and not isinstance(c["reporter"].get("anonymous"), bool): errors.append(f"{i}: reporter.anonymous must be true or false")
    if c.get("location") is not None and (not isinstance(c["location"], dict) or list(c["location"]) != ["district", "lat", "lon"]): errors.append(f"{i}: location keys")
    if c.get("channel") == "line" and not re.fullmatch(r"U[0-9a-f]{32}", c["reporter"].get("line_user_id") or ""): errors.append(f"{i}: line_user_id")
    if c.get("channel") == "telegram" and not isinstance(c["reporter"].get("telegram_chat_id"), int): errors.append(f"{i}: telegram_chat_id must be an integer")
    if list(l) != ["id", "is_corruption", "category", "unit", "dup_group", "pii"]: errors.append(f"{i}: label keys {list(l)}")
    if l.get("category") not in cats: errors.append(f"{i}: category {l.get('category')}")
    if l.get("unit") not in units: errors.append(f"{i}: unit {l.get('unit')}")
    if l.get("is_corruption") != (l.get("category") != "NOT_CORRUPTION"): errors.append(f"{i}: is_corruption disagrees with category")
    for p in l.get("pii", []):
        if p not in c.get("text", ""): errors.append(f"{i}: pii not in text: {p}")
    if not c.get("text") or len(c["text"]) < 20: errors.append(f"{i}: text too short")
    groups[l.get("dup_group")].append(l)
for g, ms in groups.items():
    if len(ms) > 6: errors.append(f"{g}: {len(ms)} members (at most 6)")
    if len({(m["category"], m["unit"]) for m in ms}) > 1: errors.append(f"{g}: members disagree on category/unit")
if errors:
    print("\n".join(errors[:50])); print(f"{len(errors)} errors"); sys.exit(1)
multi = {k: len(v) for k, v in groups.items() if len(v) >= 2}
print("messages", len(C), "| corruption", sum(l["is_corruption"] for l in L))
print("categories", dict(collections.Counter(l["category"] for l in L)))
print("channels", dict(collections.Counter(c["channel"] for c in C)))
print("dup groups >=2:", len(multi), "sizes", dict(collections.Counter(multi.values())), "messages in them", sum(multi.values()))
print("messages with pii", sum(bool(l["pii"]) for l in L), "| pii strings", sum(len(l["pii"]) for l in L))
print("OK")
