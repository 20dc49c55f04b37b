// Temporary stand-ins until the text branch lands; removed at merge.
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
