# append-only helper: writes hand-written messages given in a batch file; composes no text
import json, sys, hashlib, os
D = os.path.dirname(os.path.abspath(__file__))
Q=[]
BASE=[None]
def nxt():
    if BASE[0] is None:
        p = f"{D}/complaints.jsonl"
        BASE[0] = (sum(1 for _ in open(p, encoding='utf-8')) if os.path.exists(p) else 0) + 1
    return BASE[0] + len(Q)
def _old():
    p = f"{D}/complaints.jsonl"
    return (sum(1 for _ in open(p, encoding="utf-8")) if os.path.exists(p) else 0) + 1
def sing():
    p = f"{D}/labels.jsonl"; m = 500
    for _, l in Q:
        g = int(l["dup_group"].split("-g")[1]); m = max(m, g)
    if os.path.exists(p):
        for x in open(p, encoding="utf-8"):
            g = int(json.loads(x)["dup_group"].split("-g")[1]); m = max(m, g)
    return m + 1
def A(ch, ts, subj, text, rep, loc, cat, unit, grp, pii):
    n = nxt(); i = f"w5-{n:04d}"
    anon, name, email, phone = rep
    h = hashlib.md5((i + (name or "") + (phone or "")).encode()).hexdigest()
    r = {"anonymous": anon, "name": name, "email": email, "phone": phone,
         "line_user_id": ("U" + h) if ch == "line" else None,
         "telegram_chat_id": (int(h[:9], 16) % 9000000000 + 100000000) if ch == "telegram" else None}
    if isinstance(rep, tuple) and len(rep) == 5: pass
    c = {"id": i, "channel": ch, "received_at": ts.replace(" ", "T") + ":00+07:00", "subject": subj, "text": text,
         "reporter": r, "location": None if loc is None else {"district": loc[0], "lat": loc[1], "lon": loc[2]}}
    g = f"w5-g{grp:03d}" if grp else f"w5-g{sing():03d}"
    l = {"id": i, "is_corruption": cat != "NOT_CORRUPTION", "category": cat, "unit": unit, "dup_group": g, "pii": pii}
    for p in pii: assert p in text, (i, p)
    Q.append((c, l)); return
def _w(c, l):
    open(f"{D}/complaints.jsonl", "a", encoding="utf-8").write(json.dumps(c, ensure_ascii=False) + "\n")
    open(f"{D}/labels.jsonl", "a", encoding="utf-8").write(json.dumps(l, ensure_ascii=False) + "\n")

def W():
    for c, l in Q: _w(c, l)
    print("wrote", len(Q))
