/// One thing wrong with an import file, where it is: `FILE:ROW:FIELD: what is wrong`.
/// ROW is the CSV record number (the header is row 1) or the JSON element number (from 1;
/// the line number in JSON Lines). FIELD is a form field id or a column name, or nil when
/// the whole row is at fault.
public struct ImportError: Sendable, Equatable {
    public var row: Int
    public var field: String?
    public var message: String

    public init(row: Int, field: String?, message: String) {
        self.row = row
        self.field = field
        self.message = message
    }

    public func line(file: String) -> String {
        "\(file):\(row):" + (field.map { "\($0): " } ?? " ") + message
    }

    /// How the error reads inside the row's own `error` column of a rejects file.
    var inRow: String { (field.map { "\($0): " } ?? "") + message }
}
