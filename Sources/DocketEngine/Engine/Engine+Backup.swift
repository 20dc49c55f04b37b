import Foundation

extension Engine {
    /// A consistent copy of the database taken while people keep working (WAL readers do not
    /// block writers), written to a new file with mode 0600. On an installed host the copy is
    /// the service account's, like the database (DESIGN.md §6): no person can read it directly.
    public func backup(to destination: String, as actor: StaffMember) throws {
        guard actor.role == .admin else {
            throw DocketError.refused("backups are for admins (a backup holds every department's people); \(actor.login) is a \(actor.role.rawValue)")
        }
        let dir = (destination as NSString).deletingLastPathComponent
        if !dir.isEmpty && !FileManager.default.fileExists(atPath: dir) {
            throw DocketError.refused("the folder \(dir) does not exist; create it first")
        }
        // Made empty and private first (VACUUM INTO fills an empty file): an existing file or a
        // link at that name is refused, never overwritten or followed.
        let previous = umask(0o077)
        defer { umask(previous) }
        do {
            try withStoreRights { _ = close(try PrivateFile.createNew(destination, what: "the backup")) }
        } catch let DocketError.refused(why) where storeRights != nil && why.contains("ermission") {
            throw DocketError.refused("\(why); a backup belongs to the service account, which cannot write there: back up into the data folder (`docket backup \((path as NSString).deletingLastPathComponent)/backup-\(clock.today.iso).db`) or give the account a folder of its own")
        }
        do {
            try locked {
                try withStoreRights { try store.backup(to: destination) }
                try store.transaction {
                    try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: nil, kind: "backup_made",
                                          reason: nil, details: JSONText.object(["file": .string(destination)]))
                }
            }
        } catch {
            unlink(destination)
            throw error
        }
    }
}
