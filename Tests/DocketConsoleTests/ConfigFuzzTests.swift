@testable import DocketConsole
import DocketEngine
import XCTest

/// Seeded mutation fuzzing of the files people write for the console (#17 item 8c): themes
/// and keymaps either load or are refused line by line, each refusal naming the file and a line
/// of it. Fixed seeds, so a failure names its seed and iteration and happens again.
final class ConfigFuzzTests: ConsoleTestCase {
    static let seeds: [UInt64] = [1, 17, 2026]
    static let iterations = 1_500

    static let theme = """
        # my theme
        selected     black     color110    bold,underline
        overdue      bright-red  default   [bold, reverse]   # trailing comment
        muted        color245  default
        title        WHITE     default     -
        """
    static let keymap = """
        # my keys
        queue   next-case   N, F5
        *       help        F2,h     # everywhere
        queue   open        o,Enter
        """
    static let pieces = ["\n", "\r\n", "\t", " ", "#", ",", "[", "]", "-", "color", "color999", "bright-", "F", "F99", "Ctrl-",
                         "*", "\u{1B}[31m", "\u{202E}", "\u{0}", "é", "👩‍💻", "default", "bold", "queue", "help"]

    /// Every line of a refusal is `FILE:N: …` with N a line of the text.
    func assertNamesWhere(_ error: ConfigFileError, file: String, text: String, _ what: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertFalse(error.lines.isEmpty, what)
        for line in error.lines {
            let rest = line.hasPrefix(file + ":") ? line.dropFirst(file.count + 1) : ""
            let number = Int(rest.prefix(while: { $0.isNumber })) ?? 0
            XCTAssertTrue((1...max(1, lines)).contains(number), "\(what): \(line.debugDescription) names no line of the file")
        }
    }

    func mutate(_ text: String, _ rng: inout SeededRandom) -> String {
        var s = Array(text)
        for _ in 0..<rng.int(1...5) {
            let at = rng.int(0...s.count)
            switch rng.int(0...3) {
            case 0 where !s.isEmpty: s.remove(at: min(at, s.count - 1))
            case 1: s.insert(contentsOf: rng.pick(Self.pieces), at: at)
            case 2 where at < s.count: s.insert(contentsOf: s[at..<min(s.count, at + rng.int(1...12))], at: at)
            default: s.removeSubrange(at..<min(s.count, at + rng.int(0...6)))
            }
        }
        return String(s)
    }

    func testMutatedThemesLoadOrNameTheLine() {
        for seed in Self.seeds {
            var rng = SeededRandom(seed: seed)
            for i in 0..<Self.iterations {
                let text = mutate(Self.theme, &rng)
                do {
                    _ = try ThemeParser.parse(text, file: "t.theme", name: "t", base: .default)
                } catch {
                    assertNamesWhere(error, file: "t.theme", text: text, "seed \(seed) #\(i)")
                }
            }
        }
    }

    func testMutatedKeymapsLoadOrNameTheLine() {
        let keymaps = [KeymapTests.queue]
        for seed in Self.seeds {
            var rng = SeededRandom(seed: seed)
            for i in 0..<Self.iterations {
                let text = mutate(Self.keymap, &rng)
                do {
                    _ = try KeymapOverrides.parse(text, file: "keymap", keymaps: keymaps)
                } catch {
                    assertNamesWhere(error, file: "keymap", text: text, "seed \(seed) #\(i)")
                }
            }
        }
    }
}
