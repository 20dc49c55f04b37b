#!/usr/bin/env bash
# End to end: a clerk keys an intake in the real `docket` console on a real pseudo-terminal
# (tmux), as Ana would: i, the case type, Tab through the fields (a wrong date caught and
# fixed, choices from the picker, an amount), Esc half way (the draft stays), back in,
# Ctrl-S. The screen must say where the case went and why; the database (through
# `docket case show --json` and `case list --json`) must hold the case as keyed.
#
# usage: Tests/EndToEnd/intake.sh PATH-TO-docket
set -euo pipefail

# setup_e2e, fail, screen, keys, typed, wait_for
source "$(dirname "${BASH_SOURCE[0]}")/tmux-helpers.bash"
setup_e2e "$@"
pane="intake"
export ESCDELAY=25
clerk="ana.kowalski"

# focus_on LABEL: wait until the status line counts fields and the cursor's row holds LABEL.
focus_on() {
  local label=$1 tries=100 row
  while [ "$tries" -gt 0 ]; do
    row=$(tmux -L "$socket" display -p -t "$pane" '#{cursor_y}')
    if screen | sed -n "$((row + 1))p" | grep -q -- "$label"; then return 0; fi
    sleep 0.1
    tries=$((tries - 1))
  done
  fail "the cursor never reached the field '$label'"
}

# draft_value FIELD: the clerk's benefits draft's value for FIELD ('' when none), read
# from the database file with python's sqlite3.
draft_value() {
  python3 - "$DOCKET_DB" "$clerk" "$1" <<'EOF'
import json, sqlite3, sys
db, login, field = sys.argv[1:]
row = sqlite3.connect(db).execute(
    "SELECT data FROM draft WHERE login = ? AND form = 'benefits_application'", (login,)).fetchone()
print(json.loads(row[0]).get(field, "") if row else "")
EOF
}

# wait_draft FIELD VALUE [SECONDS]: poll the database until the draft holds VALUE.
wait_draft() {
  local field=$1 want=$2 limit=${3:-10} tries
  tries=$((limit * 10))
  while [ "$tries" -gt 0 ]; do
    [ "$(draft_value "$field")" = "$want" ] && return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  fail "the draft's $field is '$(draft_value "$field")', expected '$want'"
}

open_console() {
  tmux -L "$socket" new-session -d -s "$pane" -x 100 -y 30 \
    "env TERM=xterm-256color '$bin' --as $clerk; echo EXIT=\$?; sleep 60"
  wait_for "Intake" 15
}

