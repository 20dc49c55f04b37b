#!/usr/bin/env python3
"""SIGKILL a docket doing an acknowledged command (a note, a claim with `next`, a route, an
import) at a random moment, again and again. After each kill: the store passes `docket check`
and `docket audit verify`; a command that printed its acknowledgement before the kill is in the
store; a killed command retried with its --request-id is done exactly once.

usage: 1-kill-during-commands.py DOCKET   (KILLS, default 120; RELIABILITY_SEED to reproduce)"""
import json
import os
import random
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Workspace, check_store, elapsed, finish, seed_from_env  # noqa: E402

NAME = "kill-during-commands"
WANTED_KILLS = int(os.environ.get("KILLS", "120"))
TIME_BUDGET = float(os.environ.get("KILL_SECONDS", "240"))

seed = seed_from_env(NAME)
rng = random.Random(seed)
ws = Workspace(sys.argv[1], cases=600)
failures = []
figures = {"kills": 0, "commands run": 0, "acknowledged before the kill, verified": 0,
           "killed and retried with their request id, verified once": 0, "checks passed": 0}
departments = [d for (d,) in ws.query("SELECT code FROM department WHERE code <> 'INTAKE' ORDER BY code")]
csv_header = "given_name,family_name,birth_date,national_id,address,preferred_language,household_size,programs_requested,amount,employment_status,receives_other_benefits\n"


def open_refs():
    return [r for (r,) in ws.query("SELECT ref FROM cases WHERE closed_at IS NULL ORDER BY ref")]


def notes_with(ref, text):
    return sum(1 for e in ws.events(ref) if e["kind"] == "note" and e["reason"] == text)


def family_count(family):
    """Cases of people of that family name, as `docket search` finds them."""
    r = ws.run("search", family, "--json")
    if r.returncode != 0:
        return -1
    return sum(len(p["cases"]) for p in json.loads(r.stdout) if p["constituent"]["name"].endswith(family))


def plan(i):
    """One command with its --request-id, and how to check it went in once."""
    kind = rng.choice(["note", "note", "next", "route", "import"])
    rid = f"kill-{seed}-{i}"
    if kind == "note":
        ref, text = rng.choice(refs), f"kill note {seed}-{i}"
        return kind, ["case", "note", ref, text, "--request-id", rid], lambda: notes_with(ref, text) == 1, f"note {text!r} on {ref} once"
    if kind == "next":
        dept = rng.choice(departments)
        # Whom an acknowledged claim went to is read from its answer; a killed one is checked
        # by `docket check` (one open main task per case) and its retry's answer.
        return kind, ["next", "--dept", dept, "--json", "--request-id", rid], lambda: True, f"next in {dept}"
    if kind == "route":
        ref, dept = rng.choice(refs), rng.choice(departments)
        reason = f"kill route {seed}-{i}"
        def routed():
            return sum(1 for e in ws.events(ref) if e["reason"] == reason) <= 1
        return kind, ["case", "route", ref, dept, "--reason", reason, "--request-id", rid], routed, f"route {ref} to {dept}"
    family = f"Killtest{seed}x{i}"
    path = os.path.join(ws.dir, f"import-{i}.csv")
    with open(path, "w") as f:
        f.write(csv_header)
        for n in range(3):
            serial = (i * 3 + n) % 10000
            f.write(f"Ana{n},{family},1980-02-0{n + 1},7{seed % 90 + 10:02d}-{i % 90 + 10:02d}-{serial:04d},"
                    f"\"{n} Main St\nSpringfield\",en,1,snap,10.00,retired,no\n")
    return kind, ["import", path, "--form", "benefits_application", "--request-id", rid], lambda: family_count(family) == 3, f"import of 3 {family}"


refs = open_refs()
start = time.monotonic()
i = 0
while figures["kills"] < WANTED_KILLS and time.monotonic() - start < TIME_BUDGET:
    i += 1
    kind, words, went_in_once, what = plan(i)
    child = ws.start(*words)
    figures["commands run"] += 1
    time.sleep(rng.uniform(0, 0.1))
    killed = child.poll() is None
    if killed:
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    killed = killed and child.returncode == -signal.SIGKILL
    if killed:
        figures["kills"] += 1
    if check_store(ws, failures, f"after {what} ({'killed' if killed else 'finished'}, iteration {i})"):
        figures["checks passed"] += 1
    if not killed and child.returncode != 0:
        # Refused before the kill (a route to where it already is, nothing left to claim): fine
        # when it says so; no acknowledgement to verify.
        if not err.strip():
            failures.append(f"{what}: exit {child.returncode} without a message: {err[:300]}")
        continue
    if killed:
        # The retry with the same request id is answered, and the work is there once.
        retry = ws.run(*words)
        imported_already = kind == "import" and "was imported already" in retry.stderr
        if retry.returncode != 0 and not imported_already:
            if kind in ("route", "next") and retry.stderr.strip():
                pass  # refused on its own merits (e.g. no unassigned task left)
            else:
                failures.append(f"retry of killed {what}: exit {retry.returncode}: {retry.stderr[:300]}")
                continue
        if not went_in_once():
            failures.append(f"killed {what}, then retried: not there exactly once")
            continue
        figures["killed and retried with their request id, verified once"] += 1
    else:
        if kind == "next":
            try:
                ref = json.loads(out)["ref"]
                assignee = ws.query("SELECT assignee FROM cases WHERE ref = ?", (ref,))[0][0]
                if assignee is None:
                    failures.append(f"next acknowledged {ref} but the case is unassigned")
                    continue
            except (ValueError, KeyError, IndexError) as e:
                failures.append(f"next acknowledged something unreadable: {out[:200]} ({e})")
                continue
        elif not went_in_once():
            failures.append(f"acknowledged {what} is not in the store exactly once")
            continue
        figures["acknowledged before the kill, verified"] += 1
    if i % 25 == 0:
        refs = open_refs()

figures["time"] = elapsed(start)
if figures["kills"] < min(WANTED_KILLS, 100):
    failures.append(f"only {figures['kills']} kills in {figures['time']} (wanted {WANTED_KILLS})")
ws.close()
finish(NAME, figures, failures)
