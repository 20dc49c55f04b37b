/// Writes CSV that spreadsheets open as it was meant: RFC 4180 quoting (commas, quotes and
/// line breaks inside a value), CRLF line ends, and a guard against formula injection — a
/// value starting with = + - @, a tab or a carriage return gets a leading single quote, so
/// a name like `=HYPERLINK(…)` is shown as text instead of run. Import takes the quote off.
public enum CSVWriter {
    /// The characters a spreadsheet reads as the start of a formula.
    static func needsFormulaGuard(_ first: UInt8) -> Bool {
        first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
    }

    /// One cell, quoted when it must be.
    public static func cell(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// Appends one cell to a line being built.
    public static func append(_ value: String, to out: inout String) {
        let utf8 = value.utf8
        guard let first = utf8.first else { return }
        let guarded = needsFormulaGuard(first)
        var needsQuotes = false
        for b in utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            if guarded { out += "'" }
            out += value
            return
        }
        out += "\""
        if guarded { out += "'" }
        if utf8.contains(0x22) {
            out += value.replacingOccurrences(of: "\"", with: "\"\"")
        } else {
            out += value
        }
        out += "\""
    }

    /// A whole record with its CRLF.
    public static func line(_ cells: [String]) -> String {
        var out = ""
        for (i, c) in cells.enumerated() {
            if i > 0 { out += "," }
            append(c, to: &out)
        }
        return out + "\r\n"
    }

    /// The reverse of the guard, for import: `'=SUM(A1)` as written by an export is `=SUM(A1)`.
    static func unguarded(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.count >= 2, utf8.first == 0x27, needsFormulaGuard(utf8[utf8.index(after: utf8.startIndex)]) else { return value }
        return String(value.dropFirst())
    }
}
