/// How `docket import` should go.
public struct ImportOptions: Sendable {
    /// Check everything and say what would happen; write nothing (not even a rejects file).
    public var dryRun = false
    /// Import the good rows and put the bad ones in `rejectsPath`; else all or nothing.
    public var skipInvalid = false
    public var rejectsPath: String?
    /// nil: by the file's extension, else by its first byte.
    public var format: ImportFormat?
    /// How many errors the report lists; the rest are counted.
    public var errorLimit = 100
    /// With --skip-invalid: rows per transaction (the write lock is let go between them).
    public var batchRows = 25_000
    /// Drop (and count) values in fields the row's other answers hide, instead of refusing the row.
    public var dropHidden = false
    /// Import a file whose exact bytes were imported before.
    public var again = false

    public init() {}
}

/// How far an import has got: bytes of the file read and rows seen.
public struct ImportProgress: Sendable {
    public var bytesRead: Int64
    public var bytesTotal: Int64
    public var rows: Int
}

/// A row that was imported as a new person although someone alike is already known.
public struct ImportDuplicate: Sendable, Equatable {
    public var row: Int
    public var constituentIds: [Int64]
}

/// What an import did (or, for a dry run, would do).
public struct ImportReport: Sendable {
    public var file: String
    public var format: ImportFormat
    public var form: String
    public var caseType: String
    public var dryRun: Bool
    /// Rows read (blank lines not counted).
    public var rows = 0
    public var valid = 0
    public var invalid = 0
    /// Values dropped because the row's answers hide their fields (--drop-hidden).
    public var droppedHidden = 0
    /// The first errors, in file order; `moreErrors` counts the ones not listed.
    public var errors: [ImportError] = []
    public var moreErrors = 0
    /// Columns that are case columns of an export, not form fields: ignored.
    public var ignoredColumns: [String] = []
    /// Cases created (a dry run: cases that would be).
    public var imported = 0
    public var constituentsCreated = 0
    public var constituentsMatched = 0
    public var possibleDuplicates: [ImportDuplicate] = []
    public var moreDuplicates = 0
    /// Cases by the department routing sent them to.
    public var routed: [String: Int] = [:]
    public var firstRef: String?
    public var lastRef: String?
    public var rejectsPath: String?
    public var rejected = 0
    /// Whether the near-duplicate check by name and birth year ran (it is skipped for files
    /// over 128 KB, where it would cost a name search per row).
    public var checkedNameAndYear = true

    /// The file's SHA-256, and when it was imported before (a dry run says so; a real import is
    /// refused unless --again).
    public var sha256 = ""
    public var importedBefore: [ImportedFile] = []

    /// True when nothing was refused, or refused rows were set aside as asked.
    public var succeeded: Bool { invalid == 0 || skipInvalid }
    var skipInvalid = false
}
