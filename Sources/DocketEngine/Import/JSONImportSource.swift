/// A JSON array of objects, or JSON Lines, as import rows. Keys are field ids or labels;
/// the keys of a case export (ref, state, constituent …) are ignored and its `form` object
/// supplies the fields, so an exported file goes back in.
final class JSONImportSource: ImportSource {
    let format: ImportFormat
    private let reader: JSONRecordReader
    private let names: FieldNames
    private(set) var ignoredColumns: [String] = []
    private var ignoredSeen: Set<String> = []
    private var seenNames: [String: (key: String, target: FieldNames.Target)] = [:]

    init(file: ChunkedFile, display: String, form: FormDefinition, mode: JSONRecordReader.Mode) {
        format = mode == .array ? .json : .jsonl
        reader = JSONRecordReader(file: file, display: display, mode: mode)
        names = FieldNames(form: form)
    }

    var position: Int64 { reader.position }

    func next() throws -> SourceRow? {
        guard let e = try reader.next() else { return nil }
        var row = SourceRow(number: e.number, values: [:], problems: [], origin: .json(bytes: e.bytes, errorValue: nil, isObject: false))
        func refuse(_ field: String?, _ message: String) { row.problems.append(ImportError(row: e.number, field: field, message: message)) }
        if let size = e.oversize {
            refuse(nil, "the element is \(ByteCount.text(size)); elements over \(JSONRecordReader.maxElementBytes >> 20) MB are refused")
            return row
        }
        if let bad = UTF8Validator.firstInvalid(in: e.bytes) {
            refuse(nil, "not valid UTF-8 (byte offset \(e.start + Int64(bad)) in the file); save the file as UTF-8")
            return row
        }
        let value: JSONInput
        do {
            value = try JSONInputParser.parse(e.bytes)
        } catch let error as JSONSyntaxError {
            refuse(nil, "not valid JSON: \(error.message) (byte offset \(e.start + Int64(error.offset)) in the file)")
            return row
        }
        guard case .object(let members) = value else {
            refuse(nil, "expected an object of field values ({\"field\": \"value\", …})")
            return row
        }
        let errorMember = members.first { name($0.key).key == ExportColumns.rejectsErrorColumn }
        row.origin = .json(bytes: e.bytes, errorValue: errorMember?.valueRange, isObject: true)
        take(members, into: &row, nested: false)
        return row
    }

    /// A member name's key and target, worked out once per distinct name: every object of a
    /// file names the same members, and folding a name for each of them was a fifth of reading.
    /// (At most a few thousand are kept, whatever a file holds.)
    private func name(_ raw: String) -> (key: String, target: FieldNames.Target) {
        if let known = seenNames[raw] { return known }
        let resolved = (FieldNames.key(raw), names.target(raw))
        if seenNames.count < 4096 { seenNames[raw] = resolved }
        return resolved
    }

    private func take(_ members: [JSONMember], into row: inout SourceRow, nested: Bool) {
        for m in members {
            switch name(m.key).target {
            case .field(let id):
                if row.values[id] != nil {
                    row.problems.append(ImportError(row: row.number, field: id, message: "given twice (as \(InputProblem.quote(m.key)) and another key); keep one"))
                    continue
                }
                switch text(of: m.value) {
                case .success(let t?): row.values[id] = t
                case .success(nil): break
                case .failure(let p): row.problems.append(ImportError(row: row.number, field: id, message: p.message))
                }
            case .errorColumn where !nested:
                break
            case .exportColumn where !nested:
                if name(m.key).key == "form", case .object(let inner) = m.value {
                    take(inner, into: &row, nested: true)
                } else if ignoredSeen.insert(m.key).inserted {
                    ignoredColumns.append(m.key)
                }
            default:
                row.problems.append(ImportError(row: row.number, field: m.key, message: names.unknownMessage(m.key)))
            }
        }
    }

    /// A JSON value as the text a clerk would type: numbers as written, true/false as yes/no,
    /// a list as its items separated by `;` (multiple choice); null is no value.
    private func text(of value: JSONInput) -> Result<String?, InputProblem> {
        switch value {
        case .string(let s):
            if s.utf8.count > CSVReader.maxFieldBytes {
                return .failure(InputProblem("the value is \(ByteCount.text(Int64(s.utf8.count))); values over 1 MB are refused"))
            }
            return .success(s.isEmpty ? nil : s)
        case .number(let n): return .success(n)
        case .bool(let b): return .success(b ? "yes" : "no")
        case .null: return .success(nil)
        case .array(let items):
            var parts: [String] = []
            for item in items {
                switch item {
                case .string(let s): parts.append(s)
                case .number(let n): parts.append(n)
                case .bool(let b): parts.append(b ? "yes" : "no")
                case .null: continue
                default: return .failure(InputProblem("a list may hold only text, numbers or true/false"))
                }
            }
            return .success(parts.isEmpty ? nil : parts.joined(separator: ";"))
        case .object:
            return .failure(InputProblem("an object where a value was expected"))
        }
    }

    // MARK: rejects

    func rejectsStart() throws -> [UInt8] { format == .json ? Array("[\n".utf8) : [] }

    func rejected(_ row: SourceRow, error: String, index: Int) throws -> [UInt8] {
        guard case .json(let bytes, let errorValue, let isObject) = row.origin else { return [] }
        var out = bytes
        if isObject {
            let message = Array(JSONText.encode(.string(error)).utf8)
            if let range = errorValue {
                out.replaceSubrange(range, with: message)
            } else if let close = out.lastIndex(of: 0x7D) {
                let body = out[out.index(after: out.startIndex)..<close]
                let empty = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                out.insert(contentsOf: (empty ? [] : [0x2C]) + Array("\"error\":".utf8) + message, at: close)
            }
        }
        if format == .json { return (index > 0 ? Array(",\n".utf8) : []) + out }
        return out + [0x0A]
    }

    func rejectsEnd(count: Int) -> [UInt8] { format == .json ? Array((count > 0 ? "\n]\n" : "]\n").utf8) : [] }
}
