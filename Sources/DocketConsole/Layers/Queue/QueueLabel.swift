/// A case type's or state's label fitted to its queue column: whole words and an ellipsis
/// (`Veterans disability…`), not a code cut mid-word, when the agency gives no short label
/// that fits.
enum QueueLabel {
    static func fit(_ label: String, to width: Int) -> String {
        guard DisplayWidth.of(label) > width else { return label }
        var kept = ""
        for word in label.split(separator: " ") {
            let next = kept.isEmpty ? String(word) : kept + " " + word
            guard DisplayWidth.of(next) + 1 <= width else { break }
            kept = next
        }
        // One word longer than the column: cut it, as any text is.
        return kept.isEmpty ? DisplayWidth.truncate(label, to: width) : kept + DisplayWidth.ellipsis
    }
}
