import Foundation

/// `docket import`: submissions from CSV, a JSON array or JSON Lines become cases, each row
/// checked exactly as the form screen checks a keyed form, and linked and routed as intake
/// links and routes. The file is streamed once. A reading thread parses, checks and encodes
/// rows while this one writes them through the store's bulk path, so the two cores share
/// the work. By default the whole import is one transaction: a bad row anywhere (or a
/// failure) rolls everything back, and every error is still reported. With --skip-invalid
/// the good rows are committed in batches and the bad ones go to the rejects file.
extension Engine {
    /// Files larger than this (some 600 rows of a long form) skip the near-duplicate search by
    /// name and birth year: it is one name-index query per row, a few milliseconds each when
    /// the name is common among a million people. Same-birthday near-duplicates, found through
    /// the birth date index, are always reported.
    static let nameAndYearCheckBytes: Int64 = 128 << 10

    public func importFile(_ path: String, display: String? = nil, form formName: String, options: ImportOptions = ImportOptions(),
                           as actor: StaffMember, progress: (ImportProgress) -> Void = { _ in }) throws -> ImportReport {
        let shown = display ?? path
        guard actor.role != .auditor else { throw DocketError.refused("auditors have read-only access; import is for clerks and caseworkers") }
        guard let form = agency.form(formName) ?? agency.caseType(formName).flatMap({ agency.form($0.form) }) else {
            throw DocketError.usage("unknown form '\(formName)' (forms: \(agency.forms.map(\.id).joined(separator: ", ")))")
        }
        guard let type = agency.caseTypes.first(where: { $0.form == form.id }), let lifecycle = agency.lifecycle(type.lifecycle) else {
            throw DocketError.refused("form \(form.id) belongs to no case type of this agency; nothing to import it as")
        }
        if options.skipInvalid && options.rejectsPath == nil {
            throw DocketError.usage("--skip-invalid needs --rejects FILE: where the refused rows go, to fix and import again")
        }
        if let rejects = options.rejectsPath, Engine.sameFile(rejects, path) {
            throw DocketError.usage("--rejects \(rejects) is the file being imported; name another file for the rejects")
        }

        let file = try ChunkedFile(path: path, display: shown)
        let format = options.format ?? ImportFormat.detect(path: path, head: file.head(4096))
        let source = try ImportSources.open(file, display: shown, format: format, form: form)
        let rejects = options.skipInvalid && !options.dryRun ? try RejectsWriter(path: options.rejectsPath!) : nil
        let now = clock.now
        let reader = ImportReader(source: source, size: file.size, display: shown, options: options, rejects: rejects,
                                  check: RowCheck(form: form, agency: agency, today: Day(unixSeconds: now)),
                                  maker: IntakeCaseMaker(agency: agency, type: type, lifecycle: lifecycle, now: now),
                                  actor: actor.login)
        var report = ImportReport(file: shown, format: format, form: form.id, caseType: type.code, dryRun: options.dryRun)
        report.skipInvalid = options.skipInvalid
        report.rejectsPath = rejects?.path
        var writing = ImportWriting(engine: self, form: form, type: type, lifecycle: lifecycle, actor: actor, file: shown,
                                    now: now, byNameAndYear: file.size <= Engine.nameAndYearCheckBytes)
        report.checkedNameAndYear = writing.matcher.byNameAndYear

        reader.start()
        do {
            try locked {
                try store.withLargeCache {
                    if options.dryRun {
                        try dryRun(reader, writing: &writing, report: &report, progress: progress)
                    } else if options.skipInvalid {
                        try writeInBatches(reader, writing: &writing, report: &report, batchRows: options.batchRows, progress: progress)
                    } else {
                        try writeAllOrNothing(reader, writing: &writing, report: &report, progress: progress)
                    }
                }
                if report.imported >= 100_000 { store.checkpointAfterBulk() }
            }
        } catch {
            reader.cancel()
            if case ImportReader.Failure.reading(let cause) = error { throw cause }
            throw error
        }
        reader.finish(into: &report)
        return report
    }

