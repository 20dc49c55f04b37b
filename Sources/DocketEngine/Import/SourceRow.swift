/// One row of an import file, whatever its format: input text by form field id, or what is
/// wrong with the row's shape, and where it came from for the rejects file.
struct SourceRow {
    var number: Int
    /// Field id → text as typed; empty values are left out.
    var values: [String: String]
    /// Problems with the row itself (columns, encoding, JSON); when there are any the form
    /// is not checked.
    var problems: [ImportError]
    var origin: Origin

    enum Origin {
        /// Bytes `start..<contentEnd` then the terminator; `errorSpan` is an existing error cell.
        case csv(start: Int64, contentEnd: Int64, terminator: [UInt8], errorSpan: Range<Int64>?)
        /// The element's own text; `errorValue` is where an existing "error" member's value lies.
        case json(bytes: [UInt8], errorValue: Range<Int>?, isObject: Bool)
    }
}
