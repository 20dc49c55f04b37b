#!/usr/bin/env python3
"""Many hosts, for real: three network namespaces stand for three office hosts, each joined to
the database's (the root namespace) by a veth pair with private addresses of its own.
PostgreSQL listens only on the root side of those pairs and the local socket, and takes TCP
connections only with a password (scram-sha-256 in pg_hba for the three subnets). `docket demo`
is loaded over the network, then four terminals in each namespace (twelve at once, as four
people each: three PH staff through `--as`, and root, the admin) run next, route, note, hold and
case show for 30 seconds. Then: every acknowledged command's event is in the store exactly once
and no refused command left one (no lost update); no case was claimed while someone else had it,
walking the events in order from the assignees before the run (no double claim); every read
succeeded or was refused because an acknowledged route had already taken the case out of the
person's departments, and any connection error fails the run (no failed read); `docket check` and
`docket audit verify` pass and the backlog report's open, unassigned and on-hold figures equal a
recount by SQL (counters equal a recount). The namespaces, veths and cluster are removed at the
end whatever happened.

usage: 6-many-hosts.py DOCKET   (run as root; TERMINALS=4 per namespace, WORK_SECONDS=30,
RELIABILITY_SEED to reproduce, KEEP_RELIABILITY to keep the folders)
Skipped (exit 0) only when not run as root or when `ip netns` is unavailable. Needs iproute2 (ip),
util-linux (runuser), python3 and the PostgreSQL server (initdb, pg_ctl, psql; Debian's postgresql)."""
import json
import os
import pwd
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CLEAR_REFUSALS, NOW, Workspace, check_store, finish, seed_from_env  # noqa: E402

NAME = "many-hosts"
HOSTS = 3
TERMINALS = int(os.environ.get("TERMINALS", "4"))
SECONDS = float(os.environ.get("WORK_SECONDS", "30"))
CASES = 4000
DEPT = "PH"
# The people at each host's four terminals: the department's staff, acted as by the admin
# (root, the OS login here) with --as, and the admin itself.
LOGINS = ["nkechi.obi", "daniel.cohen", "yusuf.demir", "root"]
ROLE = "docket_hosts"
DATABASE = "docket"

# What a command must never say: the network or the server failing it, or a raw SQL error.
UNCLEAR = re.compile(r"could not connect|connection|server closed|terminat|timeout|timed out|SSL|"
                     r"deadlock|serializ|could not serialize|ERROR:|FATAL|PANIC|libpq|"
                     r"Fatal error|constraint|duplicate key", re.I)


def skip(why):
    print(f"{NAME}: SKIPPED: {why}", flush=True)
    sys.exit(0)


def sh(*words, check=True, timeout=60, **kw):
    r = subprocess.run(list(words), capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, **kw)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(words)} exited {r.returncode}: {(r.stderr or r.stdout).strip()[:400]}")
    return r


def server_binaries():
    """initdb and pg_ctl: Debian's package on CI, /usr/local/bin on the development machines."""
    dirs = ["/usr/lib/postgresql/15/bin"]
    if os.path.isdir("/usr/lib/postgresql"):
        dirs += sorted(os.path.join("/usr/lib/postgresql", v, "bin") for v in os.listdir("/usr/lib/postgresql"))
    for d in dirs + ["/usr/local/bin", "/usr/bin"]:
        if os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(os.path.join(d, "pg_ctl"), os.X_OK):
            psql = os.path.join(d, "psql")
            return d, psql if os.access(psql, os.X_OK) else shutil.which("psql")
    raise SystemExit(f"{NAME}: FAILED: no initdb/pg_ctl found (apt-get install postgresql)")


def free_subnets(count):
    """Third octets X for 10.231.X.0/30 pairs that no address or route on this host uses yet."""
    used = sh("ip", "-4", "-o", "addr").stdout + sh("ip", "-4", "route", "show", "table", "all").stdout
    start = os.getpid() % 200 + 20
    free = [x for x in list(range(start, 250)) + list(range(1, start)) if f"10.231.{x}." not in used]
    if len(free) < count:
        raise SystemExit(f"{NAME}: FAILED: no free 10.231.X.0/30 subnets left on this host")
    return free[:count]