    /// One transaction for everything: committed only when every row was good.
    private func writeAllOrNothing(_ reader: ImportReader, writing: inout ImportWriting, report: inout ImportReport,
                                   progress: (ImportProgress) -> Void) throws {
        do {
            try store.transaction {
                let bulk = try BulkIntakeWriter(store: store)
                var lastRow = 0
                do {
                    while let chunk = reader.queue.take() {
                        // A bad row anywhere means nothing is kept: stop writing, keep reading for the report.
                        if chunk.invalidSoFar == 0 {
                            for row in chunk.rows {
                                lastRow = row.number
                                try writing.write(row, bulk: bulk)
                            }
                            if writing.sinceFlush >= 25_000 { try bulk.flush(); writing.sinceFlush = 0 }
                        }
                        progress(chunk.progress)
                    }
                    try reader.wait()
                } catch let failure as ImportReader.Failure {
                    throw failure
                } catch {
                    throw ImportReader.Failure.writing(row: lastRow, error)
                }
                if reader.invalid > 0 { throw ImportReader.Failure.invalidRows }
                try bulk.flush()
                writing.commit(&report)
                try recordImport(report, reader: reader, actor: writing.actor)
            }
        } catch ImportReader.Failure.invalidRows {
            return
        } catch ImportReader.Failure.reading(let error) {
            throw error
        } catch ImportReader.Failure.writing(let row, let error) {
            throw writing.stopped(at: row, error, report: report)
        }
    }

    /// --skip-invalid: good rows committed every `batchRows`, letting others write in between.
    private func writeInBatches(_ reader: ImportReader, writing: inout ImportWriting, report: inout ImportReport, batchRows: Int,
                                progress: (ImportProgress) -> Void) throws {
        var pending: [PreparedRow] = []
        var finished = false
        while !finished {
            var lastRow = 0
            do {
                try store.transaction {
                    let bulk = try BulkIntakeWriter(store: store)
                    var n = 0
                    while n < batchRows {
                        if pending.isEmpty {
                            guard let chunk = reader.queue.take() else { finished = true; break }
                            pending = chunk.rows
                            progress(chunk.progress)
                        }
                        for row in pending {
                            lastRow = row.number
                            try writing.write(row, bulk: bulk)
                            n += 1
                        }
                        pending.removeAll(keepingCapacity: true)
                    }
                    if finished { try reader.wait() }
                    try bulk.flush()
                }
            } catch {
                writing.discardPending()
                throw writing.stopped(at: lastRow, error, report: report)
            }
            writing.commit(&report)
        }
        try store.transaction { try recordImport(report, reader: reader, actor: writing.actor) }
    }

    /// --dry-run: what writing would do, by reading only.
    private func dryRun(_ reader: ImportReader, writing: inout ImportWriting, report: inout ImportReport,
                        progress: (ImportProgress) -> Void) throws {
        var seenIds: Set<String> = []
        let matcher = IdentityMatcher(store: store, byNameAndYear: false)
        while let chunk = reader.queue.take() {
            for row in chunk.rows {
                let match = try matcher.match(row.identity)
                let nationalId = row.identity["national_id"]
                if match.person != nil || (nationalId.map { seenIds.contains($0) } ?? false) {
                    report.constituentsMatched += 1
                } else {
                    report.constituentsCreated += 1
                }
                if let nationalId { seenIds.insert(nationalId) }
                if !match.possibleDuplicates.isEmpty { ImportWriting.note(duplicates: match.possibleDuplicates, row: row.number, in: &report) }
                let decision = match.person.map { writing.maker.route(values: row.values, identity: row.identity, person: $0) } ?? row.decision
                report.routed[decision.action.department, default: 0] += 1
                report.imported += 1
            }
            progress(chunk.progress)
        }
        try reader.wait()
    }

