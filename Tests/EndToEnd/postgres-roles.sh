#!/usr/bin/env bash
# End to end, as root: Docket on PostgreSQL, each person connected as their own role
# (README, "Running on PostgreSQL"). A throwaway cluster takes peer authentication on its local
# socket only; docket is installed setuid to a throwaway service account, as on an office host;
# two throwaway people (VET and PH caseworkers) work through it. The server's log shows each
# connection was the person's role, never the service account's; psql as either person shows
# only their scope; and the database's owner finds the chain and the counters whole.
# Everything it made (cluster, users, folders) is removed at the end, also when a check fails.
#
# usage (as root): Tests/EndToEnd/postgres-roles.sh PATH-TO-docket
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "== postgres-roles.sh: skipped (it creates users, a cluster and a setuid program: run it as root, as CI does)"
  exit 0
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
unset DOCKET_DB DOCKET_NOW XDG_DATA_HOME DOCKET_TEST_PG
start=$SECONDS
phase() { echo "== postgres-roles.sh [$((SECONDS - start)) s] $*"; }
fail() { echo "FAIL: $*" >&2; [ -n "${pg:-}" ] && [ -f "$pg/server.log" ] && tail -20 "$pg/server.log" >&2; exit 1; }

account=docket-psvc
vet=docket-pvet
ph=docket-pph
for name in "$account" "$vet" "$ph"; do
  if id "$name" >/dev/null 2>&1 || getent group "$name" >/dev/null; then
    fail "$name exists already (a run stopped half way?); remove it first: userdel $name; groupdel $name"
  fi
done

tmp=$(mktemp -d)
chmod 755 "$tmp"
pg=$tmp/pg
made=()
cleanup() {
  "$root/.ci/postgres" stop "$pg" >/dev/null 2>&1 || true
  for name in "${made[@]}"; do
    userdel "$name" 2>/dev/null || true
    if getent group "$name" >/dev/null; then groupdel "$name" 2>/dev/null || true; fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

phase "a cluster of our own, peer authentication on its socket only"
conn=$("$root/.ci/postgres" start "$pg" 54360)
port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<<"$conn")
chmod 711 "$pg"                      # the people reach the socket in it, nothing else
psql_bin=$(command -v psql)
printf 'local all all peer\n' >"$pg/data/pg_hba.conf"
runuser -u postgres -- "$psql_bin" -h "$pg" -p "$port" -U postgres -d postgres -qAt -c "ALTER SYSTEM SET log_connections = on" >/dev/null \
  || fail "could not turn on log_connections"
for bindir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
  [ -x "$bindir/pg_ctl" ] && break
done
runuser -u postgres -- "$bindir/pg_ctl" -D "$pg/data" reload >/dev/null || fail "reload"
sleep 1
psql -h "$pg" -p "$port" -d postgres -qAt -c "CREATE DATABASE docket" >/dev/null || fail "root (a superuser role of its login) could not make a database over peer"
db="host=$pg port=$port dbname=docket"

phase "the demo agency, made by the database's owner (root)"
"$bin" demo --db "$db" --cases 400 --seed 5 >/dev/null || fail "docket demo on PostgreSQL"
for name in "$account" "$vet" "$ph"; do
  useradd --no-create-home --shell /usr/sbin/nologin "$name"
  made+=("$name")
done
"$bin" staff add "$vet" --role caseworker --dept VET --name "Vet Worker" --db "$db" >/dev/null || fail "staff add $vet"
"$bin" staff add "$ph" --role caseworker --dept PH --name "PH Worker" --db "$db" >/dev/null || fail "staff add $ph"
[ "$(psql -h "$pg" -p "$port" -d docket -qAt -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('$vet', '$ph') AND rolcanlogin")" = 2 ] \
  || fail "staff add did not make a login role for each person"

