/// The file shapes `docket import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case csv, json, jsonl

    /// By extension (.csv, .json, .jsonl or .ndjson), else by the first byte that is not space:
    /// `[` is a JSON array, `{` JSON Lines, anything else CSV.
    static func detect(path: String, head: [UInt8]) -> ImportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".json") { return .json }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        switch first {
        case 0x5B: return .json
        case 0x7B: return .jsonl
        default: return .csv
        }
    }
}

/// Rows from an import file, one at a time, and what a rejects file needs to copy them.
protocol ImportSource: AnyObject {
    var format: ImportFormat { get }
    /// Bytes read so far (for progress).
    var position: Int64 { get }
    /// Columns or keys that are not form fields but case columns of an export, ignored.
    var ignoredColumns: [String] { get }
    func next() throws -> SourceRow?
    /// What a rejects file starts with (a CSV header with its error column, `[`).
    func rejectsStart() throws -> [UInt8]
    /// A rejected row as it was, with its error added; `index` counts rejects from 0.
    func rejected(_ row: SourceRow, error: String, index: Int) throws -> [UInt8]
    func rejectsEnd(count: Int) -> [UInt8]
}

enum ImportSources {
    static func open(_ file: ChunkedFile, display: String, format: ImportFormat, form: FormDefinition) throws -> ImportSource {
        switch format {
        case .csv: return try CSVImportSource(file: file, display: display, form: form)
        case .json: return JSONImportSource(file: file, display: display, form: form, mode: .array)
        case .jsonl: return JSONImportSource(file: file, display: display, form: form, mode: .lines)
        }
    }
}
