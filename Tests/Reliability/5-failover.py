#!/usr/bin/env python3
"""Failover on PostgreSQL: a primary and a synchronous streaming standby (.ci/postgres), Docket
on a multi-host connection string (target_session_attrs=read-write). Two writers stream
acknowledged notes; with the standby's replay paused a moment (so commits are in flight,
unacknowledged), the primary is killed with SIGKILL mid-stream and the standby promoted; the
writers carry on (a command that failed is run again with its --request-id until it is
acknowledged). Then every acknowledged note is on the new primary exactly once, and
`docket check` and `docket audit verify` pass there. A console opened before the kill carries
on after it: one message says the connection moved, and a note typed after the failover lands.
Reports read from the standby with --read-db before the failover.

usage: 5-failover.py DOCKET   (runs as root: the servers run as the postgres user;
                               FAILOVER_NOTES, default 240; RELIABILITY_SEED to reproduce)"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import NOW, elapsed, finish, seed_from_env  # noqa: E402

NAME = "failover"
NOTES = int(os.environ.get("FAILOVER_NOTES", "240"))
KILL_AFTER = NOTES // 3
WRITERS = 2
RETRY_FOR = 60.0  # seconds a writer keeps retrying one command through the gap
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG = os.path.join(REPO, ".ci", "postgres")

if os.geteuid() != 0:
    print(f"{NAME}: skipped: needs root (the PostgreSQL servers run as the postgres user through runuser)")
    sys.exit(0)
for tool in ("tmux", "runuser"):
    if shutil.which(tool) is None:
        raise SystemExit(f"{NAME}: needs {tool}")

seed = seed_from_env(NAME)
rng = random.Random(seed)
docket = os.path.abspath(sys.argv[1])
started = time.monotonic()
tmp = tempfile.mkdtemp(prefix="docket-failover-")
os.chmod(tmp, 0o711)  # the postgres user makes its clusters inside
primary_dir, standby_dir = os.path.join(tmp, "p"), os.path.join(tmp, "s")
tmux_socket = f"docket-failover-{os.getpid()}"
failures = []
figures = {}


def cleanup():
    subprocess.run(["tmux", "-L", tmux_socket, "kill-server"], capture_output=True)
    # A killed tmux server can leave its socket file behind.
    socket_file = os.path.join(os.environ.get("TMUX_TMPDIR", "/tmp"), f"tmux-{os.getuid()}", tmux_socket)
    if os.path.exists(socket_file):
        os.remove(socket_file)
    for d in (standby_dir, primary_dir):
        subprocess.run([PG, "stop", d], capture_output=True, timeout=90)
    if os.environ.get("KEEP_RELIABILITY"):
        print(f"kept {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)


def stopped_by_signal(signum, _frame):
    # `timeout` or Ctrl-C: leave through the finally below, which stops the servers.
    raise SystemExit(128 + signum)


signal.signal(signal.SIGTERM, stopped_by_signal)
signal.signal(signal.SIGINT, stopped_by_signal)


def pg(*words):
    r = subprocess.run([PG, *words], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f".ci/postgres {' '.join(words)} exited {r.returncode}: {r.stderr.strip()[:600]}")
    return r.stdout.strip()


def standby_sql(sql):
    psql = shutil.which("psql") or next(iter(sorted(__import__("glob").glob("/usr/lib/postgresql/*/bin/psql"))), "psql")
    r = subprocess.run(["runuser", "-u", "postgres", "--", psql, "-h", standby_dir, "-p", port_of(standby), "-U", "postgres",
                        "-d", "postgres", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True, timeout=30)
    if r.returncode != 0:
        raise RuntimeError(f"psql on the standby ({sql}) exited {r.returncode}: {r.stderr.strip()[:300]}")
    return r.stdout.strip()


def port_of(conninfo):
    return re.search(r"port=(\d+)", conninfo).group(1)


try:
    base = 55400 + rng.randrange(0, 400)
    primary = pg("start", primary_dir, str(base))
    standby = pg("standby", primary_dir, standby_dir, str(int(port_of(primary)) + 1))
    p_port, s_port = port_of(primary), port_of(standby)
    url = (f"host=127.0.0.1,127.0.0.1 port={p_port},{s_port} dbname=postgres "
           f"target_session_attrs=read-write connect_timeout=3")
    read_url = f"host=127.0.0.1 port={s_port} dbname=postgres connect_timeout=3"
    env = dict(os.environ, DOCKET_DB=url, DOCKET_NOW=NOW, HOME=tmp, NO_COLOR="1", XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    env.pop("DOCKET_READ_DB", None)
    print(f"{NAME}: primary 127.0.0.1:{p_port}, synchronous standby 127.0.0.1:{s_port}", flush=True)

    def run(*words, timeout=120, extra=None):
        return subprocess.run([docket, *words], env=dict(env, **(extra or {})), capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)

    r = run("demo", "--cases", "2000", timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"docket demo on {url} failed: {r.stderr.strip()[:600]}")
    listed = run("case", "list", "--limit", "300", "--json")
    refs = [c["ref"] for c in json.loads(listed.stdout)]
    if len(refs) < 10:
        raise RuntimeError(f"too few open cases to write notes on: {listed.stderr.strip()[:300]}")

    # The standby answers reports (--read-db) with what the primary has acknowledged.
    probe_ref = refs[0]
    probe = run("case", "note", probe_ref, "read-db probe")
    if probe.returncode != 0:
        raise RuntimeError(f"a note before the failover failed: {probe.stderr.strip()[:300]}")
    on_primary = run("report", "backlog", "--json")
    on_standby = run("report", "backlog", "--json", "--read-db", read_url)
    if on_standby.returncode != 0 or "read from the primary" in on_standby.stderr:
        failures.append(f"report backlog --read-db on the standby: exit {on_standby.returncode}: {on_standby.stderr.strip()[:300]}")
    elif json.loads(on_standby.stdout) != json.loads(on_primary.stdout):
        failures.append("the standby's backlog report differs from the primary's although every commit waits for the standby to apply it")

    # The console, opened on the multi-host URL before the kill, on a case of its own.
    console_ref = None
    console_said = None
    console_text = f"console note after the failover {seed}"

    def tmux(*words):
        return subprocess.run(["tmux", "-L", tmux_socket, *words], capture_output=True, text=True)

    def screen():
        return tmux("capture-pane", "-p", "-t", "console").stdout

    def wait_for(pattern, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if re.search(pattern, screen(), re.M):
                return True
            time.sleep(0.1)
        return False

    env_words = " ".join(f"{k}='{v}'" for k, v in
                         (("DOCKET_DB", url), ("DOCKET_NOW", NOW), ("HOME", tmp), ("TERM", "xterm-256color"),
                          ("XDG_CONFIG_HOME", os.path.join(tmp, "config"))))
    tmux("new-session", "-d", "-s", "console", "-x", "120", "-y", "35", f"env {env_words} '{docket}'; echo EXIT=$?; sleep 120")
    if not (wait_for(r"^Ref +Constituent", 20) and wait_for(r"[0-9,]+/[0-9,k+]+ *$", 10)):
        failures.append("the console did not open on its queue:\n" + screen())
    else:
        tmux("send-keys", "-t", "console", "Enter")
        if wait_for(r"Timeline", 10) and re.match(r"[A-Z]+-20\d\d-\d{6} ", screen()):
            console_ref = screen().splitlines()[0].split()[0]
        else:
            failures.append("the console did not open a case:\n" + screen())

    # The stream: each writer notes on cases of its own, one command after another.
    lock = threading.Lock()
    acknowledged = []          # (ref, text) for every command that exited 0
    given_up = []              # commands never acknowledged (outcome unknown to the writer)
    counters = {"commands run": 0, "failed and retried": 0, "answered by their request id": 0}
    kill_at = {}
    first_ack_after_kill = []
    stop_writing = threading.Event()

    def writer(w):
        mine = refs[1 + w::WRITERS]
        n = 0
        while not stop_writing.is_set():
            with lock:
                if len(acknowledged) >= NOTES:
                    return
            ref = mine[n % len(mine)]
            text = f"failover note w{w}-{n} seed {seed}"
            rid = f"failover-{seed}-w{w}-{n}"
            n += 1
            deadline = time.monotonic() + RETRY_FOR
            while True:
                with lock:
                    counters["commands run"] += 1
                try:
                    r = run("case", "note", ref, text, "--request-id", rid, timeout=60)
                    code, err = r.returncode, r.stderr
                except subprocess.TimeoutExpired:
                    code, err = -1, "timed out"
                if code == 0:
                    with lock:
                        acknowledged.append((ref, text))
                        if "was done already" in err:
                            counters["answered by their request id"] += 1
                        if "at" in kill_at and not first_ack_after_kill:
                            first_ack_after_kill.append(time.monotonic())
                    break
                if time.monotonic() > deadline:
                    with lock:
                        given_up.append((ref, text, err.strip()[:300]))
                    break
                with lock:
                    counters["failed and retried"] += 1
                time.sleep(0.2)

    threads = [threading.Thread(target=writer, args=(w,), daemon=True) for w in range(WRITERS)]
    for t in threads:
        t.start()
    while True:
        with lock:
            if len(acknowledged) >= KILL_AFTER:
                break
        if not any(t.is_alive() for t in threads):
            break
        time.sleep(0.01)

    # Commits in flight when the primary dies: the standby stops applying WAL for a moment
    # (it still receives and stores it), so with remote_apply the writers' commits wait for
    # it, unacknowledged. Killed then, their outcome is unknown to the writers; promotion
    # applies what the standby stored, so a retry with the same request id must find the
    # command done and not do it again.
    standby_sql("SELECT pg_wal_replay_pause()")
    with lock:
        acknowledged_at_pause = len(acknowledged)
    time.sleep(0.5)
    # The primary's host dies; the standby is promoted after a moment without any primary.
    pg("kill", primary_dir)
    kill_at["at"] = time.monotonic()
    with lock:
        acknowledged_before_kill = len(acknowledged)
    time.sleep(1.0)
    pg("promote", standby_dir)
    promoted_at = time.monotonic()

    # The console, after the failover: one message says the connection moved; the note lands.
    if console_ref:
        tmux("send-keys", "-t", "console", "a")
        if not wait_for(r"Note:", 15):
            failures.append("the console gave no note prompt after the failover:\n" + screen())
        else:
            tmux("send-keys", "-t", "console", "-l", console_text)
            tmux("send-keys", "-t", "console", "Enter")
            if not wait_for(re.escape(console_ref) + r": note added, version", 15):
                failures.append("the console's note after the failover was not acknowledged:\n" + screen())
            elif not wait_for(r"connection moved to 127\.0\.0\.1:" + s_port, 5):
                failures.append("the console did not say the connection moved:\n" + screen())
            shown = screen()
            said = [line.strip() for line in shown.splitlines() if "connection moved" in line]
            console_said = said[0] if said else None
            if "lost the connection" in shown:
                failures.append("the console showed a lost-connection error besides the one message:\n" + shown)

    for t in threads:
        t.join(timeout=RETRY_FOR * 3)
    stop_writing.set()
    gap = (first_ack_after_kill[0] - kill_at["at"]) if first_ack_after_kill else None

    # Every acknowledged note on the new primary, exactly once.
    log = run("audit", "log", "--json", timeout=300)
    if log.returncode != 0:
        raise RuntimeError(f"docket audit log on the new primary failed: {log.stderr.strip()[:400]}")
    counts = {}
    for e in json.loads(log.stdout):
        if e["kind"] == "note":
            counts[e["reason"]] = counts.get(e["reason"], 0) + 1
    missing = [t for (_, t) in acknowledged if counts.get(t, 0) == 0]
    doubled = [t for (_, t) in acknowledged if counts.get(t, 0) > 1]
    if missing:
        failures.append(f"{len(missing)} acknowledged notes are not on the new primary, e.g. {missing[:3]}")
    if doubled:
        failures.append(f"{len(doubled)} acknowledged notes are there more than once, e.g. {doubled[:3]}")
    for (_, t, why) in given_up:
        if counts.get(t, 0) > 1:
            failures.append(f"a note never acknowledged is there {counts[t]} times: {t}")
        failures.append(f"a writer gave up on a note after {RETRY_FOR:.0f} s of retries ({why})")
    if counters["answered by their request id"] == 0:
        failures.append("no writer's retry was answered by its request id: no commit was in flight at the kill, so "
                        "the unknown-outcome case was not tested")
    if console_ref:
        c = counts.get(console_text, 0)
        if c != 1:
            failures.append(f"the console's note after the failover is there {c} times, expected once")
    for words in (("check",), ("audit", "verify")):
        r = run(*words, timeout=300)
        if r.returncode != 0:
            failures.append(f"docket {' '.join(words)} on the new primary exited {r.returncode}: {(r.stdout + r.stderr).strip()[:400]}")
    new_primary = run("report", "backlog", "--json")
    if new_primary.returncode != 0:
        failures.append(f"report backlog on the new primary failed: {new_primary.stderr.strip()[:300]}")

    figures = {
        "acknowledged notes": len(acknowledged),
        "acknowledged before the kill": acknowledged_before_kill,
        "acknowledged while the standby's replay was paused (expected 0)": acknowledged_before_kill - acknowledged_at_pause,
        "present exactly once on the new primary": len(acknowledged) - len(missing) - len(doubled),
        "commands run": counters["commands run"],
        "failed during the gap and retried with their request id": counters["failed and retried"],
        "cut off in their commit, answered by their request id on retry": counters["answered by their request id"],
        "given up": len(given_up),
        "kill to promote": f"{promoted_at - kill_at['at']:.1f} s",
        "gap (kill to the first acknowledgement after it)": f"{gap:.1f} s" if gap is not None else "none",
        "console carried on": "yes" if console_ref and not any("console" in f for f in failures) else "no",
        "console said": console_said,
        "time": elapsed(started),
    }
except Exception as e:  # noqa: BLE001 - every failure is reported, and cleanup runs
    failures.append(f"{type(e).__name__}: {e}")
finally:
    cleanup()

finish(NAME, figures, failures)
