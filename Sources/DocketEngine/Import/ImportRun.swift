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
        try Engine.requireIntake(actor)
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

        // The same bytes again are refused unless asked for: an import killed after its commit,
        // run once more, must not make every case twice.
        // A pipe can be read once only: it is imported, but not fingerprinted.
        var info = stat()
        let regular = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        let sha256 = regular ? try SHA256.hex(ofFile: path) : ""
        let before = regular ? try locked { try store.importedFiles(sha256: sha256) } : []
        if !before.isEmpty && !options.again && !options.dryRun {
            throw DocketError.refused("\(shown) was imported already: \(ImportedFile.describe(before)); nothing was imported. If it is meant to go in again, add --again")
        }
        let file = try ChunkedFile(path: path, display: shown)
        let format = options.format ?? ImportFormat.detect(path: path, head: file.head(4096))
        let source = try ImportSources.open(file, display: shown, format: format, form: form)
        let rejects = options.skipInvalid && !options.dryRun ? try RejectsWriter(path: options.rejectsPath!) : nil
        let now = clock.now
        let reader = ImportReader(source: source, size: file.size, display: shown, options: options, rejects: rejects,
                                  check: RowCheck(form: form, agency: agency, today: Day(unixSeconds: now), dropHidden: options.dropHidden),
                                  identities: IdentityMatcher(store: try withStoreRights { try store.secondConnection() }, byNameAndYear: false),
                                  maker: IntakeCaseMaker(agency: agency, type: type, lifecycle: lifecycle, now: now),
                                  actor: actor.login)
        var report = ImportReport(file: shown, format: format, form: form.id, caseType: type.code, dryRun: options.dryRun)
        report.skipInvalid = options.skipInvalid
        report.sha256 = sha256
        report.importedBefore = before
        report.rejectsPath = rejects?.path
        var writing = ImportWriting(engine: self, form: form, type: type, lifecycle: lifecycle, actor: actor, file: shown,
                                    now: now, byNameAndYear: file.size <= Engine.nameAndYearCheckBytes)
        report.checkedNameAndYear = writing.matcher.byNameAndYear

        reader.start()
        do {
            // Not run again after a lost server: rows taken from the reader would be skipped.
            try locked(runAgainAfterLostServer: false) {
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
                let bulk = try store.bulkIntakeWriter()
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
                try recordFile(report, batch: (report.imported, report.firstRef, report.lastRef), actor: writing.actor)
                try recordPendingRequest()
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
                    let bulk = try store.bulkIntakeWriter()
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
                    // Each batch says it went in, so a run killed half way is known on the next;
                    // the request id goes in with the first, so a retry of a run stopped part way
                    // (a pipe has no fingerprint) never writes its rows twice.
                    if writing.pendingImported.count > 0 { try recordFile(report, batch: writing.pendingImported, actor: writing.actor) }
                    try recordPendingRequest()
                }
            } catch {
                writing.discardPending()
                throw writing.stopped(at: lastRow, error, report: report)
            }
            writing.commit(&report)
        }
        try store.transaction {
            try recordImport(report, reader: reader, actor: writing.actor)
            try recordPendingRequest()
        }
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
        try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: nil, kind: "imported",
                              reason: nil, details: JSONText.object([
                                "file": .string(report.file), "format": .string(report.format.rawValue), "form": .string(report.form),
                                "rows": .int(reader.rows), "imported": .int(report.imported), "rejected": .int(reader.invalid),
                                "first_ref": .optional(report.firstRef), "last_ref": .optional(report.lastRef),
                              ]))
    }

    private func recordFile(_ report: ImportReport, batch: (count: Int, firstRef: String?, lastRef: String?), actor: StaffMember) throws {
        guard !report.sha256.isEmpty else { return }
        try store.recordImportedFile(ImportedFile(sha256: report.sha256, file: report.file, form: report.form, actor: actor.login,
                                                  at: clock.now, imported: batch.count, firstRef: batch.firstRef, lastRef: batch.lastRef))
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard fstatat(AT_FDCWD, a, &sa, 0) == 0, fstatat(AT_FDCWD, b, &sb, 0) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
