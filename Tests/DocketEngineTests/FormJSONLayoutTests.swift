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
}
