import Foundation

/// Wraps a terminal to time the console as a person feels it: start to the first painted
/// queue, and each key to the frame that answers it. Written out on exit when
/// DOCKET_CONSOLE_STATS names a file (for `docket bench` and by hand); never asserted in tests.
final class FrameTimings: TerminalBackend {
    private let inner: any TerminalBackend
    private let startedAt: UInt64
    /// Whether the frame being presented shows the first loaded queue.
    var isQueuePainted: () -> Bool = { false }
    private(set) var firstPaintMs: Double?
    private(set) var keyToFrameMs: [Double] = []
    /// The same spans in this thread's CPU time: what the console itself spent, whatever
    /// else the machine was busy with.
    private(set) var keyToFrameCPUMs: [Double] = []
    private var keyReadAt: UInt64?
    private var keyReadCPUAt: UInt64 = 0

    init(_ inner: any TerminalBackend, startedAt: UInt64) {
        self.inner = inner
        self.startedAt = startedAt
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Nanoseconds of CPU this thread has used.
    static func threadCPU() -> UInt64 {
        var spent = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent)
        return UInt64(spent.tv_sec) * 1_000_000_000 + UInt64(spent.tv_nsec)
    }

    var size: Size { inner.size }
    var stopRequest: StopRequest? { inner.stopRequest }

    @discardableResult
    func present(_ frame: Frame) -> Int {
        let written = inner.present(frame)
        let now = FrameTimings.now()
        if let keyReadAt {
            keyToFrameMs.append(Double(now - keyReadAt) / 1e6)
            keyToFrameCPUMs.append(Double(FrameTimings.threadCPU() - keyReadCPUAt) / 1e6)
            self.keyReadAt = nil
        }
        if firstPaintMs == nil, isQueuePainted() {
            firstPaintMs = Double(now - startedAt) / 1e6
        }
        return written
    }

    func readKey(timeoutMs: Int) -> Key? {
        let key = inner.readKey(timeoutMs: timeoutMs)
        if key != nil {
            keyReadAt = FrameTimings.now()
            keyReadCPUAt = FrameTimings.threadCPU()
        }
        return key
    }

    func setCursor(_ position: Point?) { inner.setCursor(position) }
    func bell() { inner.bell() }
    func invalidate() { inner.invalidate() }
    func apply(theme: Theme) { inner.apply(theme: theme) }
    func shutdown() { inner.shutdown() }

    /// The figures as JSON, keys in the style of `docket bench --json`.
    func report() -> String {
        let sorted = keyToFrameMs.sorted()
        let cpu = keyToFrameCPUMs.sorted()
        func percentile(_ p: Double, of sorted: [Double]) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))]
        }
        let fields: [(String, String)] = [
            ("first_paint_ms", String(format: "%.2f", firstPaintMs ?? -1)),
            ("key_frames", String(sorted.count)),
            ("key_to_frame_p50_ms", String(format: "%.3f", percentile(0.5, of: sorted))),
            ("key_to_frame_p99_ms", String(format: "%.3f", percentile(0.99, of: sorted))),
            ("key_to_frame_max_ms", String(format: "%.3f", sorted.last ?? 0)),
            ("key_to_frame_cpu_p50_ms", String(format: "%.3f", percentile(0.5, of: cpu))),
            ("key_to_frame_cpu_p99_ms", String(format: "%.3f", percentile(0.99, of: cpu))),
            ("console_rss_mib", String(format: "%.1f", FrameTimings.memoryMiB("VmRSS"))),
            ("console_peak_rss_mib", String(format: "%.1f", FrameTimings.memoryMiB("VmHWM"))),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}\n"
    }

    /// A figure from /proc/self/status, in MiB (0 where there is no /proc).
    static func memoryMiB(_ field: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return digits / 1024
        }
        return 0
    }
}
