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
