/// Checks UTF-8 one byte at a time, so a reader can name the exact byte where a file stops
/// being UTF-8 (a spreadsheet saved as Latin-1, a truncated download) without a second pass.
struct UTF8Validator {
    private var need = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    /// Bytes of the character in progress taken so far.
    private var taken = 0
    /// After a false: how many bytes before the refused one the broken character began, so a
    /// message points at its first byte (the é of a Latin-1 "José", not the byte after it).
    private(set) var brokenBack = 0

    /// True while the bytes so far could be UTF-8; false on the byte that makes them not.
    /// After a false the validator starts afresh with the next byte.
    @inline(__always)
    mutating func accept(_ b: UInt8) -> Bool {
        if need == 0 {
            if b < 0x80 { return true }
            brokenBack = 0
            taken = 1
            return lead(b)
        }
        guard b >= low && b <= high else {
            brokenBack = taken
            need = 0
            return false
        }
        need -= 1
        taken += 1
        low = 0x80
        high = 0xBF
        return true
    }

    /// Bytes of an unfinished character (for one cut off at the end).
    var pending: Int { need > 0 ? taken : 0 }

    /// True when a multi-byte character is cut off (at the end of a field or file).
    var isInsideCharacter: Bool { need > 0 }

    mutating func reset() { need = 0; taken = 0 }

    private mutating func lead(_ b: UInt8) -> Bool {
        // Ranges from the Unicode standard's table of well-formed UTF-8 (no overlong forms,
        // no surrogates, nothing past U+10FFFF).
        switch b {
        case 0xC2...0xDF: need = 1; low = 0x80; high = 0xBF
        case 0xE0: need = 2; low = 0xA0; high = 0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2; low = 0x80; high = 0xBF
        case 0xED: need = 2; low = 0x80; high = 0x9F
        case 0xF0: need = 3; low = 0x90; high = 0xBF
        case 0xF1...0xF3: need = 3; low = 0x80; high = 0xBF
        case 0xF4: need = 3; low = 0x80; high = 0x8F
        default: return false
        }
        return true
    }

    /// The index of the first byte that is not UTF-8, or nil when all of them are.
    static func firstInvalid<C: Collection>(in bytes: C) -> Int? where C.Element == UInt8 {
        var v = UTF8Validator()
        var i = 0
        for b in bytes {
            if !v.accept(b) { return i - v.brokenBack }
            i += 1
        }
        return v.isInsideCharacter ? i - v.pending : nil
    }
}
