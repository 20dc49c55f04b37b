#!/usr/bin/env bash
# End to end: a correction survives a crash. In the real console on a real pseudo-terminal
# (tmux), a supervisor opens a benefits application, presses `e`, retypes the given name,
# and the console is killed with SIGKILL before anything is saved to the case. A new
# console on the same database, `e` on the same case: the draft is laid back over the form
# and said so; Ctrl-S saves it to the case and the draft is gone.
#
# usage: Tests/EndToEnd/correction.sh PATH-TO-docket
set -euo pipefail

# setup_e2e, fail, screen, keys, typed, wait_for
source "$(dirname "${BASH_SOURCE[0]}")/tmux-helpers.bash"
setup_e2e "$@"
pane="correction"
export ESCDELAY=25
new_name="Annelise"

# draft_given_name REF: the given name in the correction draft of case REF ('' when none).
draft_given_name() {
  python3 - "$DOCKET_DB" "$1" <<'EOF'
import json, sqlite3, sys
db, ref = sys.argv[1:]
row = sqlite3.connect(db).execute(
    "SELECT d.data FROM draft d JOIN cases c ON c.id = d.case_id WHERE c.ref = ?", (ref,)).fetchone()
print(json.loads(row[0]).get("given_name", "") if row else "")
EOF
}

open_console() {
  tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 \
    "env TERM=xterm-256color '$bin'; echo EXIT=\$?; sleep 60"
  wait_for "^Ref +Constituent" 15
}

# open_case REF: search for REF and open it.
open_case() {
  keys /
  typed "$1"
  wait_for "[0-9]+ results? · " 10
  keys Enter
  wait_for "^$1 " 10
}

echo "== correction.sh: demo database in $tmp"
"$bin" demo --cases 200 >/dev/null 2>&1 || fail "docket demo did not make a database"
ref=$("$bin" case list --type benefits_application --limit 1 --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['ref'])")
[[ "$ref" =~ ^BA-20[0-9]{2}-[0-9]{6}$ ]] || fail "no open benefits application in the demo: '$ref'"
old_name=$("$bin" case show "$ref" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['form']['given_name'])")
echo "   case $ref, given name '$old_name'"

echo "== e: retype the given name; the draft is saved while typing"
open_console
open_case "$ref"
keys e
wait_for "Correcting $ref" 10
keys C-u
typed "$new_name"
tries=100
while [ "$(draft_given_name "$ref")" != "$new_name" ]; do
  tries=$((tries - 1))
  [ "$tries" -gt 0 ] || fail "the correction draft never held the new name (it has '$(draft_given_name "$ref")')"
  sleep 0.1
done

echo "== kill -9 the console mid-correction"
shell=$(tmux -L "$socket" display -p -t "$pane" '#{pane_pid}')
pkill -KILL -P "$shell" -x docket || fail "no docket process under the pane's shell $shell"
wait_for "EXIT=137" 10  # the killed console left the screen as it was
tmux -L "$socket" kill-session -t "$pane"
got=$("$bin" case show "$ref" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['form']['given_name'])")
[ "$got" = "$old_name" ] || fail "the case changed without Ctrl-S: given name '$got'"

echo "== a new console: e restores the draft"
open_console
open_case "$ref"
keys e
wait_for "Draft from [0-9:]+ restored: 1 change to $ref" 10
wait_for "Given name +$new_name" 5

echo "== Ctrl-S saves it; the draft is gone"
keys C-s
wait_for "Saved the corrections to $ref" 10
keys Q
wait_for "^EXIT=0" 10
got=$("$bin" case show "$ref" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['form']['given_name'])")
[ "$got" = "$new_name" ] || fail "the case's given name is '$got', expected '$new_name'"
[ -z "$(draft_given_name "$ref")" ] || fail "the correction draft was not discarded after saving"

echo "== correction.sh: all good"
