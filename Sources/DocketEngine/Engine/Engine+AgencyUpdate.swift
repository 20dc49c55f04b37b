import Foundation

extension Engine {
    /// What replacing the agency file changed.
    public struct AgencyUpdate: Sendable {
        public var agency: Agency
        /// Open cases whose SLA due date moved because a policy's target or the calendar changed.
        public var dueDatesRecomputed: Int
    }

    /// Replaces the stored agency file with a new version (admins only). The new file must still
    /// define every department, case type, lifecycle state and SLA policy that cases use, so
    /// nothing on record is orphaned; open cases' due dates are recomputed from the new SLA
    /// targets and calendar (a holiday added moves them, as `docket check` expects), keeping the
    /// business days each case spent paused. One transaction, one event.
    public func replaceAgency(source: Data, file: String, as actor: StaffMember) throws -> AgencyUpdate {
        guard actor.role == .admin else {
            throw DocketError.refused("only an admin can change the agency file; \(actor.login) is a \(actor.role.rawValue)")
        }
        try requireOwnersConnection("changing the agency file")
        let next = try AgencyParser.parse(data: source, file: file)
        guard let text = String(data: source, encoding: .utf8) else { throw DocketError.refused("\(file): (top): not UTF-8 text") }
        return try locked {
            try store.transaction {
                var missing: [String] = []
                for d in agency.departments where next.department(d.code) == nil { missing.append("department \(d.code)") }
                for t in agency.caseTypes where next.caseType(t.code) == nil { missing.append("case type \(t.code)") }
                for p in agency.slaPolicies where next.slaPolicy(p.id) == nil { missing.append("SLA policy \(p.id)") }
                for (type, state) in try store.typeStatesInUse() {
                    if next.lifecycle(forType: type)?.state(state) == nil { missing.append("state \(state) of \(type)") }
                }
                for d in next.departments where agency.department(d.code) == nil { try store.addDepartment(d) }
                guard missing.isEmpty else {
                    throw DocketError.refused("\(file) drops what cases still use: \(missing.joined(separator: ", ")); keep them (rename labels instead)")
                }
                var moved = 0
                let calendarChanged = next.calendar != agency.calendar
                for policy in next.slaPolicies where calendarChanged || policy != agency.slaPolicy(policy.id) {
                    for id in try store.openCaseIds(slaPolicy: policy.id) {
                        guard let c = try store.caseSummary(id: id) else { continue }
                        var updated = c
                        updated.dueDay = SLAClock.dueDay(opened: Day(unixSeconds: c.openedAt),
                                                         targetBusinessDays: policy.businessDays(in: c.department),
                                                         pausedBusinessDays: c.pausedBusinessDays, calendar: next.calendar)
                        guard updated.dueDay != c.dueDay else { continue }
                        try store.updateCase(updated, previous: c, expectedVersion: c.version, at: clock.now, actor: actor.login)
                        moved += 1
                    }
                }
                try store.replaceAgencySource(text)
                try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: nil, kind: "agency_updated",
                                      reason: nil, details: JSONText.object(["file": .string(file), "due_dates_recomputed": .int(moved)]))
                return AgencyUpdate(agency: next, dueDatesRecomputed: moved)
            }
        }
    }
}
