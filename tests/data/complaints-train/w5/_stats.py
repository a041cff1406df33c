import json, csv, collections
D="/work/main/tests/data/complaints-train/w5"
tax={r["code"]:r["typical_signals_th"].split(";") for r in csv.DictReader(open("/work/shared/data/taxonomy.csv",encoding="utf-8"))}
g=["สินบน","ทุจริต","เรียกรับเงิน","คอรัปชั่น"]
C=[json.loads(x) for x in open(D+"/complaints.jsonl",encoding="utf-8")]
L=[json.loads(x) for x in open(D+"/labels.jsonl",encoding="utf-8")]
tot=collections.Counter(); clean=collections.Counter()
for c,l in zip(C,L):
    k=l["category"]
    if k=="NOT_CORRUPTION": continue
    t=(c["subject"] or "")+c["text"]; tot[k]+=1
    if not any(w in t for w in tax[k]+g): clean[k]+=1
for k in tot: print(k, tot[k], "clean", clean[k])
print("cc", collections.Counter((l["category"][:4],c["channel"][:3]) for c,l in zip(C,L)).most_common(80))
print("units", collections.Counter(l["unit"] for l in L))
