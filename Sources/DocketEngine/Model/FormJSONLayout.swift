/// One form's field ids in the order its stored JSON lists them (sorted, as
/// `JSONText.encode(form:)` sorts them), each already written as a JSON key. Demos and imports
/// encode a million forms: with the layout, each is written by looking its values up in that
/// order, with no keys to sort.
final class FormJSONLayout: Sendable {
    private let keys: [(id: String, json: [UInt8])]

    convenience init(form: FormDefinition) { self.init(fieldIds: form.fields.map(\.id)) }

    init(fieldIds: [String]) {
        keys = Set(fieldIds).sorted().map { id in
            var json: [UInt8] = []
            JSONText.writeString(id, into: &json)
            json.append(UInt8(ascii: ":"))
            return (id, json)
        }
    }

    /// Appends exactly what `JSONText.encode(form:)` gives for `values`; a value under a key the
    /// layout does not know sends the whole form through that slower path.
    func encode(_ values: FormValues, into out: inout [UInt8]) {
        let start = out.count
        out.append(UInt8(ascii: "{"))
        var written = 0
        for key in keys {
            guard let value = values[key.id] else { continue }
            if written > 0 { out.append(UInt8(ascii: ",")) }
            out += key.json
            JSONText.writeString(value, into: &out)
            written += 1
        }
        out.append(UInt8(ascii: "}"))
        if written != values.count {
            out.removeSubrange(start...)
            out += JSONText.encode(form: values).utf8
        }
    }

    /// The same as text.
    func encode(_ values: FormValues) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 40 + 16)
        encode(values, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
