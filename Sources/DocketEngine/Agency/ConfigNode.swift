import Foundation

/// Every problem found in a configuration file, each as `FILE: json.path: what is wrong`.
public final class ConfigProblems: @unchecked Sendable {
    public private(set) var messages: [String] = []
    public let file: String

    public init(file: String) { self.file = file }

    public func add(_ path: String, _ what: String) {
        messages.append("\(file): \(path): \(what)")
    }

    public var isEmpty: Bool { messages.isEmpty }
}

/// A read-only walk over parsed JSON that records every problem instead of stopping at the
/// first one, so a bad agency file is answered with the whole list at once.
public struct ConfigNode {
    public let value: Any?
    public let path: String
    public let problems: ConfigProblems

    public init(value: Any?, path: String, problems: ConfigProblems) {
        self.value = value
        self.path = path
        self.problems = problems
    }

    public var isPresent: Bool { value != nil && !(value is NSNull) }

    public func child(_ key: String) -> ConfigNode {
        let dict = value as? [String: Any]
        return ConfigNode(value: dict?[key], path: path.isEmpty ? key : "\(path).\(key)", problems: problems)
    }

    public var keys: [String] { (value as? [String: Any]).map { Array($0.keys).sorted() } ?? [] }

    /// Complains about keys the reader does not know: a typo in a config file must not be silently ignored.
    public func allowOnly(_ known: Set<String>) {
        for key in keys where !known.contains(key) {
            problems.add(path.isEmpty ? key : "\(path).\(key)", "unknown key (known keys: \(known.sorted().joined(separator: ", ")))")
        }
    }

    public func fail(_ what: String) { problems.add(path.isEmpty ? "(top)" : path, what) }

    private func typeName(_ v: Any?) -> String {
        switch v {
        case nil, is NSNull: return "nothing"
        case _ where isBool(v): return "true/false"
        case is NSNumber: return "a number"
        case is String: return "text"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "something else"
        }
    }

    private func isBool(_ v: Any?) -> Bool {
        guard let n = v as? NSNumber else { return false }
        // JSONSerialization gives booleans the Objective-C type code "c".
        return String(cString: n.objCType) == "c"
    }

    // MARK: required values

    public func string(nonEmpty: Bool = true) -> String? {
        guard isPresent else { fail("missing (expected text)"); return nil }
        guard let s = value as? String else { fail("expected text, found \(typeName(value))"); return nil }
        if nonEmpty && s.trimmingCharacters(in: .whitespaces).isEmpty { fail("must not be empty"); return nil }
        return s
    }

    public func int(min: Int? = nil, max: Int? = nil) -> Int? {
        guard isPresent else { fail("missing (expected a whole number)"); return nil }
        guard let n = value as? NSNumber, !isBool(value), n.doubleValue == n.doubleValue.rounded(),
              abs(n.doubleValue) < 9e15 else {
            fail("expected a whole number, found \(typeName(value))"); return nil
        }
        let i = n.intValue
        if let lo = min, i < lo { fail("must be at least \(lo), found \(i)"); return nil }
        if let hi = max, i > hi { fail("must be at most \(hi), found \(i)"); return nil }
        return i
    }

    public func double() -> Double? {
        guard isPresent else { fail("missing (expected a number)"); return nil }
        guard let n = value as? NSNumber, !isBool(value) else { fail("expected a number, found \(typeName(value))"); return nil }
        return n.doubleValue
    }

    public func bool() -> Bool? {
        guard isPresent else { fail("missing (expected true or false)"); return nil }
        guard isBool(value), let n = value as? NSNumber else { fail("expected true or false, found \(typeName(value))"); return nil }
        return n.boolValue
    }

    public func array() -> [ConfigNode]? {
        guard isPresent else { fail("missing (expected a list)"); return nil }
        guard let a = value as? [Any] else { fail("expected a list, found \(typeName(value))"); return nil }
        return a.enumerated().map { ConfigNode(value: $0.element, path: "\(path)[\($0.offset)]", problems: problems) }
    }

    public func object() -> Bool {
        guard isPresent else { fail("missing (expected an object)"); return false }
        guard value is [String: Any] else { fail("expected an object, found \(typeName(value))"); return false }
        return true
    }

    public func strings() -> [String]? {
        guard let items = array() else { return nil }
        let out = items.compactMap { $0.string() }
        return out.count == items.count ? out : nil
    }

    // MARK: optional values (absent is fine, wrong type is not)

    public func optionalString() -> String? { isPresent ? string(nonEmpty: false) : nil }
    public func optionalInt(min: Int? = nil, max: Int? = nil) -> Int? { isPresent ? int(min: min, max: max) : nil }
    public func optionalDouble() -> Double? { isPresent ? double() : nil }
    public func optionalBool() -> Bool? { isPresent ? bool() : nil }
    public func optionalArray() -> [ConfigNode]? { isPresent ? array() : nil }
    public func optionalStrings() -> [String]? { isPresent ? strings() : nil }

    /// A scalar as text, for defaults and condition values that may be text, numbers or booleans.
    public func scalarText() -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber where isBool(value): return n.boolValue ? "yes" : "no"
        case let n as NSNumber: return n.stringValue
        default: fail("expected text, a number or true/false, found \(typeName(value))"); return nil
        }
    }
}
