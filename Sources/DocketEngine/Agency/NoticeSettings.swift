/// The agency's letters to constituents: one set of templates per language, the language used
/// when a person's is not among them, and the appeal rights every decision letter states.
public struct NoticeSettings: Sendable {
    public var defaultLanguage: String
    /// Business days from the decision date within which an appeal is accepted without `--late`.
    public var appealWindowBusinessDays: Int
    /// The case type an appeal opens (`docket case appeal`).
    public var appealCaseType: String
    /// In file order.
    public var languages: [NoticeLanguage]

    /// Every phrase a language's templates must have; `status_position` is a plural phrase.
    public static let phraseKeys = [
        "reference", "dear", "decision_subject", "decision_intro", "decision_outcome", "decision_reasons",
        "rationale_note", "amount_owed", "amount_refund", "appeal", "status_subject", "status_intro",
        "status_state", "status_closed", "status_position", "status_expected", "status_unknown", "closing", "page",
    ]
    public static let pluralPhraseKeys: Set<String> = ["status_position"]

    /// The language a person's preference names: by its code (`es`), or by a name the file lists
    /// for it (`Spanish`, `Español`), ignoring case.
    public func language(for preference: String?) -> NoticeLanguage? {
        guard let p = preference?.trimmingCharacters(in: .whitespaces).lowercased(), !p.isEmpty else { return nil }
        return languages.first { $0.code.lowercased() == p }
            ?? languages.first { l in l.name.lowercased() == p || l.aliases.contains { $0.lowercased() == p } }
    }

    public var defaultTemplates: NoticeLanguage? { language(for: defaultLanguage) }
}

/// One language's templates: the letterhead, how dates and money are written, the phrases
/// with `{placeholders}`, and the plain words for every outcome, reason, state, case type and
/// department.
public struct NoticeLanguage: Sendable {
    public var code: String
    /// The language's own name for itself (Español).
    public var name: String
    /// Other names a person's record may give for it (Spanish).
    public var aliases: [String]
    public var rightToLeft: Bool
    public var letterhead: [String]
    /// The twelve month names as a date uses them (genitive in Polish).
    public var months: [String]
    /// `{day}`, `{month}`, `{year}`: `{day} de {month} de {year}`.
    public var dateFormat: String
    public var decimalSeparator: String
    public var groupSeparator: String
    /// `{amount}` with the currency around it: `{amount} US$`.
    public var money: String
    public var phrases: [String: NoticePhrase]
    public var outcomes: [String: String]
    public var reasons: [String: String]
    public var states: [String: String]
    public var caseTypes: [String: String]
    public var departments: [String: String]
}

/// A phrase, or a phrase per plural category (`zero`, `one`, `two`, `few`, `many`, `other`).
public enum NoticePhrase: Sendable, Equatable {
    case text(String)
    case plural([String: String])

    /// Every wording of the phrase (for checks that no placeholder is unknown).
    public var wordings: [String] {
        switch self {
        case .text(let s): return [s]
        case .plural(let forms): return forms.keys.sorted().map { forms[$0]! }
        }
    }
}
