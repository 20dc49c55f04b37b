import Foundation

/// The built-in "County of Example" agency shipped as the engine's resource.
public enum DemoAgency {
    public static var source: Data {
        get throws {
            guard let url = Bundle.module.url(forResource: "demo-agency", withExtension: "json") else {
                throw DocketError.refused("the demo agency file is missing from this build of docket; rebuild it")
            }
            return try Data(contentsOf: url)
        }
    }

    public static func load() throws -> Agency {
        try AgencyParser.parse(data: try source, file: "demo-agency.json")
    }
}
