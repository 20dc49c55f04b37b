import Foundation

/// Anchoring the event chain outside the database: `audit anchor` appends the chain's head
/// (last event id, its hash, the number of events, the time), signed with a key kept beside
/// the database, to a file the database cannot rewrite (and to syslog). `audit verify
/// --anchors FILE` then finds a log cut short or a chain recomputed after an edit, which the
/// chain alone cannot show.
extension Engine {
    /// One signed head of the chain, as one line of an anchors file.
    public struct ChainAnchor: Sendable, Equatable {
        public var eventId: Int64
        public var hash: String
        public var count: Int
        public var at: Int64
        public var signature: String

        var signedText: String { "docket-anchor 1 event=\(eventId) hash=\(hash) count=\(count) at=\(Timestamp.iso(at))" }
        public var line: String { signedText + " sig=\(signature)" }

        /// Reads a line written by `line`; nil when it is not one.
        static func parse(_ line: String) -> ChainAnchor? {
            var fields: [String: String] = [:]
            let words = line.split(separator: " ")
            guard words.count == 7, words[0] == "docket-anchor", words[1] == "1" else { return nil }
            for w in words.dropFirst(2) {
                let kv = w.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { return nil }
                fields[String(kv[0])] = String(kv[1])
            }
            guard let id = fields["event"].flatMap({ Int64($0) }), let hash = fields["hash"], let count = fields["count"].flatMap({ Int($0) }),
                  let at = fields["at"].flatMap(Timestamp.parse), let sig = fields["sig"] else { return nil }
            return ChainAnchor(eventId: id, hash: hash, count: count, at: at, signature: sig)
        }
    }

    /// Where the signing key lives: beside the database, readable only by whoever owns it.
    public var anchorKeyPath: String { fileBase + ".anchor-key" }
    /// The anchors file when none is named.
    public var defaultAnchorsPath: String { fileBase + ".anchors" }

    /// What the key and anchors files are named after: the database file, or for a PostgreSQL
    /// database (which the server keeps, out of the database's reach) a file in the local data
    /// folder named after its connection.
    var fileBase: String {
        guard PostgresStore.isConnectionString(path) else { return path }
        let folder = (DatabaseLocation.resolve(flag: nil, environment: ProcessInfo.processInfo.environment.filter { $0.key != "DOCKET_DB" })
            as NSString).deletingLastPathComponent
        let name = String(path.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "_" })
        return folder + "/postgres-" + name
    }

    /// Signs the chain's head now and appends it to `file`; returns the anchor.
    public func anchor(to file: String?, as actor: StaffMember) throws -> ChainAnchor {
        try requireWholeLog(actor, "anchoring the audit chain")
        // The key (and the default anchors file) live beside the store: an installed docket
        // reaches them with the store's rights only.
        if PostgresStore.isConnectionString(path) {
            try? FileManager.default.createDirectory(atPath: (fileBase as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let key = try withStoreRights { try AnchorKey.loadOrCreate(at: anchorKeyPath) }
        let head = try locked { try store.chainHead() }
        guard let head else { throw DocketError.refused("the audit log is empty; there is nothing to anchor yet") }
        var anchor = ChainAnchor(eventId: head.last.id, hash: head.last.hash, count: head.count, at: clock.now, signature: "")
        anchor.signature = HMACSHA256.hex(key: key, anchor.signedText)
        if let file {
            try AnchorFile.append(anchor.line, to: file)
        } else {
            try withStoreRights { try AnchorFile.append(anchor.line, to: defaultAnchorsPath) }
        }
        return anchor
    }

    /// What the anchors in `file` say is wrong with the log now: each anchor must be signed with
    /// this database's key, its event must still be there with the anchored hash, and the log
    /// must hold at least as many events. Empty when every anchor holds.
    public func verifyAnchors(file: String, as actor: StaffMember) throws -> (anchors: Int, problems: [String]) {
        try requireWholeLog(actor, "verifying the audit chain")
        let key: [UInt8] = try withStoreRights {
            guard FileManager.default.fileExists(atPath: anchorKeyPath) else {
                throw DocketError.refused("no anchor key at \(anchorKeyPath): these anchors cannot be checked (restore the key from where it was kept)")
            }
            return try AnchorKey.loadOrCreate(at: anchorKeyPath)
        }
        let read = { FileManager.default.contents(atPath: file).flatMap { String(data: $0, encoding: .utf8) } }
        guard let text = try read() ?? (file == defaultAnchorsPath ? withStoreRights(read) : nil) else {
            throw DocketError.refused("cannot read the anchors file \(file)")
        }
        var problems: [String] = []
        var anchors = 0
        let head = try locked { try store.chainHead() }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let at = "\(file):\(n + 1)"
            guard let a = ChainAnchor.parse(String(line)) else { problems.append("\(at): not an anchor line"); continue }
            anchors += 1
            guard HMACSHA256.hex(key: key, a.signedText) == a.signature else {
                problems.append("\(at): the signature does not match this database's key: the anchor was forged or altered")
                continue
            }
            guard let head, head.last.id >= a.eventId, let e = try locked({ try store.event(id: a.eventId) }) else {
                problems.append("\(at): the log was cut short: anchored at event \(a.eventId) (\(a.count) events, \(Timestamp.iso(a.at))), but it now ends at \(head.map { "event \($0.last.id)" } ?? "nothing")")
                continue
            }
            if e.hash != a.hash {
                problems.append("\(at): event \(a.eventId) no longer has the anchored hash: events up to it were altered and the chain recomputed")
            } else if head.count < a.count {
                problems.append("\(at): the log holds \(head.count) events, fewer than the \(a.count) anchored: events were removed")
            }
        }
        return (anchors, problems)
    }
}

/// The anchors' signing key: 32 random bytes as hex in a file of its own, mode 0600, created
/// once. It is never stored in the database, so whoever can rewrite the database cannot
/// re-sign anchors for a rewritten chain.
enum AnchorKey {
    static func loadOrCreate(at path: String) throws -> [UInt8] {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG || info.st_mode & 0o077 != 0 {
            throw DocketError.refused("the anchor key \(path) is not a private file (a link, or readable by others); whoever can read it can forge anchors: make a new key and `chmod 600` it")
        }
        if let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) {
            let hex = text.trimmingCharacters(in: .whitespacesAndNewlines)
            var bytes: [UInt8] = []
            var i = hex.startIndex
            while i < hex.endIndex, let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex), let b = UInt8(hex[i..<j], radix: 16) {
                bytes.append(b)
                i = j
            }
            guard bytes.count == 32 else { throw DocketError.refused("\(path) is not an anchor key (64 hex digits)") }
            return bytes
        }
        let key = HMACSHA256.randomKey()
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DocketError.refused("cannot create the anchor key \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let text = Array((key.map { String(format: "%02x", $0) }.joined() + "\n").utf8)
        guard write(fd, text, text.count) == text.count, fsync(fd) == 0 else {
            throw DocketError.refused("writing the anchor key \(path) failed: \(String(cString: strerror(errno)))")
        }
        return key
    }
}

/// Appending to an anchors file: created 0600, never through a symbolic link, synced.
enum AnchorFile {
    static func append(_ line: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DocketError.refused("cannot write the anchors file \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array((line + "\n").utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            throw DocketError.refused("writing the anchors file \(path) failed: \(String(cString: strerror(errno)))")
        }
    }
}
