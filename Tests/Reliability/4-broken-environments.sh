#!/usr/bin/env bash
# Broken environments (#17 item 8d): docket run where things are wrong — the database missing,
# a folder, read-only, locked longer than the busy timeout, corrupt (random pages, truncated,
# another program's file), from a newer docket, the disk full; the console with no terminal,
# TERM=dumb, a 20×6 terminal, and SIGHUP with a draft open. Each must answer with its message
# and exit code, leave the terminal as it found it, and lose nothing (`docket check`).
#
# usage: Tests/Reliability/4-broken-environments.sh PATH-TO-docket   (RELIABILITY_SEED reproduces)
set -euo pipefail

# setup_e2e, fail, screen, keys, typed, wait_for
source "$(dirname "${BASH_SOURCE[0]}")/../EndToEnd/tmux-helpers.bash"
setup_e2e "$@"
name="broken-environments"
seed=${RELIABILITY_SEED:-$(( (RANDOM << 15) | RANDOM ))}
echo "$name: seed $seed (RELIABILITY_SEED=$seed reproduces this run)"
tried=0
environments=()
pane="none"

good="$tmp/good.db"
DOCKET_DB="$good" "$bin" demo --cases 200 >/dev/null
ref=$(DOCKET_DB="$good" "$bin" case list 2>/dev/null | awk 'NR == 2 { print $1 }')

# expect NAME CODE REGEX DB COMMAND...: the command, on database DB, exits CODE and says REGEX
# on stderr (or stdout).
expect() {
  local what=$1 code=$2 pattern=$3 db=$4 out got
  shift 4
  set +e
  out=$(DOCKET_DB="$db" "$bin" "$@" 2>&1 </dev/null)
  got=$?
  set -e
  tried=$((tried + 1))
  [ "$got" -eq "$code" ] || fail "$what: \`docket $*\` exited $got, expected $code: $out"
  echo "$out" | grep -Eq -- "$pattern" || fail "$what: \`docket $*\` did not say /$pattern/: $out"
  echo "   ok: $what (exit $got)"
}

# copy NAME: a fresh copy of the good database, closed and whole.
copy() { cp "$good" "$tmp/$1.db"; echo "$tmp/$1.db"; }

echo "== the database file"
expect "missing" 1 "no Docket database at .*docket (demo|init)" "$tmp/none.db" case list
environments+=("missing")
mkdir -p "$tmp/folder"
expect "a folder" 1 "is a folder; --db .* names the database file" "$tmp/folder" case list
environments+=("a folder")
db=$(copy newer)
sqlite3 "$db" "PRAGMA user_version = 99"
expect "a newer schema" 1 "made by a newer Docket \(schema 99.*upgrade docket" "$db" case list
environments+=("newer schema")
printf 'name,amount\nrent,12\n' > "$tmp/foreign.db"
before=$(sha256sum < "$tmp/foreign.db")
expect "another program's file" 1 "not a usable Docket database .*left as it is" "$tmp/foreign.db" case list
[ "$(sha256sum < "$tmp/foreign.db")" = "$before" ] || fail "the foreign file was changed"
environments+=("foreign file")
db=$(copy truncated)
truncate -s 65536 "$db"
expect "truncated" 1 "not a usable Docket database|is damaged" "$db" case list
expect "truncated, check" 1 "not a usable Docket database|is damaged|malformed" "$db" check
environments+=("truncated")

echo "== random pages overwritten (seeded)"
for round in 1 2 3; do
  db=$(copy "pages$round")
  python3 - "$db" "$((seed + round))" <<'PY'
import os, random, sys
path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
pages = os.path.getsize(path) // 4096
with open(path, "r+b") as f:
    for page in rng.sample(range(1, pages), min(8, pages - 1)):
        f.seek(page * 4096 + rng.randrange(0, 4000))
        f.write(bytes(rng.randrange(256) for _ in range(96)))
