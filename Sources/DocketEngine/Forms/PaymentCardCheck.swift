/// Card numbers are never stored (DESIGN §6): free text is refused when it holds a run of
/// 13–19 digits that passes the Luhn check, written as people write them — in one piece or
/// in groups separated by single spaces or dashes.
public enum PaymentCardCheck {
    public static func containsCardNumber(_ text: String) -> Bool {
        var groups: [[UInt8]] = []
        var current: [UInt8] = []
        var pendingSeparator = false
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                if pendingSeparator, !current.isEmpty { groups.append(current); current = [] }
                pendingSeparator = false
                current.append(byte - 48)
            } else if (byte == 32 || byte == 45) && !current.isEmpty && !pendingSeparator {
                pendingSeparator = true
            } else {
                if !current.isEmpty { groups.append(current); current = [] }
                if check(groups) { return true }
                groups = []
                pendingSeparator = false
            }
        }
        if !current.isEmpty { groups.append(current) }
        return check(groups)
    }

    /// Any stretch of whole, consecutive groups holding 13–19 digits; a long unbroken number
    /// is looked at whole, never cut at arbitrary digits.
    private static func check(_ groups: [[UInt8]]) -> Bool {
        for start in groups.indices {
            var digits: [UInt8] = []
            for end in start..<groups.count {
                digits += groups[end]
                if digits.count > 19 { break }
                if digits.count >= 13, luhnValid(digits) { return true }
            }
        }
        return false
    }

    static func luhnValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if i % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
            sum += v
        }
        return sum % 10 == 0
    }
}