    private func recordImport(_ report: ImportReport, reader: ImportReader, actor: StaffMember) throws {
        try store.appendEvent(at: clock.now, actor: actor.login, caseId: nil, constituentId: nil, kind: "imported",
                              reason: nil, details: JSONText.object([
                                "file": .string(report.file), "format": .string(report.format.rawValue), "form": .string(report.form),
                                "rows": .int(reader.rows), "imported": .int(report.imported), "rejected": .int(reader.invalid),
                                "first_ref": .optional(report.firstRef), "last_ref": .optional(report.lastRef),
                              ]))
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard fstatat(AT_FDCWD, a, &sa, 0) == 0, fstatat(AT_FDCWD, b, &sb, 0) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}

/// A row ready to write: checked, canonical, encoded, and routed as if its person were new —
/// everything that needs no database, worked out on the reading thread.
struct PreparedRow {
    var number: Int
    var values: FormValues
    var identity: [String: String]
    var folded: (given: String, family: String)
    /// The person the row describes, and the case it makes, as if that person were new (ids
    /// and ref still to be given).
    var person: Constituent
    var searchTerms: String
    var summary: CaseSummary
    var formJSON: String
    var decision: RoutingDecision
    var routed: RoutedEvent
}

/// The `routed` event and task reason of a new case, which depend only on the routing decision.
struct RoutedEvent {
    /// The main task's reason: which rule sent it where it is.
    var task: String
    var reason: String
    var details: String

    init(_ d: RoutingDecision) {
        task = d.explanation
        reason = "intake: \(task)"
        details = JSONText.object(["to": .string(d.action.department), "rule": .optional(d.ruleName)])
    }
}

/// Rows handed over together, with where the reader stood.
struct PreparedChunk {
    var rows: [PreparedRow]
    /// Invalid rows read so far (all-or-nothing stops writing at the first).
    var invalidSoFar: Int
    var progress: ImportProgress
}

/// One row checked as the form screen checks it, plus what intake refuses besides: a card
/// number in any field, and a row that names nobody.
struct RowCheck {
    let form: FormDefinition
    let agency: Agency
    let today: Day
    let nameFields: [String]

    init(form: FormDefinition, agency: Agency, today: Day) {
        self.form = form
        self.agency = agency
        self.today = today
        nameFields = form.fields.filter { $0.identity == "given_name" || $0.identity == "family_name" }.map(\.id)
    }

    func run(_ row: SourceRow) -> ([ImportError], FormValues) {
        if !row.problems.isEmpty { return (row.problems, [:]) }
        let check = FormValidator.validate(row.values, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: today)
        var problems = check.errors
        if problems.isEmpty { problems = Engine.storageProblems(check.canonical, form: form) }
        if problems.isEmpty, !nameFields.isEmpty, !nameFields.contains(where: { check.canonical[$0] != nil }) {
            problems.append((nameFields[0], "the row names nobody; fill in \(nameFields.joined(separator: " or "))"))
        }
        return (problems.map { ImportError(row: row.number, field: $0.field, message: $0.message) }, check.canonical)
    }
}

/// The reading side of an import, on its own thread: parse, check, encode and route each row
/// (none of which touches the database), write the rejects file, collect the errors.
final class ImportReader: @unchecked Sendable {
    enum Failure: Error {
        case invalidRows
        case reading(Error)
        case writing(row: Int, Error)
    }

    let queue = BatchHandoff<PreparedChunk>(depth: 16)
    private let source: ImportSource
    private let size: Int64
    private let display: String
    private let options: ImportOptions
    private let rejects: RejectsWriter?
    private let check: RowCheck
    private var maker: IntakeCaseMaker
    private let actor: String
    private let done = DispatchSemaphore(value: 0)
    // Read by the writer only after `wait`.
    private(set) var rows = 0
    private(set) var valid = 0
    private(set) var invalid = 0
    private var errors: [ImportError] = []
    private var moreErrors = 0
    private var failure: Error?

    init(source: ImportSource, size: Int64, display: String, options: ImportOptions, rejects: RejectsWriter?,
         check: RowCheck, maker: IntakeCaseMaker, actor: String) {
        self.source = source
        self.actor = actor
        self.size = size
        self.display = display
        self.options = options
        self.rejects = rejects
        self.check = check
        self.maker = maker
    }

