/// Subject access (GDPR art. 15, CCPA "right to know"): everything Docket holds about one
/// person as one JSON document — their record, every case of theirs with its form, tasks,
/// events, decisions and ledger, drafts of corrections to those cases, and the log of who
/// viewed or revealed their data — and nothing about anyone else.
extension Engine {
    public func subjectAccessExport(constituent id: Int64, as actor: StaffMember) throws -> JSONText.Value {
        guard actor.role == .auditor || actor.role == .admin else {
            throw DocketError.refused("a subject access export is for auditors and admins; \(actor.login) is a \(actor.role.rawValue)")
        }
        return try locked {
            guard let p = try store.constituent(id: id) else {
                throw DocketError.notFound("no constituent #\(id); `docket search NAME` finds people")
            }
            let now = clock.now
            let cases = try store.cases(constituentId: id)
            func event(_ e: EventRecord) -> JSONText.Value {
                .object([("at", .string(Timestamp.iso(e.at))), ("actor", .string(e.actor)), ("acting_as", .optional(e.actingAs)),
                         ("kind", .string(e.kind)), ("reason", .optional(e.reason)), ("details", JSONText.parse(e.details))])
            }
            var caseDocs: [JSONText.Value] = []
            for c in cases {
                caseDocs.append(.object([
                    ("ref", .string(c.ref)), ("type", .string(c.type)), ("state", .string(c.state)),
                    ("department", .string(c.department)), ("opened_at", .string(Timestamp.iso(c.openedAt))),
                    ("closed_at", .optional(c.closedAt.map(Timestamp.iso))),
                    ("form", .object(JSONText.decodeForm(try store.formJSON(caseId: c.id)).sorted { $0.key < $1.key }
                        .map { ($0.key, .string($0.value)) })),
                    ("tasks", .array(try store.tasks(caseId: c.id).map { t in
                        .object([("department", .string(t.department)), ("status", .string(t.status)),
                                 ("opened_at", .string(Timestamp.iso(t.openedAt))), ("closed_at", .optional(t.closedAt.map(Timestamp.iso)))])
                    })),
                    ("events", .array(try store.events(caseId: c.id).map(event))),
                    ("decisions", .array(try store.decisions(caseId: c.id).map { d in
                        .object([("outcome", .string(d.outcome)), ("reason_code", .string(d.reasonCode)),
                                 ("reason_codes", .array(d.reasonCodes.map { .string($0) })),
                                 ("rationale", .string(d.rationale)), ("at", .string(Timestamp.iso(d.at)))])
                    })),
                    ("links", .array(try store.caseLinks(caseId: c.id).map { l in
                        .object([("kind", .string(l.kind.rawValue)), ("case", .string(l.otherRef)), ("at", .string(Timestamp.iso(l.at)))])
                    })),
                    ("ledger", .array(try store.ledger(caseId: c.id).map { l in
                        .object([("at", .string(Timestamp.iso(l.at))), ("kind", .string(l.kind)), ("amount", .int(l.amount)),
                                 ("currency", .string(l.currency)), ("method", .optional(l.method)), ("receipt", .optional(l.receipt))])
                    })),
                ]))
            }
            let drafts = try store.drafts(caseIds: cases.map(\.id)).map { d in
                JSONText.Value.object([("kept_by", .string(d.login)), ("form", .string(d.draft.form)), ("case", .optional(d.draft.caseRef)),
                                       ("updated_at", .string(Timestamp.iso(d.draft.updatedAt))), ("data", JSONText.parse(d.draft.data))])
            }
            let about = try store.events(constituentId: id)
            let lookKinds: Set<String> = ["case_viewed", "constituent_viewed", "pii_revealed", "subject_access_exported"]
            let looks = about.filter { lookKinds.contains($0.kind) }
            // Changes to the record itself (made, corrected), not already in a case's events.
            let record = about.filter { $0.caseId == nil && !lookKinds.contains($0.kind) }
            try store.transaction {
                try store.appendEvent(at: now, by: actor, caseId: nil, constituentId: id, kind: "subject_access_exported", reason: nil)
            }
            return .object([
                ("exported_at", .string(Timestamp.iso(now))), ("agency", .string(agency.name)),
                ("constituent", .object([
                    ("id", .int(p.id)), ("given_name", .string(p.givenName)), ("family_name", .string(p.familyName)),
                    ("birth_date", .optional(p.birthDate)), ("national_id", .optional(p.nationalId)), ("email", .optional(p.email)),
                    ("phone", .optional(p.phone)), ("address", .optional(p.address)), ("language", .optional(p.language)),
                    ("erased", .bool(p.erased)),
                ])),
                ("record_events", .array(record.map(event))),
                ("cases", .array(caseDocs)),
                ("drafts", .array(drafts)),
                ("access_log", .array(looks.map(event))),
            ])
        }
    }
}
