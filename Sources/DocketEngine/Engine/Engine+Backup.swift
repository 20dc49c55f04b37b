import Foundation

extension Engine {
    /// A consistent copy of the database taken while people keep working (WAL readers do not
    /// block writers), written to a new file with mode 0600.
    public func backup(to destination: String, as actor: StaffMember) throws {
        guard actor.role == .admin else {
            throw DocketError.refused("backups are for admins (a backup holds every department's people); \(actor.login) is a \(actor.role.rawValue)")
        }
        if FileManager.default.fileExists(atPath: destination) {
            throw DocketError.refused("\(destination) already exists; choose a new file name (backups never overwrite)")
        }
        let dir = (destination as NSString).deletingLastPathComponent
        if !dir.isEmpty && !FileManager.default.fileExists(atPath: dir) {
            throw DocketError.refused("the folder \(dir) does not exist; create it first")
        }
        let previous = umask(0o077)
        defer { umask(previous) }
        try locked {
            try store.backup(to: destination)
            try store.transaction {
                try store.appendEvent(at: clock.now, actor: actor.login, caseId: nil, constituentId: nil, kind: "backup_made",
                                      reason: nil, details: JSONText.object(["file": .string(destination)]))
            }
        }
        chmod(destination, 0o600)
    }
}
