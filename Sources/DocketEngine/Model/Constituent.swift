/// The person a case is about: one identity across all their cases.
public struct Constituent: Sendable, Equatable {
    public var id: Int64
    public var givenName: String
    public var familyName: String
    public var birthDate: String?
    public var nationalId: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var language: String?
    public var erased: Bool

    public init(id: Int64 = 0, givenName: String, familyName: String, birthDate: String? = nil,
                nationalId: String? = nil, email: String? = nil, phone: String? = nil,
                address: String? = nil, language: String? = nil, erased: Bool = false) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.birthDate = birthDate
        self.nationalId = nationalId
        self.email = email
        self.phone = phone
        self.address = address
        self.language = language
        self.erased = erased
    }

    public var fullName: String { Constituent.displayName(given: givenName, family: familyName) }

    /// Given name first, except Korean names, which are written family name first with no space.
    public static func displayName(given: String, family: String) -> String {
        // Only an erasure leaves both empty (intake requires a family name).
        if given.isEmpty && family.isEmpty { return "(erased)" }
        if given.isEmpty { return family }
        if family.isEmpty { return given }
        let hangul = { (s: String) in s.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) } }
        if hangul(given) && hangul(family) { return family + given }
        return "\(given) \(family)"
    }

    public var maskedNationalId: String? { nationalId.map(Constituent.mask) }

    /// Keeps the last four digits and the shape: 123-45-6789 → ***-**-6789.
    public static func mask(_ id: String) -> String {
        var keep = 4
        var out: [Character] = []
        for ch in id.reversed() {
            if ch.isNumber || ch.isLetter {
                out.append(keep > 0 ? ch : "*")
                keep -= 1
            } else {
                out.append(ch)
            }
        }
        return String(out.reversed())
    }
}
