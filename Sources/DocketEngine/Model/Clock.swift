import Foundation

/// Where "now" comes from. Tests and end-to-end scripts pin it with DOCKET_NOW
/// (`2026-11-22` or `2026-11-22T09:30:00Z`) so ages, due dates and hold expiry are reproducible.
public struct Clock: Sendable {
    private let source: @Sendable () -> Int64

    public init(_ source: @escaping @Sendable () -> Int64) { self.source = source }

    public static let system = Clock { Int64(Date().timeIntervalSince1970) }
    public static func fixed(_ seconds: Int64) -> Clock { Clock { seconds } }

    /// Seconds since 1970 (UTC).
    public var now: Int64 { source() }
    public var today: Day { Day(unixSeconds: now) }

    /// The clock the environment asks for: DOCKET_NOW when set and valid, else the system clock.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Clock {
        guard let raw = env["DOCKET_NOW"], !raw.isEmpty else { return .system }
        guard let t = Timestamp.parse(raw) else {
            throw DocketError.usage("DOCKET_NOW='\(raw)' is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM:SSZ)")
        }
        return .fixed(t)
    }
}

/// ISO 8601 times for JSON and text output.
public enum Timestamp {
    public static func iso(_ seconds: Int64) -> String {
        let day = Day(unixSeconds: seconds)
        let rest = Int(seconds - day.unixSeconds)
        return "\(day.iso)T\(ZeroPadded.string(rest / 3600, width: 2)):\(ZeroPadded.string(rest / 60 % 60, width: 2)):\(ZeroPadded.string(rest % 60, width: 2))Z"
    }

    /// `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM[:SS][Z]`.
    public static func parse(_ text: String) -> Int64? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let day = Day(iso: String(first)) else { return nil }
        guard parts.count == 2 else { return day.unixSeconds }
        var time = String(parts[1])
        if time.hasSuffix("Z") { time.removeLast() }
        let hms = time.split(separator: ":").map { Int($0) }
        guard hms.count == 2 || hms.count == 3, hms.allSatisfy({ $0 != nil }) else { return nil }
        let h = hms[0]!, m = hms[1]!, s = hms.count == 3 ? hms[2]! : 0
        guard (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        return day.unixSeconds + Int64(h * 3600 + m * 60 + s)
    }
}
