import Foundation
import XCTest
@testable import DocketEngine

/// Seeded mutation fuzzing of the pure readers people type or paste into (#17 item 8c): dates,
/// amounts, refs, the sanitiser, and the CSV reader over random bytes. Fixed seeds, so a failure
/// names its seed and iteration and happens again; bounded, a second or two in all.
final class InputFuzzTests: XCTestCase {
    static let seeds: [UInt64] = [1, 17, 2026]
    static let iterations = 2_000

    func testDatesAreReadOrRefusedWithAReason() {
        let today = Day(iso: "2026-11-18")!
        let samples = ["3/14/1968", "14/3/1968", "1968-03-14", "14 Mar 1968", "March 14th, 1968", "2/29/2024", "12/31/99", "1/1/0001"]
        for seed in Self.seeds {
            var m = Mutator(seed: seed)
            for i in 0..<Self.iterations {
                let text = m.mutate(m.rng.pick(samples))
                for order in [DateOrder.mdy, .dmy] {
                    switch DateInput.parse(text, order: order, today: today) {
                    case .success(let day):
                        // What was read is a real day that reads back the same.
                        guard case .success(let again) = DateInput.parse(day.description, order: order, today: today) else {
                            return XCTFail("seed \(seed) #\(i): \(text.debugDescription) read as \(day), which does not read back")
                        }
                        XCTAssertEqual(again, day, "seed \(seed) #\(i): \(text.debugDescription)")
                    case .failure(let problem):
                        XCTAssertFalse(problem.message.isEmpty, "seed \(seed) #\(i): \(text.debugDescription) refused without a reason")
                    }
                }
            }
        }
    }

    func testAmountsAreReadOrRefusedWithAReason() {
        let samples = ["1,200.00", "$0.99", "1200", "12.5", "-3.00", "1.234,56", "$ 1 000", "99999999999"]
        for seed in Self.seeds {
            var m = Mutator(seed: seed)
            for i in 0..<Self.iterations {
                let text = m.mutate(m.rng.pick(samples))
                let negative = m.rng.chance(0.3)
                switch MoneyInput.parse(text, allowNegative: negative, currency: "USD") {
                case .success(let minor):
                    if !negative { XCTAssertGreaterThanOrEqual(minor, 0, "seed \(seed) #\(i): \(text.debugDescription)") }
                    // Shown as docket shows it, the amount reads back the same.
                    let shown = MoneyInput.format(minor: minor, currency: "USD")
                    XCTAssertEqual(try? MoneyInput.parse(shown, allowNegative: true, currency: "USD").get(), minor,
                                   "seed \(seed) #\(i): \(text.debugDescription) -> \(shown)")
                case .failure(let problem):
                    XCTAssertFalse(problem.message.isEmpty, "seed \(seed) #\(i): \(text.debugDescription) refused without a reason")
                }
            }
        }
    }

