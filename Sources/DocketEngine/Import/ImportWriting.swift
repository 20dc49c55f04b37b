import Foundation

/// Writing checked rows: the constituent found or made, the case made and routed, the events.
struct ImportWriting {
    let engine: Engine
    let form: FormDefinition
    let type: CaseType
    let actor: StaffMember
    let file: String
    let now: Int64
    let year: Int
    var maker: IntakeCaseMaker
    var matcher: IdentityMatcher
    var sinceFlush = 0
    private let createdPrefix: String
    private let createdImport: String
    /// Figures of the transaction in progress, added to the report only when it commits.
    private var pending = ImportReport(file: "", format: .csv, form: "", caseType: "", dryRun: false)
    private var committed = 0
    private var committedRow = 0
    private var pendingLastRow = 0
    /// People this import made, by national id.
    private var madeHere: [String: Constituent] = [:]
    /// The transaction in progress: cases written and their first and last refs.
    var pendingImported: (count: Int, firstRef: String?, lastRef: String?) { (pending.imported, pending.firstRef, pending.lastRef) }

    init(engine: Engine, form: FormDefinition, type: CaseType, lifecycle: Lifecycle, actor: StaffMember, file: String,
         now: Int64, byNameAndYear: Bool) {
        self.engine = engine
        self.form = form
        self.type = type
        self.actor = actor
        self.file = file
        self.now = now
        year = Day(unixSeconds: now).civil.year
        maker = IntakeCaseMaker(agency: engine.agency, type: type, lifecycle: lifecycle, now: now)
        matcher = IdentityMatcher(store: engine.store, byNameAndYear: byNameAndYear)
        createdPrefix = "{\"type\":" + JSONText.encode(.string(type.code)) + ",\"matched_constituent\":"
        createdImport = ",\"import\":{\"file\":" + JSONText.encode(.string(file)) + ",\"row\":"
    }

