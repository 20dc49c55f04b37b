/// A JSON value as an import reads it: numbers keep the text they were written with (so
/// `1234.50` stays `1234.50` for the money field), and an object remembers where each
/// member's value lies, so a rejects file can rewrite one member and leave the rest as it was.
indirect enum JSONInput: Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONInput])
    case object([JSONMember])
}

struct JSONMember: Equatable {
    var key: String
    var value: JSONInput
    /// Byte range of the value in the parsed text.
    var valueRange: Range<Int>
}

struct JSONSyntaxError: Error {
    var offset: Int
    var message: String
}

/// A strict JSON parser over bytes (RFC 8259): one value, nesting at most 64 deep.
struct JSONInputParser {
    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    static let maxDepth = 64

    static func parse(_ bytes: [UInt8]) throws -> JSONInput {
        var p = JSONInputParser(bytes: bytes)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.i < bytes.count { throw JSONSyntaxError(offset: p.i, message: "unexpected text after the value") }
        return v
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: i, message: message) }

    private mutating func value() throws -> JSONInput {
        guard i < bytes.count else { throw fail("the text ends where a value should be") }
        switch bytes[i] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return .number(try number())
        default: throw fail("expected a value (text in double quotes, a number, true, false, null, [ or {)")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw fail("expected \(word)") }
        i += w.count
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONInputParser.maxDepth { throw fail("nested more than \(JSONInputParser.maxDepth) deep") }
    }

    private mutating func object() throws -> JSONInput {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [JSONMember] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a member name in double quotes") }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected : after the member name") }
            i += 1
            skipSpace()
            let from = i
            let v = try value()
            members.append(JSONMember(key: key, value: v, valueRange: from..<i))
            skipSpace()
            guard i < bytes.count else { throw fail("the object never closes (expected , or })") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(members) }
            throw fail("expected , or } after a member")
        }
    }

    private mutating func array() throws -> JSONInput {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONInput] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw fail("the array never closes (expected , or ])") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw fail("expected , or ] after an array item")
        }
    }

    private mutating func number() throws -> String {
        let from = i
        if bytes[i] == 0x2D { i += 1 }
        func digits() -> Int {
            let s = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            return i - s
        }
        guard i < bytes.count else { throw fail("a number needs digits") }
        if bytes[i] == 0x30 { i += 1 } else if digits() == 0 { throw fail("a number needs digits") }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            if digits() == 0 { throw fail("a number needs digits after the decimal point") }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            if digits() == 0 { throw fail("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[from..<i], as: UTF8.self)
    }

    private mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        var escaped = false
        var runStart = i
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                // Most text has no escapes: make the string straight from the bytes.
                if !escaped {
                    i += 1
                    return String(decoding: bytes[runStart..<(i - 1)], as: UTF8.self)
                }
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw fail("a control character inside text; write it as an escape such as \\n") }
            if b == 0x5C {
                escaped = true
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A surrogate pair: the low half must follow as another \u escape.
                        guard i + 2 < bytes.count, bytes[i + 1] == 0x5C, bytes[i + 2] == 0x75 else { throw fail("a lone surrogate in a \\u escape") }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate in a \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("a lone surrogate in a \\u escape")
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default: throw fail("an unknown escape \\\(Character(Unicode.Scalar(bytes[i])))")
                }
                i += 1
                runStart = i
                continue
            }
            i += 1
        }
        throw fail("the text in double quotes never closes")
    }

    /// Four hex digits after `\u`; leaves `i` on the last of them.
    private mutating func hex4() throws -> UInt32 {
        guard i + 4 < bytes.count else { throw fail("\\u needs four hex digits") }
        var v: UInt32 = 0
        for k in 1...4 {
            let b = bytes[i + k]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("\\u needs four hex digits")
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
