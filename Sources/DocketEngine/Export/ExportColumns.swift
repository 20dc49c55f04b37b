/// The columns an export writes besides form fields. Import recognises them (and the keys of
/// JSON Lines exports) and ignores them, so an exported file goes back in with `--form`.
public enum ExportColumns {
    /// Case columns, in CSV order.
    public static let cases = ["ref", "type", "state", "department", "assignee", "priority", "constituent_id",
                               "constituent_name", "constituent_national_id", "opened_at", "due_at", "closed_at",
                               "days_waiting", "days_on_hold", "overdue", "version"]
    /// Added to the case columns when personal identifiers are included.
    public static let casePII = ["constituent_birth_date", "constituent_email", "constituent_phone", "constituent_address"]

    /// Constituent columns, in CSV order; the personal ones only with --include-pii.
    public static let constituents = ["id", "given_name", "family_name", "language", "created_at", "erased", "cases"]
    public static let constituentPII = ["birth_date", "national_id", "email", "phone", "address"]

    /// Keys of a JSON Lines case export that are not form fields.
    static let jsonCaseKeys = ["constituent", "tags", "on_hold_until", "form", "tasks", "timeline", "decisions",
                               "ledger", "balance", "currency"]

    /// Every name import ignores (lower case). `error` is the rejects file's own column.
    static let ignoredByImport: Set<String> = Set(cases + casePII + jsonCaseKeys)

    static let rejectsErrorColumn = "error"
}
