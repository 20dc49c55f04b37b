import Foundation
import XCTest
@testable import DocketEngine

/// The demo agency compiled into the binary is the JSON file people read and edit, byte for byte.
final class DemoAgencyTextTests: XCTestCase {
    func testCompiledTextEqualsTheJSONFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = try Data(contentsOf: root.appendingPathComponent("Sources/DocketEngine/Resources/demo-agency.json"))
        let compiled = try DemoAgency.source
        XCTAssertEqual(compiled.count, file.count, "regenerate DemoAgencyText.swift (the command is in its header)")
        XCTAssertTrue(compiled == file, "DemoAgencyText.swift differs from demo-agency.json; regenerate it (the command is in its header)")
    }
}
