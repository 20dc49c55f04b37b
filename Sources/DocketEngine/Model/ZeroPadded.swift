/// Decimal numbers padded with zeros, without Foundation's format machinery: refs, dates and
/// times are built millions of times when a demo or an import runs.
enum ZeroPadded {
    static func string(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