PY
  # Whatever the pages held, check finds it (exit 1) and no command crashes or hangs.
  expect "random pages ($round), check" 1 "." "$db" check
  for words in "case list" "case show $ref" "case note $ref damaged-page-note" "audit verify"; do
    set +e
    out=$(DOCKET_DB="$db" timeout 30 "$bin" $words 2>&1 </dev/null)
    got=$?
    set -e
    tried=$((tried + 1))
    [ "$got" -le 1 ] || fail "random pages ($round): \`docket $words\` exited $got (a crash or a hang): $out"
    [ "$got" -eq 0 ] || [ -n "$out" ] || fail "random pages ($round): \`docket $words\` failed without a message: $out"
  done
  echo "   ok: random pages ($round): check found it; list, show, note, verify answered"
  environments+=("random pages $round")
done

echo "== read-only"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  # Beside $tmp, not in it: nobody may not enter $tmp (0700).
  ro=$(mktemp -d "${TMPDIR:-/tmp}/docket-readonly.XXXXXX")
  chown nobody "$ro"
  chmod 755 "$ro"
  # A copy of the binary where nobody may run it: the build folder may be closed to others.
  mkdir -p "$ro/bin"
  cp "$bin" "$ro/bin/docket"
  chmod 755 "$ro/bin" "$ro/bin/docket"
  as_nobody() { env DOCKET_DB="$ro/d.db" HOME="$ro" setpriv --reuid=65534 --regid=65534 --clear-groups "$ro/bin/docket" "$@" 2>&1 </dev/null; }
  out=$(as_nobody demo --cases 30) || fail "read-only: nobody's demo failed: $out"
  chmod 400 "$ro/d.db"
  set +e
  out=$(as_nobody case list); got=$?
  note=$(as_nobody case note "$(echo "$out" | awk 'NR == 2 { print $1 }')" "read-only note"); note_got=$?
  set -e
  tried=$((tried + 1))
  [ "$got" -eq 0 ] || fail "read-only: a read exited $got: $out"
  [ "$note_got" -eq 1 ] && echo "$note" | grep -q "may only be read by this account" || fail "read-only: the write said ($note_got): $note"
  [ ! -e "$ro/d.db-wal" ] && [ ! -e "$ro/d.db-shm" ] || fail "read-only: a -wal/-shm was left beside the database"
  rm -rf "$ro"
  echo "   ok: read-only: reads work, a write says why, nothing left beside it"
  environments+=("read-only")
else
  echo "   skipped: read-only (needs root and setpriv to act as another account)"
fi

echo "== locked longer than the busy timeout"
db=$(copy locked)
DOCKET_DB="$db" "$bin" case list >/dev/null 2>&1
( echo "BEGIN IMMEDIATE; INSERT INTO staff_department SELECT login, department FROM staff_department LIMIT 0;"; sleep 9; echo "ROLLBACK;" ) | sqlite3 "$db" &
locker=$!
sleep 0.5
expect "locked, a read" 0 "$ref" "$db" case list
start=$SECONDS
expect "locked, a write" 1 "locked by another docket process; try again in a moment" "$db" case note "$ref" "while locked"
[ $((SECONDS - start)) -ge 4 ] || fail "the write gave up before the busy timeout"
wait "$locker"
expect "unlocked again" 0 "note added" "$db" case note "$ref" "after the lock"
expect "locked, nothing lost" 0 "every invariant holds" "$db" check
environments+=("locked past the busy timeout")

echo "== disk full"
db=$(copy full)
set +e
out=$( (ulimit -f 0; DOCKET_DB="$db" exec "$bin" case list) 2>&1 </dev/null | cat)
read_code=${PIPESTATUS[0]}
note=$( (ulimit -f 0; DOCKET_DB="$db" exec "$bin" case note "$ref" "no room") 2>&1 </dev/null | cat)
note_code=${PIPESTATUS[0]}
set -e
tried=$((tried + 2))
[ "$read_code" -eq 0 ] && echo "$out" | grep -q "$ref" || fail "disk full: a read failed ($read_code): $out"
[ "$note_code" -eq 1 ] && echo "$note" | grep -q "disk full: no room to write $db" || fail "disk full: the write said ($note_code): $note"
expect "disk full, nothing lost" 0 "every invariant holds" "$db" check
echo "   ok: disk full: reads work, writes say disk full"
environments+=("disk full")

