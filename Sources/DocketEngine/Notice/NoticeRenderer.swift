/// Words a letter from one language's templates and lays it out for printing. Pure: the same
/// facts and templates give the same letter, byte for byte.
struct NoticeRenderer {
    let language: NoticeLanguage

    private var layout: LetterLayout { LetterLayout(rightToLeft: language.rightToLeft) }

    func render(_ f: NoticeFacts) -> (text: String, pages: Int) {
        var values: [String: String] = [
            "ref": f.ref, "name": f.personName, "case_type": language.caseTypes[f.caseType] ?? f.caseType,
            "opened": date(f.opened), "today": date(f.today),
        ]
        var lines: [String] = []
        for l in language.letterhead { lines += layout.wrap(l) }
        lines.append("")
        lines += layout.wrap(date(f.today))
        lines.append("")
        lines += layout.wrap(BidiIsolate.firstStrong(f.personName))
        for l in f.address ?? [Disclosure.hidden] { lines += layout.wrap(BidiIsolate.firstStrong(l)) }
        lines.append("")
        lines += paragraph("reference", values)

        switch f.subject {
        case .decision(let outcome, let reasons, let appealBy, let balance):
            values["outcome"] = language.outcomes[outcome] ?? outcome
            values["appeal_by"] = date(appealBy)
            lines += paragraph("decision_subject", values)
            lines.append("")
            lines += paragraph("dear", values)
            lines.append("")
            lines += paragraph("decision_intro", values)
            lines.append("")
            lines += paragraph("decision_outcome", values)
            lines.append("")
            lines += paragraph("decision_reasons", values)
            for code in reasons { lines += layout.wrap("• " + (language.reasons[code] ?? code)) }
            lines.append("")
            lines += paragraph("rationale_note", values)
            if balance != 0 {
                values["amount"] = money(abs(balance))
                lines.append("")
                lines += paragraph(balance > 0 ? "amount_owed" : "amount_refund", values)
            }
            lines.append("")
            lines += paragraph("appeal", values)
        case .status(let state, let closed, let department, let position, let expected):
            values["state"] = language.states[state] ?? state
            values["department"] = language.departments[department] ?? department
            lines += paragraph("status_subject", values)
            lines.append("")
            lines += paragraph("dear", values)
            lines.append("")
            lines += paragraph("status_intro", values)
            lines.append("")
            if closed {
                lines += paragraph("status_closed", values)
            } else {
                lines += paragraph("status_state", values)
                if let position {
                    values["position"] = number(position)
                    lines.append("")
                    lines += paragraph("status_position", values, count: position)
                }
                lines.append("")
                if let expected {
                    values["expected"] = date(expected)
                    lines += paragraph("status_expected", values)
                } else {
                    lines += paragraph("status_unknown", values)
                }
            }
        }
        lines.append("")
        lines += paragraph("closing", values)
        if let office = language.letterhead.dropFirst().first ?? language.letterhead.first { lines += layout.wrap(office) }
        return layout.paginate(lines) { page, pages in
            layout.balanced([text("page", ["page": number(page), "pages": number(pages)], count: nil)])[0]
        }
    }

    private func paragraph(_ key: String, _ values: [String: String], count: Int? = nil) -> [String] {
        layout.wrap(text(key, values, count: count))
    }

    private func text(_ key: String, _ values: [String: String], count: Int?) -> String {
        switch language.phrases[key] {
        case .text(let s): return NoticeTemplate.fill(s, values)
        case .plural(let forms): return NoticeTemplate.fill(PluralCategory.pick(forms, n: count ?? 0, language: language.code), values)
        case nil: return ""
        }
    }

    func date(_ d: Day) -> String {
        let c = d.civil
        return language.dateFormat
            .replacingOccurrences(of: "{day}", with: String(c.day))
            .replacingOccurrences(of: "{month}", with: language.months[c.month - 1])
            .replacingOccurrences(of: "{year}", with: String(c.year))
    }

    /// Minor units in the language's way: 1234567 → 12,345.67 (en), 12.345,67 (es).
    func money(_ minor: Int64) -> String {
        let units = minor / 100, cents = minor % 100
        let amount = grouped(units) + language.decimalSeparator + (cents < 10 ? "0" : "") + String(cents)
        return language.money.replacingOccurrences(of: "{amount}", with: amount)
    }

    func number(_ n: Int) -> String { grouped(Int64(n)) }

    private func grouped(_ n: Int64) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += language.groupSeparator }
            out.append(ch)
        }
        return out
    }
}
