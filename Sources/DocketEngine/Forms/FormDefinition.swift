/// A form as the agency file defines it: sections of typed fields with their rules.
public struct FormDefinition: Sendable, Equatable {
    public let id: String
    public let caseType: String
    public let title: String
    public let sections: [FormSection]
    /// Every field in form order, flattened once: validation and import walk it per row.
    public let fields: [FormField]

    public init(id: String, caseType: String, title: String, sections: [FormSection]) {
        self.id = id
        self.caseType = caseType
        self.title = title
        self.sections = sections
        self.fields = sections.flatMap(\.fields)
    }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }
}

public struct FormSection: Sendable, Equatable {
    public var title: String
    public var fields: [FormField]
}

public enum FieldType: String, Sendable, CaseIterable {
    case text, multiline, integer, decimal, money, date
    case yesNo = "yes_no"
    case choice
    case multiChoice = "multi_choice"
    case email, phone
    case nationalId = "national_id"
    case address
}

public struct FieldOption: Sendable, Equatable {
    public var value: String
    public var label: String
}

/// Shown only when another field holds one of the listed values.
public struct ShowIf: Sendable, Equatable {
    public var field: String
    public var equals: [String]
}

public struct FormField: Sendable, Equatable {
    public var id: String
    public var label: String
    public var type: FieldType
    public var help: String?
    public var required: Bool
    public var pattern: String?
    /// For integer, decimal and money (minor units): bounds; for date: not used.
    public var min: Double?
    public var max: Double?
    public var maxLength: Int?
    public var options: [FieldOption]
    public var defaultValue: String?
    public var pii: Bool
    public var showIf: ShowIf?
    /// Which constituent attribute this field fills at intake (given_name, family_name,
    /// birth_date, national_id, email, phone, address, language), if any.
    public var identity: String?
}