    mutating func write(_ row: PreparedRow, bulk: BulkIntakeWriter) throws {
        // The reader looked the national id up already; people this import made are not yet
        // visible to its connection, so they are looked up here.
        let nid = row.identity["national_id"].flatMap { $0.isEmpty ? nil : $0 }
        // When the reader found someone, that answer stands (people are never deleted). When it
        // found nobody, someone may have been made since (this import, or another clerk's
        // intake meanwhile): look again inside this transaction.
        let looked: Constituent?? = row.byNationalId.flatMap { found in found.map { .some($0) } }
        let match = try matcher.match(row.identity, folded: row.folded, byNationalId: looked)
        // The reader refused ids of people already in the database; one made earlier in this
        // same import is found only here.
        if let conflict = match.conflict {
            throw DocketError.refused("\(Engine.fieldId(for: "national_id", in: form)): \(conflict.message) (that record comes from an earlier row of this import)")
        }
        let ref = try bulk.ref(prefix: type.prefix, year: year)
        var summary: CaseSummary
        var routed = row.routed
        let personId: Int64
        if let known = match.person, ImportWriting.routesAsNew(known, identity: row.identity) {
            // The row names everything routing reads about a person: the reader's case stands.
            summary = row.summary
            summary.ref = ref
            summary.constituentId = known.id
            summary.constituentName = known.fullName
            summary.nationalId = known.nationalId
            personId = known.id
            pending.constituentsMatched += 1
        } else if let known = match.person {
            // Routing saw a new person; a known one may bring attributes the form lacks.
            let decision = maker.route(values: row.values, identity: row.identity, person: known)
            routed = RoutedEvent(decision)
            (summary, _) = maker.make(ref: ref, values: row.values, identity: row.identity, person: known, actor: actor.login,
                                      decision: decision)
            personId = known.id
            pending.constituentsMatched += 1
        } else {
            personId = try bulk.addPerson(row.person, searchTerms: row.searchTerms, at: now)
            if let nid {
                var made = row.person
                made.id = personId
                madeHere[nid] = made
            }
            try bulk.event(at: now, actor: actor.eventActor, caseId: nil, constituentId: personId, kind: "constituent_created",
                           reason: nil, details: #"{"source":"import"}"#, actingAs: actor.eventActingAs)
            summary = row.summary
            summary.ref = ref
            summary.constituentId = personId
            pending.constituentsCreated += 1
        }
        if !match.possibleDuplicates.isEmpty { ImportWriting.note(duplicates: match.possibleDuplicates, row: row.number, in: &pending) }
        try bulk.addCase(&summary, form: row.formJSON, taskReason: routed.task, at: now, actor: actor.login)
        try bulk.event(at: now, actor: actor.eventActor, caseId: summary.id, constituentId: personId, kind: "case_created", reason: nil,
                       details: createdDetails(match, row: row.number), actingAs: actor.eventActingAs)
        try bulk.event(at: now, actor: actor.eventActor, caseId: summary.id, constituentId: nil, kind: "routed",
                       reason: routed.reason, details: routed.details, actingAs: actor.eventActingAs)
        for var charge in OpeningCharges.make(agency: maker.agency, type: summary.type, form: row.values, department: summary.department,
                                              actor: actor.login, at: now) {
            charge.id = try bulk.addCharge(charge, caseId: summary.id)
            try bulk.event(at: now, actor: actor.eventActor, caseId: summary.id, constituentId: nil, kind: "fee_charged", reason: nil,
                           details: JSONText.encode(.object(OpeningCharges.eventDetails(charge))), actingAs: actor.eventActingAs)
        }
        pending.imported += 1
        pending.routed[summary.department, default: 0] += 1
        if pending.firstRef == nil { pending.firstRef = ref }
        pending.lastRef = ref
        pendingLastRow = row.number
        sinceFlush += 1
    }

    /// Whether routing sees a known person exactly as the new person the reader routed the row
    /// for: `CaseWork.routingAttributes` lets every identity value the row gives override the
    /// person's, so only attributes the row leaves out can differ — and they don't when the
    /// known person has none either.
    static func routesAsNew(_ p: Constituent, identity: [String: String]) -> Bool {
        personAttributes.allSatisfy { key, value in identity[key] != nil || (value(p) ?? "").isEmpty }
    }

    /// The person's attributes `CaseWork.routingAttributes` reads (it adds "age" from the birth date).
    static let personAttributes: [(String, @Sendable (Constituent) -> String?)] = [
        ("given_name", { $0.givenName }), ("family_name", { $0.familyName }), ("birth_date", { $0.birthDate }),
        ("national_id", { $0.nationalId }), ("email", { $0.email }), ("phone", { $0.phone }),
        ("address", { $0.address }), ("language", { $0.language }),
    ]

    /// The case_created event's details, as intake writes them plus where the row came from;
    /// assembled from pieces escaped once, since every imported case has one.
    private func createdDetails(_ match: IdentityMatcher.Result, row: Int) -> String {
        var out = createdPrefix
        out += match.kind == nil ? "false,\"matched_by\":null" : "true,\"matched_by\":\"\(match.kind!.rawValue)\""
        out += ",\"possible_duplicates\":[" + match.possibleDuplicates.map { String($0.id) }.joined(separator: ",") + "]"
        out += createdImport + String(row) + "}}"
        return out
    }

    static func note(duplicates: [Constituent], row: Int, in report: inout ImportReport) {
        if report.possibleDuplicates.count < 20 {
            report.possibleDuplicates.append(ImportDuplicate(row: row, constituentIds: duplicates.map(\.id)))
        } else {
            report.moreDuplicates += 1
        }
    }

    /// The transaction is in: its figures join the report.
    mutating func commit(_ report: inout ImportReport) {
        report.imported += pending.imported
        report.constituentsCreated += pending.constituentsCreated
        report.constituentsMatched += pending.constituentsMatched
        for (d, n) in pending.routed { report.routed[d, default: 0] += n }
        for dup in pending.possibleDuplicates {
            if report.possibleDuplicates.count < 20 { report.possibleDuplicates.append(dup) } else { report.moreDuplicates += 1 }
        }
        report.moreDuplicates += pending.moreDuplicates
        if report.firstRef == nil { report.firstRef = pending.firstRef }
        if pending.lastRef != nil { report.lastRef = pending.lastRef }
        committed = report.imported
        if pendingLastRow > 0 { committedRow = pendingLastRow }
        discardPending()
    }

    /// The transaction was rolled back: its figures never happened.
    mutating func discardPending() {
        pending = ImportReport(file: "", format: .csv, form: "", caseType: "", dryRun: false)
        pendingLastRow = 0
    }

    /// A failure while writing: what is in (committed batches stay) and where to start again.
    func stopped(at row: Int, _ error: Error, report: ImportReport) -> Error {
        var cause = error
        if case ImportReader.Failure.reading(let inner) = error { cause = inner }
        if case ImportReader.Failure.writing(_, let inner) = error { cause = inner }
        let why = (cause as? DocketError)?.description ?? (cause as? StoreError)?.message ?? "\(cause)"
        // A file that could not be read at all says so itself.
        if committed == 0, case ImportReader.Failure.reading = error { return cause }
        guard committed > 0 else {
            return DocketError.refused("\(file):\(row): the import stopped and nothing was imported: \(why)")
        }
        return DocketError.refused("\(file):\(row): the import stopped: \(why). The rows up to row \(committedRow) are in (\(committed) cases, \(report.firstRef ?? "?") to \(report.lastRef ?? "?")) and stay; rows after \(committedRow) are not: import them again from a file that holds only those rows")
    }
}
