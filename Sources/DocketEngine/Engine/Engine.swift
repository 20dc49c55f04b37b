import Foundation

/// The one door to a Docket database: every query and command goes through here, names the
/// acting staff member, and runs in one transaction.
public final class Engine: @unchecked Sendable {
    public let agency: Agency
    public let clock: Clock
    public let path: String
    let store: any CaseStore
    /// One engine call at a time per process; other processes are kept out by SQLite's locks.
    let lock = NSLock()
    /// The `--request-id` the next command is done under, until its change records it.
    var pendingRequest: RequestRecord?
    /// How many times the store has connected again after losing its server (a failover).
    var reconnections = 0
    /// Where it connected the last time, until someone tells the person (`takeMoveNotice`).
    var untoldMove: String?
    /// Guards `reconnections` and `untoldMove` (read by the console's ticks, which must never
    /// wait for a long engine call).
    let moveLock = NSLock()
    /// Runs its argument with the rights the store's files need (an installed docket takes the
    /// service account's only while opening them); nil: the process's own rights.
    public var storeRights: ((() throws -> Void) throws -> Void)?

    /// Opens more of the store (another connection) with the rights its files need.
    func withStoreRights<T>(_ body: () throws -> T) throws -> T {
        guard let storeRights else { return try body() }
        var result: Result<T, Error>?
        try storeRights { result = Result { try body() } }
        return try result!.get()
    }

    init(store: any CaseStore, agency: Agency, clock: Clock) {
        self.store = store
        self.agency = agency
        self.clock = clock
        self.path = store.path
    }

    @discardableResult
    func locked<T>(runAgainAfterLostServer: Bool = true, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer {
            store.endOfCall()
            lock.unlock()
        }
        reconnectIfLost()
        let answeredBefore = store.answeredStatements
        do {
            return try body()
        } catch {
            // The server was gone before it answered anything of this call: nothing of it was
            // done, so it runs again on the new connection (a failover the caller never sees
            // fail; the console still tells the person the connection moved).
            guard runAgainAfterLostServer, store.connectionLost, store.answeredStatements == answeredBefore,
                  let place = try? store.reconnect() else { throw error }
            noteReconnection(to: place)
            return try body()
        }
    }

    /// Opens the store `path` names: a PostgreSQL connection string (`postgresql://…`,
    /// `postgres://…` or libpq's `key=value …`), else an SQLite file.
    static func openStore(_ path: String) throws -> any CaseStore {
        PostgresStore.isConnectionString(path) ? try PostgresStore.open(conninfo: path) : try SQLiteStore.open(path: path)
    }

    /// Opens an existing database (migrating its schema forward if needed).
    public static func open(path: String, clock: Clock = .system) throws -> Engine {
        let store = try openStore(path)
        let path = store.path
        guard let source = try store.agencySource() else {
            throw DocketError.refused("\(path) has no agency configuration (an interrupted `docket init`?); remove it and run `docket init` again")
        }
        let agency: Agency
        do {
            agency = try AgencyParser.parse(data: Data(source.utf8), file: "\(path) (stored agency)")
        } catch let e as AgencyFileError {
            // It was valid when stored: unreadable now means the file was damaged.
            throw DocketError.refused("\(path) is damaged: the agency configuration stored in it cannot be read (\(e.problems.first ?? "")); restore it from a backup (`docket backup` makes one)")
        }
        return Engine(store: store, agency: agency, clock: clock)
    }

    /// Creates a new database for an agency. The creator's login becomes an admin over every
    /// department so they can add the rest of the staff. Nothing is left behind on failure.
    public static func create(path: String, agencySource: Data, agencyFile: String, creator: String,
                              creatorName: String? = nil, clock: Clock = .system) throws -> Engine {
        let agency = try AgencyParser.parse(data: agencySource, file: agencyFile)
        guard let text = String(data: agencySource, encoding: .utf8) else {
            throw DocketError.refused("\(agencyFile): (top): not UTF-8 text")
        }
        if PostgresStore.isConnectionString(path) {
            // Refused, with nothing made, when the database already holds a Docket.
            let store = try PostgresStore.open(conninfo: path, create: true)
            do {
                let engine = Engine(store: store, agency: agency, clock: clock)
                try engine.seed(agencyText: text, creator: creator, creatorName: creatorName)
                return engine
            } catch {
                removeDatabaseFiles(path)
                throw error
            }
        }
        if FileManager.default.fileExists(atPath: path) {
            throw DocketError.refused("\(path) already exists; choose another --db path or move the file away first")
        }
        do {
            let store = try SQLiteStore.open(path: path, create: true)
            let engine = Engine(store: store, agency: agency, clock: clock)
            try engine.seed(agencyText: text, creator: creator, creatorName: creatorName)
            return engine
        } catch {
            removeDatabaseFiles(path)
            throw error
        }
    }

