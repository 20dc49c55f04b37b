/// Schema v4: Docket connects as each person's own role (peer authentication maps the OS
/// login), so the person's role does their work and the database bounds it:
/// - reads as in v2 (the scope of DESIGN.md §6), widened where the matrix says "any" and the
///   engine must read to act: payments staff read every case they may take money on, and the
///   roles that do intake (clerk, supervisor, admin) read every person, since matching a new
///   submission to a person the agency knows must consider everyone;
/// - changes only to rows the role can read (a route may move a case out of its reach:
///   `WITH CHECK (true)`; the case stays in the transaction's reach until it commits); new cases and tasks by every role but the auditor's, new people by the roles that do intake;
///   events only in the role's own name (or Docket's, for work the clock does);
/// - what no role sees whole but every command needs — the next id of a table, the chain's
///   tip, a person's key — through functions that run as the owner and hand back only that;
/// - the staff list, the agency and the departments stay the owner's: admins add staff, erase
///   and migrate through the owner's connection (the engine says so), and may set who is away.
extension PostgresSchema {
    static let v4 = """
    CREATE FUNCTION docket_role_of(who TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT role FROM staff WHERE login = who AND active = 1
    $$;
    CREATE FUNCTION docket_does_intake(who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT coalesce(docket_role_of(who) IN ('clerk', 'supervisor', 'admin'), false)
    $$;
    -- Intake, and appeals (a new case) by caseworkers and supervisors: everyone but auditors.
    CREATE FUNCTION docket_opens_cases(who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT coalesce(docket_role_of(who) IN ('clerk', 'caseworker', 'supervisor', 'admin'), false)
    $$;
    CREATE FUNCTION docket_takes_payments(who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM staff_department d JOIN staff s ON s.login = d.login AND s.active = 1
                       WHERE d.login = who AND d.department = '\(LedgerAccess.paymentsDepartment)')
    $$;
    -- A case this transaction has already changed stays in reach until it commits: a route
    -- moves the case first, then closes and opens its tasks.
    CREATE FUNCTION docket_case_changed_now(case_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.xmin = pg_current_xact_id_if_assigned()::xid)
    $$;
    CREATE OR REPLACE FUNCTION docket_sees_case(case_id BIGINT, who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$
        SELECT docket_sees_all(who) OR docket_takes_payments(who) OR docket_case_changed_now(case_id) OR EXISTS (
            SELECT 1 FROM staff_department d JOIN staff s ON s.login = d.login AND s.active = 1
            WHERE d.login = who AND (
                d.department = (SELECT c.department FROM cases c WHERE c.id = case_id)
                OR EXISTS (SELECT 1 FROM task t WHERE t.case_id = docket_sees_case.case_id AND t.parent_id IS NOT NULL
                           AND t.closed_at IS NULL AND t.department = d.department)))
    $$;

    -- The id a new row takes, past the highest (the write lock keeps it ours until the commit).
    CREATE FUNCTION docket_next_id(tbl TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE n BIGINT;
    BEGIN
        IF tbl NOT IN ('cases', 'task', 'constituent', 'decision', 'ledger') THEN
            RAISE EXCEPTION 'no numbering for table %', tbl;
        END IF;
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', tbl) INTO n;
        RETURN n;
    END $$;
    -- The chain's last link, which a new event hashes onto.
    CREATE FUNCTION docket_chain_tip() RETURNS TABLE(id BIGINT, hash TEXT) LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$
        SELECT e.id, e.hash::text FROM event e ORDER BY e.id DESC LIMIT 1
    $$;
    -- A person's key, to seal or open what events say about them: for a role that sees them or
    -- takes submissions about them. `made` is saved first when they have none (and are not erased).
    CREATE FUNCTION docket_person_key(person BIGINT, made TEXT) RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public AS $$
    DECLARE found TEXT;
    BEGIN
        IF NOT (docket_sees_person(person, session_user::text) OR docket_does_intake(session_user::text)
                OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'constituent_key'::regclass), 'MEMBER')) THEN
            RETURN NULL;
        END IF;
        SELECT key INTO found FROM constituent_key WHERE constituent_id = person;
        IF found IS NULL AND made IS NOT NULL AND EXISTS (SELECT 1 FROM constituent WHERE id = person AND erased_at IS NULL) THEN
            INSERT INTO constituent_key(constituent_id, key) VALUES (person, made);
            found := made;
        END IF;
        RETURN found;
    END $$;
    REVOKE ALL ON FUNCTION docket_person_key(BIGINT, TEXT) FROM PUBLIC;

    DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'docket_staff') THEN
            GRANT INSERT, UPDATE ON cases, task, constituent, decision, case_link, case_sequence, receipt_sequence,
                import_file TO docket_staff;
            GRANT INSERT, UPDATE, DELETE ON draft, request, counter_department, counter_due, counter_opened, counter_flow,
                counter_staff TO docket_staff;
            GRANT INSERT ON event, ledger TO docket_staff;
            GRANT UPDATE (away_until) ON staff TO docket_staff;
            GRANT EXECUTE ON FUNCTION docket_person_key(BIGINT, TEXT) TO docket_staff;
        END IF;
    END $$;

    DROP POLICY staff_scope ON cases;
    CREATE POLICY staff_read ON cases FOR SELECT USING (docket_sees_case(id, current_user::text));
    CREATE POLICY staff_change ON cases FOR UPDATE USING (docket_sees_case(id, current_user::text)) WITH CHECK (true);
    CREATE POLICY staff_open ON cases FOR INSERT WITH CHECK (docket_opens_cases(current_user::text));

    DROP POLICY staff_scope ON task;
    CREATE POLICY staff_read ON task FOR SELECT USING (docket_sees_case(case_id, current_user::text));
    CREATE POLICY staff_change ON task FOR UPDATE USING (docket_sees_case(case_id, current_user::text)) WITH CHECK (true);
    CREATE POLICY staff_open ON task FOR INSERT
        WITH CHECK (docket_sees_case(case_id, current_user::text) OR docket_opens_cases(current_user::text));

    DROP POLICY staff_scope ON constituent;
    CREATE POLICY staff_read ON constituent FOR SELECT
        USING (docket_sees_person(id, current_user::text) OR docket_does_intake(current_user::text));
    CREATE POLICY staff_change ON constituent FOR UPDATE
        USING (docket_sees_person(id, current_user::text) OR docket_does_intake(current_user::text)) WITH CHECK (true);
    CREATE POLICY staff_open ON constituent FOR INSERT WITH CHECK (docket_does_intake(current_user::text));

    DROP POLICY staff_scope ON ledger;
    CREATE POLICY staff_read ON ledger FOR SELECT USING (docket_sees_case(case_id, current_user::text));
    CREATE POLICY staff_open ON ledger FOR INSERT
        WITH CHECK (docket_sees_case(case_id, current_user::text) OR docket_does_intake(current_user::text));

    DROP POLICY staff_scope ON decision;
    CREATE POLICY staff_read ON decision FOR SELECT USING (docket_sees_case(case_id, current_user::text));
    CREATE POLICY staff_open ON decision FOR INSERT WITH CHECK (docket_sees_case(case_id, current_user::text));

    DROP POLICY staff_scope ON case_link;
    CREATE POLICY staff_read ON case_link FOR SELECT USING (docket_sees_case(case_id, current_user::text));
    CREATE POLICY staff_open ON case_link FOR INSERT WITH CHECK (docket_sees_case(case_id, current_user::text)
        OR docket_sees_case(other_id, current_user::text) OR docket_opens_cases(current_user::text));

    DROP POLICY staff_scope ON event;
    CREATE POLICY staff_read ON event FOR SELECT USING (docket_sees_all(current_user::text)
        OR (case_id IS NOT NULL AND docket_sees_case(case_id, current_user::text))
        OR (case_id IS NULL AND constituent_id IS NOT NULL AND docket_sees_person(constituent_id, current_user::text)));
    CREATE POLICY staff_append ON event FOR INSERT WITH CHECK (actor = current_user::text OR actor = 'docket');

    DROP POLICY staff_scope ON draft;
    CREATE POLICY staff_own ON draft USING (login = current_user::text OR docket_sees_all(current_user::text))
        WITH CHECK (login = current_user::text);
    """
}
