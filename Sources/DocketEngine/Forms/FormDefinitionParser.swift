import Foundation

/// Reads form definitions from the agency file, recording every problem with its JSON path.
enum FormDefinitionParser {
    static let identityAttributes: Set<String> = [
        "given_name", "family_name", "birth_date", "national_id", "email", "phone", "address", "language",
    ]

    static func parse(_ node: ConfigNode) -> FormDefinition? {
        guard node.object() else { return nil }
        node.allowOnly(["id", "case_type", "title", "sections"])
        let id = node.child("id").string()
        let caseType = node.child("case_type").string()
        let title = node.child("title").string()
        var sections: [FormSection] = []
        if let list = node.child("sections").array() {
            if list.isEmpty { node.child("sections").fail("a form needs at least one section") }
            for s in list { if let section = parseSection(s) { sections.append(section) } }
        }
        guard let id, let caseType, let title else { return nil }
        let form = FormDefinition(id: id, caseType: caseType, title: title, sections: sections)
        checkReferences(form, node)
        return form
    }

    private static func parseSection(_ node: ConfigNode) -> FormSection? {
        guard node.object() else { return nil }
        node.allowOnly(["title", "fields"])
        let title = node.child("title").string()
        var fields: [FormField] = []
        if let list = node.child("fields").array() {
            for f in list { if let field = parseField(f) { fields.append(field) } }
        }
        guard let title else { return nil }
        return FormSection(title: title, fields: fields)
    }

    private static func parseField(_ node: ConfigNode) -> FormField? {
        guard node.object() else { return nil }
        node.allowOnly(["id", "label", "type", "help", "required", "pattern", "min", "max", "max_length",
                        "options", "default", "pii", "show_if", "identity"])
        let id = node.child("id").string()
        if let id, id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil {
            node.child("id").fail("'\(id)' must be lower-case letters, digits and _ (it heads a CSV column)")
        }
        let label = node.child("label").string()
        var type: FieldType?
        if let raw = node.child("type").string() {
            type = FieldType(rawValue: raw)
            if type == nil {
                node.child("type").fail("unknown field type '\(raw)' (known: \(FieldType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        let pattern = node.child("pattern").optionalString()
        if let pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            node.child("pattern").fail("'\(pattern)' is not a valid regular expression")
        }
        let min = node.child("min").optionalDouble()
        let max = node.child("max").optionalDouble()
        if let min, let max, min > max { node.child("min").fail("min \(min) is greater than max \(max)") }
        var options: [FieldOption] = []
        if let list = node.child("options").optionalArray() {
            for o in list {
                if let s = o.value as? String {
                    options.append(FieldOption(value: s, label: s))
                } else if o.object() {
                    o.allowOnly(["value", "label"])
                    if let v = o.child("value").string(), let l = o.child("label").string() {
                        options.append(FieldOption(value: v, label: l))
                    }
                }
            }
        }
        if let type, type == .choice || type == .multiChoice, options.isEmpty {
            node.child("options").fail("a \(type.rawValue) field needs a list of options")
        }
        var showIf: ShowIf?
        let showNode = node.child("show_if")
        if showNode.isPresent, showNode.object() {
            showNode.allowOnly(["field", "equals"])
            let field = showNode.child("field").string()
            let eq = showNode.child("equals")
            let values: [String]? = (eq.value is [Any]) ? eq.array()?.compactMap { $0.scalarText() } : eq.scalarText().map { [$0] }
            if let field, let values { showIf = ShowIf(field: field, equals: values) }
        }
        let identity = node.child("identity").optionalString()
        if let identity, !identityAttributes.contains(identity) {
            node.child("identity").fail("unknown identity attribute '\(identity)' (known: \(identityAttributes.sorted().joined(separator: ", ")))")
        }
        let defaultNode = node.child("default")
        let defaultValue = defaultNode.isPresent ? defaultNode.scalarText() : nil
        guard let id, let label, let type else { return nil }
        return FormField(id: id, label: label, type: type, help: node.child("help").optionalString(),
                         required: node.child("required").optionalBool() ?? false, pattern: pattern,
                         min: min, max: max, maxLength: node.child("max_length").optionalInt(min: 1),
                         options: options, defaultValue: defaultValue,
                         pii: node.child("pii").optionalBool() ?? false, showIf: showIf, identity: identity)
    }

    /// Field ids unique; show_if names a field that exists, earlier in the form.
    private static func checkReferences(_ form: FormDefinition, _ node: ConfigNode) {
        var seen: Set<String> = []
        for (si, section) in form.sections.enumerated() {
            for (fi, field) in section.fields.enumerated() {
                let path = node.child("sections").path + "[\(si)].fields[\(fi)]"
                if !seen.insert(field.id).inserted {
                    node.problems.add(path + ".id", "duplicate field id '\(field.id)' in form '\(form.id)'")
                }
                if let cond = field.showIf, !seen.contains(cond.field) || cond.field == field.id {
                    node.problems.add(path + ".show_if.field", "'\(cond.field)' is not a field earlier in form '\(form.id)'")
                }
            }
        }
    }
}