    /// Removes a database that was being made: its files, or on PostgreSQL its tables.
    static func removeDatabaseFiles(_ path: String) {
        if PostgresStore.isConnectionString(path) {
            try? PostgresStore.dropDocketTables(conninfo: path)
            return
        }
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private func seed(agencyText: String, creator: String, creatorName: String?) throws {
        let now = clock.now
        try store.transaction {
            try store.saveAgency(name: agency.name, source: agencyText, at: now, departments: agency.departments)
            var logins: Set<String> = []
            for s in agency.staff {
                try store.insertStaff(StaffMember(login: s.login, name: s.name, role: s.role, departments: s.departments), at: now)
                logins.insert(s.login)
            }
            if !logins.contains(creator) {
                try store.insertStaff(StaffMember(login: creator, name: creatorName ?? creator, role: .admin,
                                                  departments: agency.departments.map(\.code)), at: now)
            }
            try store.appendEvent(at: now, actor: creator, caseId: nil, constituentId: nil, kind: "database_created",
                                  reason: nil, details: JSONText.object(["agency": .string(agency.name)]), actingAs: nil)
        }
    }

    // MARK: staff

    /// The staff record for a login; an unknown or inactive login is refused with what to do.
    public func staffMember(login: String) throws -> StaffMember {
        try locked {
            guard let s = try store.staff(login: login) else {
                throw DocketError.refused("'\(login)' is not a Docket staff member in \(path); an admin can add you with `docket staff add \(login) --role ROLE --dept DEPT`")
            }
            guard s.active else {
                throw DocketError.refused("'\(login)' is no longer active in Docket; ask an admin")
            }
            return s
        }
    }

    public func allStaff(as actor: StaffMember) throws -> [StaffMember] {
        try locked { try store.allStaff() }
    }

    public func addStaff(_ member: StaffMember, as actor: StaffMember) throws {
        guard actor.role == .admin else {
            throw DocketError.refused("only an admin can add staff; \(actor.login) is a \(actor.role.rawValue)")
        }
        try requireOwnersConnection("adding staff")
        guard StaffSeed.isValidLogin(member.login) else {
            throw DocketError.usage("'\(member.login)' is not a login name (letters, digits, . _ -)")
        }
        for d in member.departments { try agency.requireDepartment(d) }
        try locked {
            if try store.staff(login: member.login) != nil {
                throw DocketError.refused("'\(member.login)' is already a staff member")
            }
            let now = clock.now
            try store.transaction {
                try store.insertStaff(member, at: now)
                try recordPendingRequest()
                try store.appendEvent(at: now, by: actor, caseId: nil, constituentId: nil, kind: "staff_added",
                                      reason: nil, details: JSONText.object([
                                        "login": .string(member.login), "role": .string(member.role.rawValue),
                                        "departments": .array(member.departments.map(JSONText.Value.string)),
                                      ]))
            }
        }
    }

    // MARK: overview

    public struct Overview: Sendable {
        public var agencyName: String
        public var cases: Int
        public var openCases: Int
        public var constituents: Int
        public var events: Int
        public var staff: Int
    }

    public func overview() throws -> Overview {
        try locked {
            Overview(agencyName: agency.name, cases: try store.count(.cases), openCases: try store.openCaseCount(),
                     constituents: try store.count(.constituent), events: try store.count(.event), staff: try store.count(.staff))
        }
    }
}

extension Engine {
    /// The person whose own PostgreSQL role this engine is connected as (nil on SQLite, or for
    /// the database's owner): the actor must be that person.
    public func sessionRole() throws -> String? { try store.sessionRole() }

    /// The person the sign-on names. Through a person's own PostgreSQL role the database binds
    /// that person's rights: acting as anyone else would be refused at the first write, so it
    /// is refused here, before anything is read.
    public func signedIn(login: String) throws -> StaffMember {
        if let role = try sessionRole(), role != login {
            throw DocketError.refused("you are \(login), but this connection is PostgreSQL role \(role); connect as your own role (peer authentication on the local socket maps your login, or user=\(login) in --db)")
        }
        return try staffMember(login: login)
    }

    /// What the database takes on disk (tables and indexes).
    public func storedBytes() throws -> Int64 { try locked { try store.storedBytes() } }

    /// What changes who may do what, or destroys data for good, is done through the owner's
    /// connection on PostgreSQL: a person's role may not touch the staff list, the agency or
    /// the people's keys (schema v4).
    func requireOwnersConnection(_ what: String) throws {
        if let role = try store.sessionRole() {
            throw DocketError.refused("\(what) on PostgreSQL goes through the database owner's connection, and this one is \(role)'s own role, which row-level security binds; run it with --db naming the owner (… user=OWNER …)")
        }
    }

    /// An admin acting as someone else (`--as`): recorded before anything is done.
    public func recordActingAs(admin: StaffMember, target: StaffMember) throws {
        try locked {
            try store.transaction {
                try store.appendEvent(at: clock.now, actor: admin.login, caseId: nil, constituentId: nil, kind: "acting_as",
                                      reason: nil, details: JSONText.object(["as": .string(target.login)]), actingAs: nil)
            }
        }
    }
}
