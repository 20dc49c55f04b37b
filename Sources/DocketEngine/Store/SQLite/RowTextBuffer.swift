import CSQLite

/// Text values of one row, copied side by side into a buffer that outlives the INSERT, so SQLite
/// can take them as they are (SQLITE_STATIC) instead of allocating and copying each one: an
/// import binds millions of text values (a demo binds from its row tapes instead). The buffer
/// is refilled from the start for every row: a statement bound through it must be stepped to
/// completion before the next row binds.
final class RowTextBuffer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var used = 0

    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// The row was written; its values are no longer read.
    func rowDone() { used = 0 }

    func bind(_ value: String, to stmt: OpaquePointer, at index: Int32) -> Int32 {
        var value = value
        return value.withUTF8 { bytes in
            let count = bytes.count
            // Longer than the room left (a row of over a megabyte): SQLite keeps its own copy.
            guard count <= capacity - used else {
                return sqlite3_bind_text(stmt, index, UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(base))
                    .assumingMemoryBound(to: CChar.self), Int32(count), docket_sqlite_transient())
            }
            let start = base + used
            if let from = bytes.baseAddress { start.update(from: from, count: count) }
            used += count
            // A null destructor is SQLITE_STATIC: the bytes stay put until the row is written.
            return sqlite3_bind_text(stmt, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(count), nil)
        }
    }
}
