import CSQLite
import Foundation

/// Rows of one table laid end to end in a single byte buffer, each value tagged as null, integer
/// or text. A bulk load fills tapes on the thread that makes the rows and writes them on the
/// thread that owns the database: the writing thread then only binds and steps, with no Swift
/// object per value to retain, release or free (which was a third of its time), and text is bound
/// where it lies in the tape instead of being copied again.
final class RowTape {
    private enum Tag {
        static let null: UInt8 = 0, int: UInt8 = 1, text: UInt8 = 2
    }

    // Unchecked: every value put reads and writes these, and Swift's run-time exclusivity checks
    // on a class's properties cost the generating thread about 3% of its time; a tape is used by
    // one thread at a time, handed over whole.
    @exclusivity(unchecked) private var base: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private(set) var rows = 0

    init(reservingCapacity capacity: Int = 4096) {
        self.capacity = max(64, capacity)
        base = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    /// Call after the last value of each row.
    func endRow() { rows += 1 }

    /// Empties the tape and keeps its memory, for the next batch.
    func clear() {
        used = 0
        rows = 0
    }

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

    func put(text utf8: UnsafeBufferPointer<UInt8>) {
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

    /// One value as it lies on the tape.
    enum Value {
        case null, int(Int64), text(UnsafeRawBufferPointer)
    }

    /// Reads the tape back row by row, `columns` values to a row: for a store that writes the
    /// rows its own way (PostgreSQL's COPY).
    func forEachRow(columns: Int, _ body: (_ row: Int, _ values: [Value]) throws -> Void) rethrows {
        let tape = UnsafeRawBufferPointer(start: base, count: used)
        var at = 0
        var values: [Value] = []
        values.reserveCapacity(columns)
        for row in 0..<rows {
            values.removeAll(keepingCapacity: true)
            for _ in 0..<columns {
                let tag = tape[at]
                at += 1
                switch tag {
                case Tag.int:
                    values.append(.int(Int64(littleEndian: tape.loadUnaligned(fromByteOffset: at, as: Int64.self))))
                    at += 8
                case Tag.text:
                    let count = Int(UInt32(littleEndian: tape.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                    at += 4
                    values.append(.text(UnsafeRawBufferPointer(rebasing: tape[at..<(at + count)])))
                    at += count
                default:
                    values.append(.null)
                }
            }
            try body(row, values)
        }
        precondition(at == tape.count, "a row tape was read with a different number of columns than it holds")
    }

    /// How many rows one step of an INSERT carries. SQLite starts and stops a statement, and
    /// opens and closes its cursors, once per step; a million-case demo writes nine million rows,
    /// and 32 rows a step takes about a quarter off SQLite's time per row (measured at 1, 8, 16,
    /// 32, 64 and 128: 32 and up are alike).
    static let rowsPerStep = 32

    /// Writes every row through `insert`, a one-row `INSERT … VALUES (?, …)` whose values are the
    /// tape's `columns`, then, when `lastText` is given, the UTF-8 text it appends for the row to
    /// the (emptied) buffer it is handed. Whole groups of `rowsPerStep` rows go through one
    /// statement with that many value lists, the rest one at a time. Text is bound SQLITE_STATIC:
    /// the tape does not move while the statement reads it.
    func write(_ insert: String, columns: Int32, in db: Database,
               lastText: ((_ row: Int, _ utf8: inout [UInt8]) -> Void)? = nil) throws {
        let tape = UnsafeRawBufferPointer(start: base, count: used)
        var text: [UInt8] = []
        // Binds the last value, copied by SQLite: the buffer is reused for the next row.
        func bindLast(_ row: Int, _ stmt: OpaquePointer, at column: Int32) {
            guard let lastText else { return }
            text.removeAll(keepingCapacity: true)
            lastText(row, &text)
            text.withUnsafeBufferPointer { bytes in
                let start = bytes.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                sqlite3_bind_text(stmt, column, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), docket_sqlite_transient())
            }
        }
        let width = columns + (lastText == nil ? 0 : 1)
        var at = 0, row = 0
        let groups = rows / Self.rowsPerStep
        if groups > 0 {
            let many = try db.statement(Self.repeatingValues(of: insert, Self.rowsPerStep))
            for _ in 0..<groups {
                sqlite3_reset(many.stmt)
                for slot in 0..<Int32(Self.rowsPerStep) {
                    bindRow(tape, &at, columns: columns, firstColumn: slot * width + 1, to: many.stmt)
                    bindLast(row, many.stmt, at: slot * width + width)
                    row += 1
                }
                _ = try many.step()
            }
        }
        if row < rows {
            let one = try db.statement(insert)
            while row < rows {
                sqlite3_reset(one.stmt)
                bindRow(tape, &at, columns: columns, firstColumn: 1, to: one.stmt)
                bindLast(row, one.stmt, at: width)
                row += 1
                _ = try one.step()
            }
        }
        precondition(at == tape.count, "a row tape was written with a different number of columns than it holds")
    }

    private func bindRow(_ tape: UnsafeRawBufferPointer, _ at: inout Int, columns: Int32, firstColumn: Int32, to stmt: OpaquePointer) {
        for column in firstColumn..<(firstColumn + columns) {
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
    }

    /// `INSERT … VALUES (?, ?)` with its value list repeated `count` times.
    static func repeatingValues(of insert: String, _ count: Int) -> String {
        guard let values = insert.range(of: "VALUES", options: .backwards) else {
            preconditionFailure("a tape is written through INSERT … VALUES (…)")
        }
        let list = insert[values.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        precondition(list.hasPrefix("(") && list.hasSuffix(")") && !list.dropFirst().contains("("),
                     "a tape is written through one list of values")
        return insert[..<values.upperBound] + " " + Array(repeating: list, count: count).joined(separator: ", ")
    }
}
