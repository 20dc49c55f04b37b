#!/usr/bin/env python3
"""Seeded mutation fuzzing of what people hand to docket as files: CSV, JSON and JSON Lines
imports (`import --dry-run`) and agency files (`init --agency`). Each run must end by itself
within its timeout, with exit 0, 1 or 2 (anything else, or a signal, is a crash), and a refusal
(exit 1) must name where: the file followed by `:` (a line, row, field or JSON path).
Dates, amounts, ids, the sanitiser, themes, keymaps and the CSV reader over random bytes are
fuzzed in-process by the XCTest suites InputFuzzTests and ConfigFuzzTests.

usage: 3-fuzz-inputs.py DOCKET   (FUZZ_SECONDS=60, FUZZ_RUNS=1500; RELIABILITY_SEED to reproduce)"""
import os
import random
import subprocess
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Workspace, finish, seed_from_env  # noqa: E402

NAME = "fuzz-inputs"
BUDGET = float(os.environ.get("FUZZ_SECONDS", "60"))
MAX_RUNS = int(os.environ.get("FUZZ_RUNS", "1500"))
TIMEOUT = 15

seed = seed_from_env(NAME)
rng = random.Random(seed)
ws = Workspace(sys.argv[1], cases=60)

HEADER = "given_name,family_name,birth_date,national_id,address,preferred_language,household_size,programs_requested,amount,employment_status,receives_other_benefits"
CSV = (HEADER + "\n"
       + "Ana,\"Ruiz, Jr.\",1980-02-03,111-22-3333,\"1 Main St\nSpringfield, IL 62701\",es,3,snap,\"1,200.00\",unemployed,no\n"
       + "Bo,Chen,6/7/1975,222-33-4444,\"2 Oak Ave\nSpringfield\",en,1,medicaid;snap,900,retired,no\n"
       + "Łucja,Wójcik,14 Mar 1968,333-44-5555,\"3 \"\"Elm\"\" Rd\nSpringfield\",pl,2,tanf,$0.00,retired,n\n").encode()
JSON = ('[{"given_name": "Ana", "family_name": "Ruiz", "birth_date": "1980-02-03", "national_id": "111-22-3333",'
        ' "address": "1 Main St\\nSpringfield", "preferred_language": "es", "household_size": 3,'
        ' "programs_requested": ["snap"], "amount": "1200.00", "employment_status": "unemployed",'
        ' "receives_other_benefits": false},\n {"given_name": "Bo", "family_name": "Chen", "birth_date": "1975-06-07",'
        ' "national_id": "222-33-4444", "address": "2 Oak\\u00a0Ave\\nSpringfield", "household_size": 1,'
        ' "programs_requested": "medicaid", "amount": 900, "employment_status": "retired", "receives_other_benefits": "no"}]\n').encode()
JSONL = b"\n".join(line.strip(b" [],") for line in JSON.split(b"\n") if line.strip()) + b"\n"
AGENCY = ws.run("init", "--print-demo-agency").stdout.encode()

TOKENS = [b'"', b",", b"\n", b"\r\n", b"\r", b"{", b"}", b"[", b"]", b":", b"\\", b"\\u", b"\x00", b"\xff", b"\xe9",
          b"\xc3", "\u202e".encode(), "\U0001F469\u200d\U0001F4BB".encode(), b"\x1b[31m", b"'=1+2", b"null", b"true",
          b"-1", b"1e999", b"99999999999999999999", b"0x10", b"2026-02-30", b"31/31/1968", b"$-0.001", b"\t", b" " * 64,
          b"a" * 5000, b"\xef\xbb\xbf", b"\xff\xfe"]


def mutate(data):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
        # Cutting the file short (4) is rarer: it leaves little to read.
        op = rng.choices(range(6), weights=[4, 4, 3, 3, 1, 2])[0]
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[at:at] = rng.choice(TOKENS)
        elif op == 2 and data:
            del data[at:at + rng.randrange(1, 40)]
        elif op == 3 and data:
            start = rng.randrange(len(data))
            data[at:at] = data[start:start + rng.randrange(1, 200)]
        elif op == 4:
            del data[at:]
        elif op == 5 and data:
            # A quote or bracket removed: the unbalanced cases.
            for i in range(at, min(len(data), at + 300)):
                if data[i] in b'"{}[]':
                    del data[i]
                    break
    return bytes(data)


TARGETS = [
    ("csv", CSV, ".csv", lambda p: ["import", p, "--form", "benefits_application", "--dry-run"]),
    ("json", JSON, ".json", lambda p: ["import", p, "--form", "benefits_application", "--dry-run"]),
    ("jsonl", JSONL, ".jsonl", lambda p: ["import", p, "--form", "benefits_application", "--dry-run"]),
    ("agency", AGENCY, ".json", lambda p: ["--db", os.path.join(ws.dir, "agency-try.db"), "init", "--agency", p]),
]

failures = []
runs = Counter()
outcomes = Counter()
start = time.monotonic()
n = 0
while n < MAX_RUNS and time.monotonic() - start < BUDGET:
    n += 1
    name, base, ext, words = TARGETS[n % len(TARGETS)]
    data = mutate(base)
    path = os.path.join(ws.dir, f"fuzz-{name}{ext}")
    with open(path, "wb") as f:
        f.write(data)
    try:
        r = subprocess.run([ws.docket, *words(path)], env=ws.env, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        failures.append(f"{name} run {n}: no answer within {TIMEOUT} s (a hang); input kept as {path}.hang")
        os.replace(path, path + ".hang")
        continue
    runs[name] += 1
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode not in (0, 1, 2):
        kept = f"{path}.crash{n}"
        os.replace(path, kept)
        failures.append(f"{name} run {n}: crashed (exit {r.returncode}); input kept as {kept}: {err[-300:]}")
        continue
    outcomes[f"{name} exit {r.returncode}"] += 1
    if r.returncode == 1 and (path + ":") not in err:
        failures.append(f"{name} run {n}: refused without naming where: {err[:300]!r}")
    if name == "agency":
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(os.path.join(ws.dir, "agency-try.db" + suffix))
            except FileNotFoundError:
                pass

figures = {
    "executions": sum(runs.values()),
    "by input": ", ".join(f"{k} {runs[k]}" for k in sorted(runs)),
    "outcomes": ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())),
    "crashes and hangs": sum(1 for f in failures if "crashed" in f or "hang" in f),
    "time": f"{time.monotonic() - start:.1f} s",
}
if failures:
    os.environ["KEEP_RELIABILITY"] = "1"
ws.close()
finish(NAME, figures, failures)
