/// Which plural form of a phrase a count takes in a language (the CLDR cardinal rules for the
/// languages the demo agency writes in; other languages use `one` for 1 and `other` otherwise).
/// `zero` is offered first to every language, since "no case is ahead of yours" reads better
/// than "0 cases" in all of them.
enum PluralCategory {
    static func categories(for n: Int, language: String) -> [String] {
        let lang = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        var out = n == 0 ? ["zero"] : []
        switch lang {
        case "ko", "ja", "zh":
            break
        case "pl":
            let m10 = n % 10, m100 = n % 100
            if n == 1 { out.append("one") }
            else if (2...4).contains(m10) && !(12...14).contains(m100) { out.append("few") }
            else { out.append("many") }
        case "ar":
            let m100 = n % 100
            if n == 1 { out.append("one") }
            else if n == 2 { out.append("two") }
            else if (3...10).contains(m100) { out.append("few") }
            else if (11...99).contains(m100) { out.append("many") }
        default:
            if n == 1 { out.append("one") }
        }
        return out + ["other"]
    }

    /// The wording for `n` among a plural phrase's forms.
    static func pick(_ forms: [String: String], n: Int, language: String) -> String {
        for c in categories(for: n, language: language) { if let s = forms[c] { return s } }
        return forms["other"] ?? ""
    }
}
