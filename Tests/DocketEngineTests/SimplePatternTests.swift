import Foundation
import XCTest
@testable import DocketEngine

final class SimplePatternTests: XCTestCase {
    let patterns = [
        #"^\d{3}-\d{2}-\d{4}$"#, #"^\*{4}\d{4}$"#, #"^[A-Z]\d{7}$"#, #"^[A-Z]{2}\d{7}$"#, #"^[A-Z0-9]{2,8}$"#,
        #"^[A-Z0-9]{6,9}$"#, #"^\d{3}-\d{3}-\d{3}$"#, #"^[A-Z]{1,4}-\d{4}-\d{6}$"#, #"^[a-z_]+$"#, "ab?c*d+",
        #"^.{3}$"#, #"[A-Z]{2}\d{6}"#, #"^[A-Za-z_]{2,}\.[a-z0-9]+$"#, #"^[-a-c]{1,}$"#, #"x\d*y?"#,
    ]

    /// The subset agrees with the regex engine on whole-value matches for ASCII input.
    func testAgreesWithTheRegexEngine() throws {
        var rng = SeededRandom(seed: 11)
        let alphabet = Array("AZaz09-_.*x y\u{00E9}")
        for pattern in patterns {
            let simple = try XCTUnwrap(SimplePattern(pattern), pattern)
            let regex = try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
            func regexMatches(_ s: String) -> Bool {
                regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
            }
            for _ in 0..<300 {
                let sample = simple.sample(&rng)
                XCTAssertTrue(simple.matches(sample), "\(pattern) sample \(sample)")
                XCTAssertTrue(regexMatches(sample), "\(pattern) regex on sample \(sample)")
                // A mutation of the sample, and pure noise: both engines must agree.
                var chars = Array(sample)
                if !chars.isEmpty { chars[rng.int(0...chars.count - 1)] = rng.pick(alphabet) }
                if rng.chance(0.3) { chars.append(rng.pick(alphabet)) }
                let noise = String((0..<rng.int(0...10)).map { _ in rng.pick(alphabet) })
                for text in [String(chars), noise] {
                    XCTAssertEqual(simple.matches(text), regexMatches(text), "\(pattern) on '\(text)'")
                }
            }
        }
    }

    func testSyntaxOutsideTheSubsetIsLeftToTheRegexEngine() {
        for pattern in [#"\w+"#, #"\s"#, "(a|b)", "a|b", "[^a]", "a{2,1}", #"\bx"#, "a*?", "a++", "[a", #"\p{L}"#, "a{", "^a^"] {
            XCTAssertNil(SimplePattern(pattern), pattern)
        }
        XCTAssertTrue(FieldPattern.matches("b", pattern: "(a|b)"))
        XCTAssertFalse(FieldPattern.matches("ab", pattern: "a|b"))
        XCTAssertTrue(FieldPattern.matches("Łukasz", pattern: #"^\p{L}+$"#))
        XCTAssertTrue(FieldPattern.matches("José", pattern: #"^\w+$"#))
    }

    func testDigitsAreASCII() {
        XCTAssertTrue(FieldPattern.matches("123-45-6789", pattern: FieldValidator.defaultNationalIdPattern))
        XCTAssertFalse(FieldPattern.matches("١٢٣-٤٥-٦٧٨٩", pattern: FieldValidator.defaultNationalIdPattern))
    }
}
