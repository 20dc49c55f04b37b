/// The PostgreSQL schema: the same tables, columns and meaning as SQLite's schema v10, with
/// forward-only migrations of its own counted in `docket_schema`. Version 1 is SQLite's v7 as
/// one step, v3 its v8 to v10; a later change to both stores adds a migration to each.
enum PostgresSchema {
    static var currentVersion: Int { migrations.count }

    static let migrations: [String] = [v1, v2, v3, v4, v5]

    /// v1: the case store.
    static let v1 = """
    CREATE TABLE agency(
        id BIGINT PRIMARY KEY CHECK (id = 1),
        name TEXT COLLATE "C" NOT NULL,
        source TEXT COLLATE "C" NOT NULL,
        created_at BIGINT NOT NULL
    );
    CREATE TABLE department(code TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL);
    CREATE TABLE staff(
        login TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        role TEXT COLLATE "C" NOT NULL CHECK (role IN ('clerk','caseworker','supervisor','auditor','admin')),
        active BIGINT NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL,
        away_until BIGINT
    );
    CREATE TABLE staff_department(
        login TEXT COLLATE "C" NOT NULL REFERENCES staff(login),
        department TEXT COLLATE "C" NOT NULL REFERENCES department(code),
        PRIMARY KEY (login, department)
    );
    -- search_terms is NameFolding.searchText; search holds its words as lexemes, cut the way
    -- SQLite's unicode61 tokenizer cuts them (worked out by the store), for prefix queries.
    CREATE TABLE constituent(
        id BIGINT PRIMARY KEY,
        given_name TEXT COLLATE "C" NOT NULL,
        family_name TEXT COLLATE "C" NOT NULL,
        birth_date TEXT COLLATE "C",
        national_id TEXT COLLATE "C",
        email TEXT COLLATE "C",
        phone TEXT COLLATE "C",
        address TEXT COLLATE "C",
        language TEXT COLLATE "C",
        search_terms TEXT COLLATE "C" NOT NULL,
        search TSVECTOR NOT NULL,
        created_at BIGINT NOT NULL,
        erased_at BIGINT
    );
    CREATE INDEX constituent_national_id ON constituent(national_id, id) WHERE national_id IS NOT NULL;
    CREATE INDEX constituent_birth_name ON constituent(birth_date, family_name);
    CREATE INDEX constituent_search ON constituent USING gin(search);
    CREATE TABLE case_sequence(
        prefix TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, last BIGINT NOT NULL,
        PRIMARY KEY (prefix, year)
    );
    -- department, assignee and task_status mirror the open main task so queues read one index.
    CREATE TABLE cases(
        id BIGINT PRIMARY KEY,
        ref TEXT COLLATE "C" NOT NULL UNIQUE,
        type TEXT COLLATE "C" NOT NULL,
        state TEXT COLLATE "C" NOT NULL,
        priority BIGINT NOT NULL CHECK (priority BETWEEN 1 AND 5),
        constituent_id BIGINT NOT NULL REFERENCES constituent(id),
        department TEXT COLLATE "C" NOT NULL REFERENCES department(code),
        assignee TEXT COLLATE "C" REFERENCES staff(login),
        task_status TEXT COLLATE "C" NOT NULL,
        main_task_id BIGINT,
        sla_policy TEXT COLLATE "C" NOT NULL,
        opened_at BIGINT NOT NULL,
        due_day BIGINT NOT NULL,
        closed_at BIGINT,
        hold_since BIGINT,
        hold_until BIGINT,
        hold_prior_state TEXT COLLATE "C",
        held_seconds BIGINT NOT NULL DEFAULT 0,
        paused_days BIGINT NOT NULL DEFAULT 0,
        amount BIGINT,
        tags TEXT COLLATE "C" NOT NULL DEFAULT '',
        form TEXT COLLATE "C" NOT NULL DEFAULT '{}',
        version BIGINT NOT NULL DEFAULT 1,
        updated_at BIGINT NOT NULL,
        updated_by TEXT COLLATE "C" NOT NULL
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
        id BIGINT PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id),
        parent_id BIGINT REFERENCES task(id),
        department TEXT COLLATE "C" NOT NULL REFERENCES department(code),
        assignee TEXT COLLATE "C" REFERENCES staff(login),
        status TEXT COLLATE "C" NOT NULL CHECK (status IN ('assigned','in_progress','on_hold','completed','cancelled')),
        reason TEXT COLLATE "C",
        opened_at BIGINT NOT NULL,
        closed_at BIGINT,
        closed_by TEXT COLLATE "C"
    );
    CREATE INDEX task_case ON task(case_id);
    CREATE INDEX task_open_referral ON task(department, opened_at) WHERE parent_id IS NOT NULL AND closed_at IS NULL;
    CREATE INDEX task_open_assignee ON task(assignee) WHERE closed_at IS NULL AND assignee IS NOT NULL;
    CREATE TABLE event(
        id BIGINT PRIMARY KEY,
        at BIGINT NOT NULL,
        actor TEXT COLLATE "C" NOT NULL,
        case_id BIGINT,
        constituent_id BIGINT,
        kind TEXT COLLATE "C" NOT NULL,
        reason TEXT COLLATE "C",
        details TEXT COLLATE "C" NOT NULL DEFAULT '{}',
        prev_hash TEXT COLLATE "C" NOT NULL,
        hash TEXT COLLATE "C" NOT NULL,
        acting_as TEXT COLLATE "C"
    );
    CREATE INDEX event_case ON event(case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX event_constituent ON event(constituent_id) WHERE constituent_id IS NOT NULL;
    CREATE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'events are append-only: an event cannot be changed';
        END IF;
        RAISE EXCEPTION 'events are append-only: an event cannot be deleted';
    END $$;
    CREATE TRIGGER event_no_update BEFORE UPDATE ON event FOR EACH ROW EXECUTE FUNCTION event_append_only();
    CREATE TRIGGER event_no_delete BEFORE DELETE ON event FOR EACH ROW EXECUTE FUNCTION event_append_only();
    CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT EXECUTE FUNCTION event_append_only();
    -- The owner too: a right revoked is a second wall behind the trigger.
    REVOKE UPDATE, DELETE, TRUNCATE ON event FROM PUBLIC;
    DO $$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON event FROM %I', current_user); END $$;
    CREATE TABLE ledger(
        id BIGINT PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id),
        at BIGINT NOT NULL,
        kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('fee','payment','refund')),
        code TEXT COLLATE "C",
        amount BIGINT NOT NULL CHECK (amount >= 0),
        currency TEXT COLLATE "C" NOT NULL,
        method TEXT COLLATE "C",
        receipt TEXT COLLATE "C",
        actor TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX ledger_case ON ledger(case_id);
    CREATE TABLE decision(
        id BIGINT PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id),
        outcome TEXT COLLATE "C" NOT NULL,
        reason_code TEXT COLLATE "C" NOT NULL,
        rationale TEXT COLLATE "C" NOT NULL,
        at BIGINT NOT NULL,
        actor TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX decision_case ON decision(case_id);
    CREATE TABLE draft(
        login TEXT COLLATE "C" NOT NULL REFERENCES staff(login),
        form TEXT COLLATE "C" NOT NULL,
        case_id BIGINT REFERENCES cases(id),
        case_version BIGINT,
        data TEXT COLLATE "C" NOT NULL,
        focus TEXT COLLATE "C",
        updated_at BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX draft_slot ON draft(login, form, coalesce(case_id, 0));
    CREATE TABLE counter_department(
        department TEXT COLLATE "C" PRIMARY KEY,
        open BIGINT NOT NULL DEFAULT 0,
        unassigned BIGINT NOT NULL DEFAULT 0,
        on_hold BIGINT NOT NULL DEFAULT 0,
        referrals BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE counter_due(
        department TEXT COLLATE "C" NOT NULL, due_day BIGINT NOT NULL, n BIGINT NOT NULL,
        PRIMARY KEY (department, due_day)
    );
    CREATE TABLE counter_opened(
        department TEXT COLLATE "C" NOT NULL, opened_day BIGINT NOT NULL, n BIGINT NOT NULL,
        PRIMARY KEY (department, opened_day)
    );
    CREATE TABLE counter_flow(
        department TEXT COLLATE "C" NOT NULL, day BIGINT NOT NULL,
        intake BIGINT NOT NULL DEFAULT 0, routed_in BIGINT NOT NULL DEFAULT 0, reopened BIGINT NOT NULL DEFAULT 0,
        closed BIGINT NOT NULL DEFAULT 0, routed_out BIGINT NOT NULL DEFAULT 0,
        decided BIGINT NOT NULL DEFAULT 0, decided_days BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (department, day)
    );
    CREATE TABLE counter_staff(
        login TEXT COLLATE "C" NOT NULL, department TEXT COLLATE "C" NOT NULL, day BIGINT NOT NULL,
        open_tasks BIGINT NOT NULL DEFAULT 0, completed BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (login, department, day)
    );
    CREATE TABLE request(
        id TEXT COLLATE "C" PRIMARY KEY,
        actor TEXT COLLATE "C" NOT NULL,
        command TEXT COLLATE "C" NOT NULL,
        at BIGINT NOT NULL,
        answer TEXT COLLATE "C"
    );
    CREATE INDEX request_at ON request(at);
    CREATE TABLE import_file(
        sha256 TEXT COLLATE "C" NOT NULL,
        file TEXT COLLATE "C" NOT NULL,
        form TEXT COLLATE "C" NOT NULL,
        actor TEXT COLLATE "C" NOT NULL,
        at BIGINT NOT NULL,
        imported BIGINT NOT NULL,
        first_ref TEXT COLLATE "C",
        last_ref TEXT COLLATE "C"
    );
    CREATE INDEX import_file_sha ON import_file(sha256);
    """

