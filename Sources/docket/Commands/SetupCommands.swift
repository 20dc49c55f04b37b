import DocketEngine
import Foundation

/// `docket init` and `docket demo`: making databases.
enum SetupCommands {
    static func initialize(_ ctx: Context) throws -> Int32 {
        if ctx.arguments.has("print-demo-agency") {
            ctx.stdout(String(decoding: try DemoAgency.source, as: UTF8.self))
            return 0
        }
        let data: Data
        let file: String
        if let path = ctx.arguments.value("agency") {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw DocketError.refused("cannot read the agency file \(path); check the path (`docket init --print-demo-agency > agency.json` gives a starting point)")
            }
            data = d
            file = path
        } else {
            data = try DemoAgency.source
            file = "demo-agency.json"
        }
        if ctx.arguments.has("update") {
            guard ctx.arguments.value("agency") != nil else { throw CLIError.usage("--update needs --agency FILE: the new agency file") }
            let engine = try ctx.openEngine()
            let result = try engine.replaceAgency(source: data, file: file, as: try ctx.actor(in: engine))
            ctx.stdout("updated the agency of \(engine.path) from \(file); \(result.dueDatesRecomputed) open cases have a new SLA due date")
            return 0
        }
        let path = ctx.databasePath
        let admin = ctx.arguments.value("admin") ?? ctx.osLogin
        let engine = try ServiceRights.forStore(path) {
            try Engine.create(path: path, agencySource: data, agencyFile: file, creator: admin,
                              creatorName: OSLogin.fullName(login: ctx.arguments.value("admin")), clock: ctx.clock)
        }
        ctx.stdout("created \(path) for \(engine.agency.name): \(engine.agency.departments.count) departments, \(engine.agency.caseTypes.count) case types; \(admin) is an admin")
        return 0
    }

    static func demo(_ ctx: Context) throws -> Int32 {
        let cases = try ctx.arguments.int("cases", default: 5000)
        let seedText = ctx.arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw CLIError.usage("--seed wants a whole number, got '\(seedText)'") }
        let path = ctx.databasePath
        let bar = ProgressBar(label: "demo")
        let started = Date()
        var times = DemoLoadTimes()
        let engine = try ServiceRights.forStore(path) {
            if ctx.arguments.has("force") && (ServiceRights.isShared(path) || PostgresStore.names(path)) { try refuseReplacingUnlessAdmin(ctx, path) }
            return try Engine.createDemo(path: path, cases: cases, seed: seed, force: ctx.arguments.has("force"),
                                         creator: ctx.osLogin, clock: ctx.clock,
                                         progress: { bar.update($0, $1, then: "building the indexes…") }, timed: { times = $0 })
        }
        let seconds = Date().timeIntervalSince(started)
        let o = try engine.overview()
        let phases = String(format: "rows %.1f s, indexes %.1f s", times.writingMs / 1000, times.indexingMs / 1000)
        ctx.stdout("created \(path): \(engine.agency.name), \(o.cases) cases (\(o.openCases) open), \(o.constituents) constituents, \(o.events) events in \(String(format: "%.1f", seconds)) s (\(phases)); \(ctx.osLogin) is a supervisor and admin in every department")
        return 0
    }

    /// The shared database of an installed host, or a PostgreSQL one, holds the whole office's work: `demo --force`
    /// replaces it only for one of its admins.
    private static func refuseReplacingUnlessAdmin(_ ctx: Context, _ path: String) throws {
        // A PostgreSQL database is an agency's: replaced only by one of its admins, like a shared file.
        if PostgresStore.names(path) {
            guard try PostgresStore.holdsDocket(conninfo: path) else { return }
        } else {
            guard FileManager.default.fileExists(atPath: path) else { return }
        }
        let existing = try Engine.open(path: path, clock: ctx.clock)
        let me = try ctx.actor(in: existing)
        guard me.role == .admin else {
            throw DocketError.refused("\(path) is this host's shared database; only its admins replace it (\(me.login) is a \(me.role.rawValue))")
        }
    }

    /// Plain `docket` with no database yet: make the demo, say so, and go on. Not on an
    /// installed host's shared database: whoever made it would be its first admin.
    static func ensureDatabase(_ ctx: Context) throws {
        let path = ctx.databasePath
        // A PostgreSQL server is never filled with a demo unasked: opening it says what is missing.
        if PostgresStore.names(path) { return }
        try ServiceRights.forStore(path) {
            guard !FileManager.default.fileExists(atPath: path) else { return }
            if ServiceRights.isShared(path) {
                throw DocketError.refused("this host's shared database \(path) is not made yet; the office's first admin makes it with `docket init --agency FILE` (or `docket demo` to try Docket)")
            }
            ctx.stderr("docket: no database at \(path); creating the demo agency database (County of Example, 5,000 cases)…")
            let bar = ProgressBar(label: "demo")
            _ = try Engine.createDemo(path: path, cases: 5000, seed: 1, force: false, creator: ctx.osLogin,
                                      clock: ctx.clock, progress: { bar.update($0, $1, then: "building the indexes…") })
        }
    }
}
