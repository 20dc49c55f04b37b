import Foundation
import XCTest
@testable import DocketEngine

final class JSONTextTests: XCTestCase {
    func testEscapesWhatJSONNeedsAndKeepsEveryScriptWhole() throws {
        let cases: [(String, String)] = [
            ("plain", "\"plain\""),
            ("José Núñez 김민준 فاطمة 👍", "\"José Núñez 김민준 فاطمة 👍\""),
            ("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
            ("line\nnext\ttab\u{1}", "\"line\\nnext\\ttab\\u0001\""),
            ("c1\u{85}next", "\"c1\\u0085next\""),
            ("sep\u{2028}para\u{2029}", "\"sep\\u2028para\\u2029\""),
            ("€ and – stay", "\"€ and – stay\""),
            ("del\u{7F}end", "\"del\\u007fend\""),
        ]
        for (text, expected) in cases {
            let encoded = JSONText.encode(.string(text))
            XCTAssertEqual(encoded, expected)
            let back = try JSONSerialization.jsonObject(with: Data(encoded.utf8), options: [.fragmentsAllowed]) as? String
            XCTAssertEqual(back, text, "round trip")
        }
        XCTAssertEqual(JSONText.encode(form: ["b": "2", "a": "Łukasz"]), "{\"a\":\"Łukasz\",\"b\":\"2\"}", "keys sorted")
    }
}

extension JSONTextTests {
    /// Every scalar up to U+3000 (every byte value of one- and two-byte UTF-8, and the three-byte
    /// line separators), alone and between plain text, is escaped exactly when JSONText promises.
    func testEscapesEachSpecialScalarAndNoOther() {
        func expected(_ v: UInt32) -> String {
            switch v {
            case 0x22: return "\\\""
            case 0x5C: return "\\\\"
            case 0x0A: return "\\n"
            case 0x0D: return "\\r"
            case 0x09: return "\\t"
            case 0..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029:
                let hex = String(v, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: return String(Unicode.Scalar(v)!)
            }
        }
        for v in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(scalar)
            XCTAssertEqual(JSONText.encode(.string(s)), "\"" + expected(v) + "\"", "U+\(String(v, radix: 16))")
            XCTAssertEqual(JSONText.encode(form: ["k": "a" + s + "b" + s]), "{\"k\":\"a" + expected(v) + "b" + expected(v) + "\"}")
        }
        // Inside longer text too, at every place within and across eight-byte words.
        let plainText = "abcdefghijklmnopqrstuvwxyz0123456789 ~!@#$%^&*()_+{}[]|:;'<>,.?/`"
        for v in Array(UInt32(0)...0xFF) + [0x2027, 0x2028, 0x2029, 0x202A, 0x1F600] {
            let s = String(Unicode.Scalar(v)!)
            for at in 0...24 {
                let head = String(plainText.prefix(at)), tail = String(plainText.dropFirst(at))
                XCTAssertEqual(JSONText.encode(.string(head + s + tail)), "\"" + head + expected(v) + tail + "\"", "U+\(String(v, radix: 16)) at \(at)")
            }
        }
        // Lead bytes of escaped sequences followed by other continuations stay as they are.
        XCTAssertEqual(JSONText.encode(.string("\u{A0}\u{2027}\u{202A}\u{2000}")), "\"\u{A0}\u{2027}\u{202A}\u{2000}\"")
    }

    /// Keys come out in `String <` order, whether all ASCII (compared as bytes) or not.
    func testFormKeysInStringOrder() {
        var rng = SeededRandom(seed: 7)
        let ascii = ["a", "A", "a_b", "ab", "a0", "Z", "_", "aa", "b", "", "a b", "~", "0", "abcdefgh", "abcdefghi",
                     "abcdefgh\u{0}", "abcdefgh\u{1}", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaa\u{0}",
                     "aaaaaaaa_long_key_one", "aaaaaaaa_long_key_two", "aaaaaaaa_long_key_one_more", "\u{7F}"]
        let other = ["é", "e\u{301}x", "Å", "z", "ß", "ss", "日本", "éa", "e", "aaaaaaaaaaaaaaaaé", "aaaaaaaaaaaaaaaé", "aaaaaaaé"]
        for round in 0..<600 {
            let pool = round % 2 == 0 ? ascii : ascii + other
            var form: FormValues = [:]
            for _ in 0..<rng.int(0...8) { form[pool[rng.int(0...pool.count - 1)]] = String(round) }
            let keys = form.keys.sorted()
            let expected = "{" + keys.map { JSONText.encode(.string($0)) + ":\"\(round)\"" }.joined(separator: ",") + "}"
            XCTAssertEqual(JSONText.encode(form: form), expected, "\(keys)")
        }
    }
}

extension JSONTextTests {
    /// `object` writes what encoding the same pairs as an object value writes.
    func testObjectIsTheObjectValueEncoded() {
        XCTAssertEqual(JSONText.object([:]), "{}")
        XCTAssertEqual(JSONText.object(["to": .string("VET"), "rule": .optional(nil as String?)]), "{\"to\":\"VET\",\"rule\":null}")
        let pairs: KeyValuePairs<String, JSONText.Value> = [
            "b": .string("say \"hi\"\n"), "a": .int(-3), "z": .bool(true), "d": .double(1.5), "n": .null,
            "list": .array([.int(1), .string("é"), .object([("k", .array([]))])]), "o": .object([]), "b": .int(2),
        ]
        XCTAssertEqual(JSONText.object(pairs), JSONText.encode(.object(pairs.map { ($0.key, $0.value) })))
    }
}