    func testTheSanitiserLeavesNoControlAndIsStable() {
        let samples = ["Ana María", "O'Brien\u{202E}evil", "\u{1B}]52;c;aGk=\u{07}name", "note\r\nline two\u{1B}[2J", "👩‍💻 dev", "a\u{9B}31mred", "x\u{0}y\u{7F}z"]
        func isControl(_ s: Unicode.Scalar, keepNewlines: Bool) -> Bool {
            if s == "\n" { return !keepNewlines }
            return s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        for seed in Self.seeds {
            var m = Mutator(seed: seed)
            for i in 0..<Self.iterations {
                let text = m.mutate(m.rng.pick(samples))
                for keep in [false, true] {
                    let clean = UntrustedText.sanitize(text, keepNewlines: keep)
                    XCTAssertFalse(clean.unicodeScalars.contains { isControl($0, keepNewlines: keep) },
                                   "seed \(seed) #\(i): \(text.debugDescription) -> \(clean.debugDescription)")
                    XCTAssertEqual(UntrustedText.sanitize(clean, keepNewlines: keep), clean, "seed \(seed) #\(i): not stable")
                }
            }
        }
    }

    func testRefsAreRecognisedAndMutatedOnesDoNotCrash() {
        for seed in Self.seeds {
            var m = Mutator(seed: seed)
            for i in 0..<Self.iterations {
                let ref = CaseRef.format(prefix: m.rng.pick(["CL", "BA", "TF", "APPL"]), year: m.rng.int(1900...2999), sequence: m.rng.int(1...999_999))
                XCTAssertTrue(CaseRef.looksLikeRef(ref), "seed \(seed) #\(i): \(ref)")
                let mutated = m.mutate(ref)
                if mutated.unicodeScalars.contains(where: { !$0.isASCII }) {
                    XCTAssertFalse(CaseRef.looksLikeRef(mutated), "seed \(seed) #\(i): \(mutated.debugDescription) is not a ref")
                }
            }
        }
    }

    /// Random bytes, rich in quotes, commas and line ends: every record lies after the one
    /// before, inside the file, and the reader reaches the end (a re-read never loops).
    func testTheCSVReaderOverRandomBytesEndsAndKeepsRecordsInOrder() throws {
        let dir = TempDir()
        let alphabet: [UInt8] = Array("\"\",,\n\r\nab \u{E9}".utf8) + [0x22, 0x2C, 0x0A, 0x0D, 0xFF, 0xC3, 0x00]
        for seed in Self.seeds {
            var rng = SeededRandom(seed: seed)
            for i in 0..<300 {
                let bytes = (0..<rng.int(0...1500)).map { _ in rng.chance(0.9) ? rng.pick(alphabet) : UInt8(rng.int(0...255)) }
                let path = dir.file("r.csv")
                _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                let reader: CSVReader
                do {
                    reader = CSVReader(file: try ChunkedFile(path: path, display: "r.csv"), display: "r.csv")
                    reader.expectedColumns = rng.chance(0.5) ? rng.int(1...4) : nil
                } catch {
                    return XCTFail("seed \(seed) #\(i): \(error)")
                }
                var lastEnd: Int64 = 0
                var records = 0
                do {
                    while let r = try reader.next() {
                        records += 1
                        XCTAssertGreaterThanOrEqual(r.start, lastEnd, "seed \(seed) #\(i): record \(r.number) starts inside the one before")
                        XCTAssertLessThanOrEqual(r.contentEnd, Int64(bytes.count), "seed \(seed) #\(i)")
                        lastEnd = r.contentEnd + Int64(r.terminator.count)
                        if records > bytes.count + 2 { return XCTFail("seed \(seed) #\(i): more records than bytes: a loop") }
                    }
                } catch {
                    // Only a UTF-16 mark is refused for the whole file.
                    XCTAssertTrue(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]), "seed \(seed) #\(i): \(error)")
                }
            }
        }
    }
}

/// Seeded mutations of a text: characters replaced, inserted, deleted, repeated, cut short,
/// with pieces that break readers (controls, escapes, wide and joined characters, digits).
struct Mutator {
    var rng: SeededRandom
    static let pieces = ["\"", ",", "\n", "\r\n", "\u{1B}[31m", "\u{202E}", "\u{0}", "\u{7F}", "\u{9B}", "👩‍💻", "é", "ł", "한",
                         "٣", "１", "-", "/", ".", " ", "99999999999999999999", "0", "2026", "feb", "$", "€", "%", "e5"]

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    mutating func mutate(_ text: String) -> String {
        var s = Array(text)
        for _ in 0..<rng.int(1...4) {
            let at = rng.int(0...s.count)
            switch rng.int(0...4) {
            case 0 where !s.isEmpty: s.replaceSubrange(min(at, s.count - 1)...min(at, s.count - 1), with: rng.pick(Mutator.pieces))
            case 1: s.insert(contentsOf: rng.pick(Mutator.pieces), at: at)
            case 2 where !s.isEmpty: s.removeSubrange(min(at, s.count - 1)..<min(s.count, at + rng.int(1...3)))
            case 3 where at < s.count: s.insert(contentsOf: s[at..<min(s.count, at + rng.int(1...4))], at: at)
            case 4: s.removeSubrange(at...)
            default: break
            }
        }
        return String(s)
    }
}
