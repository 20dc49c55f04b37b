import Foundation

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
    /// Who a national id already belongs to, read through the reader's own connection: a row
    /// naming someone else's id is refused as a bad row, in the errors, rejects and dry run.
    private let identities: IdentityMatcher?
    private var maker: IntakeCaseMaker
    private let actor: String
    private let done = DispatchSemaphore(value: 0)
    // Read by the writer only after `wait`.
    private(set) var rows = 0
    private(set) var valid = 0
    private(set) var invalid = 0
    private(set) var droppedHidden = 0
    private var errors: [ImportError] = []
    private var moreErrors = 0
    private var failure: Error?

    init(source: ImportSource, size: Int64, display: String, options: ImportOptions, rejects: RejectsWriter?,
         check: RowCheck, identities: IdentityMatcher?, maker: IntakeCaseMaker, actor: String) {
        self.source = source
        self.identities = identities
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
            var (problems, canonical, dropped) = check.run(row)
            var identity: [String: String] = [:]
            var looked: Constituent?? = nil
            var folded = (given: "", family: "")
            if problems.isEmpty {
                identity = Engine.identity(of: canonical, form: check.form)
                folded = IdentityMatcher.foldedNames(identity)
                looked = try identities?.byNationalId(identity)
                if let known = looked ?? nil, let conflict = IdentityConflict.between(known, identity, folded: folded) {
                    problems = [ImportError(row: row.number, field: Engine.fieldId(for: "national_id", in: check.form),
                                            message: conflict.message)]
                }
            }
            if problems.isEmpty {
                valid += 1
                droppedHidden += dropped
                // After a bad row an all-or-nothing import writes nothing more: only check the rest.
                guard options.skipInvalid || options.dryRun || invalid == 0 else { continue }
                let person = Engine.newPerson(identity)
                let (summary, decision) = maker.make(ref: "", values: canonical, identity: identity, person: person, actor: actor)
                var json = ""
                if !options.dryRun { json = encoder.encode(canonical) }
                chunk.append(PreparedRow(number: row.number, values: canonical, identity: identity,
                                         folded: folded, person: person,
                                         searchTerms: NameFolding.searchText(given: person.givenName, family: person.familyName),
                                         summary: summary, formJSON: json, decision: decision, routed: RoutedEvent(decision),
                                         byNationalId: looked))
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
        report.droppedHidden = droppedHidden
        report.errors = errors
        report.moreErrors = moreErrors
        report.ignoredColumns = source.ignoredColumns
        report.rejected = rejects?.count ?? 0
    }
}
