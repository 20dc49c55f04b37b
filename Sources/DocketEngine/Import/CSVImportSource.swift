/// A CSV file as import rows: the header names the columns (form field ids or labels, or an
/// export's case columns, which are ignored); each later record becomes one row.
final class CSVImportSource: ImportSource {
    let format = ImportFormat.csv
    private let file: ChunkedFile
    private let reader: CSVReader
    private let display: String
    private let header: CSVRecord
    private let names: [String]
    /// The field each column fills, by column.
    private let fieldOfColumn: [String?]
    private let errorColumn: Int?
    private(set) var ignoredColumns: [String] = []

    init(file: ChunkedFile, display: String, form: FormDefinition) throws {
        self.file = file
        self.display = display
        reader = CSVReader(file: file, display: display)
        guard let first = try reader.next() else {
            throw DocketError.refused("\(display): the file is empty; nothing to import")
        }
        header = first
        if case .invalidUTF8(let offset, _) = first.problem {
            throw DocketError.refused("\(display):1: the header is not valid UTF-8 (byte offset \(offset)); save the file as UTF-8 (in a spreadsheet: CSV UTF-8)")
        }
        if first.isBlank {
            throw DocketError.refused("\(display):1: the first row is empty; it should name the columns (field ids or labels of form \(form.id))")
        }
        if first.problem != nil {
            throw DocketError.refused("\(display):1: the header row is malformed; it should be one line of column names separated by commas")
        }
        names = (0..<first.fieldCount).map { first.field($0) }
        let map = FieldNames(form: form)
        var problems: [String] = []
        var fields: [String?] = []
        var seenName: [String: Int] = [:]
        var seenField: [String: Int] = [:]
        var errorAt: Int?
        var ignored: [String] = []
        for (i, name) in names.enumerated() {
            let key = FieldNames.key(name)
            if key.isEmpty {
                problems.append("\(display):1: column \(i + 1) has no name; name it with a field id or label, or remove it")
                fields.append(nil)
                continue
            }
            if let before = seenName[key] {
                problems.append("\(display):1:\(name): the column name \(InputProblem.quote(name)) appears twice (columns \(before + 1) and \(i + 1)); keep one")
                fields.append(nil)
                continue
            }
            seenName[key] = i
            switch map.target(name) {
            case .field(let id):
                if let other = seenField[id] {
                    problems.append("\(display):1:\(name): columns \(InputProblem.quote(names[other])) and \(InputProblem.quote(name)) are both field \(id); keep one")
                    fields.append(nil)
                } else {
                    seenField[id] = i
                    fields.append(id)
                }
            case .errorColumn:
                errorAt = i
                fields.append(nil)
            case .exportColumn:
                ignored.append(name)
                fields.append(nil)
            case .unknown:
                problems.append("\(display):1:\(name): \(map.unknownMessage(name))")
                fields.append(nil)
            }
        }
        if !problems.isEmpty { throw DocketError.refused(problems.joined(separator: "\n")) }
        fieldOfColumn = fields
        errorColumn = errorAt
        ignoredColumns = ignored
        reader.trackedColumn = errorAt
        reader.expectedColumns = names.count
    }

    var position: Int64 { reader.position }

    func next() throws -> SourceRow? {
        var record: CSVRecord
        repeat {
            guard let r = try reader.next() else { return nil }
            record = r
        } while record.isBlank
        var row = SourceRow(number: record.number, values: [:], problems: [],
                            origin: .csv(start: record.start, contentEnd: record.contentEnd, terminator: record.terminator,
                                         errorSpan: record.trackedSpan))
        if let p = record.problem {
            row.problems.append(problem(p, row: record.number))
            return row
        }
        guard record.fieldCount == names.count else {
            row.problems.append(ImportError(row: record.number, field: nil,
                                            message: "the row has \(record.fieldCount) value\(record.fieldCount == 1 ? "" : "s"); the header has \(names.count) columns (is a value with a comma not in double quotes?)"))
            return row
        }
        row.values.reserveCapacity(fieldOfColumn.count)
        for (i, id) in fieldOfColumn.enumerated() {
            guard let id, !record.isEmpty(i) else { continue }
            row.values[id] = CSVWriter.unguarded(record.field(i))
        }
        return row
    }

    private func columnName(_ i: Int) -> String {
        i < names.count ? (fieldOfColumn[i] ?? names[i]) : "column \(i + 1)"
    }

    private func problem(_ p: CSVShapeProblem, row: Int) -> ImportError {
        switch p {
        case .invalidUTF8(let offset, let column):
            return ImportError(row: row, field: columnName(column),
                               message: "not valid UTF-8 (byte offset \(offset) in the file); save the file as UTF-8 (in a spreadsheet: CSV UTF-8)")
        case .fieldTooLong(let column, let bytes):
            return ImportError(row: row, field: columnName(column),
                               message: "the value is \(ByteCount.text(bytes)); values over 1 MB are refused")
        case .textAfterQuote(let column):
            return ImportError(row: row, field: columnName(column),
                               message: "text after a closing quote; quote the whole value and double any quote inside it (\"\")")
        case .tooManyColumns:
            return ImportError(row: row, field: nil, message: "the row has more than \(CSVReader.maxColumns) values")
        case .unclosedQuote(let column, let line):
            return ImportError(row: row, field: columnName(column),
                               message: "the quote opened here (line \(line) of the file) is not closed on this line; close it (a \" inside a value is written \"\"); the lines after it were read as rows of their own")
        case .recordTooLong:
            return ImportError(row: row, field: nil, message: "the row is over \(CSVReader.maxRecordBytes >> 20) MB")
        }
    }

    // MARK: rejects

    private var lineEnd: [UInt8] { header.terminator.isEmpty ? [0x0D, 0x0A] : header.terminator }

    func rejectsStart() throws -> [UInt8] {
        var out: [UInt8] = reader.hadBOM ? [0xEF, 0xBB, 0xBF] : []
        out += try file.bytes(header.start..<header.contentEnd)
        if errorColumn == nil { out += Array(",\(ExportColumns.rejectsErrorColumn)".utf8) }
        return out + lineEnd
    }

    func rejected(_ row: SourceRow, error: String, index: Int) throws -> [UInt8] {
        guard case .csv(let start, let contentEnd, let terminator, let errorSpan) = row.origin else { return [] }
        let cell = Array(CSVWriter.cell(error).utf8)
        var out: [UInt8]
        if let span = errorSpan {
            out = try file.bytes(start..<span.lowerBound) + cell + file.bytes(span.upperBound..<contentEnd)
        } else {
            out = try file.bytes(start..<contentEnd) + [0x2C] + cell
        }
        return out + (terminator.isEmpty ? lineEnd : terminator)
    }

    func rejectsEnd(count: Int) -> [UInt8] { [] }
}

/// Sizes as people read them: 512 bytes, 1.5 MB.
enum ByteCount {
    static func text(_ n: Int64) -> String {
        if n < 1024 { return "\(n) bytes" }
        if n < 1 << 20 { return "\(n / 1024) KB" }
        let tenths = n * 10 / (1 << 20)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
