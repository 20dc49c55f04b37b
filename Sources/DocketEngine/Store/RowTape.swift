import CSQLite

/// Rows of one table laid end to end in a single byte buffer, each value tagged as null, integer
/// or text. A bulk load fills tapes on the thread that makes the rows and writes them on the
/// thread that owns the database: the writing thread then only binds and steps, with no Swift
/// object per value to retain, release or free (which was a third of its time), and text is bound
/// where it lies in the tape instead of being copied again.
final class RowTape {
    private enum Tag {
        static let null: UInt8 = 0, int: UInt8 = 1, text: UInt8 = 2
    }

    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private var used = 0
    private(set) var rows = 0

    init(reservingCapacity capacity: Int = 4096) {
        self.capacity = max(64, capacity)
        base = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    /// Call after the last value of each row.
    func endRow() { rows += 1 }

    func put(_ value: Int64) {
        reserve(9)
        base.storeBytes(of: Tag.int, toByteOffset: used, as: UInt8.self)
        base.storeBytes(of: value.littleEndian, toByteOffset: used + 1, as: Int64.self)
        used += 9
    }

    func put(_ value: Int) { put(Int64(value)) }

    func put(_ value: Int64?) {
        if let value { put(value) } else { putNull() }
    }

    func put(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ put(text: $0) }) == nil {
            var copy = value
            copy.withUTF8 { put(text: $0) }
        }
    }

    func put(_ value: String?) {
        if let value { put(value) } else { putNull() }
    }

    private func putNull() {
        reserve(1)
        base.storeBytes(of: Tag.null, toByteOffset: used, as: UInt8.self)
        used += 1
    }

    private func put(text utf8: UnsafeBufferPointer<UInt8>) {
        reserve(5 + utf8.count)
        base.storeBytes(of: Tag.text, toByteOffset: used, as: UInt8.self)
        base.storeBytes(of: UInt32(utf8.count).littleEndian, toByteOffset: used + 1, as: UInt32.self)
        if let from = utf8.baseAddress { (base + used + 5).copyMemory(from: from, byteCount: utf8.count) }
        used += 5 + utf8.count
    }

    private func reserve(_ bytes: Int) {
        guard used + bytes > capacity else { return }
        capacity = max(capacity * 2, used + bytes)
        let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        grown.copyMemory(from: base, byteCount: used)
        base.deallocate()
        base = grown
    }

    /// Binds each row's `columns` values in order to `statement` and steps it once per row. Text
    /// is bound SQLITE_STATIC: the tape does not move while the statement reads it. `more`, when
    /// given, binds what follows the tape's columns for row i.
    func write(columns: Int32, through statement: Statement, more: ((Int) -> Void)? = nil) throws {
        let stmt = statement.stmt
        let tape = UnsafeRawBufferPointer(start: base, count: used)
        var at = 0
        for row in 0..<rows {
            sqlite3_reset(stmt)
            for column in 1...columns {
                let tag = tape[at]
                at += 1
                switch tag {
                case Tag.int:
                    sqlite3_bind_int64(stmt, column, Int64(littleEndian: tape.loadUnaligned(fromByteOffset: at, as: Int64.self)))
                    at += 8
                case Tag.text:
                    let count = Int(UInt32(littleEndian: tape.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at += 4
                    // A null destructor is SQLITE_STATIC. An empty text still needs an address,
                    // or SQLite would bind NULL.
                    let text = count == 0 ? UnsafeRawPointer(("" as StaticString).utf8Start) : tape.baseAddress! + at
                    sqlite3_bind_text(stmt, column, text.assumingMemoryBound(to: CChar.self), Int32(count), nil)
                    at += count
                default:
                    sqlite3_bind_null(stmt, column)
                }
            }
            more?(row)
            _ = try statement.step()
        }
        precondition(at == tape.count, "a row tape was written with a different number of columns than it holds")
    }
}
