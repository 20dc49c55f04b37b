#!/usr/bin/env bash
# End to end: 10,000 online benefits applications arrive as one CSV with three bad rows.
# All-or-nothing refuses the file naming exactly those rows and writes nothing; with
# --skip-invalid the 9,997 good rows go in and the three land in a rejects file, which
# imports as it is once fixed. Runs the real binary on a real database file.
#
# usage: Tests/EndToEnd/import.sh PATH-TO-docket
set -euo pipefail

bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DOCKET_DB="$tmp/docket.db"
export DOCKET_NOW="2026-11-18T10:00:00Z"

fail() { echo "FAIL: $*" >&2; exit 1; }
count_type() {
  "$bin" case list --type benefits_application --all --limit 100000 --json |
    python3 -c "import json,sys; print(len(json.load(sys.stdin)))"
}

echo "== import.sh: demo database in $tmp"
"$bin" demo --cases 300 >/dev/null 2>&1 || fail "docket demo did not make a database"
before=$(count_type)

# 10,000 submissions as an online form tool exports them: a header of field ids, a few
# headed by their labels instead, UTF-8 names, quoted multi-line addresses. Rows 2,501,
# 5,001 and 9,001 of the file (the header is row 1) are wrong in one field each.
python3 - "$tmp/submissions.csv" <<'EOF'
import csv, sys
given = ["María", "Łukasz", "Anna", "민준", "Giulia", "Fatima", "John", "Zoë"]
family = ["González", "Kowalski", "Rossi", "김", "Nasser", "Smith", "Nowak", "Brontë"]
header = ["given_name", "family_name", "Date of birth", "national_id", "email", "address",
          "preferred_language", "household_size", "programs_requested", "amount", "housing_cost",
          "has_disability", "employment_status", "receives_other_benefits"]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(header)
    for i in range(10000):
        row = [given[i % 8], family[(i // 8) % 8], f"{1 + i % 12}/{1 + i % 28}/{1950 + i % 50}",
               f"9{i // 10000 % 10}{i // 1000 % 10}-{i // 100 % 10}{i // 10 % 10}-{i % 10}{(i * 7) % 10}{(i * 3) % 10}{(i * 9) % 10}",
               f"applicant{i}@example.org", f"{i % 900 + 1} Elm St\nRiverton, EX 6{i % 10000:04d}",
               "en", str(1 + i % 6), "snap", f"{500 + i % 2500}.00", f"{300 + i % 900}.50",
               "no", "self_employed" if i % 2 else "unemployed", "no"]
        if i == 2499: row[2] = "31/31/1970"          # no such date, month first or day first
        if i == 4999: row[1] = ""                    # family name is required
        if i == 8999: row[12] = "astronaut"          # not one of the choices
        w.writerow(row)
EOF

echo "== all-or-nothing: the three rows named, nothing written"
set +e
"$bin" import "$tmp/submissions.csv" --form benefits_application >"$tmp/out1" 2>"$tmp/err1"
status=$?
set -e
[ "$status" -eq 1 ] || fail "a file with bad rows imported with exit $status: $(cat "$tmp/out1" "$tmp/err1")"
for where in ":2501:birth_date:" ":5001:family_name:" ":9001:employment_status:"; do
  grep -q "submissions.csv$where" "$tmp/err1" || fail "no error for $where in: $(head -20 "$tmp/err1")"
done
errors=$(grep -c "submissions.csv:[0-9]*:" "$tmp/err1" || true)
[ "$errors" -eq 3 ] || fail "expected exactly 3 row errors, got $errors: $(head -20 "$tmp/err1")"
[ "$(count_type)" -eq "$before" ] || fail "an all-or-nothing import that failed wrote cases"

echo "== --skip-invalid: 9,997 in, three in the rejects file"
"$bin" import "$tmp/submissions.csv" --form benefits_application --skip-invalid --rejects "$tmp/rejects.csv" \
  >"$tmp/out2" 2>"$tmp/err2" || fail "--skip-invalid failed: $(cat "$tmp/out2" "$tmp/err2")"
[ "$(count_type)" -eq $((before + 9997)) ] || fail "expected $((before + 9997)) applications, found $(count_type)"
python3 - "$tmp/rejects.csv" <<'EOF' || fail "the rejects file is not the three bad rows with their errors"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
header, body = rows[0], rows[1:]
assert len(body) == 3, body
error = [h.lower() for h in header].index("error") if "error" in [h.lower() for h in header] else len(header) - 1
notes = [r[error] for r in body]
assert "31/31/1970" in body[0] and "birth" in notes[0].lower(), (body[0], notes[0])
assert "required" in notes[1].lower(), notes[1]
assert "astronaut" in body[2], body[2]
EOF

echo "== the fixed rejects file imports as it is"
python3 - "$tmp/rejects.csv" <<'EOF'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
fixed = [rows[0]]
for r in rows[1:]:
    r = [("3/31/1970" if v == "31/31/1970" else "unemployed" if v == "astronaut" else v) for v in r]
    fixed.append(r)
family = rows[0].index("family_name")
fixed[2][family] = "Nowak"
with open(path, "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(fixed)
EOF
"$bin" import "$tmp/rejects.csv" --form benefits_application >"$tmp/out3" 2>"$tmp/err3" ||
  fail "the fixed rejects did not import: $(cat "$tmp/out3" "$tmp/err3")"
[ "$(count_type)" -eq $((before + 10000)) ] || fail "expected all 10,000 in the end, found $(( $(count_type) - before ))"

echo "== the audit chain holds"
"$bin" audit verify >/dev/null || fail "audit verify failed after the imports"
echo "import.sh: all good"
