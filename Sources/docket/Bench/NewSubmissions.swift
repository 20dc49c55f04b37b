import DocketEngine
import Foundation

/// A CSV of submissions from people the database does not know, as an online form tool would
/// send them: every form field as typed text, fresh national ids, names and birth dates
/// spread like a county's. Importing it exercises the whole intake path (new person, name
/// index, routing), unlike re-importing exported cases, whose people are all known.
enum NewSubmissions {
    static func write(form: FormDefinition, rows: Int, to path: String) throws {
        let given = ["María", "Łukasz", "Anna", "민준", "Giulia", "Fatima", "James", "Zoë", "Omar", "Keiko"]
        let family = ["Okafor", "Lindqvist", "Moreau", "Papadopoulos", "Haddad", "Novák", "Tanaka", "Quispe", "Ferreira", "Walsh"]
        var rng = SeededRandom(seed: 7)
        let out = FileHandle(fileDescriptor: try PrivateFile.openForWriting(path, what: "the bench's submissions file"),
                             closeOnDealloc: true)
        defer { try? out.close() }
        var text = form.fields.map(\.id).joined(separator: ",") + "\n"
        for i in 0..<rows {
            let serial = 100_000_000 + i
            let digits = String(serial)
            let identity = [
                "given_name": given[i % given.count],
                "family_name": family[(i / given.count) % family.count] + "-" + String(i % 997),
                "birth_date": Day(year: 1940 + i % 60, month: 1 + (i / 60) % 12, day: 1 + (i / 720) % 28)!.iso,
                "national_id": "9\(digits.dropFirst().prefix(2))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(4))",
            ]
            let values = FormValueGenerator.values(for: form, identity: identity, rng: &rng)
            let typed = FormValidator.inputValues(fromCanonical: values, form: form)
            text += form.fields.map { csvCell(typed[$0.id] ?? "") }.joined(separator: ",") + "\n"
            if text.utf8.count > 1 << 20 {
                out.write(Data(text.utf8))
                text = ""
            }
        }
        out.write(Data(text.utf8))
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    private static func csvCell(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
