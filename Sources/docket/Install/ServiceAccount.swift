import DocketEngine
import Foundation

/// The account the data folder belongs to and the installed docket is setuid to: a system user
/// and group of the same name, with no login shell and no password, that no person logs in as.
/// An existing account is used only if it is such an account: giving every login the rights of
/// one a person uses would hand them that person's files.
struct ServiceAccount {
    let name: String
    let uid: uid_t
    let gid: gid_t

    static let noLoginShells: Set<String> = ["/usr/sbin/nologin", "/sbin/nologin", "/bin/false", "/usr/bin/false"]

    /// The account NAME, created (user and group) if missing.
    static func ensure(_ name: String, home: String, say: (String) -> Void) throws -> ServiceAccount {
        guard name.range(of: "^[a-z_][a-z0-9_-]{0,30}$", options: .regularExpression) != nil else {
            throw DocketError.usage("--group wants an account name (lowercase letters, digits, - and _), not '\(name)'")
        }
        if getgrnam(name) == nil && getpwnam(name) == nil {
            try run("/usr/sbin/groupadd", ["--system", name])
            say("created the group \(name)")
        }
        if getpwnam(name) == nil {
            try run("/usr/sbin/useradd", ["--system", "--gid", name, "--no-create-home", "--home-dir", home,
                                          "--shell", "/usr/sbin/nologin", "--comment", "Docket service account", name])
            say("created the service account \(name) (no login shell, no password)")
        }
        guard let pw = getpwnam(name) else { throw DocketError.refused("the account \(name) could not be found after creating it") }
        let shell = String(cString: pw.pointee.pw_shell)
        guard pw.pointee.pw_uid != 0 else {
            throw DocketError.refused("\(name) is root's account; the service account must be one of its own (e.g. --group docket)")
        }
        guard noLoginShells.contains(shell) else {
            throw DocketError.refused("the account \(name) can log in (its shell is \(shell)); the service account must be one nobody logs in as: choose another --group, or run `usermod --shell /usr/sbin/nologin \(name)` if it is not a person's")
        }
        return ServiceAccount(name: name, uid: pw.pointee.pw_uid, gid: pw.pointee.pw_gid)
    }

    /// Runs an administration tool, refusing with its own words when it fails.
    static func run(_ tool: String, _ arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw DocketError.refused("\(tool) is missing; install the `passwd` package (apt-get install passwd) and run `docket install` again")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw DocketError.refused("\(tool) \(arguments.joined(separator: " ")) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
