/// Reads the agency file's `notices` and checks that every language is complete: every phrase,
/// and a plain word for every outcome, reason code, lifecycle state, case type and department,
/// so no letter ever falls back to a code or to another language half way through.
enum NoticeSettingsParser {
    /// The placeholders phrases may use.
    static let placeholders: Set<String> = [
        "ref", "name", "case_type", "opened", "outcome", "amount", "appeal_by", "today", "state", "department",
        "position", "expected", "page", "pages",
    ]

    static func parse(_ node: ConfigNode, agency: Agency) -> NoticeSettings? {
        guard node.object() else { return nil }
        node.allowOnly(["default_language", "appeal_window_business_days", "appeal_case_type", "languages"])
        let defaultLanguage = node.child("default_language").string()
        let window = node.child("appeal_window_business_days").int(min: 1, max: 400)
        let appealType = node.child("appeal_case_type").string()
        if let appealType, agency.caseType(appealType) == nil {
            node.child("appeal_case_type").fail("unknown case type '\(appealType)' (types: \(agency.caseTypes.map(\.code).joined(separator: ", ")))")
        }
        var languages: [NoticeLanguage] = []
        var seen: Set<String> = []
        for item in node.child("languages").array() ?? [] {
            guard let l = parseLanguage(item, agency: agency) else { continue }
            if !seen.insert(l.code).inserted { item.child("code").fail("language '\(l.code)' is listed twice") }
            languages.append(l)
        }
        if languages.isEmpty { node.child("languages").fail("must list at least one language") }
        guard let defaultLanguage, let window, let appealType else { return nil }
        let settings = NoticeSettings(defaultLanguage: defaultLanguage, appealWindowBusinessDays: window,
                                      appealCaseType: appealType, languages: languages)
        if !languages.isEmpty && settings.defaultTemplates == nil {
            node.child("default_language").fail("'\(defaultLanguage)' is not one of the languages listed (\(languages.map(\.code).joined(separator: ", ")))")
        }
        return settings
    }

    private static func parseLanguage(_ node: ConfigNode, agency: Agency) -> NoticeLanguage? {
        guard node.object() else { return nil }
        node.allowOnly(["code", "name", "aliases", "direction", "letterhead", "months", "date", "decimal", "group", "money",
                        "phrases", "outcomes", "reasons", "states", "case_types", "departments"])
        let code = node.child("code").string(), name = node.child("name").string()
        let direction = node.child("direction").optionalString() ?? "ltr"
        if direction != "ltr" && direction != "rtl" { node.child("direction").fail("must be \"ltr\" or \"rtl\", found '\(direction)'") }
        let letterhead = node.child("letterhead").strings() ?? []
        let months = node.child("months").strings() ?? []
        if months.count != 12 { node.child("months").fail("must name the twelve months, found \(months.count)") }
        let date = node.child("date").string()
        if let date, !(date.contains("{day}") && date.contains("{month}") && date.contains("{year}")) {
            node.child("date").fail("'\(date)' must hold {day}, {month} and {year}")
        }
        let money = node.child("money").string()
        if let money, !money.contains("{amount}") { node.child("money").fail("'\(money)' must hold {amount}") }
        let phrases = parsePhrases(node.child("phrases"))
        let lifecycleStates = Set(agency.lifecycles.flatMap { $0.states.map(\.id) }).sorted()
        let outcomes = words(node.child("outcomes"), needed: agency.outcomes.map(\.code), what: "outcome")
        let reasons = words(node.child("reasons"), needed: agency.reasonCodes.map(\.code), what: "reason code")
        let states = words(node.child("states"), needed: lifecycleStates, what: "state")
        let types = words(node.child("case_types"), needed: agency.caseTypes.map(\.code), what: "case type")
        let departments = words(node.child("departments"), needed: agency.departments.map(\.code), what: "department")
        guard let code, let name, let date, let money else { return nil }
        return NoticeLanguage(code: code, name: name, aliases: node.child("aliases").optionalStrings() ?? [],
                              rightToLeft: direction == "rtl", letterhead: letterhead, months: months, dateFormat: date,
                              decimalSeparator: node.child("decimal").optionalString() ?? ".",
                              groupSeparator: node.child("group").optionalString() ?? ",", money: money, phrases: phrases,
                              outcomes: outcomes, reasons: reasons, states: states, caseTypes: types, departments: departments)
    }

    private static func parsePhrases(_ node: ConfigNode) -> [String: NoticePhrase] {
        guard node.object() else { return [:] }
        node.allowOnly(Set(NoticeSettings.phraseKeys))
        var out: [String: NoticePhrase] = [:]
        for key in NoticeSettings.phraseKeys {
            let child = node.child(key)
            guard child.isPresent else { child.fail("missing: every language needs the phrase '\(key)'"); continue }
            if NoticeSettings.pluralPhraseKeys.contains(key) {
                guard child.object() else { continue }
                child.allowOnly(["zero", "one", "two", "few", "many", "other"])
                var forms: [String: String] = [:]
                for k in child.keys { if let s = child.child(k).string() { forms[k] = s } }
                if forms["other"] == nil { child.child("other").fail("a plural phrase needs at least its 'other' form") }
                out[key] = .plural(forms)
            } else if let s = child.string() {
                out[key] = .text(s)
            }
            for wording in out[key]?.wordings ?? [] {
                for p in NoticeTemplate.placeholders(in: wording) where !placeholders.contains(p) {
                    child.fail("unknown placeholder {\(p)} (known: \(placeholders.sorted().joined(separator: ", ")))")
                }
            }
        }
        return out
    }

    /// A table of plain words that must name every one of `needed`.
    private static func words(_ node: ConfigNode, needed: [String], what: String) -> [String: String] {
        guard node.object() else { return [:] }
        var out: [String: String] = [:]
        for k in node.keys { if let s = node.child(k).string() { out[k] = s } }
        for code in needed where out[code] == nil { node.child(code).fail("missing: the plain words for the \(what) '\(code)'") }
        return out
    }
}