    /// v2: the second wall. Every staff login is a role of the same name in the group role
    /// `docket_staff` (see PostgresStore+Roles.swift), which may read the tables and change
    /// nothing; row-level security lets each role read only its scope of the matrix (its
    /// departments' cases and those with an open referral to one of them, their people, tasks,
    /// ledger, decisions and events; auditors and admins everything; drafts their own). The
    /// owner Docket connects as is not bound by the policies. The checks run as the owner
    /// (SECURITY DEFINER) and are handed the caller's role, so one policy reading another
    /// table never loops.
    static let v2 = """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'docket_staff')
           AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            CREATE ROLE docket_staff NOLOGIN;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'docket_staff') THEN
            GRANT USAGE ON SCHEMA public TO docket_staff;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO docket_staff;
        END IF;
    END $$;
    CREATE FUNCTION docket_sees_all(who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM staff WHERE login = who AND active = 1 AND role IN ('auditor', 'admin'))
    $$;
    CREATE FUNCTION docket_sees_case(case_id BIGINT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$
        SELECT docket_sees_all(who) OR EXISTS (
            SELECT 1 FROM staff_department d JOIN staff s ON s.login = d.login AND s.active = 1
            WHERE d.login = who AND (
                d.department = (SELECT c.department FROM cases c WHERE c.id = case_id)
                OR EXISTS (SELECT 1 FROM task t WHERE t.case_id = docket_sees_case.case_id AND t.parent_id IS NOT NULL
                           AND t.closed_at IS NULL AND t.department = d.department)))
    $$;
    CREATE FUNCTION docket_sees_person(person_id BIGINT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$
        SELECT docket_sees_all(who) OR EXISTS (SELECT 1 FROM cases c WHERE c.constituent_id = person_id AND docket_sees_case(c.id, who))
    $$;
    ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON cases USING (docket_sees_case(id, current_user::text));
    ALTER TABLE task ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON task USING (docket_sees_case(case_id, current_user::text));
    ALTER TABLE ledger ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON ledger USING (docket_sees_case(case_id, current_user::text));
    ALTER TABLE decision ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON decision USING (docket_sees_case(case_id, current_user::text));
    ALTER TABLE constituent ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON constituent USING (docket_sees_person(id, current_user::text));
    ALTER TABLE event ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON event USING (docket_sees_all(current_user::text)
        OR (case_id IS NOT NULL AND docket_sees_case(case_id, current_user::text))
        OR (case_id IS NULL AND constituent_id IS NOT NULL AND docket_sees_person(constituent_id, current_user::text)));
    ALTER TABLE draft ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON draft USING (login = current_user::text OR docket_sees_all(current_user::text));
    """

