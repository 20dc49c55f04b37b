import DocketEngine

/// Every subcommand of DESIGN.md section 5: its spec and what runs it.
struct Command {
    var spec: CommandSpec
    var run: (Context) throws -> Int32
}

enum CommandTable {
    static let jsonFlag = ["json"]

    static let all: [Command] = [
        Command(spec: CommandSpec(path: ["init"], summary: "create a database for an agency (default: the demo agency)",
                                  usage: "docket init [--agency FILE] [--print-demo-agency] [--update] [--admin LOGIN]",
                                  options: ["agency", "admin"], flags: ["print-demo-agency", "update"],
                                  details: "--agency FILE        the agency file (JSON) to validate and use\n--print-demo-agency  write the demo agency's file to stdout, to copy and edit\n--update             replace the agency file of an existing database (admins); open cases get due dates from the new SLA targets\n--admin LOGIN        the first admin (default: you, the login running it)"),
                run: SetupCommands.initialize),
        Command(spec: CommandSpec(path: ["demo"], summary: "create a database filled with a synthetic backlog",
                                  usage: "docket demo [--cases N] [--seed S] [--force]",
                                  options: ["cases", "seed"], flags: ["force"],
                                  details: "--cases N  how many cases (default 5,000)\n--seed S   the random seed (default 1); the same seed gives the same database\n--force    replace an existing database (its data is lost)"),
                run: SetupCommands.demo),
        Command(spec: CommandSpec(path: ["case", "list"], summary: "list open cases, oldest first, a page at a time",
                                  usage: "docket case list [--dept D] [--referrals] [--state S] [--type T] [--assignee U] [--overdue] [--all] [--limit N] [--after REF] [--json]",
                                  options: ["dept", "state", "type", "assignee", "limit", "after"],
                                  flags: ["referrals", "overdue", "all", "json"],
                                  details: "--dept D      cases whose main task is in department D\n--referrals   with --dept: cases with an open referral to D instead\n--state S     in lifecycle state S\n--type T      of case type T\n--assignee U  assigned to login U (none: cases nobody has)\n--overdue     past their SLA due date (not on hold)\n--all         closed cases too\n--limit N     page size (default 50)\n--after REF   the page after case REF (keyset paging)\n--json        a JSON array with the contract's keys"),
                run: CaseCommands.list),
        Command(spec: CommandSpec(path: ["case", "show"], summary: "one case: header, constituent, form, tasks, timeline, ledger",
                                  usage: "docket case show REF [--json] [--reveal --reason TEXT]", options: ["reason"],
                                  flags: ["json", "reveal"], positionals: 1...1,
                                  details: """
                                  Opening a case with personal data is recorded in the audit log. Identifiers are masked
                                  (national id ***-**-1234, birth year, contact data and personal form fields hidden).
                                  --reveal --reason TEXT  show them (the assignee, a supervisor of its department, an
                                                          admin); recorded with the reason (`audit log REF --views`)
                                  """),
                run: CaseCommands.show),
        Command(spec: CommandSpec(path: ["search"], summary: "constituents and their cases by name, ref or id",
                                  usage: "docket search TEXT [--limit N] [--json]", options: ["limit"], flags: jsonFlag,
                                  positionals: 1...20),
                run: SearchCommand.run),
        Command(spec: CommandSpec(path: ["case", "route"], summary: "move the case's main task to another department",
                                  usage: "docket case route REF DEPT --reason TEXT [--expect-version V]",
                                  options: ["reason", "expect-version"], positionals: 2...2), run: WorkflowCommands.route),
        Command(spec: CommandSpec(path: ["case", "refer"], summary: "open a referral (child task) in another department",
                                  usage: "docket case refer REF DEPT --reason TEXT [--expect-version V]",
                                  options: ["reason", "expect-version"], positionals: 2...2), run: WorkflowCommands.refer),
        Command(spec: CommandSpec(path: ["route", "explain"], summary: "which routing rule matched a case, and why the others did not",
                                  usage: "docket route explain REF", positionals: 1...1), run: WorkflowCommands.explain),
        Command(spec: CommandSpec(path: ["case", "assign"], summary: "assign the case's main task to a person",
                                  usage: "docket case assign REF LOGIN [--expect-version V]", options: ["expect-version"],
                                  positionals: 2...2), run: WorkflowCommands.assign),
        Command(spec: CommandSpec(path: ["case", "claim"], summary: "take the case's main task yourself",
                                  usage: "docket case claim REF [--expect-version V]", options: ["expect-version"],
                                  positionals: 1...1), run: WorkflowCommands.claim),
        Command(spec: CommandSpec(path: ["case", "release"], summary: "give the case's main task back to its department's queue",
                                  usage: "docket case release REF [--expect-version V]", options: ["expect-version"],
                                  positionals: 1...1), run: WorkflowCommands.release),
        Command(spec: CommandSpec(path: ["case", "status"], summary: "move the case to another lifecycle state",
                                  usage: "docket case status REF STATE [--reason TEXT] [--expect-version V]",
                                  options: ["reason", "expect-version"], positionals: 2...2), run: WorkflowCommands.status),
        Command(spec: CommandSpec(path: ["case", "decide"], summary: "decide the case: outcome, reason codes, rationale",
                                  usage: "docket case decide REF --outcome O --reason-code C [--reason-code C2 …] --rationale TEXT [--expect-version V]",
                                  options: ["outcome", "rationale", "expect-version"], repeatable: ["reason-code"], positionals: 1...1,
                                  details: "--reason-code C  one of the reasons the agency allows for the outcome; repeat it (or give a comma list) for several\n--rationale TEXT a sentence saying why, kept on the case (the notice offers it on request)"),
                run: WorkflowCommands.decide),
        Command(spec: CommandSpec(path: ["case", "appeal"], summary: "open an appeal of a decided case, linked to it both ways",
                                  usage: "docket case appeal REF --reason TEXT [--late] [--json] [--expect-version V]",
                                  options: ["reason", "expect-version"], flags: ["late", "json"], positionals: 1...1,
                                  details: "--reason TEXT  the grounds of the appeal\n--late         after the appeal window (business days from the decision): supervisors of the department and admins"),
                run: NoticeCommands.appeal),
        Command(spec: CommandSpec(path: ["notice"], summary: "the letter to a case's constituent: decision notice, or status letter while open",
                                  usage: "docket notice REF [--lang L] [--out FILE] [--json]", options: ["lang", "out"], flags: jsonFlag,
                                  positionals: 1...1,
                                  details: "In the constituent's preferred language (else the agency's default, said on stderr) unless --lang.\n--out FILE  write it to FILE (created 0600, never through a symbolic link)\n--json      {ref, kind, language, text, …; outcome, reason_codes, appeal_by | state, department, position, expected_decision}\nThe address is in the letter for the assignee, a supervisor of the department or an admin; masked for others. Recorded."),
                run: NoticeCommands.notice),
        Command(spec: CommandSpec(path: ["case", "hold"], summary: "put the case on hold until a date",
                                  usage: "docket case hold REF --until DATE --reason TEXT [--expect-version V]",
                                  options: ["until", "reason", "expect-version"], positionals: 1...1), run: WorkflowCommands.hold),
        Command(spec: CommandSpec(path: ["case", "complete"], summary: "complete a referral (or the main task)",
                                  usage: "docket case complete REF --task ID [--note TEXT] [--expect-version V]",
                                  options: ["task", "note", "expect-version"], positionals: 1...1), run: WorkflowCommands.complete),
        Command(spec: CommandSpec(path: ["case", "note"], summary: "add a note to the case",
                                  usage: "docket case note REF TEXT [--expect-version V]", options: ["expect-version"],
                                  positionals: 2...2), run: WorkflowCommands.note),
        Command(spec: CommandSpec(path: ["next"], summary: "claim the next unassigned task by priority, due date, age",
                                  usage: "docket next [--dept D] [--json]", options: ["dept"], flags: jsonFlag), run: WorkflowCommands.next),
        Command(spec: CommandSpec(path: ["tick"], summary: "resume the holds whose date has come (for cron; reads never write)",
                                  usage: "docket tick"), run: WorkflowCommands.tick),
        Command(spec: CommandSpec(path: ["form", "list"], summary: "the agency's forms", usage: "docket form list [--json]",
                                  flags: jsonFlag, details: "--json  an array of {id, case_type, title, sections, fields}"),
                run: FormCommands.list),
        Command(spec: CommandSpec(path: ["form", "show"], summary: "one form's fields and rules",
                                  usage: "docket form show FORM [--json]", flags: jsonFlag, positionals: 1...1,
                                  details: "FORM is a form id or a case type (`docket form list`).\n--json  {id, case_type, title, sections [{title, fields [{id, label, type, required,\n        pattern, options, pii, help, min, max, max_length, default, show_if, identity}]}]};\n        money bounds in minor units"),
                run: FormCommands.show),
        Command(spec: CommandSpec(path: ["import"], summary: "import submissions from CSV, JSON or JSON Lines",
                                  usage: "docket import FILE --form FORM [--dry-run] [--skip-invalid --rejects FILE] [--drop-hidden] [--again]",
                                  options: ["form", "rejects", "expect-version"], flags: ["dry-run", "skip-invalid", "drop-hidden", "again"],
                                  positionals: 1...1,
                                  details: """
                                  --form FORM       the form the rows fill in (a form id or case type; `docket form list`)
                                  --dry-run         check every row and say what would happen; write nothing
                                  --drop-hidden     drop (and count) values in fields a row's other answers hide,
                                                    instead of refusing the row
                                  --again           import a file whose exact bytes were imported before (refused
                                                    otherwise, saying when and by whom)
                                  --skip-invalid    import the good rows and put the bad ones in --rejects FILE
                                                    (without it, one bad row means nothing is imported)
                                  --rejects FILE    the refused rows as they were, with an error column; fix them
                                                    there and import that file as it is
                                  FILE is CSV (a header row of field ids or labels), a JSON array of objects, or
                                  JSON Lines, by its extension (.csv, .json, .jsonl) or its first character.
                                  Errors read FILE:ROW:FIELD: what is wrong (the CSV header is row 1).
                                  Case columns of an export (ref, state, …) are ignored; other unknown columns
                                  are refused.
                                  """), run: ImportCommand.run),
        Command(spec: CommandSpec(path: ["export"], summary: "export cases or constituents as CSV or JSON Lines",
                                  usage: "docket export cases|constituents [--dept D] [--state S] [--type T] [--assignee U] [--overdue] [--all] --format csv|jsonl [--include-pii --reason TEXT] [--bom] [--out FILE]",
                                  options: ["format", "out", "dept", "state", "type", "assignee", "reason"],
                                  flags: ["include-pii", "bom", "all", "overdue"], positionals: 1...1,
                                  details: """
                                  Filters as in `docket case list` (open cases unless --all); for constituents,
                                  the people with such a case. Rows in id order, streamed.
                                  --format csv|jsonl  CSV (RFC 4180, CRLF; a cell starting with = + - @ gets a
                                                      leading ') or JSON Lines with the keys of `case list --json`
                                                      (default: by --out's extension, else csv)
                                  --type T            one column per form field, headed by its id, as input text:
                                                      with --include-pii the file re-imports with --form
                                  --include-pii --reason TEXT
                                                      national id, birth date, address, email, phone and personal
                                                      form fields (supervisors in their departments, admins;
                                                      recorded with the reason)
                                  --bom               start the CSV with a UTF-8 byte order mark (older Excel)
                                  --out FILE          write to FILE (mode 0600) instead of stdout
                                  """), run: ExportCommand.run),
        Command(spec: CommandSpec(path: ["report", "backlog"], summary: "backlog by department, age and SLA",
                                  usage: "docket report backlog [--json] [--week]", flags: ["json", "week"]), run: ReportCommand.backlog),
        Command(spec: CommandSpec(path: ["check"], summary: "store integrity, the event chain, its triggers, the invariants",
                                  usage: "docket check [--json]", flags: jsonFlag,
                                  details: "exit 1 on any finding, each named with its case\n--json  {ok, cases, events, findings: [{kind, case, detail}]}"),
                run: CheckCommand.run),
        Command(spec: CommandSpec(path: ["audit", "verify"], summary: "walk the event hash chain and name the first broken event",
                                  usage: "docket audit verify [--anchors FILE]", options: ["anchors"],
                                  details: "--anchors FILE  also check the anchors `audit anchor` wrote: a log cut short or a chain\n                recomputed after an edit fails"),
                run: AuditCommands.verify),
        Command(spec: CommandSpec(path: ["audit", "anchor"], summary: "sign the chain's head and append it outside the database",
                                  usage: "docket audit anchor [--out FILE] [--syslog]", options: ["out"], flags: ["syslog"],
                                  details: "--out FILE  the anchors file (default: the database path + .anchors)\n--syslog    also send the anchor to syslog (auth.notice)\nThe signing key is the database path + .anchor-key (made at the first anchor, mode 0600); keep a copy apart from backups."),
                run: AuditCommands.anchor),
        Command(spec: CommandSpec(path: ["audit", "log"], summary: "events of a case, or all events",
                                  usage: "docket audit log [REF] [--views] [--json]", flags: ["views", "json"],
                                  positionals: 0...1), run: AuditCommands.log),
        Command(spec: CommandSpec(path: ["staff", "add"], summary: "add a staff member (admins only)",
                                  usage: "docket staff add LOGIN --role ROLE [--dept D]... [--name NAME]",
                                  options: ["role", "name"], repeatable: ["dept"], positionals: 1...1,
                                  details: "roles: clerk, caseworker, supervisor, auditor, admin"),
                run: StaffCommands.add),
        Command(spec: CommandSpec(path: ["staff", "list"], summary: "staff, their roles and departments",
                                  usage: "docket staff list [--json]", flags: jsonFlag), run: StaffCommands.list),
        Command(spec: CommandSpec(path: ["staff", "set"], summary: "change a staff member's role or departments (admins)",
                                  usage: "docket staff set LOGIN [--role ROLE] [--dept D]...", options: ["role"], repeatable: ["dept"],
                                  positionals: 1...1), run: StaffDirectoryCommands.set),
        Command(spec: CommandSpec(path: ["staff", "deactivate"], summary: "stop a login from working in Docket (admins)",
                                  usage: "docket staff deactivate LOGIN", positionals: 1...1,
                                  details: "Refused from their next command; their open tasks are listed for a supervisor to move."),
                run: StaffDirectoryCommands.deactivate),
        Command(spec: CommandSpec(path: ["staff", "away"], summary: "mark someone away until a date: no work is handed to them",
                                  usage: "docket staff away LOGIN --until DATE", options: ["until"], positionals: 1...1,
                                  details: "Supervisors of one of their departments, and admins. They are back on DATE."),
                run: StaffDirectoryCommands.away),
        Command(spec: CommandSpec(path: ["staff", "back"], summary: "mark someone back before their date",
                                  usage: "docket staff back LOGIN", positionals: 1...1), run: StaffDirectoryCommands.back),
        Command(spec: CommandSpec(path: ["staff", "reassign"], summary: "spread a person's open tasks over their department",
                                  usage: "docket staff reassign LOGIN [--preview]", options: ["expect-version"],
                                  flags: ["preview"], positionals: 1...1), run: WorkflowCommands.reassign),
        Command(spec: CommandSpec(path: ["constituent", "show"], summary: "a constituent and their cases",
                                  usage: "docket constituent show ID [--json] [--reveal --reason TEXT]", options: ["reason"],
                                  flags: ["json", "reveal"], positionals: 1...1,
                                  details: "Identifiers masked unless --reveal --reason TEXT (recorded); every look is an event."),
                run: ConstituentCommands.show),
        Command(spec: CommandSpec(path: ["constituent", "export"], summary: "everything held about a constituent",
                                  usage: "docket constituent export ID [--out FILE]", options: ["out"], positionals: 1...1,
                                  details: "Subject access (auditors and admins): one JSON document with their record, every case of theirs\n(form, tasks, events, decisions, ledger), drafts of corrections to them, and who viewed or revealed\ntheir data. Recorded."),
                run: ConstituentCommands.export),
        Command(spec: CommandSpec(path: ["constituent", "erase"], summary: "erase a person's data (right to erasure)",
                                  usage: "docket constituent erase ID --reason TEXT", options: ["reason"], positionals: 1...1,
                                  details: "Admins. Their name, identifiers, contact data, form values and notes about them go from every\nbyte of the database (their key is destroyed; the chain still verifies); case refs, states, dates,\namounts and figures stay. Refused while they have an open case or one under a legal hold."),
                run: ErasureCommands.erase),
        Command(spec: CommandSpec(path: ["retention", "run"], summary: "erase what the agency's retention rules make due",
                                  usage: "docket retention run [--dry-run] [--json]", flags: ["dry-run", "json"],
                                  details: "Admins. A person is due when every case of theirs closed at least its type's\nerase_years_after_close ago (agency file) and none is under a legal hold.\n--dry-run lists exactly who would be erased and changes nothing."),
                run: ErasureCommands.retention),
        Command(spec: CommandSpec(path: ["case", "legal-hold"], summary: "keep a case's people from erasure (supervisors)",
                                  usage: "docket case legal-hold REF --reason TEXT [--lift] [--expect-version V]",
                                  options: ["reason", "expect-version"], flags: ["lift"], positionals: 1...1),
                run: ErasureCommands.legalHold),
        Command(spec: CommandSpec(path: ["ledger"], summary: "a case's charges, payments, refunds, waivers, reversals and balance",
                                  usage: "docket ledger REF [--json]", flags: jsonFlag, positionals: 1...1,
                                  details: "--json  {ref, currency, balance, entries [{id, at, kind, amount, method, receipt, reference, fee,\n        reason, actor, reverses}]}; amounts in minor units, balance = charges - payments - waivers\n        + refunds (negative: a credit)"),
                run: LedgerCommands.ledger),
        Command(spec: CommandSpec(path: ["charge"], summary: "charge a fee from the agency's schedule, by hand",
                                  usage: "docket charge REF --fee CODE [--reason TEXT] [--expect-version V]",
                                  options: ["fee", "reason", "expect-version"], positionals: 1...1,
                                  details: "--fee CODE  a fee of the case's type (the agency file's fees); a fine by offence is priced\n            from the case's form"),
                run: LedgerCommands.charge),
        Command(spec: CommandSpec(path: ["pay"], summary: "record a payment and print its numbered receipt",
                                  usage: "docket pay REF --amount AMOUNT --method METHOD --reference R [--expect-version V]",
                                  options: ["amount", "method", "reference", "expect-version"], positionals: 1...1,
                                  details: """
                                  --amount AMOUNT  25.00, $1,250.00 (never more decimals than the currency has)
                                  --method METHOD  card-terminal|check|cash|ach|money-order|online
                                  --reference R    the check number, the card terminal's authorisation, the transfer's or
                                                   the online provider's id (optional for cash). Never a card number:
                                                   text holding one is refused.
                                  Prints the receipt (R-YYYY-NNNNNN, numbered per year). Paying more than is owed leaves a
                                  credit. Payments staff (department PAY) take payments on any case.
                                  """),
                run: LedgerCommands.pay),
        Command(spec: CommandSpec(path: ["refund"], summary: "give money back from a receipt (supervisors)",
                                  usage: "docket refund REF --receipt N --amount AMOUNT --reason TEXT [--expect-version V]",
                                  options: ["receipt", "amount", "reason", "expect-version"], positionals: 1...1,
                                  details: "Never more than what is left of the receipt after earlier refunds."),
                run: LedgerCommands.refund),
        Command(spec: CommandSpec(path: ["reverse"], summary: "undo a ledger entry by a reversing entry (supervisors)",
                                  usage: "docket reverse REF --entry ID --reason TEXT [--expect-version V]",
                                  options: ["entry", "reason", "expect-version"], positionals: 1...1,
                                  details: "Entries are never changed or deleted; a reversal names the entry it undoes. A reversal is not\nreversed, an entry only once, and a payment only when no refund stands against it."),
                run: LedgerCommands.reverse),
        Command(spec: CommandSpec(path: ["waive"], summary: "forgive part or all of what is owed (supervisors)",
                                  usage: "docket waive REF --amount AMOUNT --reason TEXT [--expect-version V]",
                                  options: ["amount", "reason", "expect-version"], positionals: 1...1,
                                  details: "Only fees the schedule marks waivable, and never more than is owed."),
                run: LedgerCommands.waive),
        Command(spec: CommandSpec(path: ["report", "payments"], summary: "takings by day, method and department, refunds and waivers",
                                  usage: "docket report payments [--from DATE] [--to DATE] [--json|--csv]",
                                  options: ["from", "to"], flags: ["json", "csv"],
                                  details: "Default: the last 30 days up to today (UTC days, both ends included). A reversal counts on its\nday against the column of the entry it undoes, so totals equal the ledger's sums.\n--json  {from, to, currency, days [{day, department, method, payments, refunds, waivers, count}],\n        totals {payments, refunds, waivers}}; amounts in minor units"),
                run: LedgerCommands.report),
        Command(spec: CommandSpec(path: ["backup"], summary: "copy the database safely while people work",
                                  usage: "docket backup FILE", positionals: 1...1,
                                  details: "Writes a consistent snapshot (mode 0600) while others keep working; never overwrites a file."),
                run: BackupCommand.run),
        Command(spec: CommandSpec(path: ["migrate"], summary: "copy this SQLite database into an empty PostgreSQL database",
                                  usage: "docket migrate --to URL", options: ["to"],
                                  details: "Admins only. URL is a libpq connection string (postgresql://HOST/DB or 'host=… dbname=…') naming an empty\ndatabase (createdb DB). Every table, the event chain, drafts and counters are copied while the SQLite write\nlock is held; then the row counts, the chain head, `audit verify` and `docket check` are compared on both\nsides. A target that holds a Docket already is refused; one that fails verification is emptied again."),
                run: MigrateCommand.run),
        Command(spec: CommandSpec(path: ["install"], summary: "install docket for a host: a service account, a private data folder, setuid",
                                  usage: "docket install [--prefix DIR] [--group NAME] [--data DIR] [--binary PATH]",
                                  options: ["prefix", "group", "data", "binary"],
                                  details: "Root only. Build first: swift build -c release --static-swift-stdlib; then\nsudo .build/release/docket install\n--prefix DIR   PREFIX/bin/docket, PREFIX/etc/docket.conf (default /usr/local)\n--group NAME   the service account, user and group, created if missing (default docket)\n--data DIR     the data folder, the account's alone (default /var/lib/docket)\n--binary PATH  install this docket instead of the one running"),
                run: InstallCommand.run),
        Command(spec: CommandSpec(path: ["help", "keys"], summary: "every console screen's keys: keys, action id, what it does",
                                  usage: "docket help keys [--markdown]", flags: ["markdown"],
                                  details: "--markdown  one Markdown table per screen (the README's key tables are this output)\nAction ids are what a keymap file binds (see the README's \"Your own keys\")."),
                run: HelpCommand.keys),
        Command(spec: CommandSpec(path: ["bench"], summary: "measure every performance budget",
                                  usage: "docket bench [--cases N] [--json] [--keep DIR] [--scale]",
                                  options: ["cases", "keep", "worker", "count", "stop-file"], flags: ["json", "scale"],
                                  details: "Release build: swift build -c release && .build/release/docket bench\n--cases N   database size (default 1,000,000)\n--count K   j and k presses for the scrolling figure (default 5,000)\n--keep DIR  leave the database as DIR/docket.db\n--scale     the main figures at 10k, 100k and 1M\n--json      {\"cases\": N, \"figures\": [{name, unit, min, median, p99, budget, pass, floor, ratio_to_floor}]}"),
                run: BenchCommand.run),
    ]

    /// The command named by the longest matching prefix of the words, and the words left.
    static func find(_ words: [String]) -> (Command, [String])? {
        for length in stride(from: min(2, words.count), through: 1, by: -1) {
            let path = Array(words.prefix(length))
            if let c = all.first(where: { $0.spec.path == path }) { return (c, Array(words.dropFirst(length))) }
        }
        return nil
    }

    /// Commands whose first word matches, for "did you mean" on a partial command.
    static func group(_ word: String) -> [Command] { all.filter { $0.spec.path.first == word } }
}
