"""What the reliability scripts share: a demo database in a folder of its own, running the
built docket against it, and reading the store with SQLite (read-only) to check what the
commands said they did."""
import os
import random
import re
import shutil
import json
import sqlite3
import subprocess
import sys
import tempfile
import time

NOW = "2026-11-18T10:00:00Z"

# Refusals a person may meet when others got there first: each a sentence saying what to do.
# Anything else a command says on failing is unclear and fails the run.
CLEAR_REFUSALS = {
    "changed by someone else first": re.compile(r"changed since you saw it: .* Reload it", re.I),
    "nothing left to claim": re.compile(r"no unassigned|nothing to claim|no task", re.I),
    "already there / already on hold": re.compile(r"already|is on hold|not on hold", re.I),
    "not theirs to do, or not in this state": re.compile(r"cannot|can't|only .* when|closed", re.I),
}


def seed_from_env(name):
    """The run's seed: RELIABILITY_SEED when set (to reproduce a failure), else a fresh one."""
    seed = int(os.environ.get("RELIABILITY_SEED") or random.SystemRandom().randrange(1, 2**31))
    print(f"{name}: seed {seed} (RELIABILITY_SEED={seed} reproduces this run)", flush=True)
    return seed


class Workspace:
    """A temporary folder with a demo database, removed at the end unless KEEP_RELIABILITY is set."""

    def __init__(self, docket, cases):
        self.docket = os.path.abspath(docket)
        self.dir = tempfile.mkdtemp(prefix="docket-reliability-")
        os.chmod(self.dir, 0o700)
        self.db = os.path.join(self.dir, "d.db")
        self.env = dict(os.environ, DOCKET_DB=self.db, DOCKET_NOW=NOW, HOME=self.dir, NO_COLOR="1")
        r = self.run("demo", "--cases", str(cases))
        if r.returncode != 0:
            raise SystemExit(f"docket demo failed: {r.stderr}")

    def close(self):
        if not os.environ.get("KEEP_RELIABILITY"):
            shutil.rmtree(self.dir, ignore_errors=True)
        else:
            print(f"kept {self.dir}")

    def run(self, *words, timeout=60, env=None):
        return subprocess.run([self.docket, *words], env=env or self.env, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)

    def start(self, *words):
        return subprocess.Popen([self.docket, *words], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True)

    def events(self, ref=None):
        """Events as Docket reads them (free text about a person is sealed in the store, so the
        log is read through `docket audit log`, not with SQL): one case's, or the whole log."""
        r = self.run("audit", "log", *([ref] if ref else []), "--json", timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"docket audit log {ref or ''} exited {r.returncode}: {r.stderr.strip()[:300]}")
        return json.loads(r.stdout)

    def query(self, sql, args=()):
        """Rows from the store, read the way a second program would (read-only)."""
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
        try:
            return con.execute(sql, args).fetchall()
        finally:
            con.close()


def check_store(ws, failures, when):
    """`docket check` and `docket audit verify` both pass (True); each failure is noted with when."""
    passed = True
    for words in (("check",), ("audit", "verify")):
        r = ws.run(*words)
        if r.returncode != 0:
            passed = False
            failures.append(f"{when}: docket {' '.join(words)} exited {r.returncode}: {(r.stdout + r.stderr).strip()[:400]}")
    return passed


def finish(name, figures, failures):
    """Prints the figures as plain lines and the failures; the exit code says which."""
    for key, value in figures.items():
        print(f"{name}: {key}: {value}")
    for f in failures[:20]:
        print(f"{name}: FAILED: {f}", file=sys.stderr)
    if len(failures) > 20:
        print(f"{name}: ... and {len(failures) - 20} more failures", file=sys.stderr)
    print(f"{name}: {'FAILED' if failures else 'passed'}", flush=True)
    sys.exit(1 if failures else 0)


def elapsed(start):
    return f"{time.monotonic() - start:.1f} s"