def free_port(start):
    """A port nothing on this host listens on, on any address (another cluster, CI's own)."""
    for port in range(start, start + 500):
        with socket.socket() as s:
            try:
                s.bind(("0.0.0.0", port))
                return port
            except OSError:
                continue
    raise RuntimeError(f"no free port from {start}")


class Network:
    """The namespaces and veth pairs this run made; `remove` undoes whatever part was made."""

    def __init__(self):
        tag = os.getpid()
        self.names = [f"docket-hosts-{tag}-{i + 1}" for i in range(HOSTS)]
        self.root_links = [f"dkh{tag}r{i}" for i in range(HOSTS)]
        self.ns_links = [f"dkh{tag}n{i}" for i in range(HOSTS)]
        self.made = []
        self.server_addrs = []
        self.host_addrs = []

    def build(self):
        octets = free_subnets(HOSTS)
        for i, (ns, root_link, ns_link, x) in enumerate(zip(self.names, self.root_links, self.ns_links, octets)):
            r = sh("ip", "netns", "add", ns, check=False)
            if r.returncode != 0:
                if i == 0:
                    skip(f"`ip netns add` is unavailable here: {r.stderr.strip()[:200]}")
                raise RuntimeError(f"ip netns add {ns}: {r.stderr.strip()}")
            self.made.append(ns)
            server, host = f"10.231.{x}.1", f"10.231.{x}.2"
            sh("ip", "link", "add", root_link, "type", "veth", "peer", "name", ns_link, "netns", ns)
            sh("ip", "addr", "add", f"{server}/30", "dev", root_link)
            sh("ip", "link", "set", root_link, "up")
            sh("ip", "-n", ns, "addr", "add", f"{host}/30", "dev", ns_link)
            sh("ip", "-n", ns, "link", "set", ns_link, "up")
            sh("ip", "-n", ns, "link", "set", "lo", "up")
            self.server_addrs.append(server)
            self.host_addrs.append(host)
        # The kernel brings a veth up a moment after asking; wait until both ends say so.
        for _ in range(50):
            states = [sh("ip", "-o", "link", "show", l).stdout for l in self.root_links]
            if all("LOWER_UP" in s for s in states):
                break
            time.sleep(0.1)

    def remove(self):
        for ns in self.made:
            # Anything of ours still running in it (a worker cut off by a signal) goes first.
            for pid in sh("ip", "netns", "pids", ns, check=False).stdout.split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
            sh("ip", "netns", "del", ns, check=False)
        for link in self.root_links:
            # Deleting a namespace takes its end of the pair and so the pair; this is for a half-made one.
            if sh("ip", "link", "show", link, check=False).returncode == 0:
                sh("ip", "link", "del", link, check=False)
        left = [ns for ns in self.made if ns in sh("ip", "netns", "list", check=False).stdout]
        self.made = []
        return left


