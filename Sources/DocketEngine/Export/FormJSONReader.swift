/// Reads a stored form (a flat JSON object of strings, as `JSONText.encode(form:)` writes
/// it) back into values without Foundation's JSONSerialization and its bridging: an export
/// reads a million of them. Anything unexpected falls back to `JSONText.decodeForm`.
enum FormJSONReader {
    static func decode(_ text: String) -> FormValues {
        guard case .object(let members)? = try? JSONInputParser.parse(Array(text.utf8)) else {
            return JSONText.decodeForm(text)
        }
        var out: FormValues = Dictionary(minimumCapacity: members.count)
        for m in members {
            guard case .string(let s) = m.value else { return JSONText.decodeForm(text) }
            out[m.key] = s
        }
        return out
    }
}
