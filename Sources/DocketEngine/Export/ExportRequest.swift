/// What `docket export` writes.
public enum ExportSubject: String, Sendable, CaseIterable { case cases, constituents }

public enum ExportFormat: String, Sendable, CaseIterable { case csv, jsonl }

public struct ExportRequest: Sendable {
    public var subject: ExportSubject
    public var format: ExportFormat
    /// Which cases (for constituents: people with at least one such case, when any filter is
    /// given): department, state, type, assignee, overdue, and closed ones with includeClosed.
    public var query = CaseQuery()
    /// National id, birth date, address, email, phone and the forms' personal fields. Only for
    /// supervisors (in their departments) and admins, and recorded.
    public var includePII = false
    /// Why the identifiers leave Docket: required with `includePII`, and recorded.
    public var reason: String?
    /// A UTF-8 byte order mark first, for spreadsheet programs that need one (CSV only).
    public var bom = false
    /// Where the rows go, for the audit record.
    public var destination: String?

    public init(subject: ExportSubject, format: ExportFormat) {
        self.subject = subject
        self.format = format
    }

    /// Whether any case filter narrows the export.
    var filtered: Bool {
        query.department != nil || query.state != nil || query.type != nil || query.assignee != nil || query.overdue
            || query.includeClosed || query.scope != nil
    }
}

public struct ExportResult: Sendable {
    public var rows: Int
    public var columns: [String]
}
