/// One CSV record as read: its fields, where it lies in the file (so a rejects file can copy
/// it unchanged), and what is wrong with its shape, if anything.
struct CSVRecord {
    /// 1 for the header, then each record in turn (a record may span lines).
    var number: Int
    var start: Int64
    /// Where the line terminator begins.
    var contentEnd: Int64
    var terminator: [UInt8]
    /// The fields' decoded bytes end to end; `ends[i]` is where field i stops.
    var bytes: [UInt8]
    var ends: [Int]
    var problem: CSVShapeProblem?
    /// Where the tracked column's raw text lies (the `error` column of a rejects file).
    var trackedSpan: Range<Int64>?
    var firstFieldQuoted: Bool

    var fieldCount: Int { ends.count }
    /// An empty line: skipped, though it keeps its number.
    var isBlank: Bool { ends.count == 1 && ends[0] == 0 && !firstFieldQuoted && problem == nil }

    func field(_ i: Int) -> String {
        let from = i == 0 ? 0 : ends[i - 1]
        return String(decoding: bytes[from..<ends[i]], as: UTF8.self)
    }

    func isEmpty(_ i: Int) -> Bool { ends[i] == (i == 0 ? 0 : ends[i - 1]) }
}

enum CSVShapeProblem: Equatable {
    case invalidUTF8(offset: Int64, column: Int)
    case fieldTooLong(column: Int, bytes: Int64)
    case textAfterQuote(column: Int)
    case tooManyColumns
    case recordTooLong
    /// A quote opened on `line` and not closed on it, in a record that only makes sense if
    /// the quote ends with that line.
    case unclosedQuote(column: Int, line: Int)
}

/// Reads RFC 4180 CSV as a stream: quoted fields with doubled quotes, commas and line breaks
/// inside, CRLF, LF or CR line ends, a UTF-8 byte order mark. Bytes are scanned in runs and
/// copied in bulk; nothing but the current record is held, and a field over 1 MB is counted,
/// not stored.
///
/// A quoted value may span lines, and so may a quote someone forgot to close; the two are told
/// apart by what follows. When a value that spans lines closes into a malformed record (text
/// after its closing quote, the wrong number of columns, or no closing quote at all), the
/// record is read again as ending with the line where the quote opened: one bad record
/// reported there, and the lines after it read as records of their own.
final class CSVReader {
    static let maxFieldBytes = 1 << 20
    static let maxRecordBytes = 16 << 20
    static let maxColumns = 10_000

    private let file: ChunkedFile
    private let display: String
    private var pos = 0
    private var started = false
    private(set) var hadBOM = false
    private(set) var recordNumber = 0
    /// The column whose raw span each record reports (nil: none).
    var trackedColumn: Int?
    /// How many columns a record should have (the header's), once known.
    var expectedColumns: Int?

    private enum State { case fieldStart, unquoted, quoted, closingQuote, afterCR }
    private var state = State.fieldStart
    private var utf8 = UTF8Validator()
    private var line = 1

    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var fieldBegin = 0
    private var fieldSize: Int64 = 0
    private var fieldRawStart: Int64 = 0
    private var recordStart: Int64 = 0
    private var contentEnd: Int64 = 0
    private var terminator: [UInt8] = []
    private var problem: CSVShapeProblem?
    private var quoteOpenLine = 0
    private var firstQuoted = false
    private var hasContent = false
    private var trackedSpan: Range<Int64>?
    /// The line the current record starts on, to rewind to.
    private var recordLine = 1
    /// A quoted value of this record ran past a line end.
    private var spannedLines = false
    /// The quoted value being read runs past a line end.
    private var quoteSpansLines = false
    /// Where the last quote that ran past a line end opened: the suspect when the record
    /// comes out malformed.
    private var lastSpanningQuoteLine = 0
    /// Where a value that spanned lines and closed into text opened: the record is read again.
    private var badSpanLine: Int?
    /// Set while a record is read again: a quote opened on this line or later is closed by
    /// its line's end (values that spanned lines before it stay as they were).
    private var lineEndClosesQuotesFrom: Int?
    private var lineEndClosesQuote: Bool { lineEndClosesQuotesFrom != nil }

    init(file: ChunkedFile, display: String) {
        self.file = file
        self.display = display
    }

    /// Bytes read so far, for a progress bar.
    var position: Int64 { file.chunkOffset + Int64(pos) }

