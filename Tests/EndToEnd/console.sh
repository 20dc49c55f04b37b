#!/usr/bin/env bash
# End to end: the real `docket` console on a real pseudo-terminal (tmux), as a person
# would use it. A fresh demo database in a temporary folder; keys sent with tmux
# send-keys; the screen read with capture-pane; the database checked through
# `docket case show --json`; the terminal checked after Q.
#
# usage: Tests/EndToEnd/console.sh PATH-TO-docket
set -euo pipefail

# setup_e2e, fail, screen, keys, typed, wait_for
source "$(dirname "${BASH_SOURCE[0]}")/tmux-helpers.bash"
setup_e2e "$@"
pane="console"
login=$(id -un)

# case_field REF EXPRESSION: a Python expression over the case's JSON `c`.
case_field() {
  "$bin" case show "$1" --json | python3 -c "import json,sys; c=json.load(sys.stdin); print($2)"
}

echo "== console.sh: demo database in $tmp"
"$bin" demo --cases 300 >/dev/null 2>&1 || fail "docket demo did not make a database"

echo "== no terminal: refused with a pointer to the subcommands"
set +e
out=$("$bin" </dev/null 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 1 ] || fail "docket without a terminal exited $code, expected 1"
echo "$out" | grep -q "needs an interactive terminal" || fail "no clear message without a terminal: $out"
echo "$out" | grep -q "docket --help" || fail "the message does not point at the subcommands: $out"

echo "== TERM=dumb: refused"
# Its own session, left to the cleanup: killing a tmux server's only session races the next one.
pane="dumb"
tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 \
  "env TERM=dumb '$bin'; echo DUMB_EXIT=\$?; sleep 60"
wait_for "DUMB_EXIT=1" 10
screen | grep -q "move its cursor" || fail "TERM=dumb gave no clear message"
pane="console"

echo "== the console opens on a queue"
tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 \
  "env TERM=xterm-256color '$bin'; echo EXIT=\$?; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo; sleep 60"
wait_for "^Ref +Constituent" 15
wait_for "[0-9,]+/[0-9,k+]+ *$" 10
screen | grep -Eq "^[A-Z]+-20[0-9]{2}-[0-9]{6} " || fail "the first queue is empty"

echo "== open the second case"
keys Down
sleep 0.2
keys Enter
wait_for "^\[Constituent\]" 10
ref=$(screen | head -1 | awk '{print $1}')
[[ "$ref" =~ ^[A-Z]+-20[0-9]{2}-[0-9]{6}$ ]] || fail "no case ref on the case screen's first line: '$ref'"
echo "   case $ref"

echo "== claim (c)"
keys c
wait_for "$ref: claimed by you, version" 10
[ "$(case_field "$ref" "c['assignee']")" = "$login" ] || fail "$ref is not assigned to $login after c"

echo "== route (r), if the agency has another department"
department=$(case_field "$ref" "c['department']")
keys r
wait_for "Route $ref to|no other department" 10
if screen | grep -q "Route $ref to"; then
  keys Enter
  wait_for "Why route it" 10
  typed "end-to-end routing check"
  keys Enter
  sleep 0.3
  if screen | grep -q "Confirm"; then keys y; fi
  wait_for "→ [A-Z]+: routed $ref, version" 10
  moved=$(case_field "$ref" "c['department']")
  [ "$moved" != "$department" ] || fail "$ref is still in $department after routing"
  case_field "$ref" "[e['kind'] for e in c['timeline']]" | grep -q "'routed'" || fail "no routed event for $ref"
  echo "   routed $department → $moved"
else
  echo "   (the demo agency has one department: nothing to route to)"
fi

echo "== note (a)"
keys a
wait_for "Note:" 10
typed "Seen end to end; José García's file — ok"
keys Enter
wait_for "$ref: note added, version" 10
notes=$(case_field "$ref" "[e['reason'] for e in c['timeline'] if e['kind']=='note']")
echo "$notes" | grep -q "Seen end to end; José García's file — ok" || fail "the note is not in $ref's timeline: $notes"

echo "== back, help, search"
keys q
wait_for "^Ref +Constituent" 10
keys '?'
wait_for "Keys — Queue" 10
keys Escape
sleep 0.3
keys /
typed "$ref"
wait_for "[0-9]+ results? · " 10
screen | sed -n 5p | grep -q "$ref" || fail "searching for $ref does not list $ref first"
keys Escape
sleep 0.3

echo "== resize below the minimum and back"
tmux -L "$socket" resize-window -t "$pane" -x 30 -y 8
wait_for "Terminal too small" 10
tmux -L "$socket" resize-window -t "$pane" -x 100 -y 30
wait_for "^Ref +Constituent" 10

echo "== Q quits and the terminal is itself again"
keys Q
wait_for "^EXIT=0" 10
sleep 0.3
screen | grep -q "Ref  *Constituent" && fail "the console's screen was left behind after Q"
screen | grep -Eq "(^| )icanon( |$)" || fail "the terminal was left without canonical input (icanon)"
screen | grep -Eq "(^| )echo( |$)" || fail "the terminal was left without echo"

echo "== console.sh: all good"
