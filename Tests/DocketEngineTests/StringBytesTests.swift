import Foundation
import XCTest
@testable import DocketEngine

final class StringBytesTests: XCTestCase {
    /// Small (inline), large, empty, sliced and Foundation-made strings all give their UTF-8.
    func testGivesTheUTF8OfEveryKindOfString() {
        let long = String(repeating: "José 김민준 ", count: 20)
        let texts = ["", "a", "fifteen bytes!!", "sixteen bytes!!!", "é", long, String(long.dropFirst(3)),
                     NSString(string: "from Foundation, long enough to be stored apart").description]
        for text in texts {
            XCTAssertEqual(text.withUTF8Bytes { Array($0) }, Array(text.utf8), text)
        }
    }
}