    func next() throws -> CSVRecord? {
        if !started { try start() }
        beginRecord()
        while true {
            if pos >= file.count {
                if try !file.next() {
                    if state == .quoted && !lineEndClosesQuote {
                        try readRecordAgain(closingQuotesFrom: quoteOpenLine)
                        continue
                    }
                    guard try finishAtEndOfFile() else { return nil }
                    if needsReadingAgain { try readRecordAgain(closingQuotesFrom: badSpanLine ?? lastSpanningQuoteLine); continue }
                    return makeRecord()
                }
                pos = 0
            }
            if scanChunk() {
                if needsReadingAgain { try readRecordAgain(closingQuotesFrom: badSpanLine ?? lastSpanningQuoteLine); continue }
                return makeRecord()
            }
        }
    }

    private var needsReadingAgain: Bool {
        guard spannedLines, !lineEndClosesQuote else { return false }
        if badSpanLine != nil { return true }
        if let expected = expectedColumns, ends.count != expected { return true }
        return false
    }

    /// Goes back to the start of the current record and reads it again, a line end closing a
    /// quote opened on the suspect's line or later. The bytes between are read twice; a record
    /// is re-read at most once.
    private func readRecordAgain(closingQuotesFrom suspect: Int) throws {
        try file.seek(to: recordStart)
        pos = 0
        line = recordLine
        beginRecord()
        lineEndClosesQuotesFrom = suspect
    }

