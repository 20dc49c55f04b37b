/// Writes a generated batch with its ids as given, through statements prepared once.
extension Store {
    func insert(_ rows: DemoRows) throws {
        let person = try db.statement("""
            INSERT INTO constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                                    search_terms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (c, terms, at) in rows.constituents {
            person.reset()
            person.bind(c.id, at: 1); person.bind(c.givenName, at: 2); person.bind(c.familyName, at: 3)
            person.bind(c.birthDate, at: 4); person.bind(c.nationalId, at: 5); person.bind(c.email, at: 6)
            person.bind(c.phone, at: 7); person.bind(c.address, at: 8); person.bind(c.language, at: 9)
            person.bind(terms, at: 10); person.bind(at, at: 11)
            _ = try person.step()
        }
        for (c, form, actor) in rows.cases { try insertCaseRow(c, form: form, at: c.openedAt, actor: actor, withId: true) }
        let task = try db.statement("""
            INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for t in rows.tasks {
            task.reset()
            task.bind(t.id, at: 1); task.bind(t.caseId, at: 2); task.bind(t.parentId, at: 3); task.bind(t.department, at: 4)
            task.bind(t.assignee, at: 5); task.bind(t.status, at: 6); task.bind(t.reason, at: 7); task.bind(t.openedAt, at: 8)
            task.bind(t.closedAt, at: 9)
            _ = try task.step()
        }
        let event = try db.statement("""
            INSERT INTO event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for e in rows.events {
            event.reset()
            event.bind(e.id, at: 1); event.bind(e.at, at: 2); event.bind(e.actor, at: 3); event.bind(e.caseId, at: 4)
            event.bind(e.constituentId, at: 5); event.bind(e.kind, at: 6); event.bind(e.reason, at: 7); event.bind(e.details, at: 8)
            event.bind(e.prevHash, at: 9); event.bind(e.hash, at: 10)
            _ = try event.step()
        }
        let money = try db.statement("""
            INSERT INTO ledger(id, case_id, at, kind, code, amount, currency, method, receipt, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (caseId, l) in rows.ledger {
            money.reset()
            money.bind(l.id, at: 1); money.bind(caseId, at: 2); money.bind(l.at, at: 3); money.bind(l.kind, at: 4)
            money.bind(l.code, at: 5); money.bind(l.amount, at: 6); money.bind(l.currency, at: 7); money.bind(l.method, at: 8)
            money.bind(l.receipt, at: 9); money.bind(l.actor, at: 10)
            _ = try money.step()
        }
        for (caseId, d) in rows.decisions { try insertDecision(caseId: caseId, d) }
    }
}
