import DocketEngine
import Foundation

/// What every command needs: where the database is, who is acting, what time it is, where to write.
final class Context {
    let arguments: ParsedArguments
    let environment: [String: String]
    let clock: Clock
    var stdout: (String) -> Void
    var stderr: (String) -> Void

    init(arguments: ParsedArguments, environment: [String: String], clock: Clock,
         stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) {
        self.arguments = arguments
        self.environment = environment
        self.clock = clock
        self.stdout = stdout
        self.stderr = stderr
    }

    var databasePath: String {
        DatabaseLocation.resolve(flag: arguments.value("db"), environment: environment,
                                 installed: InstalledLayout.current?.databasePath)
    }

    /// `--read-db URL`, else DOCKET_READ_DB: where reports and the dashboard read (nil: from --db).
    func readDatabase() throws -> ReadDatabase? {
        guard let url = arguments.value("read-db") ?? environment["DOCKET_READ_DB"], !url.isEmpty else { return nil }
        return try ReadDatabase(url, clock: clock)
    }

    /// A report's reads: from the read database when one is named, else from `engine`; when
    /// the read database cannot be used the report comes from `engine` and stderr says so.
    func reportRead<T>(_ engine: Engine, _ body: (Engine) throws -> T) throws -> T {
        guard let reads = try readDatabase() else { return try body(engine) }
        let (value, notice) = try reads.read(primary: engine, body)
        if let notice { stderr("docket: \(notice)") }
        return value
    }

    /// The operating-system login: the sign-on (SSH, PAM, Kerberos) is Docket's single sign-on.
    var osLogin: String { OSLogin.current(environment: environment) }

    /// The engine a command works through; opened once (a retry wrapper may have opened it).
    var engine: Engine?

    func openEngine() throws -> Engine {
        if let engine { return engine }
        let path = databasePath
        let opened = try ServiceRights.forStore(path) { try Engine.open(path: path, clock: clock) }
        opened.storeRights = { body in try ServiceRights.forStore(path) { try body() } }
        engine = opened
        return opened
    }

    /// The staff member acting: the OS login, or with --as (admins only) the named login.
    /// Using --as is itself recorded.
    func actor(in engine: Engine) throws -> StaffMember {
        let me = try engine.signedIn(login: osLogin)
        guard let other = arguments.value("as"), other != me.login else { return me }
        guard me.role == .admin else {
            throw DocketError.refused("--as is for admins only; \(me.login) is a \(me.role.rawValue)")
        }
        var target = try engine.staffMember(login: other)
        try engine.recordActingAs(admin: me, target: target)
        // Events name who typed the command, and whom it was done as.
        target.impersonatedBy = me.login
        return target
    }

    var json: Bool { arguments.has("json") }
}

/// The person at the keyboard is the real uid: an installed docket runs setuid to the service
/// account, whose login the effective uid would give.
enum OSLogin {
    static func current(environment: [String: String]) -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        // Installed setuid, the environment is the person's to set: it never names who they are.
        if ServiceRights.isSetuid { return "uid-\(getuid())" }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    static func fullName(login: String? = nil) -> String? {
        let entry = login.map { getpwnam($0) } ?? getpwuid(getuid())
        guard let pw = entry, let gecos = pw.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