class Cluster:
    """A PostgreSQL cluster of this run's own: data, socket and log owned by the postgres user,
    listening on the root side of the veth pairs and on its socket, nowhere else."""

    def __init__(self):
        self.bin, self.psql_bin = server_binaries()
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise SystemExit(f"{NAME}: FAILED: no postgres user to run the server as (apt-get install postgresql)")
        self.dir = tempfile.mkdtemp(prefix="docket-hosts-pg-")
        shutil.chown(self.dir, "postgres", "postgres")
        os.chmod(self.dir, 0o700)
        self.data = os.path.join(self.dir, "data")
        self.log = os.path.join(self.dir, "server.log")
        self.port = free_port(55432)
        self.started = False
        self.password = secrets.token_urlsafe(18)

    def as_postgres(self, *words, check=True, timeout=120):
        runuser = shutil.which("runuser") or next((p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.access(p, os.X_OK)), "runuser")
        return sh(runuser, "-u", "postgres", "--", *words, check=check, timeout=timeout, cwd="/")

    def start(self, listen, subnets):
        self.as_postgres(f"{self.bin}/initdb", "-D", self.data, "-U", "postgres", "--auth-local=trust",
                         "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        # Only the local socket (for this script's own checks, as postgres) and the three subnets,
        # by password: nothing over the loopback, nothing without a password over TCP.
        hba = ["local all postgres trust"]
        hba += [f"host {DATABASE} {ROLE} {net}/30 scram-sha-256" for net in subnets]
        with open(os.path.join(self.data, "pg_hba.conf"), "w") as f:
            f.write("\n".join(hba) + "\n")
        self.as_postgres(f"{self.bin}/pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "-o",
                         f"-p {self.port} -k {self.dir} -c listen_addresses='{','.join(listen)}' "
                         f"-c max_connections=100 -c log_connections=on -c password_encryption=scram-sha-256",
                         "start")
        self.started = True
        self.sql(f"CREATE ROLE {ROLE} LOGIN CREATEROLE PASSWORD '{self.password}'", db="postgres")
        self.sql(f"CREATE DATABASE {DATABASE} OWNER {ROLE}", db="postgres")

    def sql(self, text, db=DATABASE):
        """Rows (tab-separated fields) read as the postgres superuser over the local socket."""
        r = self.as_postgres(self.psql_bin, "-h", self.dir, "-p", str(self.port), "-U", "postgres", "-d", db,
                             "-qAtX", "-v", "ON_ERROR_STOP=1", "-F", "\t", "-c", text)
        return [line.split("\t") for line in r.stdout.splitlines() if line]

    def stop(self):
        if self.started:
            self.as_postgres(f"{self.bin}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)
            self.started = False
        if os.environ.get("KEEP_RELIABILITY"):
            print(f"kept {self.dir}")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    def cpu_seconds(self):
        """CPU the server has used so far: the postmaster's own and its ended backends' (each
        command's connection is a backend that ends with it)."""
        try:
            with open(os.path.join(self.data, "postmaster.pid")) as f:
                pid = int(f.readline())
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return float("nan")

    def connections_from(self, address):
        try:
            with open(self.log, errors="replace") as f:
                return sum(1 for line in f if f"connection received: host={address} " in line)
        except OSError:
            return 0


def private_file(path, text):
    """A file only its owner reads (libpq ignores a password file others may read)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    return path


class HostsWorkspace(Workspace):
    """The reliability Workspace, but its database is the cluster, reached from namespace 1
    over TCP with the password, as any host of the office would."""

    def __init__(self, docket, network, cluster):
        self.docket = os.path.abspath(docket)
        self.dir = tempfile.mkdtemp(prefix="docket-reliability-")
        os.chmod(self.dir, 0o700)
        self.passfile = private_file(os.path.join(self.dir, "pgpass"), f"*:{cluster.port}:{DATABASE}:{ROLE}:{cluster.password}\n")
        self.network = network
        # The password is in the pass file, never on a command line other processes could read.
        self.urls = [f"host={a} port={cluster.port} dbname={DATABASE} user={ROLE} connect_timeout=10"
                     for a in network.server_addrs]
        self.db = self.urls[0]
        self.env = dict(os.environ, DOCKET_DB=self.db, DOCKET_NOW=NOW, HOME=self.dir, NO_COLOR="1",
                        PGPASSFILE=self.passfile)
        for k in ("PGPASSWORD", "PGHOST", "PGHOSTADDR", "PGSERVICE"):
            self.env.pop(k, None)

    def load_demo(self):
        r = self.run("demo", "--cases", str(CASES), timeout=180)
        if r.returncode != 0:
            raise RuntimeError(f"docket demo over TCP failed: {(r.stderr or r.stdout).strip()[:400]}")

    def run_on(self, host, *words, timeout=60, env=None):
        """A docket command on host `host` (a namespace), against the server's address on its pair."""
        cmd = ["ip", "netns", "exec", self.network.names[host], self.docket, *words, "--db", self.urls[host]]
        return subprocess.run(cmd, env=env or self.env, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)

    def run(self, *words, timeout=60, env=None):
        return self.run_on(0, *words, timeout=timeout, env=env)

    def start(self, *words):
        raise NotImplementedError("the many-hosts script runs each command to its end")


def interrupted(signum, _frame):
    # `timeout` in .ci/run, or ^C: leave through the finally blocks that remove what was made.
    raise SystemExit(f"{NAME}: FAILED: stopped by signal {signum}")


def check_authentication(ws, cluster, failures, figures):
    """TCP takes the password and nothing less; the namespaces reach no server on their loopback."""
    stored = cluster.sql(f"SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '{ROLE}'", db="postgres")
    if not stored or stored[0][0] != "SCRAM-SHA-256$":
        failures.append(f"the role's password is not stored as SCRAM-SHA-256: {stored}")
    no_password = dict(ws.env, PGPASSFILE=private_file(os.path.join(ws.dir, "empty-pgpass"), ""))
    wrong = f"*:{cluster.port}:{DATABASE}:{ROLE}:not-{cluster.password}\n"
    wrong_password = dict(ws.env, PGPASSFILE=private_file(os.path.join(ws.dir, "wrong-pgpass"), wrong))
    words = ["case", "list", "--limit", "1"]
    # The server's own loopback, from the root namespace: nothing listens there, so every
    # command of the run reached it over a veth pair.
    loopback = f"host=127.0.0.1 port={cluster.port} dbname={DATABASE} user={ROLE} connect_timeout=5"
    probes = [
        ("no password", re.compile(r"asks this role for its password and none was given"),
         lambda: ws.run_on(1, *words, env=no_password)),
        ("a wrong password", re.compile(r"password authentication failed"),
         lambda: ws.run_on(2, *words, env=wrong_password)),
        ("the server's loopback", re.compile(r"cannot connect to PostgreSQL .*refused"),
         lambda: subprocess.run([ws.docket, *words, "--db", loopback], env=ws.env, capture_output=True, text=True,
                                timeout=60, stdin=subprocess.DEVNULL)),
    ]
    refused = []
    for what, expected, attempt in probes:
        r = attempt()
        if r.returncode == 0:
            failures.append(f"a connection with {what} was accepted")
        elif not expected.search(r.stderr) or not r.stderr.startswith("docket: "):
            failures.append(f"a connection with {what} was refused unclearly: {r.stderr.strip()[:300]}")
        else:
            refused.append(what)
    figures["refused connections (as they must be)"] = ", ".join(refused) or "none"


def main():
    if os.geteuid() != 0:
        skip("needs root to make network namespaces and run PostgreSQL as the postgres user")
    if not shutil.which("ip") or sh("ip", "netns", "list", check=False).returncode != 0:
        skip("`ip netns` is unavailable (apt-get install iproute2)")
    seed = seed_from_env(NAME)
    if not the_walk_finds_a_double_claim():
        finish(NAME, {}, ["the double-claim check misses a planted double claim"])
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, interrupted)
    failures, figures = [], {}
    network, cluster, ws = Network(), None, None
    try:
        network.build()
        cluster = Cluster()
        cluster.start(network.server_addrs, [a.rsplit(".", 1)[0] + ".0" for a in network.server_addrs])
        began = time.monotonic()
        ws = HostsWorkspace(sys.argv[1], network, cluster)
        ws.load_demo()
        figures["hosts"] = ", ".join(f"{n} {h} -> {s}:{cluster.port}" for n, h, s in
                                     zip(network.names, network.host_addrs, network.server_addrs))
        figures["demo over TCP"] = f"{CASES} cases in {time.monotonic() - began:.1f} s"
        check_authentication(ws, cluster, failures, figures)
        work(ws, cluster, seed, failures, figures)
    except (RuntimeError, OSError, subprocess.TimeoutExpired, ValueError, KeyError) as e:
        failures.append(f"the run stopped: {e}")
    finally:
        if ws:
            ws.close()
        if cluster:
            cluster.stop()
        left = network.remove()
        if left:
            failures.append(f"namespaces left behind: {left}")
    finish(NAME, figures, failures)


def walk_claims(rows, assignee_before):
    """No double claim: each case's events in order from its assignee before the run. Every
    claim here comes from `next`, which hands out only a case nobody has, so a claim while
    anyone holds the case is a double claim. Gives the holders after the walk, the double
    claims, and the claims as (ref, who)."""
    holder = dict(assignee_before)
    doubles, claims = [], []
    for (i, kind, who, ref, details) in rows:
        if not ref:
            continue
        if kind == "claimed":
            claims.append((ref, who))
            if holder.get(ref) is not None:
                doubles.append(f"{ref} claimed by {who} (event {i}) while {holder[ref]} had it")
            holder[ref] = who
        elif kind in ("released", "routed"):
            holder[ref] = None
        elif kind in ("assigned", "reassigned"):
            holder[ref] = json.loads(details).get("to")
    return holder, doubles, claims


def the_walk_finds_a_double_claim():
    """The check must be able to fail: two claims with no release between are found, a claim
    after a route is not."""
    rows = [("1", "claimed", "ana", "X-1", "{}"), ("2", "routed", "ana", "X-1", "{}"),
            ("3", "claimed", "bo", "X-1", "{}"), ("4", "claimed", "cy", "X-1", "{}")]
    _, doubles, _ = walk_claims(rows, {"X-1": None})
    return len(doubles) == 1 and "event 4" in doubles[0]


def tag_of(kind, words):
    """The text that makes a change's event unique: a note's words, a route's or hold's reason."""
    return words[3] if kind == "note" else words[words.index("--reason") + 1]


def work(ws, cluster, seed, failures, figures):
    refs = [r for (r,) in cluster.sql(f"SELECT ref FROM cases WHERE closed_at IS NULL AND department = '{DEPT}' ORDER BY ref")]
    assignee_before = {r: (a or None) for r, a in cluster.sql("SELECT ref, coalesce(assignee, '') FROM cases")}
    others = [d for (d,) in cluster.sql(f"SELECT code FROM department WHERE code NOT IN ('{DEPT}', 'INTAKE')")]
    first_event = int(cluster.sql("SELECT coalesce(max(id), 0) FROM event")[0][0]) + 1
    lock = threading.Lock()
    results = []  # (host, login, kind, words, code, out, err, started, ended)
    stopped = []  # terminals that stopped on an error of this script's own

    def run(host, login, kind, words):
        started = time.monotonic()
        r = ws.run_on(host, *words, timeout=120)
        with lock:
            results.append((host, login, kind, words, r.returncode, r.stdout, r.stderr, started, time.monotonic()))
        return r

    def terminal(host, t):
        try:
            work_at(host, t)
        except Exception as e:  # noqa: BLE001 - a terminal that stops early must fail the run, not shrink it
            with lock:
                stopped.append(f"host {host + 1} terminal {t} stopped: {type(e).__name__}: {e}")

    def work_at(host, t):
        login = LOGINS[t % len(LOGINS)]
        acting = [] if login == "root" else ["--as", login]
        rng = random.Random(seed * 100 + host * 10 + t)
        deadline = time.monotonic() + SECONDS
        n = 0
        while time.monotonic() < deadline:
            n += 1
            # Half the time one of a dozen busy cases, so that people on different hosts meet.
            ref = rng.choice(refs[:12]) if rng.random() < 0.5 else rng.choice(refs)
            kind = rng.choices(["next", "note", "show", "route", "hold"], weights=[25, 30, 25, 10, 10])[0]
            tag = f"host {host + 1} terminal {t} {kind} {n} seed {seed}"
            if kind == "next":
                run(host, login, kind, ["next", "--dept", DEPT, "--json"] + acting)
                continue
            if kind == "show":
                run(host, login, kind, ["case", "show", ref] + acting)
                continue
            expect, where = [], None
            if rng.random() < 0.7 or (kind == "route" and login == "root"):
                # As a person does: look at the case, then act on the version seen.
                r = run(host, login, "show", ["case", "show", ref, "--json"] + acting)
                if r.returncode != 0:
                    continue
                seen = json.loads(r.stdout)
                expect, where = ["--expect-version", str(seen["version"])], seen["department"]
                time.sleep(rng.uniform(0, 0.05))
            if kind == "note":
                words = ["case", "note", ref, tag]
            elif kind == "route":
                # The admin sends back to PH what others sent away, so the busy cases stay busy.
                to = DEPT if where not in (None, DEPT) else rng.choice(others)
                words = ["case", "route", ref, to, "--reason", tag]
            else:
                words = ["case", "hold", ref, "--until", "2026-12-15", "--reason", tag]
            run(host, login, kind, words + expect + acting)

    start, client_cpu, server_cpu = time.monotonic(), os.times(), cluster.cpu_seconds()
    # Daemon threads: a signal ends the run without waiting for the terminals' deadline.
    threads = [threading.Thread(target=terminal, args=(h, t), daemon=True) for h in range(HOSTS) for t in range(TERMINALS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    took = time.monotonic() - start
    failures.extend(stopped)
    client_cpu = sum(os.times()[2:4]) - sum(client_cpu[2:4])
    server_cpu = cluster.cpu_seconds() - server_cpu

    # A case routed away is out of a caseworker's reach from then on: a refusal saying so is
    # justified only when an acknowledged route to that department had begun before it ended.
    routes = defaultdict(list)  # ref -> [(department, started)]
    for (_, _, kind, words, code, _, _, started, _) in results:
        if kind == "route" and code == 0:
            routes[words[2]].append((words[3], started))
    out_of_reach = re.compile(r"(\S+) is in (\S+), outside (\S+)'s departments")
    refusals, examples, failed_reads, justified_reads = Counter(), {}, 0, 0
    acknowledged, refused_tags, claimed = [], [], []
    for (host, login, kind, words, code, out, err, _, ended) in results:
        where = f"host {host + 1} as {login}"
        message = err.strip()
        moved = out_of_reach.search(message) if code == 1 and message.startswith("docket: ") else None
        if moved and not any(d == moved.group(2) and began < ended for d, began in routes[moved.group(1)]):
            failures.append(f"{where}: {' '.join(words[:3])} refused as out of reach, but no route to "
                            f"{moved.group(2)} had begun: {message[:200]}")
            continue
        if moved:
            refusals["routed out of the person's departments"] += 1
            examples.setdefault("routed out of the person's departments", message[:160])
            justified_reads += kind == "show"
            if kind in ("note", "route", "hold"):
                refused_tags.append(tag_of(kind, words))
            continue
        if code == 0:
            if kind in ("note", "route", "hold"):
                acknowledged.append(tag_of(kind, words))
            elif kind == "next":
                try:
                    answer = json.loads(out)
                    claimed.append((answer["ref"], login))
                    if answer.get("assignee") != login:
                        failures.append(f"{where}: next answered {answer['ref']} assigned to {answer.get('assignee')}")
                except (ValueError, KeyError) as e:
                    failures.append(f"{where}: next answered something unreadable: {out[:200]} ({e})")
            continue
        if kind == "show":
            failed_reads += 1
            failures.append(f"{where}: a read failed: {' '.join(words[:3])}: exit {code}: {message[:300]}")
            continue
        label = next((name for name, pattern in CLEAR_REFUSALS.items() if pattern.search(message)), None)
        if code != 1 or not message.startswith("docket: ") or UNCLEAR.search(message) or label is None:
            failures.append(f"{where}: unclear refusal of {' '.join(words[:3])}: exit {code}: {message[:300]}")
            continue
        refusals[label] += 1
        examples.setdefault(label, message[:160])
        if kind in ("note", "route", "hold"):
            refused_tags.append(tag_of(kind, words))

    # The events since the run began: who and which case from SQL (as the superuser), the
    # reasons through docket (free text is sealed in the store).
    reasons = {e["id"]: e["reason"] for e in ws.events() if e["id"] >= first_event}
    rows = cluster.sql(f"SELECT e.id, e.kind, coalesce(e.acting_as, e.actor), coalesce(c.ref, ''), e.details "
                       f"FROM event e LEFT JOIN cases c ON c.id = e.case_id WHERE e.id >= {first_event} ORDER BY e.id")
    stored = Counter(reasons.get(int(i)) for (i, _, _, _, _) in rows)
    lost = [t for t in acknowledged if stored[t] != 1]
    if lost:
        failures.append(f"{len(lost)} acknowledged commands whose event is not in the store exactly once, e.g. {lost[:3]}")
    ghosts = [t for t in refused_tags if stored[t] != 0]
    if ghosts:
        failures.append(f"{len(ghosts)} refused commands left an event anyway, e.g. {ghosts[:3]}")

    holder, doubles, claim_events = walk_claims(rows, assignee_before)
    if doubles:
        failures.append(f"{len(doubles)} double claims, e.g. {doubles[:3]}")
    if sorted(claim_events) != sorted(claimed):
        failures.append(f"the claim events ({len(claim_events)}) differ from the claims acknowledged ({len(claimed)})")
    now_assigned = {r: (a or None) for r, a in cluster.sql("SELECT ref, coalesce(assignee, '') FROM cases")}
    drift = [r for r in holder if holder[r] != now_assigned.get(r)]
    if drift:
        failures.append(f"{len(drift)} cases whose assignee differs from their events, e.g. "
                        f"{[(r, holder[r], now_assigned.get(r)) for r in drift[:3]]}")

    # Counters equal a recount: docket's own checks, and the report against SQL.
    check_store(ws, failures, "after the run")
    r = ws.run("report", "backlog", "--json", timeout=120)
    report_checked = 0
    if r.returncode != 0:
        failures.append(f"report backlog exited {r.returncode}: {r.stderr.strip()[:300]}")
    else:
        recount = {d: (int(o), int(u), int(h)) for d, o, u, h in cluster.sql(
            "SELECT department, count(*), count(*) FILTER (WHERE assignee IS NULL), "
            "count(*) FILTER (WHERE hold_since IS NOT NULL) FROM cases WHERE closed_at IS NULL GROUP BY 1")}
        for d in json.loads(r.stdout)["departments"]:
            figures_d = (d["open"], d["unassigned"], d["on_hold"])
            if figures_d != recount.get(d["code"], (0, 0, 0)):
                failures.append(f"report backlog {d['code']} open/unassigned/on hold {figures_d}, "
                                f"a recount {recount.get(d['code'], (0, 0, 0))}")
            report_checked += 1

    kinds = Counter(k for (_, _, k, *_rest) in results)
    per_host = Counter(h for (h, *_rest) in results)
    latencies = sorted(e - b for (*_rest, b, e) in results)
    figures.update({
        "terminals": f"{HOSTS} hosts x {TERMINALS} = {HOSTS * TERMINALS} at once, as {', '.join(LOGINS[:TERMINALS])}",
        "seconds": f"{took:.1f}",
        "commands": len(results),
        "commands per second": f"{len(results) / took:.1f}",
        "commands per second by host": ", ".join(
            f"host {h + 1} {per_host[h] / took:.1f}" for h in range(HOSTS)),
        "TCP connections logged by the server, by host": ", ".join(
            f"{a} {cluster.connections_from(a)}" for a in ws.network.host_addrs),
        "command time median / p95": (f"{latencies[len(latencies) // 2] * 1000:.0f} ms / "
                                      f"{latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms") if latencies else "-",
        "CPU per command, client / server": (f"{client_cpu / max(len(results), 1) * 1000:.0f} ms / "
                                             f"{server_cpu / max(len(results), 1) * 1000:.0f} ms "
                                             f"(cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f})"),
        "by kind": ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)),
        "acknowledged changes, all present once": len(acknowledged) if not lost else f"{len(acknowledged)} ({len(lost)} missing)",
        "refused changes, none present": len(refused_tags) if not ghosts else f"{len(refused_tags)} ({len(ghosts)} present)",
        "claims by next, no double claim": len(claimed) if not doubles else f"{len(claimed)} ({len(doubles)} doubled)",
        "failed reads": failed_reads,
        "reads refused because the case had been routed out of the person's departments": justified_reads,
        "version conflicts": refusals["changed by someone else first"],
        "conflicts and refusals (all clear messages)": sum(refusals.values()),
        "refusals by kind": ", ".join(f"{k} {v}" for k, v in refusals.most_common()) or "none",
        "report departments equal to a recount": report_checked,
    })
    for label, message in examples.items():
        figures[f"e.g. {label}"] = message


if __name__ == "__main__":
    main()
