/// What the engine asks of a store: the reads its rules and queries need, and the saving of
/// what rules decided, each inside one transaction. `SQLiteStore` (one host, one file) is the
/// first; a store is a replaceable part, and the engine knows no other.
///
/// Every call runs inside the engine's lock for its process; `transaction` holds the store's
/// write lock, so two processes never interleave a command.
protocol CaseStore: AnyObject {
    /// Where the store is: a file path, or a connection string.
    var path: String { get }

    // MARK: transactions

    /// Runs `body` holding the write lock; all of it is saved, or none of it.
    @discardableResult
    func transaction<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` against one snapshot without taking the write lock (an export's pages).
    func readTransaction<T>(_ body: () throws -> T) throws -> T
    /// Called when an engine call ends: nothing the store prepared for it stays open.
    func endOfCall()
    /// Another connection to the same store, for a thread of its own (an import's reader).
    func secondConnection() throws -> any CaseStore
    /// The person whose own database role this connection is (PostgreSQL with peer
    /// authentication), whose rights the database bounds; nil when nothing beneath binds it.
    func sessionRole() throws -> String?
    /// What the database takes on disk, tables and indexes (the bench's bytes per case).
    func storedBytes() throws -> Int64
    /// The connection to the store's server was lost (it died or was failed over); a file never is.
    var connectionLost: Bool { get }
    /// Connects again (a multi-host connection string finds the new primary); says where to.
    func reconnect() throws -> String
    /// Statements the server has answered so far (see PGConnection.answered).
    var answeredStatements: Int { get }

    // MARK: the agency and staff

    func agencySource() throws -> String?
    func saveAgency(name: String, source: String, at: Int64, departments: [Department]) throws
    func replaceAgencySource(_ source: String) throws
    func addDepartment(_ d: Department) throws
    func typeStatesInUse() throws -> [(String, String)]
    func insertStaff(_ s: StaffMember, at: Int64) throws
    func updateStaff(_ s: StaffMember) throws
    func staff(login: String) throws -> StaffMember?
    func allStaff() throws -> [StaffMember]

    // MARK: commands

    /// What a workflow rule needs to decide a command on this case.
    func caseForChange(_ summary: CaseSummary) throws -> CaseRead
    /// Saves one command's change; a conflict when the case's version moved on.
    func save(_ change: CaseChange) throws
    /// Saves a new case as intake decided it; returns it with its ids.
    func open(_ opening: CaseOpening) throws -> CaseSummary
    func nextRef(prefix: String, year: Int) throws -> String
    /// Rewrites a case an agency update moved (a new SLA target), keeping its counters.
    func updateCase(_ c: CaseSummary, previous: CaseSummary, expectedVersion: Int64, at: Int64, actor: String) throws
    @discardableResult
    func appendEvent(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                     reason: String?, details: String, actingAs: String?) throws -> EventRecord
    func nextClaimable(department: String) throws -> (id: Int64, priority: Int, due: Int, opened: Int64)?
    /// How many claimable main tasks of the case's department `nextClaimable` hands out before it.
    func queuePosition(of c: CaseSummary) throws -> Int
    /// Links an appeal and the case it appeals, both ways, in the caller's transaction.
    func linkAppeal(_ appeal: Int64, to original: Int64, at: Int64, actor: String) throws
    func caseLinks(caseId: Int64) throws -> [CaseLink]
    func expiredHolds(now: Int64) throws -> [Int64]
    func openCaseIds(slaPolicy: String) throws -> [Int64]
    func openTasks(assignee: String) throws -> [TaskRecord]
    func activeTaskCounts(department: String) throws -> [String: Int]
    func openTaskLoads() throws -> [String: Int]

    // MARK: safe retries

    func recordRequest(_ r: RequestRecord) throws
    func request(id: String) throws -> RequestRecord?
    func saveAnswer(requestId: String, answer: String) throws
    func recordImportedFile(_ f: ImportedFile) throws
    func importedFiles(sha256: String) throws -> [ImportedFile]

    // MARK: integrity (`docket check`)

    func integrityProblems() throws -> [String]
    func missingTriggers() throws -> [String]
    func mainTaskProblems() throws -> [(ref: String, detail: String)]
    func referralClockProblems() throws -> [String]
    func linkProblems() throws -> [(ref: String, detail: String)]
    func counterDifferences() throws -> [String]
    func openCaseClocks() throws -> [CaseClock]
    func caseStates() throws -> [Int64: (ref: String, type: String, state: String)]
    func allDecisions() throws -> [(caseId: Int64, outcome: String, reasonCode: String)]

    // MARK: reads

    func caseSummary(ref: String) throws -> CaseSummary?
    func caseSummary(id: Int64) throws -> CaseSummary?
    func cases(constituentId: Int64) throws -> [CaseSummary]
    func openCaseCount(constituentId: Int64) throws -> Int
    func listCases(_ query: CaseQuery, today: Day) throws -> [CaseSummary]
    func countCases(_ query: CaseQuery, today: Day, cap: Int) throws -> Int
    func tasks(caseId: Int64) throws -> [TaskRecord]
    func formJSON(caseId: Int64) throws -> String
    func ledger(caseId: Int64) throws -> [LedgerEntry]

    // MARK: money (inside a command's transaction, or read for reports and checks)

    func nextLedgerId() throws -> Int64
    func allocateReceipt(year: Int) throws -> String
    func ledgerEntries(from: Int64, to: Int64, departments: [String]?) throws -> [LedgerEntry]
    func ledgerEntries(ids: [Int64]) throws -> [LedgerEntry]
    func forEachCaseLedger(_ body: (_ ref: String, _ entries: [LedgerEntry]) throws -> Void) throws
    func lateFeeCandidates(type: String, lateFee: String, chargedBy: Int64) throws -> [Int64]
    func decisions(caseId: Int64) throws -> [DecisionRecord]
    func events(caseId: Int64) throws -> [EventRecord]
    func events(constituentId: Int64) throws -> [EventRecord]
    func event(id: Int64) throws -> EventRecord?
    /// The last event and how many there are; nil for an empty log.
    func chainHead() throws -> (last: EventRecord, count: Int)?
    /// Every event in chain order, until `body` returns false: opened for people to read, or
    /// as stored (sealed text sealed), which is all the chain's hash needs.
    func forEachEvent(opened: Bool, _ body: (EventRecord) throws -> Bool) throws
    func count(_ table: StoreTable) throws -> Int
    func openCaseCount() throws -> Int
    func counterSnapshot(today: Day, dueSoonThrough: Day, flowsSince: Day, completedSince: Day) throws -> CounterSnapshot

    // MARK: people

    func constituent(id: Int64) throws -> Constituent?
    func constituent(nationalId: String) throws -> Constituent?
    func constituentId(nationalId: String) throws -> Int64?
    func constituents(nationalId: String) throws -> [Constituent]
    func constituents(bornOn birthDate: String, foldedFamily: String, limit: Int) throws -> [Constituent]
    func constituents(matching ftsQuery: String, bornIn year: Int, limit: Int) throws -> [Constituent]
    func searchConstituents(match: String, limit: Int) throws -> [Constituent]

    // MARK: erasure

    /// Erases the person inside the caller's transaction: their key destroyed, identity, form
    /// values and plain free text blanked, drafts of their cases deleted; the skeleton stays.
    func erase(constituentId: Int64, at: Int64) throws -> ErasureCounts
    /// After an erasure commits: no earlier copy of the erased rows left in the store's files.
    /// False when others' reading kept that from being finished now.
    func scrubAfterErasure() throws -> Bool
    /// People due for erasure: every case closed on or before its type's cutoff, none held.
    func retentionDue(cutoffs: [String: Int64]) throws -> [RetentionDue]

    // MARK: drafts

    func saveDraft(login: String, form: String, caseId: Int64?, caseVersion: Int64?, data: String, focus: String?, at: Int64) throws
    func draft(login: String, form: String, caseId: Int64?) throws -> StoredDraft?
    func drafts(login: String) throws -> [StoredDraft]
    func drafts(caseIds: [Int64]) throws -> [(login: String, draft: StoredDraft)]
    func deleteDraft(login: String, form: String, caseId: Int64?) throws -> Bool

    // MARK: exports and backups

    func exportCases(after id: Int64, query: CaseQuery, today: Day, limit: Int) throws -> [ExportedCase]
    func exportConstituents(after id: Int64, cases query: CaseQuery?, today: Day, limit: Int) throws -> [ExportedConstituent]
    func exportCount(_ subject: ExportSubject, query: CaseQuery, filtered: Bool, today: Day) throws -> Int
    func backup(to destination: String) throws

    // MARK: bulk paths (demo and import)

    /// Loads a large amount of rows through `body` (secondary indexes and counters deferred,
    /// rebuilt once at the end from the counters `body` returns).
    func bulkLoad(_ body: () throws -> CounterDelta) throws -> DemoLoadTimes
    /// Where the event chain ends now; read under the write lock.
    func eventChainTip() throws -> EventChain
    /// One batch of demo rows, inside the caller's transaction.
    func insert(_ batch: DemoTapes) throws
    func setRefSequence(prefix: String, year: Int, last: Int) throws
    func setReceiptSequence(_ last: [Int: Int64]) throws
    /// Runs a large import with the store tuned for it.
    func withLargeCache<T>(_ body: () throws -> T) throws -> T
    func checkpointAfterBulk()
    /// A writer of imported cases inside the caller's transaction.
    func bulkIntakeWriter() throws -> BulkIntakeWriter
}

extension CaseStore {
    var connectionLost: Bool { false }
    func reconnect() throws -> String { path }
    var answeredStatements: Int { 0 }

    @discardableResult
    func appendEvent(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                     reason: String?) throws -> EventRecord {
        try appendEvent(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind, reason: reason, details: "{}",
                        actingAs: nil)
    }

    /// An event done by `staff`: the admin who typed it as actor when acting as them.
    @discardableResult
    func appendEvent(at: Int64, by staff: StaffMember, caseId: Int64?, constituentId: Int64?, kind: String,
                     reason: String?, details: String = "{}") throws -> EventRecord {
        try appendEvent(at: at, actor: staff.eventActor, caseId: caseId, constituentId: constituentId, kind: kind, reason: reason,
                        details: details, actingAs: staff.eventActingAs)
    }

    func constituents(bornOn birthDate: String, foldedFamily: String) throws -> [Constituent] {
        try constituents(bornOn: birthDate, foldedFamily: foldedFamily, limit: 50)
    }
}

/// Writes imported cases in bulk inside one transaction of the store that made it.
protocol BulkIntakeWriter: AnyObject {
    /// `searchTerms` is NameFolding.searchText of the names, worked out by the caller.
    func addPerson(_ c: Constituent, searchTerms: String, at: Int64) throws -> Int64
    func ref(prefix: String, year: Int) throws -> String
    func addCase(_ c: inout CaseSummary, form: String, taskReason: String, at: Int64, actor: String) throws
    /// A fee charged as an imported case opens; returns the entry's id.
    func addCharge(_ e: LedgerEntry, caseId: Int64) throws -> Int64
    func event(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String, reason: String?, details: String,
               actingAs: String?) throws
    func flush() throws
}
