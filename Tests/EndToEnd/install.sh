#!/usr/bin/env bash
# End to end, as root: Docket installed for an office (README, "Installing for an office").
# A throwaway service account owns a temporary data folder; the installed, setuid docket is the
# only way in. Two throwaway people work on the one shared database, each appears as themselves
# in the audit log, and neither can open or read any file of the data folder with sqlite3 or cat.
# Everything it made (users, groups, folders) is removed at the end, also when a check fails.
#
# usage (as root): Tests/EndToEnd/install.sh PATH-TO-docket
# PATH-TO-docket is the debug build, which `docket install` must refuse (it needs the Swift
# runtime beside it); the script builds the installable one with --static-swift-stdlib.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "== install.sh: skipped (it creates users and a setuid program: run it as root, as CI does)"
  exit 0
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
debug_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
unset DOCKET_DB DOCKET_NOW XDG_DATA_HOME
start=$SECONDS
phase() { echo "== install.sh [$((SECONDS - start)) s] $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

account=docket-tsvc
people=(docket-t1 docket-t2)
for name in "$account" "${people[@]}"; do
  if id "$name" >/dev/null 2>&1 || getent group "$name" >/dev/null; then
    fail "$name exists already (a run stopped half way?); remove it first: userdel $name; groupdel $name"
  fi
done

tmp=$(mktemp -d)
chmod 755 "$tmp"                     # the people and the service account pass through it
prefix=$tmp/prefix
data=$tmp/data
made=()
cleanup() {
  for name in "${made[@]}"; do
    userdel "$name" 2>/dev/null || true
    if getent group "$name" >/dev/null; then groupdel "$name" 2>/dev/null || true; fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

phase "a debug build is refused: a setuid program may not load the Swift runtime beside it"
set +e
"$debug_bin" install --prefix "$prefix" --group "$account" --data "$data" >"$tmp/out" 2>&1
status=$?
set -e
[ "$status" -eq 1 ] || fail "installing the debug build exited $status: $(cat "$tmp/out")"
grep -q -- "--static-swift-stdlib" "$tmp/out" || fail "the refusal does not say how to build: $(cat "$tmp/out")"
[ ! -e "$prefix/bin/docket" ] || fail "a refused install left $prefix/bin/docket"

phase "building the installable docket: swift build -c release --static-swift-stdlib"
built=$SECONDS
(cd "$root" && swift build -c release --static-swift-stdlib 2>&1 | tail -1)
echo "   (release build: $((SECONDS - built)) s)"
release_bin="$root/.build/release/docket"

phase "docket install --prefix $prefix --group $account --data $data"
made+=("$account")
"$release_bin" install --prefix "$prefix" --group "$account" --data "$data"
docket=$prefix/bin/docket
[ "$(stat -c '%U %a' "$docket")" = "$account 4755" ] || fail "$docket is $(stat -c '%U %a' "$docket"), not $account 4755"
[ "$(stat -c '%U %G %a' "$data")" = "$account $account 2700" ] || fail "$data is $(stat -c '%U %G %a' "$data"), not $account $account 2700"
[ "$(getent passwd "$account" | cut -d: -f7)" = "/usr/sbin/nologin" ] || fail "$account can log in"
"$release_bin" install --prefix "$prefix" --group "$account" --data "$data" >/dev/null || fail "a second install (an upgrade) failed"

for person in "${people[@]}"; do
  made+=("$person")
  useradd --no-create-home --shell /bin/bash "$person"
done
first=${people[0]} second=${people[1]}
as() { local who=$1; shift; (cd "$tmp" && runuser -u "$who" -- "$docket" "$@"); }

phase "the console does not make the shared database by itself (whoever did would be its admin)"
(cd "$tmp" && timeout 30 runuser -u "$second" -- script -qec "$docket" /dev/null </dev/null >"$tmp/console.out" 2>&1) &&
  fail "the console started on a shared database nobody made"
grep -q "docket init" "$tmp/console.out" || fail "the console does not say who makes the database: $(cat "$tmp/console.out")"
[ ! -e "$data/docket.db" ] || fail "the console made $data/docket.db"

phase "$first makes the office's database (docket demo --cases 200) and is its first admin"
as "$first" demo --cases 200 | tail -1
as "$first" staff add "$second" --role caseworker --dept BEN --name "Second Person"
as "$first" staff list | grep -q "$first.*admin" || fail "$first is not an admin: $(as "$first" staff list)"

phase "both work on the one database through the installed docket"
refs=$(as "$first" case list --dept BEN --limit 2 --json | python3 -c "import json,sys; print(' '.join(c['ref'] for c in json.load(sys.stdin)))")
read -r ref other <<<"$refs"
[ -n "$ref" ] && [ -n "$other" ] || fail "no BEN cases to work on"
as "$first" case note "$ref" "noted by the first person"
as "$second" case note "$ref" "noted by the second person"
as "$second" next --dept BEN >/dev/null
# The test clock is refused when setuid: nobody dates events in the shared log.
(cd "$tmp" && runuser -u "$second" -- env DOCKET_NOW=2001-01-01T00:00:00Z "$docket" case note "$other" "not from 2001")

phase "each appears as themselves in the audit log"
as "$first" audit log "$ref" --json >"$tmp/log.json"
python3 - "$tmp/log.json" "$first" "$second" <<'EOF'
import json, sys
events = json.load(open(sys.argv[1]))
notes = {e["actor"] for e in events if e["kind"] == "note" and e["reason"] and "person" in e["reason"]}
assert notes == {sys.argv[2], sys.argv[3]}, f"note authors are {notes}"
EOF
as "$first" audit log "$other" --json | python3 -c "
import json, sys
notes = [e for e in json.load(sys.stdin) if e['kind'] == 'note' and e['reason'] == 'not from 2001']
assert notes and not any(e['at'].startswith('2001') for e in notes), notes
" || fail "DOCKET_NOW dated an event in the shared log"

phase "while it works, docket has the person's rights and keeps the account's only as saved"
# An import from a pipe waits, with the database open, until something writes to the pipe.
# (Import is for clerks, supervisors and admins: the first person, the admin, runs it.)
mkfifo -m 666 "$tmp/rows.csv"
(cd "$tmp" && runuser -u "$first" -- "$docket" import "$tmp/rows.csv" --form benefits_application --dry-run >/dev/null 2>&1) &
waiter=$!
pid=""
for _ in $(seq 50); do
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/exe" 2>/dev/null)" = "$docket" ] && pid=${p#/proc/}
  done
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || fail "the waiting import did not start"
for _ in $(seq 50); do ls -l "/proc/$pid/fd" 2>/dev/null | grep -q "$data/docket.db" && break; sleep 0.1; done
ids=$(awk '/^Uid:/ {print $2, $3, $4}' "/proc/$pid/status")
expected="$(id -u "$first") $(id -u "$first") $(id -u "$account")"
[ "$ids" = "$expected" ] || fail "real, effective and saved uid are $ids, not $expected"
ls "/proc/$pid/fd" -l | grep -q "$data/docket.db" || fail "the waiting import has not opened the database"
runuser -u "$second" -- ls "/proc/$pid/fd" >/dev/null 2>&1 && fail "$second can reach the open database through /proc/$pid/fd"
echo "given_name" >"$tmp/rows.csv"
wait "$waiter" || true
echo "   uid real/effective/saved: $ids; /proc/$pid/fd closed to $second"

phase "the data folder and every file in it are the service account's alone"
ls -la "$data"
found=0
for file in "$data" "$data"/*; do
  found=$((found + 1))
  owner=$(stat -c '%U:%G' "$file")
  [ "$owner" = "$account:$account" ] || fail "$file belongs to $owner, not $account:$account"
done
[ -e "$data/docket.db" ] || fail "no $data/docket.db"
for file in "$data"/*; do
  mode=$(stat -c '%a' "$file")
  [ "$mode" = "600" ] || fail "$file has mode $mode, not 600"
done

phase "neither person can open or read any of them with sqlite3 or cat"
for person in "${people[@]}"; do
  runuser -u "$person" -- ls "$data" >/dev/null 2>&1 && fail "$person can list $data"
  for file in "$data"/*; do
    runuser -u "$person" -- cat "$file" >/dev/null 2>&1 && fail "$person can read $file with cat"
    runuser -u "$person" -- sqlite3 "$file" "SELECT count(*) FROM cases" >/dev/null 2>&1 &&
      fail "$person can open $file with sqlite3"
  done
  # The account's rights open the shared database and nothing else: files a person names
  # (--out, another --db in the data folder) are opened as that person, and refused here.
  as "$person" export cases --format csv --out "$data/leak.csv" >/dev/null 2>&1 && fail "$person wrote $data/leak.csv"
  as "$person" --db "$data/other.db" init >/dev/null 2>&1 && fail "$person made $data/other.db"
done
[ ! -e "$data/leak.csv" ] && [ ! -e "$data/other.db" ] || fail "a person's file landed in $data"
runuser -u "$second" -- sqlite3 "$data/docket.db" "SELECT 1" 2>&1 | sed 's/^/   sqlite3 as a person: /' || true

phase "done in $((SECONDS - start)) s"
