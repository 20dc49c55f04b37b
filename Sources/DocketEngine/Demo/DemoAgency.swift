import Foundation

/// The built-in "County of Example" agency, compiled into the binary (DemoAgencyText.swift): a
/// resource bundle beside the binary would be lost when `docket` is copied or installed.
public enum DemoAgency {
    public static var source: Data {
        get throws { Data(text.utf8) }
    }

    public static func load() throws -> Agency {
        try AgencyParser.parse(data: try source, file: "demo-agency.json")
    }
}