phase "docket installed setuid to the service account"
installed=$root/.build/release/docket
if ! [ -x "$installed" ] || ldd "$installed" 2>/dev/null | grep -q libswiftCore; then
  (cd "$root" && swift build -c release --static-swift-stdlib 2>&1 | tail -1)
fi
mkdir -p "$tmp/bin"
install -o "$account" -g "$account" -m 4755 "$installed" "$tmp/bin/docket"
docket="$tmp/bin/docket"
as() { local who=$1; shift; (cd "$tmp" && runuser -u "$who" -- "$@"); }

phase "the VET caseworker works through their own role"
marker=$(grep -c "connection authorized: user=$vet" "$pg/server.log" || true)
as "$vet" "$docket" case list --all --limit 1000 --json --db "$db" >"$tmp/vet-list.json" || fail "case list as $vet"
expected=$(psql -h "$pg" -p "$port" -d docket -qAt -c "SELECT count(*) FROM cases c WHERE c.department = 'VET' OR EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id AND t.parent_id IS NOT NULL AND t.closed_at IS NULL AND t.department = 'VET')")
python3 - "$tmp/vet-list.json" "$expected" <<'PY' || fail "$vet's list is not exactly their scope"
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == int(sys.argv[2]), (len(rows), sys.argv[2])
assert "PH" not in {r["department"] for r in rows}
print(f"   {sys.argv[2]} cases in VET's scope, every one listed, none of PH")
PY
claimed=$(as "$vet" "$docket" next --json --db "$db" | python3 -c 'import json,sys; print(json.load(sys.stdin)["ref"])') \
  || fail "next as $vet"
as "$vet" "$docket" case note "$claimed" "called the veteran about the missing form" --db "$db" >/dev/null || fail "note as $vet"
after=$(grep -c "connection authorized: user=$vet" "$pg/server.log" || true)
[ "$after" -gt "$marker" ] || fail "the server saw no connection as $vet"
echo "   claimed $claimed and noted it; the server saw $((after - marker)) connections as $vet"
if grep -q "connection authorized: user=$account" "$pg/server.log"; then
  fail "docket connected as the service account $account"
fi

phase "the person cannot borrow another role"
set +e
as "$vet" "$docket" case list --db "$db user=root" >"$tmp/out" 2>&1
status=$?
set -e
[ "$status" -ne 0 ] || fail "$vet connected as root"
grep -q "refused the login" "$tmp/out" || fail "the refusal does not say what happened: $(cat "$tmp/out")"

phase "psql as each person shows only their scope"
ph_cases=$(as "$vet" psql -h "$pg" -p "$port" -d docket -qAt -c "SELECT count(*) FROM cases WHERE department = 'PH'")
[ "$ph_cases" = 0 ] || fail "psql as $vet lists $ph_cases PH cases"
if as "$vet" psql -h "$pg" -p "$port" -d docket -qAt -c "UPDATE staff SET role = 'admin' WHERE login = '$vet'" >/dev/null 2>&1; then
  fail "$vet made themselves an admin through psql"
fi
if as "$vet" psql -h "$pg" -p "$port" -d docket -qAt -c "SELECT count(*) FROM constituent_key" >/dev/null 2>&1; then
  fail "$vet read the people's keys"
fi
seen=$(as "$ph" psql -h "$pg" -p "$port" -d docket -qAt -c "SELECT count(*) FROM cases WHERE ref = '$claimed'")
[ "$seen" = 0 ] || fail "psql as $ph sees the VET case $claimed"
set +e
as "$ph" "$docket" case show "$claimed" --db "$db" >"$tmp/out" 2>&1
status=$?
set -e
[ "$status" -ne 0 ] || fail "$ph opened the VET case $claimed"

phase "the owner finds everything whole"
"$bin" audit log "$claimed" --json --db "$db" | grep -q "\"actor\" *: *\"$vet\"" || fail "the note is not in $vet's name"
"$bin" audit verify --db "$db" >/dev/null || fail "audit verify"
"$bin" check --db "$db" >/dev/null || fail "check"
phase "passed"
