import Foundation

/// Matches a field's `pattern` against a whole value. Patterns in the simple subset are
/// matched without the regex engine; any other pattern is compiled once by
/// NSRegularExpression and kept, since an import checks the same few patterns a million times.
enum FieldPattern {
    private enum Compiled: @unchecked Sendable {
        case simple(SimplePattern)
        case regex(NSRegularExpression)
        case invalid
    }

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var entries: [String: Compiled] = [:]
    }

    private static let cache = Cache()

    private static func compiled(_ pattern: String) -> Compiled {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let hit = cache.entries[pattern] { return hit }
        let made: Compiled
        if let simple = SimplePattern(pattern) {
            made = .simple(simple)
        } else if let regex = try? NSRegularExpression(pattern: "\\A(?:\(pattern))\\z") {
            made = .regex(regex)
        } else {
            made = .invalid
        }
        cache.entries[pattern] = made
        return made
    }

    static func matches(_ value: String, pattern: String) -> Bool {
        switch compiled(pattern) {
        case .simple(let p):
            return p.matches(value)
        case .regex(let r):
            return r.firstMatch(in: value, options: [], range: NSRange(value.startIndex..., in: value)) != nil
        case .invalid:
            // The agency parser refuses invalid patterns; if one slips through, refuse the value
            // rather than accept anything.
            return false
        }
    }
}