    /// v3: SQLite's v8 to v10 as one step. Erasure: each person's key seals the free text events
    /// carry about them (crypto-shredding; no staff role may read a key), and a case under a legal
    /// hold keeps its people from erasure. A decision may give several reason codes
    /// (`reason_codes`, comma-separated; `reason_code` keeps the first). Cases are linked (an
    /// appeal and the case it appeals, one row each way). The ledger of charges, payments,
    /// refunds, waivers and reversals: old rows come over (a fee becomes a charge, its
    /// department the case's), then no row is ever changed or deleted (a reversal undoes a
    /// mistake); receipt numbers come from a sequence per year.
    static let v3 = """
    CREATE TABLE constituent_key(
        constituent_id BIGINT PRIMARY KEY REFERENCES constituent(id),
        key TEXT COLLATE "C" NOT NULL
    );
    ALTER TABLE cases ADD COLUMN legal_hold_since BIGINT;
    ALTER TABLE decision ADD COLUMN reason_codes TEXT COLLATE "C";
    CREATE TABLE case_link(
        case_id BIGINT NOT NULL REFERENCES cases(id),
        other_id BIGINT NOT NULL REFERENCES cases(id),
        kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('appeal_of', 'appealed_by')),
        at BIGINT NOT NULL,
        actor TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (case_id, other_id, kind)
    );
    ALTER TABLE ledger DROP CONSTRAINT ledger_kind_check;
    ALTER TABLE ledger ADD COLUMN reference TEXT COLLATE "C", ADD COLUMN reason TEXT COLLATE "C",
        ADD COLUMN reverses BIGINT REFERENCES ledger(id), ADD COLUMN department TEXT COLLATE "C";
    UPDATE ledger l SET kind = CASE l.kind WHEN 'fee' THEN 'charge' ELSE l.kind END,
        method = CASE l.method WHEN 'card_terminal' THEN 'card-terminal' WHEN 'money_order' THEN 'money-order' ELSE l.method END,
        department = c.department
        FROM cases c WHERE c.id = l.case_id;
    ALTER TABLE ledger ALTER COLUMN department SET NOT NULL;
    ALTER TABLE ledger ADD CONSTRAINT ledger_kind_check CHECK (kind IN ('charge','payment','refund','waiver','reversal'));
    CREATE INDEX ledger_at ON ledger(at);
    CREATE INDEX ledger_receipt ON ledger(receipt) WHERE receipt IS NOT NULL;
    CREATE UNIQUE INDEX ledger_reversed_once ON ledger(reverses) WHERE reverses IS NOT NULL;
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
            RAISE EXCEPTION 'ledger entries are never deleted: reverse the entry instead (docket reverse)';
        END IF;
        RAISE EXCEPTION 'ledger entries are never changed: reverse the entry instead (docket reverse)';
    END $$;
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
    REVOKE UPDATE, DELETE, TRUNCATE ON ledger FROM PUBLIC;
    DO $$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON ledger FROM %I', current_user); END $$;
    CREATE TABLE receipt_sequence(year BIGINT PRIMARY KEY, last BIGINT NOT NULL);
    -- Staff roles read links in their scope and the receipt numbers; keys not at all (no grant,
    -- and row-level security with no policy: a grant given by mistake still shows no row).
    DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'docket_staff') THEN
            GRANT SELECT ON case_link, receipt_sequence TO docket_staff;
            REVOKE ALL ON constituent_key FROM docket_staff;
        END IF;
    END $$;
    REVOKE ALL ON constituent_key FROM PUBLIC;
    ALTER TABLE constituent_key ENABLE ROW LEVEL SECURITY;
    ALTER TABLE case_link ENABLE ROW LEVEL SECURITY;
    CREATE POLICY staff_scope ON case_link USING (docket_sees_case(case_id, current_user::text));
    """

    /// Every table the schema makes, for a demo `--force` that replaces a database.
    static let tables = [
        "counter_department", "counter_due", "counter_opened", "counter_flow", "counter_staff", "request", "import_file",
        "receipt_sequence", "case_link", "constituent_key", "draft", "decision", "ledger", "event", "task", "cases", "case_sequence", "constituent", "staff_department", "staff",
        "department", "agency", "docket_schema",
    ]

    /// The functions the schema makes (dropped with the tables).
    static let functions = ["event_append_only()", "ledger_append_only()", "docket_sees_person(BIGINT, TEXT)", "docket_sees_case(BIGINT, TEXT)",
                            "docket_sees_all(TEXT)", "ledger_reverses_known()",
                            "docket_role_of(TEXT)", "docket_does_intake(TEXT)", "docket_opens_cases(TEXT)", "docket_takes_payments(TEXT)",
                            "docket_next_id(TEXT)", "docket_case_changed_now(BIGINT)", "docket_chain_tip()", "docket_person_key(BIGINT, TEXT)"]
}
