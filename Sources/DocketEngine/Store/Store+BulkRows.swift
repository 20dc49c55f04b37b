/// Writes a generated batch with its ids as given, through statements prepared once per batch
/// that take their text from the store's row buffer. Rows are read in place (through buffer
/// pointers) rather than copied out: a copy retains and releases each of a row's strings, which
/// were made on the other thread.
extension Store {
    func insert(_ rows: DemoRows) throws {
        let person = try db.statement(rowText: rowText, """
            INSERT INTO constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                                    search_terms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try rows.constituents.withUnsafeBufferPointer { people in
            for i in people.indices {
                person.reset()
                person.bind(people[i].0.id, at: 1); person.bind(people[i].0.givenName, at: 2)
                person.bind(people[i].0.familyName, at: 3); person.bind(people[i].0.birthDate, at: 4)
                person.bind(people[i].0.nationalId, at: 5); person.bind(people[i].0.email, at: 6)
                person.bind(people[i].0.phone, at: 7); person.bind(people[i].0.address, at: 8)
                person.bind(people[i].0.language, at: 9); person.bind(people[i].terms, at: 10); person.bind(people[i].at, at: 11)
                _ = try person.step()
            }
        }
        var caseRow = try caseInsertStatement()
        caseRow.rowText = rowText
        try rows.cases.withUnsafeBufferPointer { cases in
            for i in cases.indices {
                try insertCaseRow(cases[i].0, form: cases[i].form, at: cases[i].0.openedAt, actor: cases[i].actor,
                                  withId: true, into: caseRow)
            }
        }
        let task = try db.statement(rowText: rowText, """
            INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try rows.tasks.withUnsafeBufferPointer { tasks in
            for i in tasks.indices {
                task.reset()
                task.bind(tasks[i].id, at: 1); task.bind(tasks[i].caseId, at: 2); task.bind(tasks[i].parentId, at: 3)
                task.bind(tasks[i].department, at: 4); task.bind(tasks[i].assignee, at: 5); task.bind(tasks[i].status, at: 6)
                task.bind(tasks[i].reason, at: 7); task.bind(tasks[i].openedAt, at: 8); task.bind(tasks[i].closedAt, at: 9)
                _ = try task.step()
            }
        }
        var event = try eventInsertStatement()
        event.rowText = rowText
        try rows.events.withUnsafeBufferPointer { events in
            for i in events.indices { try insert(events[i], into: event) }
        }
        let money = try db.statement(rowText: rowText, """
            INSERT INTO ledger(id, case_id, at, kind, code, amount, currency, method, receipt, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try rows.ledger.withUnsafeBufferPointer { ledger in
            for i in ledger.indices {
                money.reset()
                money.bind(ledger[i].entry.id, at: 1); money.bind(ledger[i].caseId, at: 2); money.bind(ledger[i].entry.at, at: 3)
                money.bind(ledger[i].entry.kind, at: 4); money.bind(ledger[i].entry.code, at: 5)
                money.bind(ledger[i].entry.amount, at: 6); money.bind(ledger[i].entry.currency, at: 7)
                money.bind(ledger[i].entry.method, at: 8); money.bind(ledger[i].entry.receipt, at: 9)
                money.bind(ledger[i].entry.actor, at: 10)
                _ = try money.step()
            }
        }
        for (caseId, d) in rows.decisions { try insertDecision(caseId: caseId, d) }
    }
}
