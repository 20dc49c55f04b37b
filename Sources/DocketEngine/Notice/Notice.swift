/// A letter to a constituent, as `docket notice` prints it and `--json` describes it.
public struct Notice: Sendable {
    public enum Kind: String, Sendable { case decision, status }

    public var ref: String
    public var kind: Kind
    /// The language the letter is written in (its code).
    public var language: String
    /// The person's own preference when the agency has no letters in it (the letter is then in
    /// the agency's default language); nil when the letter is in the language asked for.
    public var fallbackFrom: String?
    public var text: String
    public var pages: Int
    /// True when the letter's address block was withheld from someone who may not reveal it.
    public var addressWithheld: Bool
    // A decision letter
    public var outcome: String?
    public var reasonCodes: [String] = []
    public var appealBy: Day?
    public var balance: Int64?
    // A status letter
    public var state: String?
    public var department: String?
    public var position: Int?
    public var expectedDecision: Day?
}

/// What a letter says, gathered by the engine; the renderer only words and lays it out.
public struct NoticeFacts: Sendable {
    public enum Subject: Sendable {
        case decision(outcome: String, reasonCodes: [String], appealBy: Day, balance: Int64)
        /// `position` and `expected` are nil for a closed case; `expected` also when the
        /// department's queue is growing.
        case status(state: String, closed: Bool, department: String, position: Int?, expected: Day?)
    }

    public var ref: String
    public var personName: String
    /// Lines of the postal address; nil when withheld.
    public var address: [String]?
    public var caseType: String
    public var opened: Day
    public var today: Day
    public var subject: Subject
}
