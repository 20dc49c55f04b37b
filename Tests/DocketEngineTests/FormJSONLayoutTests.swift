import XCTest
@testable import DocketEngine

/// The bulk load's form encoder must write byte for byte what `JSONText.encode(form:)` writes,
/// whatever the keys and values: stored forms are compared and hashed as text.
final class FormJSONLayoutTests: XCTestCase {
    private let layout = FormJSONLayout(fieldIds: ["zeta", "amount", "Ämter", "a\"quote", "given_name", "amount_paid", "b"])

    private func encoded(_ values: FormValues) -> String {
        var out: [UInt8] = Array("prefix".utf8)
        layout.encode(values, into: &out)
        XCTAssertEqual(Array(out.prefix(6)), Array("prefix".utf8), "what was in the buffer stays")
        return String(decoding: out.dropFirst(6), as: UTF8.self)
    }

    func testTheLayoutWritesWhatTheSortingEncoderWrites() {
        let forms: [FormValues] = [
            [:],
            ["amount": "1200"],
            ["zeta": "last", "amount": "5", "amount_paid": "5", "b": "", "given_name": "Łukasz \"Luke\"\n\u{2028}"],
            ["Ämter": "non-ASCII key", "a\"quote": "escaped key", "b": "tab\there"],
        ]
        for form in forms {
            XCTAssertEqual(encoded(form), JSONText.encode(form: form))
        }
        XCTAssertEqual(encoded(["b": "2", "amount": "1"]), "{\"amount\":\"1\",\"b\":\"2\"}")
    }

    func testAValueUnderAnUnknownKeyFallsBackToTheSortingEncoder() {
        let form: FormValues = ["amount": "1", "unlisted": "x", "b": "2"]
        XCTAssertEqual(encoded(form), JSONText.encode(form: form))
        XCTAssertTrue(encoded(form).contains("\"unlisted\":\"x\""))
    }

    func testEveryEscapeIsWrittenAsTheSortingEncoderWritesIt() throws {
        let form = try XCTUnwrap(WorkflowFixture.parsedAgency().form("claim_form"))
        let layout = FormJSONLayout(form: form)
        let tricky = ["plain", "quote \" backslash \\ slash /", "line\nbreak\r\ttab", "bell \u{07} del \u{7F}", "c1 \u{85} \u{9F}",
                      "sep \u{2028} \u{2029}", "Łódź 한국어 😀 العربية", "", String(repeating: "long plain run ", count: 20)]
        for (i, text) in tricky.enumerated() {
            let values: FormValues = ["given_name": text, "family_name": "F\(i)", "notes": tricky[(i + 3) % tricky.count]]
            XCTAssertEqual(layout.encode(values), JSONText.encode(form: values), text)
        }
        XCTAssertEqual(layout.encode(["not_a_field": "x"]), JSONText.encode(form: ["not_a_field": "x"]))
    }
}