echo "== the console"
export DOCKET_DB="$tmp/console.db"
cp "$good" "$DOCKET_DB"
set +e
out=$("$bin" </dev/null 2>&1 >/dev/null)
got=$?
set -e
tried=$((tried + 1))
[ "$got" -eq 1 ] && echo "$out" | grep -q "needs an interactive terminal" || fail "no TTY: exit $got: $out"
echo "   ok: no TTY (exit 1)"
environments+=("no TTY")

# restored PANE: after the console ended, the shell around it printed the terminal's modes.
# The modes are printed just after EXIT=, so they are waited for (5 s), not read at once.
restored() {
  local tries=50
  until screen | grep -Eq "(^| )icanon( |$)" && screen | grep -Eq "(^| )echo( |$)"; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || fail "the terminal was not restored (icanon, echo)"
    sleep 0.1
  done
}
after='echo EXIT=$?; stty -a | tr " ;" "\n\n" | grep -xE -- "-?(icanon|echo)" | tr "\n" " "; echo; sleep 60'

pane="dumb"
tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 "env TERM=dumb '$bin'; $after"
wait_for "EXIT=1" 10
screen | grep -q "move its cursor" || fail "TERM=dumb gave no clear message"
restored
tried=$((tried + 1))
echo "   ok: TERM=dumb (exit 1, terminal restored)"
environments+=("TERM=dumb")

pane="tiny"
tmux -L "$socket" new-session -d -s "$pane" -x 20 -y 6 "env TERM=xterm-256color LANG=C.UTF-8 '$bin'; $after"
wait_for "too small" 15
keys Q
wait_for "EXIT=0" 10
tmux -L "$socket" resize-window -t "$pane" -x 100 -y 30
restored
tried=$((tried + 1))
echo "   ok: 20×6 (says too small, Q quits, terminal restored)"
environments+=("20x6")

echo "== SIGHUP with a draft open"
draft_family() {
  sqlite3 "file:$DOCKET_DB?mode=ro" "SELECT count(*) FROM draft WHERE data LIKE '%Hupsignal%'"
}
pane="hup"
tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 \
  "env TERM=xterm-256color LANG=C.UTF-8 ESCDELAY=25 '$bin' --as ana.kowalski; $after"
wait_for "Intake" 15
keys i
wait_for "which case type" 10
keys j Enter
wait_for "Given name" 10
typed "Hanna"
keys Tab
typed "Hupsignal"
keys Tab
tries=100
until [ "$(draft_family)" -ge 1 ]; do
  sleep 0.1
  tries=$((tries - 1))
  [ "$tries" -gt 0 ] || fail "the draft never reached the database"
done
console_pid=$(pgrep -P "$(tmux -L "$socket" list-panes -t "$pane" -F '#{pane_pid}')" -x docket || true)
[ -n "$console_pid" ] || fail "no console process to hang up"
kill -HUP "$console_pid"
wait_for "EXIT=" 10
restored
[ "$(draft_family)" -ge 1 ] || fail "the draft did not survive SIGHUP"
tried=$((tried + 1))
expect "after SIGHUP, nothing lost" 0 "every invariant holds" "$DOCKET_DB" check
echo "   ok: SIGHUP with a draft open (draft kept, terminal restored)"
environments+=("SIGHUP with a draft")

echo "$name: environments tried: ${#environments[@]} ($(printf '%s, ' "${environments[@]}" | sed 's/, $//'))"
echo "$name: commands checked: $tried"
echo "$name: passed"
