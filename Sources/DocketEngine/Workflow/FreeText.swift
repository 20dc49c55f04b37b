import Foundation

/// Text people type into notes, reasons and rationales: cleaned of control sequences, and
/// refused when it holds a card number (Docket never stores one).
public enum FreeText {
    public static func optional(_ raw: String, keepNewlines: Bool = false) throws -> String? {
        // A reason of spaces or blank lines is no reason: trim before deciding the text is there.
        let clean = UntrustedText.sanitize(raw, keepNewlines: keepNewlines).trimmingCharacters(in: .whitespacesAndNewlines)
        if clean.isEmpty { return nil }
        if CardNumberGuard.findCardNumber(in: clean) != nil {
            throw DocketError.refused("the text holds what looks like a payment card number; Docket never stores card numbers. Remove it (a receipt number or the last four digits are fine)")
        }
        guard clean.count <= 20_000 else { throw DocketError.usage("the text is \(clean.count) characters; keep it under 20,000") }
        return clean
    }

    public static func required(_ raw: String, what: String, keepNewlines: Bool = false) throws -> String {
        guard let text = try optional(raw, keepNewlines: keepNewlines) else { throw DocketError.usage("give \(what)") }
        return text
    }
}