    func start() {
        let thread = Thread { [self] in
            do { try run() } catch { failure = error }
            queue.finish()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the reader to end; throws what stopped it, if anything did.
    func wait() throws {
        done.wait()
        done.signal()
        if let failure { throw Failure.reading(failure) }
    }

    /// The writer failed: stop reading.
    func cancel() {
        queue.cancel()
        done.wait()
        done.signal()
    }

    private func run() throws {
        if let rejects { try rejects.write(try source.rejectsStart()) }
        var chunk: [PreparedRow] = []
        chunk.reserveCapacity(256)
        let encoder = FormJSONLayout(form: check.form)
        func send() -> Bool {
            let ok = queue.put(PreparedChunk(rows: chunk, invalidSoFar: options.skipInvalid ? 0 : invalid,
                                             progress: ImportProgress(bytesRead: source.position, bytesTotal: size, rows: rows)))
            chunk.removeAll(keepingCapacity: true)
            return ok
        }
        while let row = try source.next() {
            rows += 1
            let (problems, canonical) = check.run(row)
            if problems.isEmpty {
                valid += 1
                // After a bad row an all-or-nothing import writes nothing more: only check the rest.
                guard options.skipInvalid || options.dryRun || invalid == 0 else { continue }
                let identity = Engine.identity(of: canonical, form: check.form)
                let person = Engine.newPerson(identity)
                let (summary, decision) = maker.make(ref: "", values: canonical, identity: identity, person: person, actor: actor)
                var json = ""
                if !options.dryRun { json = encoder.encode(canonical) }
                chunk.append(PreparedRow(number: row.number, values: canonical, identity: identity,
                                         folded: IdentityMatcher.foldedNames(identity), person: person,
                                         searchTerms: NameFolding.searchText(given: person.givenName, family: person.familyName),
                                         summary: summary, formJSON: json, decision: decision, routed: RoutedEvent(decision)))
            } else {
                invalid += 1
                for e in problems {
                    if errors.count < options.errorLimit { errors.append(e) } else { moreErrors += 1 }
                }
                if let rejects {
                    try rejects.add(try source.rejected(row, error: problems.map(\.inRow).joined(separator: "; "), index: rejects.count))
                }
            }
            if chunk.count >= 256 || (rows & 1023 == 0) {
                guard send() else { return }
            }
        }
        guard send() else { return }
        if let rejects {
            try rejects.write(source.rejectsEnd(count: rejects.count))
            try rejects.flush()
        }
        if rows == 0 {
            throw DocketError.refused(source.format == .csv ? "\(display): the file has a header row but no rows to import"
                                                            : "\(display): the file holds no rows to import")
        }
    }

    /// The reading side's figures, into the report.
    func finish(into report: inout ImportReport) {
        done.wait()
        done.signal()
        report.rows = rows
        report.valid = valid
        report.invalid = invalid
        report.errors = errors
        report.moreErrors = moreErrors
        report.ignoredColumns = source.ignoredColumns
        report.rejected = rejects?.count ?? 0
    }
}

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
        let match = try matcher.match(row.identity, folded: row.folded)
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
            try bulk.event(at: now, actor: actor.login, caseId: nil, constituentId: personId, kind: "constituent_created",
                           reason: nil, details: #"{"source":"import"}"#)
            summary = row.summary
            summary.ref = ref
            summary.constituentId = personId
            pending.constituentsCreated += 1
        }
        if !match.possibleDuplicates.isEmpty { ImportWriting.note(duplicates: match.possibleDuplicates, row: row.number, in: &pending) }
        try bulk.addCase(&summary, form: row.formJSON, taskReason: routed.task, at: now, actor: actor.login)
        try bulk.event(at: now, actor: actor.login, caseId: summary.id, constituentId: personId, kind: "case_created", reason: nil,
                       details: createdDetails(match, row: row.number))
        try bulk.event(at: now, actor: actor.login, caseId: summary.id, constituentId: nil, kind: "routed",
                       reason: routed.reason, details: routed.details)
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
