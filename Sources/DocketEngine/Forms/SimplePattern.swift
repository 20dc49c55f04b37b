/// The small part of regular-expression syntax that agency files use for field patterns
/// (`^\d{3}-\d{2}-\d{4}$`, `^[A-Z]\d{7}$`, `^\*{4}\d{4}$`): literals, escapes, classes and
/// counts, without groups or alternation. It matches without the regex engine (imports check
/// a million values) and can also write a value that matches (the demo generator makes a million).
/// `\d` is ASCII only, unlike the regex engine's: a national id typed in another script's
/// digits is refused, and canonical values stay ASCII. `\w` and `\s` are Unicode-aware
/// there, so patterns using them are left to it.
struct SimplePattern: Sendable {
    enum Unit: Sendable, Equatable {
        case scalar(Unicode.Scalar)
        /// A set of ASCII characters, kept as a bit mask for matching and as a list for sampling.
        case set(low: UInt64, high: UInt64, members: [Unicode.Scalar])
        /// `.`: anything but a line break.
        case any
    }

    struct Atom: Sendable, Equatable {
        var unit: Unit
        var min: Int
        /// nil for no upper bound (`*`, `+`, `{n,}`).
        var max: Int?
    }

    let atoms: [Atom]

    /// Compiles `pattern`, or nil when it uses syntax outside the subset (the caller then uses
    /// the full regex engine). The whole value must match, anchored or not.
    init?(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)
        if scalars.first == "^" { scalars.removeFirst() }
        if scalars.last == "$", !(scalars.count >= 2 && scalars[scalars.count - 2] == "\\") { scalars.removeLast() }
        var atoms: [Atom] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            var unit: Unit
            switch c {
            case "\\":
                guard i + 1 < scalars.count, let u = SimplePattern.escape(scalars[i + 1]) else { return nil }
                unit = u
                i += 2
            case "[":
                guard let (u, next) = SimplePattern.charClass(scalars, from: i + 1) else { return nil }
                unit = u
                i = next
            case ".":
                unit = .any
                i += 1
            case "(", ")", "|", "^", "$", "*", "+", "?", "{", "}", "]":
                return nil
            default:
                unit = .scalar(c)
                i += 1
            }
            var atom = Atom(unit: unit, min: 1, max: 1)
            if i < scalars.count {
                switch scalars[i] {
                case "?": atom.min = 0; i += 1
                case "*": atom.min = 0; atom.max = nil; i += 1
                case "+": atom.max = nil; i += 1
                case "{":
                    guard let (lo, hi, next) = SimplePattern.counts(scalars, from: i + 1) else { return nil }
                    atom.min = lo; atom.max = hi; i = next
                default: break
                }
                // Lazy and possessive forms are outside the subset.
                if i < scalars.count, "?+*{".unicodeScalars.contains(scalars[i]) { return nil }
            }
            atoms.append(atom)
        }
        self.atoms = atoms
    }

    func matches(_ text: String) -> Bool {
        // ASCII text is matched in place on its UTF-8 bytes; anything else as scalar values.
        let inPlace = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.allSatisfy { $0 < 128 } ? match(atom: 0, at: 0, bytes) : nil
        }
        if let result = inPlace ?? nil { return result }
        return match(atom: 0, at: 0, text.unicodeScalars.map(\.value))
    }

    /// A value that matches: each counted atom repeats between its minimum and a few more.
    func sample(_ rng: inout SeededRandom) -> String {
        var out = String.UnicodeScalarView()
        for atom in atoms {
            let top = atom.max ?? atom.min + 3
            let n = atom.min == top ? top : rng.int(atom.min...top)
            for _ in 0..<n {
                switch atom.unit {
                case .scalar(let s): out.append(s)
                case .set(_, _, let members): out.append(members[rng.int(0...members.count - 1)])
                case .any: out.append(Unicode.Scalar(UInt8(65 + rng.int(0...25))))
                }
            }
        }
        return String(out)
    }

    private func match<Input: RandomAccessCollection>(atom index: Int, at position: Int, _ input: Input) -> Bool
    where Input.Element: FixedWidthInteger, Input.Index == Int {
        guard index < atoms.count else { return position == input.count }
        let atom = atoms[index]
        // Greedy: take as many as allowed, then give back one at a time.
        var taken = 0
        let limit = atom.max.map { Swift.min($0, input.count - position) } ?? input.count - position
        while taken < limit, accepts(atom.unit, UInt32(input[input.startIndex + position + taken])) { taken += 1 }
        guard taken >= atom.min else { return false }
        var n = taken
        while n >= atom.min {
            if match(atom: index + 1, at: position + n, input) { return true }
            n -= 1
        }
        return false
    }

    private func accepts(_ unit: Unit, _ v: UInt32) -> Bool {
        switch unit {
        case .scalar(let c): return c.value == v
        case .any: return v != 10 && v != 13
        case .set(let low, let high, _):
            if v < 64 { return low & (1 << UInt64(v)) != 0 }
            if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
            return false
        }
    }

    // MARK: compiling

    private static func set(_ scalars: [Unicode.Scalar]) -> Unit {
        var low: UInt64 = 0, high: UInt64 = 0
        var members: [Unicode.Scalar] = []
        for s in scalars where s.value < 128 {
            let v = UInt64(s.value)
            let known = v < 64 ? low & (1 << v) != 0 : high & (1 << (v - 64)) != 0
            if known { continue }
            if v < 64 { low |= 1 << v } else { high |= 1 << (v - 64) }
            members.append(s)
        }
        return .set(low: low, high: high, members: members)
    }

    private static func range(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> [Unicode.Scalar] {
        guard a.value <= b.value else { return [] }
        return (a.value...b.value).compactMap(Unicode.Scalar.init)
    }

    private static let digits = range("0", "9")

    /// The scalars an escape stands for inside or outside a class; nil for escapes outside the subset.
    private static func escapeMembers(_ c: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch c {
        case "d": return digits
        default:
            // `\*`, `\.`, `\-` and the like stand for themselves; letters and digits are classes
            // or back-references this subset does not know.
            let isAlnum = ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            return isAlnum || c.value >= 128 ? nil : [c]
        }
    }

    private static func escape(_ c: Unicode.Scalar) -> Unit? {
        guard let members = escapeMembers(c) else { return nil }
        return members.count == 1 ? .scalar(members[0]) : set(members)
    }

    /// `[A-Z0-9]`, `[a-z_\-]`: returns the set and the index after `]`. Negated classes are not in the subset.
    private static func charClass(_ s: [Unicode.Scalar], from start: Int) -> (Unit, Int)? {
        var i = start
        guard i < s.count, s[i] != "^", s[i] != "]" else { return nil }
        var members: [Unicode.Scalar] = []
        while i < s.count, s[i] != "]" {
            var item: [Unicode.Scalar]
            if s[i] == "\\" {
                guard i + 1 < s.count, let m = escapeMembers(s[i + 1]) else { return nil }
                item = m
                i += 2
            } else if s[i] == "[" {
                return nil
            } else {
                item = [s[i]]
                i += 1
            }
            if item.count == 1, i + 1 < s.count, s[i] == "-", s[i + 1] != "]" {
                var end = s[i + 1]
                i += 2
                if end == "\\" {
                    guard i < s.count, let m = escapeMembers(s[i]), m.count == 1 else { return nil }
                    end = m[0]
                    i += 1
                }
                guard item[0].value <= end.value else { return nil }
                item = range(item[0], end)
            }
            guard item.allSatisfy({ $0.value < 128 }) else { return nil }
            members += item
        }
        guard i < s.count else { return nil }
        return (set(members), i + 1)
    }

    /// `{3}`, `{2,8}`, `{1,}`: returns the bounds and the index after `}`.
    private static func counts(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int?, Int)? {
        var i = start
        func number() -> Int? {
            var n: Int?
            while i < s.count, ("0"..."9").contains(s[i]) {
                n = (n ?? 0) * 10 + Int(s[i].value - 48)
                if n! > 1000 { return nil }
                i += 1
            }
            return n
        }
        guard let lo = number() else { return nil }
        var hi: Int? = lo
        if i < s.count, s[i] == "," {
            i += 1
            hi = number()
            if let h = hi, h < lo { return nil }
        }
        guard i < s.count, s[i] == "}" else { return nil }
        return (lo, hi, i + 1)
    }
}
