/// Cleans text a constituent or an import supplied before it is stored or shown. A
/// terminal obeys escape sequences wherever they appear, so a name or note could otherwise
/// set the clipboard (OSC 52), move the cursor, recolour the screen, reverse the reading
/// order, or hide words. Everything else — every script, combining marks, emoji — stays.
public enum UntrustedText {
    /// - Parameter keepNewlines: for multi-line fields (notes, addresses): line breaks become
    ///   `\n`, trailing blanks on a line go, and at most one empty line is kept in a row.
    ///   Otherwise every line break becomes a space.
    public static func sanitize(_ s: String, keepNewlines: Bool = false) -> String {
        if s.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) {
            return trimmingWhitespace(s.unicodeScalars[...])
        }

        let input = Array(s.unicodeScalars)
        var output = String.UnicodeScalarView()
        var marksOnBase = 0

        func lineBreak() {
            marksOnBase = 0
            guard keepNewlines else { output.append(" "); return }
            while let last = output.last, last != "\n", last.properties.isWhitespace { output.removeLast() }
            let newlinesAtEnd = output.reversed().prefix(while: { $0 == "\n" }).count
            if newlinesAtEnd < 2 { output.append("\n") }
        }

        var i = 0
        while i < input.count {
            let scalar = input[i]
            i += 1
            switch scalar.value {
            case 0x1B:
                i = endOfEscapeSequence(input, introducerEnd: i)
            case 0x9B:  // 8-bit CSI
                i = endOfControlSequence(input, parametersStart: i)
            case 0x9D:  // 8-bit OSC
                i = endOfControlString(input, contentStart: i, bellEnds: true)
            case 0x90, 0x98, 0x9E, 0x9F:  // 8-bit DCS, SOS, PM, APC
                i = endOfControlString(input, contentStart: i, bellEnds: false)
            case 0x0D:
                if i < input.count, input[i] == "\n" { i += 1 }
                lineBreak()
            case 0x0A, 0x2028, 0x2029:
                lineBreak()
            case 0x09, 0x0B, 0x0C:  // tab, vertical tab, form feed: blank space, not layout
                marksOnBase = 0
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                break  // other C0 controls, DEL, other C1 controls
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x02FF:
                // Printable ASCII and Latin letters: nothing to look up.
                marksOnBase = 0
                output.append(scalar)
            default:
                guard !isHidden(scalar) else { break }
                if isNonSpacingMark(scalar) {
                    // ncurses keeps at most four combining characters in a cell (CCHARW_MAX
                    // is 5 with the base), and stacks of marks can paint over other rows.
                    marksOnBase += 1
                    if marksOnBase > maximumMarksPerBase { break }
                } else {
                    marksOnBase = 0
                }
                output.append(scalar)
            }
        }
        return trimmingWhitespace(output[...])
    }

    /// Combining marks kept on one base character; real text in any script needs fewer.
    public static let maximumMarksPerBase = 4

    // MARK: - Escape sequences (ECMA-48)

    /// After ESC: CSI, OSC and the string commands have bodies; other escapes are ESC,
    /// optional intermediate bytes and one final byte. A lone ESC is simply dropped.
    private static func endOfEscapeSequence(_ input: [Unicode.Scalar], introducerEnd: Int) -> Int {
        guard introducerEnd < input.count else { return introducerEnd }
        let next = input[introducerEnd]
        switch next {
        case "[":
            return endOfControlSequence(input, parametersStart: introducerEnd + 1)
        case "]":
            return endOfControlString(input, contentStart: introducerEnd + 1, bellEnds: true)
        case "P", "X", "^", "_":  // DCS, SOS, PM, APC
            return endOfControlString(input, contentStart: introducerEnd + 1, bellEnds: false)
        default:
            var i = introducerEnd
            while i < input.count, (0x20...0x2F).contains(input[i].value) { i += 1 }
            if i < input.count, (0x30...0x7E).contains(input[i].value) { return i + 1 }
            // Not a valid escape: drop the ESC and what was consumed, keep the rest as text.
            return i
        }
    }

    /// CSI: parameter and intermediate bytes up to a final byte. Anything else ends the
    /// sequence early and is then treated as ordinary input.
    private static func endOfControlSequence(_ input: [Unicode.Scalar], parametersStart: Int) -> Int {
        var i = parametersStart
        while i < input.count {
            let value = input[i].value
            if (0x20...0x3F).contains(value) {
                i += 1
            } else if (0x40...0x7E).contains(value) {
                return i + 1
            } else {
                return i
            }
        }
        return i
    }

    /// OSC, DCS, SOS, PM and APC bodies run to the string terminator (ESC \ or 8-bit ST;
    /// BEL too for OSC, as xterm accepts). CAN and SUB cancel. Without a terminator only
    /// the introducer is dropped: where the string would end is unknowable, and once the
    /// ESC is gone the rest is harmless text, so a constituent's words are not lost.
    private static func endOfControlString(_ input: [Unicode.Scalar], contentStart: Int, bellEnds: Bool) -> Int {
        var i = contentStart
        while i < input.count {
            switch input[i].value {
            case 0x07 where bellEnds, 0x9C, 0x18, 0x1A:
                return i + 1
            case 0x1B:
                if i + 1 < input.count, input[i + 1] == "\\" { return i + 2 }
                return i  // an ESC ends the string and starts a sequence of its own
            default:
                i += 1
            }
        }
        return contentStart
    }

    // MARK: - Invisible characters

    /// Characters that render as nothing and so can hide or disguise content: bidi
    /// controls (U+202E would show "cod.exe" as "exe.doc"), zero-width characters, the
    /// BOM, the Hangul fillers used for blank-looking names, tag characters. The zero-width
    /// joiner goes too, which splits 👩‍💻 into 👩💻: terminals and ncurses disagree on the
    /// width of joined emoji. Kept: variation selectors (emoji and CJK presentation),
    /// ZWNJ (Persian and Indic spelling) and Mongolian variation selectors.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200C, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F:
            return false
        case 0xFFF9...0xFFFB:  // interlinear annotation: hides the annotated text
            return true
        default:
            return scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    private static func isNonSpacingMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x0300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func trimmingWhitespace(_ scalars: Substring.UnicodeScalarView) -> String {
        let isBlank: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
