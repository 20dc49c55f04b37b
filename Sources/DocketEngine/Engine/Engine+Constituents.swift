/// A person and their cases, as the person asking may see them.
extension Engine {
    public struct ConstituentView: Sendable {
        /// Masked unless revealed.
        public var person: Constituent
        /// The cases the asker may see; a person is in scope when one of them is.
        public var cases: [CaseSummary]
        public var revealed: Bool
    }

    /// Clerks are refused; others see the person when one of the person's cases is in their
    /// scope (auditors and admins: everyone). With a reason, those who may reveal identifiers on
    /// one of those cases (it is assigned to them, they supervise its department, or they are an
    /// admin) see them whole. Every look is an event: `constituent_viewed`, or `pii_revealed`
    /// with the reason.
    public func constituentView(id: Int64, reveal reason: String? = nil, as actor: StaffMember) throws -> ConstituentView {
        guard actor.role != .clerk else {
            throw DocketError.refused("a person's record is for caseworkers, supervisors, auditors and admins; \(actor.login) is a clerk (intake shows possible matches)")
        }
        let why = try reason.map { try FreeText.required($0, what: "a reason (why the identifiers are needed)") }
        return try locked {
            guard let person = try store.constituent(id: id) else {
                throw DocketError.notFound("no constituent #\(id); `docket search NAME` finds people")
            }
            let visible = try store.cases(constituentId: id).filter { try mayView($0, actor) }
            guard !visible.isEmpty || actor.seesAllDepartments else {
                throw DocketError.refused("constituent #\(id) has no case in \(actor.login)'s departments; their record is not shown")
            }
            if why != nil {
                let allowed = try visible.contains { c in
                    AvailableActions.list(case: c, staff: actor, openTasks: try store.tasks(caseId: c.id).filter(\.isOpen), agency: agency)
                        .contains { $0.kind == .revealIdentifiers && $0.enabled }
                }
                guard allowed || actor.role == .admin else {
                    throw DocketError.refused("\(actor.login) cannot reveal constituent #\(id)'s identifiers: none of their cases is assigned to \(actor.login) or in a department \(actor.login) supervises")
                }
            }
            try store.transaction {
                try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: id,
                                      kind: why == nil ? "constituent_viewed" : "pii_revealed", reason: why)
            }
            return ConstituentView(person: why == nil ? Disclosure.masked(person) : person, cases: visible, revealed: why != nil)
        }
    }
}
