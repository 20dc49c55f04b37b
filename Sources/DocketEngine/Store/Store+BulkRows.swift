/// Writes a generated batch with its ids as given, through statements prepared once per batch
/// that take their text from the store's row buffer.
extension Store {
    func insert(_ rows: DemoRows) throws {
        let person = try db.statement(rowText: rowText, """
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
        var caseRow = try caseInsertStatement()
        caseRow.rowText = rowText
        for (c, form, actor) in rows.cases {
            try insertCaseRow(c, form: form, at: c.openedAt, actor: actor, withId: true, into: caseRow)
        }
        let task = try db.statement(rowText: rowText, """
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
        var event = try eventInsertStatement()
        event.rowText = rowText
        for e in rows.events { try insert(e, into: event) }
        let money = try db.statement(rowText: rowText, """
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
