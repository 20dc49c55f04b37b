/// Forward-only migrations; `PRAGMA user_version` is the number of migrations applied.
enum Schema {
    static var currentVersion: Int { migrations.count }

    static let migrations: [String] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]

    /// v1: the case store.
    static let v1 = """
    CREATE TABLE agency(
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE department(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE staff(
        login TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk','caseworker','supervisor','auditor','admin')),
        active INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE staff_department(
        login TEXT NOT NULL REFERENCES staff(login),
        department TEXT NOT NULL REFERENCES department(code),
        PRIMARY KEY (login, department)
    ) WITHOUT ROWID;
    CREATE TABLE constituent(
        id INTEGER PRIMARY KEY,
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        birth_date TEXT,
        national_id TEXT,
        email TEXT,
        phone TEXT,
        address TEXT,
        language TEXT,
        search_terms TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        erased_at INTEGER
    );
    CREATE INDEX constituent_national_id ON constituent(national_id) WHERE national_id IS NOT NULL;
    CREATE INDEX constituent_birth_name ON constituent(birth_date, family_name);
    -- External-content FTS over the folded names: bulk loads fill it with one 'rebuild'.
    CREATE VIRTUAL TABLE constituent_search USING fts5(
        search_terms, content='constituent', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE case_sequence(
        prefix TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
    ) WITHOUT ROWID;
    -- department, assignee and task_status mirror the open main task so queues read one index.
    CREATE TABLE cases(
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        state TEXT NOT NULL,
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
        constituent_id INTEGER NOT NULL REFERENCES constituent(id),
        department TEXT NOT NULL REFERENCES department(code),
        assignee TEXT REFERENCES staff(login),
        task_status TEXT NOT NULL,
        main_task_id INTEGER,
        sla_policy TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        due_day INTEGER NOT NULL,
        closed_at INTEGER,
        hold_since INTEGER,
        hold_until INTEGER,
        hold_prior_state TEXT,
        held_seconds INTEGER NOT NULL DEFAULT 0,
        paused_days INTEGER NOT NULL DEFAULT 0,
        amount INTEGER,
        tags TEXT NOT NULL DEFAULT '',
        form TEXT NOT NULL DEFAULT '{}',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL
    );
    CREATE INDEX cases_all_age ON cases(opened_at, ref);
    CREATE INDEX cases_constituent ON cases(constituent_id);
    CREATE INDEX cases_open_age ON cases(opened_at, ref) WHERE closed_at IS NULL;
    CREATE INDEX cases_open_dept ON cases(department, opened_at, ref) WHERE closed_at IS NULL;
    CREATE INDEX cases_open_dept_state ON cases(department, state, opened_at, ref) WHERE closed_at IS NULL;
    CREATE INDEX cases_open_assignee ON cases(assignee, opened_at, ref) WHERE closed_at IS NULL AND assignee IS NOT NULL;
    CREATE INDEX cases_open_due ON cases(department, due_day, opened_at, ref) WHERE closed_at IS NULL;
    CREATE INDEX cases_open_priority ON cases(department, priority, opened_at, ref) WHERE closed_at IS NULL;
    CREATE INDEX cases_on_hold ON cases(department, opened_at, ref) WHERE hold_since IS NOT NULL;
    CREATE INDEX cases_next ON cases(department, priority, due_day, opened_at)
        WHERE closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned';
    CREATE INDEX cases_hold_until ON cases(hold_until) WHERE hold_until IS NOT NULL;
    CREATE INDEX cases_closed ON cases(closed_at) WHERE closed_at IS NOT NULL;
    CREATE TABLE task(
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        parent_id INTEGER REFERENCES task(id),
        department TEXT NOT NULL REFERENCES department(code),
        assignee TEXT REFERENCES staff(login),
        status TEXT NOT NULL CHECK (status IN ('assigned','in_progress','on_hold','completed','cancelled')),
        reason TEXT,
        opened_at INTEGER NOT NULL,
        closed_at INTEGER,
        closed_by TEXT
    );
    CREATE INDEX task_case ON task(case_id);
    CREATE INDEX task_open_referral ON task(department, opened_at) WHERE parent_id IS NOT NULL AND closed_at IS NULL;
    CREATE INDEX task_open_assignee ON task(assignee) WHERE closed_at IS NULL AND assignee IS NOT NULL;
    CREATE TABLE event(
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        case_id INTEGER,
        constituent_id INTEGER,
        kind TEXT NOT NULL,
        reason TEXT,
        details TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX event_case ON event(case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX event_constituent ON event(constituent_id) WHERE constituent_id IS NOT NULL;
    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
        BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be changed'); END;
    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
        BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be deleted'); END;
    CREATE TABLE ledger(
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('fee','payment','refund')),
        code TEXT,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        currency TEXT NOT NULL,
        method TEXT,
        receipt TEXT,
        actor TEXT NOT NULL
    );
    CREATE INDEX ledger_case ON ledger(case_id);
    CREATE TABLE decision(
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        outcome TEXT NOT NULL,
        reason_code TEXT NOT NULL,
        rationale TEXT NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL
    );
    CREATE INDEX decision_case ON decision(case_id);
    """

    /// v2: drafts of partly keyed forms, one per person and form.
    static let v2 = """
    CREATE TABLE draft(
        login TEXT NOT NULL REFERENCES staff(login),
        form TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id),
        data TEXT NOT NULL,
        focus TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (login, form)
    ) WITHOUT ROWID;
    """

    /// v3: dashboard counters (see SQLiteStore+Counters.swift), filled from the rows already there by
    /// the same statements a rebuild uses. A later change to how counters are kept goes in a new
    /// migration that rebuilds them.
    static let v3 = v3Tables + "\n" + SQLiteStore.counterFill

    static let v3Tables = """
    CREATE TABLE counter_department(
        department TEXT PRIMARY KEY,
        open INTEGER NOT NULL DEFAULT 0,
        unassigned INTEGER NOT NULL DEFAULT 0,
        on_hold INTEGER NOT NULL DEFAULT 0,
        referrals INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE counter_due(
        department TEXT NOT NULL, due_day INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (department, due_day)
    ) WITHOUT ROWID;
    CREATE TABLE counter_opened(
        department TEXT NOT NULL, opened_day INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (department, opened_day)
    ) WITHOUT ROWID;
    CREATE TABLE counter_flow(
        department TEXT NOT NULL, day INTEGER NOT NULL,
        intake INTEGER NOT NULL DEFAULT 0, routed_in INTEGER NOT NULL DEFAULT 0, reopened INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0, routed_out INTEGER NOT NULL DEFAULT 0,
        decided INTEGER NOT NULL DEFAULT 0, decided_days INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (department, day)
    ) WITHOUT ROWID;
    CREATE TABLE counter_staff(
        login TEXT NOT NULL, department TEXT NOT NULL, day INTEGER NOT NULL,
        open_tasks INTEGER NOT NULL DEFAULT 0, completed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (login, department, day)
    ) WITHOUT ROWID;
    """

    /// v4: corrections keep drafts too. A person holds one draft per form for intake (no case)
    /// and one per form and case for corrections; the unique key folds "no case" into 0, since
    /// SQLite treats NULLs as distinct in a unique index. `case_version` is the version the
    /// correction started from, to tell the clerk when the case moved on. Rows are copied over.
    static let v4 = """
    CREATE TABLE draft_v4(
        login TEXT NOT NULL REFERENCES staff(login),
        form TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id),
        case_version INTEGER,
        data TEXT NOT NULL,
        focus TEXT,
        updated_at INTEGER NOT NULL
    );
    INSERT INTO draft_v4(login, form, case_id, case_version, data, focus, updated_at)
        SELECT login, form, case_id, NULL, data, focus, updated_at FROM draft;
    DROP TABLE draft;
    ALTER TABLE draft_v4 RENAME TO draft;
    CREATE UNIQUE INDEX draft_slot ON draft(login, form, ifnull(case_id, 0));
    """

    /// v5: safe retries. A command run with `--request-id ID` records the id in the same
    /// transaction as its change (and its answer after), so the same id again does nothing more
    /// and answers as the first did. An import records its file's SHA-256, so the same file is
    /// not imported twice by accident.
    static let v5 = """
    CREATE TABLE request(
        id TEXT PRIMARY KEY,
        actor TEXT NOT NULL,
        command TEXT NOT NULL,
        at INTEGER NOT NULL,
        answer TEXT
    ) WITHOUT ROWID;
    CREATE INDEX request_at ON request(at);
    CREATE TABLE import_file(
        sha256 TEXT NOT NULL,
        file TEXT NOT NULL,
        form TEXT NOT NULL,
        actor TEXT NOT NULL,
        at INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        first_ref TEXT,
        last_ref TEXT
    );
    CREATE INDEX import_file_sha ON import_file(sha256);
    """

    /// v6: events keep who typed a command (`actor`) apart from whom an admin acted as
    /// (`acting_as`). The hash covers it only when set, so every earlier event still verifies.
    static let v6 = """
    ALTER TABLE event ADD COLUMN acting_as TEXT;
    """

    /// v7: staff can be away until a date: no work is handed to them until then.
    static let v7 = """
    ALTER TABLE staff ADD COLUMN away_until INTEGER;
    """

    /// v8: erasure. Each person's key seals the free text events carry about them
    /// (crypto-shredding: erasure deletes the key); a case under a legal hold keeps its
    /// people from erasure. Events written before v8 keep their text as it was stored.
    static let v8 = """
    CREATE TABLE constituent_key(
        constituent_id INTEGER PRIMARY KEY REFERENCES constituent(id),
        key TEXT NOT NULL
    );
    ALTER TABLE cases ADD COLUMN legal_hold_since INTEGER;
    """

    /// v9: a decision may give several reason codes (`reason_codes`, comma-separated, every one
    /// of them; `reason_code` keeps the first, so earlier rows read as one-code decisions), and
    /// cases are linked (an appeal and the decided case it appeals, one row each way).
    static let v9 = """
    ALTER TABLE decision ADD COLUMN reason_codes TEXT;
    CREATE TABLE case_link(
        case_id INTEGER NOT NULL REFERENCES cases(id),
        other_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('appeal_of', 'appealed_by')),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (case_id, other_id, kind)
    ) WITHOUT ROWID;
    """

    /// v10: the ledger of charges, payments, refunds, waivers and reversals. Every old row comes
    /// over as it was (a fee becomes a charge; its department is the case's, the best there is);
    /// rows can then never be changed or deleted: a mistake is undone by a reversal that names
    /// the entry. Receipt numbers (R-YYYY-NNNNNN) come from a sequence per year.
    static let v10 = """
    CREATE TABLE ledger_v10(
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('charge','payment','refund','waiver','reversal')),
        code TEXT,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        currency TEXT NOT NULL,
        method TEXT,
        receipt TEXT,
        reference TEXT,
        reason TEXT,
        reverses INTEGER REFERENCES ledger_v10(id),
        department TEXT NOT NULL,
        actor TEXT NOT NULL
    );
    INSERT INTO ledger_v10(id, case_id, at, kind, code, amount, currency, method, receipt, reference, reason, reverses, department, actor)
        SELECT l.id, l.case_id, l.at, CASE l.kind WHEN 'fee' THEN 'charge' ELSE l.kind END, l.code, l.amount, l.currency,
               CASE l.method WHEN 'card_terminal' THEN 'card-terminal' WHEN 'money_order' THEN 'money-order' ELSE l.method END,
               l.receipt, NULL, NULL, NULL, c.department, l.actor
        FROM ledger l JOIN cases c ON c.id = l.case_id;
    DROP TABLE ledger;
    ALTER TABLE ledger_v10 RENAME TO ledger;
    CREATE INDEX ledger_case ON ledger(case_id);
    CREATE INDEX ledger_at ON ledger(at);
    CREATE INDEX ledger_receipt ON ledger(receipt) WHERE receipt IS NOT NULL;
    CREATE UNIQUE INDEX ledger_reversed_once ON ledger(reverses) WHERE reverses IS NOT NULL;
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
        BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed: reverse the entry instead (docket reverse)'); END;
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
        BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted: reverse the entry instead (docket reverse)'); END;
    CREATE TABLE receipt_sequence(year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
    """
}