echo "== intake.sh: demo database in $tmp"
"$bin" demo --cases 100 >/dev/null 2>&1 || fail "docket demo did not make a database"
before=$("$bin" case list --type benefits_application --all --limit 1000 --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")

echo "== i: pick the case type"
open_console
keys i
wait_for "New intake: which case type" 10
keys Down Enter
wait_for "^New intake: Benefits application" 10
focus_on "Given name"

echo "== the applicant; a date typed day first is caught on leaving the field"
typed "Anna"; keys Tab
typed "Zielińska"; keys Tab
focus_on "Date of birth"
typed "14/3/1968"; keys Tab
wait_for "! the value is not a date" 10
keys BTab C-u
typed "3/14/1968"; keys Tab
wait_for "→ Thu 14 Mar 1968" 10
focus_on "Social Security number"
typed "321-54-9876"; keys Tab
wait_draft national_id "321-54-9876"

echo "== Esc half way: the draft stays; i again restores it"
keys Escape
wait_for "the draft is kept" 10
wait_for "^ *(\[?My work|Mine)" 10
keys i
wait_for "New intake: which case type" 10
keys Down Enter
wait_for "Draft from [0-9:]+ restored" 10
screen | grep -q "Zielińska" || fail "the restored form lacks the family name"
focus_on "Email"

echo "== the rest of the form: address, choices from the pickers, an amount"
keys Tab Tab
focus_on "Mailing address"
typed "5 Oak Ave"; keys Enter; typed "Springfield, IL 62701"; keys Tab
focus_on "Preferred language"
keys Tab
typed "2"; keys Tab
focus_on "Programs applied for"
keys Space
wait_for "Space tick" 10
keys Space Enter
wait_for "Programs applied for +Food assistance \(SNAP\)" 10
keys Tab
typed "99.50"; keys Tab
wait_for "→ \\\$99.50 \(9950 minor units\)" 10
keys Tab Tab Tab
focus_on "Employment status"
keys Enter
wait_for "Enter pick" 10
keys Down Down Down Enter
wait_for "Employment status +Unemployed" 10
keys Tab
focus_on "Receives other benefits"
typed "n"

echo "== Ctrl-S: where the case went and why"
keys C-s
wait_for "Intake done|Possible duplicates" 15
if screen | grep -q "Possible duplicates"; then
  echo "   (a possible duplicate was listed: this is a new person)"
  keys Down Down Down Down Down Down Down Down Down Down Down Enter
  wait_for "Intake done" 15
fi
wait_for "Went to BEN \(Benefits Eligibility\)" 5
wait_for "because of rule 'expedited food assistance for very low income'" 5
ref=$(screen | grep -oE "Case [A-Z]+-20[0-9]{2}-[0-9]{6}" | head -1 | awk '{print $2}')
[[ "$ref" =~ ^BA-20[0-9]{2}-[0-9]{6}$ ]] || fail "no case ref on the intake result"
wait_for "$ref → BEN: rule 'expedited food assistance" 5
echo "   $ref → BEN"

echo "== back to the queue and quit"
keys Escape
wait_for "^ *(\[?My work|Mine)" 10
keys Q
wait_for "^EXIT=0" 10

echo "== the case in the database"
# Masked by default: the form's personal fields show as *** ...
"$bin" case show "$ref" --json > "$tmp/masked.json" || fail "docket case show $ref failed"
python3 - "$tmp/masked.json" <<'EOF' || fail "case show --json shows personal data unmasked"
import json, sys
c = json.load(open(sys.argv[1]))
if c["form"].get("birth_date") != "***" or c["form"].get("address") != "***":
    sys.exit(f"unmasked: {c['form']}")
EOF
# ... and revealed, with a recorded reason, to check what was keyed.
"$bin" case show "$ref" --json --reveal --reason "end-to-end check of the keyed form" > "$tmp/case.json" \
  || fail "docket case show $ref --reveal failed"
python3 - "$tmp/case.json" <<'EOF' || fail "the case does not hold what was keyed"
import json, sys
c = json.load(open(sys.argv[1]))
def check(what, got, want):
    if got != want:
        sys.exit(f"{what}: {got!r}, expected {want!r}")
check("type", c["type"], "benefits_application")
check("department", c["department"], "BEN")
check("priority", c["priority"], 1)
check("name", c["constituent"]["name"], "Anna Zielińska")
check("revealed id", c["constituent"]["national_id"].endswith("9876") and "*" not in c["constituent"]["national_id"], True)
f = c["form"]
check("birth date", f.get("birth_date"), "1968-03-14")
check("address", f.get("address"), "5 Oak Ave\nSpringfield, IL 62701")
check("programs", f.get("programs_requested"), "snap")
check("amount", f.get("amount"), "9950")
check("employment", f.get("employment_status"), "unemployed")
check("other benefits", f.get("receives_other_benefits"), "no")
routed = [e for e in c["timeline"] if e["kind"] == "routed"]
if not routed or "expedited food assistance for very low income" not in (routed[0]["reason"] or ""):
    sys.exit(f"no routed event naming the rule: {routed}")
EOF
after=$("$bin" case list --type benefits_application --all --limit 1000 --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
[ "$after" -eq $((before + 1)) ] || fail "case list shows $after benefits applications, expected $((before + 1))"
"$bin" case list --dept BEN --limit 1000 --json | python3 -c "import json,sys; sys.exit(0 if any(c['ref']=='$ref' for c in json.load(sys.stdin)) else 1)" \
  || fail "$ref is not in BEN's list"
[ -z "$(draft_value given_name)" ] || fail "the draft was not discarded after the intake"

echo "== intake.sh: all good"
