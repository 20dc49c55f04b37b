import DocketEngine
import Foundation

/// The command line: parse, dispatch, and turn every failure into a message and an exit code
/// (0 done, 1 refused or failed, 2 usage error).
enum DocketCLI {
    static let version = "0.1.0"

    static func run(_ words: [String], environment: [String: String],
                    stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) -> Int32 {
        do {
            return try dispatch(words, environment: environment, stdout: stdout, stderr: stderr)
        } catch let e as CLIError {
            if case .usage(let m) = e { stderr("docket: \(m)") }
            return 2
        } catch let e as DocketError {
            stderr("docket: \(e.description)")
            return e.exitCode
        } catch let e as AgencyFileError {
            stderr("docket: the agency file was refused; nothing was created:\n" + e.problems.joined(separator: "\n"))
            return 1
        } catch let e as StoreError {
            stderr("docket: \(e.message)")
            return 1
        } catch {
            stderr("docket: \(error)")
            return 1
        }
    }

    private static func dispatch(_ words: [String], environment: [String: String],
                                 stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) throws -> Int32 {
        let clock = try Clock.fromEnvironment(environment)
        // Global options may come before the subcommand: peel them off first.
        var rest = words
        var leading: [String] = []
        while let first = rest.first, first.hasPrefix("--") {
            let name = String(first.dropFirst(2)).split(separator: "=").first.map(String.init) ?? ""
            if name == "help" { stdout(help()); return 0 }
            if name == "version" { stdout("docket \(version)"); return 0 }
            guard ArgumentParser.globalOptions.contains(name) else {
                throw CLIError.usage("unknown option \(first); see `docket --help`")
            }
            leading.append(rest.removeFirst())
            if !first.contains("="), let value = rest.first {
                leading.append(value)
                rest.removeFirst()
            }
        }
        guard let word = rest.first else {
            let spec = CommandSpec(path: [], summary: "", usage: "docket [--db PATH] [--as LOGIN] [--theme NAME]")
            let ctx = Context(arguments: try ArgumentParser.parse(leading, spec: spec), environment: environment,
                              clock: clock, stdout: stdout, stderr: stderr)
            return try ConsoleCommand.run(ctx)
        }
        guard let (command, args) = CommandTable.find(rest) else {
            let group = CommandTable.group(word)
            if !group.isEmpty {
                let names = group.map { "docket " + $0.spec.path.joined(separator: " ") }
                if rest.count == 1 || rest.dropFirst().first == "--help" {
                    stdout("docket \(word): " + group.map { "\n  \($0.spec.usage)\n      \($0.spec.summary)" }.joined())
                    return rest.count == 1 ? 2 : 0
                }
                throw CLIError.usage("unknown command `docket \(rest.prefix(2).joined(separator: " "))`; did you mean one of: \(names.joined(separator: ", "))?")
            }
            throw CLIError.usage("unknown command `\(word)`; see `docket --help`")
        }
        var spec = command.spec
        if RequestRetry.takesRequestId(spec) { spec.options.append("request-id") }
        let parsed = try ArgumentParser.parse(leading + args, spec: spec)
        if parsed.has("help") {
            stdout(help(for: command.spec))
            return 0
        }
        let run = command.run
        let ctx = Context(arguments: parsed, environment: environment, clock: clock, stdout: stdout, stderr: stderr)
        if let id = parsed.value("request-id") { return try RequestRetry.run(id: id, words: words, ctx: ctx, command: run) }
        return try run(ctx)
    }

    static func help(for spec: CommandSpec) -> String {
        var lines = ["usage: \(spec.usage)", "", spec.summary]
        if !spec.details.isEmpty { lines += ["", spec.details] }
        if RequestRetry.takesRequestId(spec) {
            lines += ["", "--request-id ID   do this once: the same ID again does nothing and prints the first answer"]
        }
        lines += ["", "Every command also takes --db PATH (else DOCKET_DB, else $XDG_DATA_HOME/docket/docket.db),",
                  "--read-db URL (else DOCKET_READ_DB; reports and the dashboard read there: a PostgreSQL standby)",
                  "and --as LOGIN (admins only, recorded). Exit codes: 0 done, 1 refused or failed, 2 usage error."]
        return lines.joined(separator: "\n")
    }

    static func help() -> String {
        var lines = [
            "Docket \(version) — a terminal case-worker console for public agencies",
            "",
            "usage: docket [--db PATH] [--as LOGIN] [--theme NAME]   open the console (creates the demo database on first run)",
            "       docket COMMAND [options]                        see `docket COMMAND --help`",
            "",
            "Commands:",
        ]
        let width = CommandTable.all.map { $0.spec.path.joined(separator: " ").count }.max() ?? 10
        for c in CommandTable.all {
            let name = c.spec.path.joined(separator: " ")
            lines.append("  " + name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + c.spec.summary)
        }
        lines += ["", "The acting person is your operating-system login, mapped to a staff record (`docket staff list`).",
                  "Database: --db PATH, else DOCKET_DB, else $XDG_DATA_HOME/docket/docket.db (~/.local/share/docket/docket.db).",
                  "Reports and the dashboard may read from a PostgreSQL standby: --read-db URL, else DOCKET_READ_DB.",
                  "Exit codes: 0 done, 1 refused or failed (stderr says why and what to do), 2 usage error."]
        return lines.joined(separator: "\n")
    }
}
