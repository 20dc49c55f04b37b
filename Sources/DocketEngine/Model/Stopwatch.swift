import Dispatch

/// Wall-clock timing on the monotonic clock, for `docket bench` and the load phases it
/// reports (never for tests).
public enum Stopwatch {
    /// Milliseconds `body` took.
    public static func ms(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}
