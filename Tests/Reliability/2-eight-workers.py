#!/usr/bin/env python3
"""Eight processes work one department at once for 30 seconds (next, route, note, hold,
case show), as eight people would. Then: every acknowledged note is in the store (no lost
update); every `next` claimed a different case (no double claim); no read failed; every refusal
is a clear message (classified below; anything else fails); `docket check` finds the counters
equal to a recount and every invariant holding.

usage: 2-eight-workers.py DOCKET   (WORKERS=8, WORK_SECONDS=30; RELIABILITY_SEED to reproduce)"""
import json
import os
import random
import re
import sys
import threading
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CLEAR_REFUSALS, Workspace, check_store, finish, seed_from_env  # noqa: E402

NAME = "eight-workers"
WORKERS = int(os.environ.get("WORKERS", "8"))
SECONDS = float(os.environ.get("WORK_SECONDS", "30"))
DEPT = "PH"

UNCLEAR = re.compile(r"database is locked|disk I/O|SQLITE|malformed|Fatal error|constraint", re.I)

seed = seed_from_env(NAME)
ws = Workspace(sys.argv[1], cases=4000)
refs = [r for (r,) in ws.query("SELECT ref FROM cases WHERE closed_at IS NULL AND department = ? ORDER BY ref", (DEPT,))]
others = [d for (d,) in ws.query("SELECT code FROM department WHERE code NOT IN (?, 'INTAKE')", (DEPT,))]
first_event = ws.query("SELECT max(id) FROM event")[0][0] + 1

lock = threading.Lock()
results = []  # (worker, kind, words, code, out, err)


def worker(w):
    rng = random.Random(seed * 100 + w)
    deadline = time.monotonic() + SECONDS
    n = 0
    while time.monotonic() < deadline:
        n += 1
        # Half the time one of a dozen busy cases, so that people meet on the same case.
        ref = rng.choice(refs[:12]) if rng.random() < 0.5 else rng.choice(refs)
        kind = rng.choices(["next", "note", "show", "route", "hold"], weights=[25, 30, 25, 10, 10])[0]
        if kind == "next":
            words = ["next", "--dept", DEPT, "--json"]
        elif kind == "note":
            words = ["case", "note", ref, f"worker {w} note {n} seed {seed}"]
        elif kind == "show":
            words = ["case", "show", ref]
        elif kind == "route":
            words = ["case", "route", ref, rng.choice(others), "--reason", f"worker {w} route {n}"]
        else:
            words = ["case", "hold", ref, "--until", "2026-12-15", "--reason", f"worker {w} hold {n}"]
        if kind in ("note", "route", "hold") and rng.random() < 0.7:
            # As a person does: the version seen a moment ago, so a change in between is a conflict.
            words += ["--expect-version", str(ws.query("SELECT version FROM cases WHERE ref = ?", (ref,))[0][0])]
            time.sleep(rng.uniform(0, 0.05))
        r = ws.run(*words, timeout=120)
        with lock:
            results.append((w, kind, words, r.returncode, r.stdout, r.stderr))


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(w,)) for w in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
took = time.monotonic() - start

failures = []
kinds = Counter(k for (_, k, _, _, _, _) in results)
refusals = Counter()
examples = {}
failed_reads = 0
claimed = []
acknowledged_notes = []
for (w, kind, words, code, out, err) in results:
    if code == 0:
        if kind == "note":
            acknowledged_notes.append(words[3])
        elif kind == "next":
            try:
                claimed.append(json.loads(out)["ref"])
            except (ValueError, KeyError) as e:
                failures.append(f"worker {w}: next answered something unreadable: {out[:200]} ({e})")
        continue
    if kind == "show":
        failed_reads += 1
        failures.append(f"worker {w}: a read failed: {' '.join(words)}: exit {code}: {err.strip()[:200]}")
        continue
    message = err.strip()
    label = next((name for name, pattern in CLEAR_REFUSALS.items() if pattern.search(message)), None)
    if code != 1 or not message.startswith("docket: ") or UNCLEAR.search(message) or label is None:
        failures.append(f"worker {w}: unclear refusal of {' '.join(words[:3])}: exit {code}: {message[:300]}")
        continue
    refusals[label] += 1
    examples.setdefault(label, message[:160])

stored_notes = Counter(e["reason"] for e in ws.events() if e["kind"] == "note" and e["id"] >= first_event)
lost = [n for n in acknowledged_notes if stored_notes[n] != 1]
if lost:
    failures.append(f"{len(lost)} acknowledged notes not in the store exactly once, e.g. {lost[:3]}")
doubles = [ref for ref, c in Counter(claimed).items() if c > 1]
if doubles:
    failures.append(f"cases claimed twice by next: {doubles[:5]}")
claims_in_events = Counter(r for (r,) in ws.query(
    "SELECT c.ref FROM event e JOIN cases c ON c.id = e.case_id WHERE e.kind = 'claimed' AND e.id >= ?", (first_event,)))
if sorted(claims_in_events.elements()) != sorted(claimed):
    failures.append(f"the claim events ({sum(claims_in_events.values())}) differ from the claims acknowledged ({len(claimed)})")
check_store(ws, failures, "after the run")

figures = {
    "workers": WORKERS, "seconds": f"{took:.1f}",
    "commands": len(results),
    "by kind": ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)),
    "acknowledged notes, all present once": len(acknowledged_notes) if not lost else f"{len(acknowledged_notes)} ({len(lost)} missing)",
    "claims by next, all different cases": len(claimed) if not doubles else f"{len(claimed)} ({len(doubles)} doubled)",
    "failed reads": failed_reads,
    "conflicts and refusals (all clear messages)": sum(refusals.values()),
    "refusals by kind": ", ".join(f"{k} {v}" for k, v in refusals.most_common()) or "none",
}
for label, message in examples.items():
    figures[f"e.g. {label}"] = message
ws.close()
finish(NAME, figures, failures)
