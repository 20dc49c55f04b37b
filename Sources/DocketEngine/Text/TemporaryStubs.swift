// Temporary stand-ins until the text branch lands; removed at merge.
public enum SHA256 { public static func hex(_ text: String) -> String { String(text.hashValue) } }
public enum NameFolding {
    public static func fold(_ s: String) -> String { s.lowercased() }
    public static func searchText(given: String, family: String) -> String { "\(given) \(family)".lowercased() }
    public static func ftsQuery(_ input: String) -> String? { input.split(separator: " ").map { "\"\($0)\"*" }.joined(separator: " ") }
}
public enum UntrustedText { public static func sanitize(_ s: String, keepNewlines: Bool = false) -> String { s } }
public enum CardNumberGuard { public static func findCardNumber(in text: String) -> Range<String.Index>? { nil } }
public enum FormValueGenerator {
    public static func values(for form: FormDefinition, identity: [String: String], rng: inout SeededRandom) -> FormValues {
        var v: FormValues = [:]
        for f in form.fields { if let i = f.identity, let x = identity[i] { v[f.id] = x } }
        return v
    }
}
public struct InputProblem: Error { public let message: String }
public enum DateInput {
    public static func parse(_ text: String, order: DateOrder, today: Day) -> Result<Day, InputProblem> {
        Day(iso: text).map { .success($0) } ?? .failure(InputProblem(message: "bad date"))
    }
}
