#!/usr/bin/env bash
# A caseworker's day through the real binary and a real database file: next, route, refer,
# complete, hold, decide, note; then the audit chain verifies, and fails after tampering.
set -euo pipefail
docket=${1:?usage: workday.sh PATH-TO-DOCKET}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export DOCKET_DB="$dir/day.db" DOCKET_NOW=2026-11-18T09:00:00Z XDG_CONFIG_HOME="$dir/config"

fail() { echo "workday: $*" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

"$docket" demo --cases 2000 --seed 3 >/dev/null
[ "$(stat -c %a "$DOCKET_DB")" = 600 ] || fail "database is not mode 0600"

ref=$("$docket" next --dept VET --json | json 'd["ref"]')
[ -n "$ref" ] || fail "next gave no case"
version=$("$docket" case show "$ref" --json | json 'd["version"]')

"$docket" case note "$ref" "called the veteran about the DD-214" --expect-version "$version" >/dev/null
# A stale version is refused, naming who changed the case.
if out=$("$docket" case note "$ref" "late note" --expect-version "$version" 2>&1); then fail "stale version accepted"; fi
grep -q "changed since you saw it" <<<"$out" || fail "conflict message unclear: $out"

# Card numbers never get in.
if "$docket" case note "$ref" "paid with 4111 1111 1111 1111" 2>/dev/null; then fail "card number stored"; fi

task=$("$docket" case refer "$ref" MED --reason "exam needed" | sed -n 's/.*task #\([0-9]*\).*/\1/p')
[ "$("$docket" case show "$ref" --json | json '[t["status"] for t in d["tasks"] if t["parent"] is None and t["status"]!="completed"][0]')" = on_hold ] \
  || fail "main task not on hold while the referral is open"
"$docket" case list --dept MED --referrals --json | json '[r["ref"] for r in d]' | grep -q "$ref" || fail "referral not in MED's queue"
"$docket" case complete "$ref" --task "$task" --note "exam done, findings attached" >/dev/null
[ "$("$docket" case show "$ref" --json | json '[t["status"] for t in d["tasks"] if t["parent"] is None and t["status"]!="completed"][0]')" != on_hold ] \
  || fail "main task still on hold after the referral was completed"

"$docket" case route "$ref" BEN --reason "income question" >/dev/null
[ "$("$docket" case show "$ref" --json | json 'd["department"]')" = BEN ] || fail "route did not move the case"
"$docket" route explain "$ref" | grep -q "Routing history" || fail "route explain printed no history"

second=$("$docket" next --dept VET --json | json 'd["ref"]')
[ "$second" != "$ref" ] || fail "next gave the same case twice"
"$docket" case hold "$second" --until 2026-12-01 --reason "awaiting DD-214" >/dev/null
[ "$("$docket" case show "$second" --json | json 'd["state"]')" = awaiting_info ] || fail "hold did not move the state"
DOCKET_NOW=2026-12-02T09:00:00Z "$docket" case show "$second" --json | json 'd["state"]' | grep -qv awaiting_info \
  || fail "the hold did not end on its date"

third=$("$docket" next --dept VET --json | json 'd["ref"]')
# new -> triage -> in_review, from wherever the case stands.
for step in triage in_review; do "$docket" case status "$third" "$step" >/dev/null 2>&1 || true; done
[ "$("$docket" case show "$third" --json | json 'd["state"]')" = in_review ] || fail "$third did not reach in_review"
"$docket" case decide "$third" --outcome granted --reason-code evidence_sufficient --rationale "The records support the claim." >/dev/null
[ "$("$docket" case show "$third" --json | json 'd["state"]')" = decided ] || fail "decide did not close the case"

"$docket" audit verify >/dev/null || fail "audit chain broken after a day of work"
"$docket" audit log "$ref" --views | grep -q case_viewed || fail "views of $ref were not logged"

# Someone with the file edits history behind Docket's back.
sqlite3 "$DOCKET_DB" "DROP TRIGGER event_no_update; UPDATE event SET reason = 'nothing happened' WHERE id = 42;"
if out=$("$docket" audit verify 2>&1); then fail "tampering went unnoticed"; fi
grep -q "event 42" <<<"$out" || fail "audit verify did not name event 42: $out"
echo "workday: ok ($ref, $second, $third)"