    private func start() throws {
        started = true
        guard try file.next() else { return }
        let head = Array(file.chunk.prefix(min(3, file.count)))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            hadBOM = true
            pos = 3
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw DocketError.refused("\(display): the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again")
        }
    }

    private func beginRecord() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        fieldBegin = 0
        fieldSize = 0
        problem = nil
        recordStart = file.chunkOffset + Int64(pos)
        fieldRawStart = recordStart
        hasContent = false
        firstQuoted = false
        trackedSpan = nil
        terminator = []
        state = .fieldStart
        utf8.reset()
        recordLine = line
        spannedLines = false
        badSpanLine = nil
        lastSpanningQuoteLine = 0
        lineEndClosesQuotesFrom = nil
    }

    private func makeRecord() -> CSVRecord {
        recordNumber += 1
        return CSVRecord(number: recordNumber, start: recordStart, contentEnd: contentEnd, terminator: terminator,
                         bytes: bytes, ends: ends, problem: problem, trackedSpan: trackedSpan, firstFieldQuoted: firstQuoted)
    }

    /// Ends the last record at the end of the file; false when there is none.
    private func finishAtEndOfFile() throws -> Bool {
        let end = file.chunkOffset
        switch state {
        case .quoted:
            // Read again, the quote opened on the file's last line.
            problem = .unclosedQuote(column: ends.count, line: quoteOpenLine)
            endField(rawEnd: end)
            contentEnd = end
        case .fieldStart where !hasContent:
            return false
        case .afterCR:
            terminator = [0x0D]
        default:
            endField(rawEnd: end)
            contentEnd = end
        }
        if utf8.isInsideCharacter, problem == nil {
            problem = .invalidUTF8(offset: end - Int64(utf8.pending), column: max(0, ends.count - 1))
        }
        return true
    }

    @inline(__always)
    private func check(_ c: UInt8, at offset: Int64) {
        if !utf8.accept(c) {
            if problem == nil { problem = .invalidUTF8(offset: offset - Int64(utf8.brokenBack), column: ends.count) }
            // A byte refused as a continuation may itself begin the next character.
            if c >= 0x80 { _ = utf8.accept(c) }
        }
    }

    private func append(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let n = to - from
        guard n > 0 else { return }
        fieldSize += Int64(n)
        if fieldSize > Int64(CSVReader.maxFieldBytes) { return }
        if bytes.count + n > CSVReader.maxRecordBytes {
            if problem == nil { problem = .recordTooLong }
            return
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[from..<to]))
    }

    private func endField(rawEnd: Int64) {
        if fieldSize > Int64(CSVReader.maxFieldBytes) {
            if problem == nil { problem = .fieldTooLong(column: ends.count, bytes: fieldSize) }
            bytes.removeSubrange(fieldBegin...)
        }
        if trackedColumn == ends.count { trackedSpan = fieldRawStart..<rawEnd }
        if ends.count < CSVReader.maxColumns {
            ends.append(bytes.count)
        } else if problem == nil {
            problem = .tooManyColumns
        }
        fieldBegin = bytes.count
        fieldSize = 0
    }

    /// Scans from `pos`; true when a record ended (pos is then just past its terminator).
    private func scanChunk() -> Bool {
        let n = file.count
        let base = file.chunkOffset
        return file.chunk.withUnsafeBufferPointer { buf -> Bool in
            var i = pos
            defer { pos = i }
            while i < n {
                switch state {
                case .fieldStart:
                    hasContent = true
                    fieldRawStart = base + Int64(i)
                    if buf[i] == 0x22 {
                        state = .quoted
                        quoteOpenLine = line
                        quoteSpansLines = false
                        if ends.isEmpty { firstQuoted = true }
                        i += 1
                    } else {
                        state = .unquoted
                    }
                case .unquoted:
                    var j = i
                    while j < n {
                        let c = buf[j]
                        if c == 0x2C || c == 0x0A || c == 0x0D { break }
                        if c >= 0x80 || utf8.isInsideCharacter { check(c, at: base + Int64(j)) }
                        j += 1
                    }
                    append(buf, i, j)
                    i = j
                    guard j < n else { return false }
                    let c = buf[j]
                    if utf8.isInsideCharacter { check(c, at: base + Int64(j)) }
                    i += 1
                    endField(rawEnd: base + Int64(j))
                    if c == 0x2C {
                        state = .fieldStart
                    } else if c == 0x0A {
                        contentEnd = base + Int64(j)
                        terminator = [0x0A]
                        line += 1
                        return true
                    } else {
                        contentEnd = base + Int64(j)
                        state = .afterCR
                    }
                case .quoted:
                    var j = i
                    while j < n {
                        let c = buf[j]
                        if c == 0x22 { break }
                        if c == 0x0A || c == 0x0D {
                            if let from = lineEndClosesQuotesFrom, quoteOpenLine >= from { break }
                            spannedLines = true
                            quoteSpansLines = true
                            lastSpanningQuoteLine = quoteOpenLine
                            if c == 0x0A { line += 1 }
                        }
                        if c >= 0x80 || utf8.isInsideCharacter { check(c, at: base + Int64(j)) }
                        j += 1
                    }
                    append(buf, i, j)
                    i = j
                    guard j < n else { return false }
                    let c = buf[j]
                    if utf8.isInsideCharacter { check(c, at: base + Int64(j)) }
                    i += 1
                    if c != 0x22 {
                        // Read again: the line end closes the quote left open on this line.
                        problem = .unclosedQuote(column: ends.count, line: quoteOpenLine)
                        endField(rawEnd: base + Int64(j))
                        contentEnd = base + Int64(j)
                        if c == 0x0D {
                            state = .afterCR
                            continue
                        }
                        terminator = [0x0A]
                        line += 1
                        return true
                    }
                    state = .closingQuote
                case .closingQuote:
                    let c = buf[i]
                    switch c {
                    case 0x22:
                        // A doubled quote inside a quoted value stands for one quote.
                        fieldSize += 1
                        if fieldSize <= Int64(CSVReader.maxFieldBytes) && bytes.count < CSVReader.maxRecordBytes { bytes.append(0x22) }
                        state = .quoted
                        i += 1
                    case 0x2C:
                        endField(rawEnd: base + Int64(i))
                        state = .fieldStart
                        i += 1
                    case 0x0A:
                        endField(rawEnd: base + Int64(i))
                        contentEnd = base + Int64(i)
                        terminator = [0x0A]
                        line += 1
                        i += 1
                        return true
                    case 0x0D:
                        endField(rawEnd: base + Int64(i))
                        contentEnd = base + Int64(i)
                        state = .afterCR
                        i += 1
                    default:
                        if quoteSpansLines && !lineEndClosesQuote && badSpanLine == nil { badSpanLine = quoteOpenLine }
                        if problem == nil { problem = .textAfterQuote(column: ends.count) }
                        state = .unquoted
                    }
                case .afterCR:
                    if buf[i] == 0x0A {
                        terminator = [0x0D, 0x0A]
                        i += 1
                    } else {
                        terminator = [0x0D]
                    }
                    line += 1
                    return true
                }
            }
            return false
        }
    }
}
