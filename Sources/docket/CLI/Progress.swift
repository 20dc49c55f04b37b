import Foundation

/// A progress bar on stderr when it is a terminal; silence otherwise (cron, pipes, CI).
struct ProgressBar {
    let label: String
    let enabled: Bool = isatty(STDERR_FILENO) == 1
    private let started = Date()

    init(label: String) { self.label = label }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        let rate = Double(done) / max(0.001, Date().timeIntervalSince(started))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total) (\(Int(rate))/s)".utf8))
        if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Once the bar is full: `then` names the step that follows, so a long one after it (a
    /// million-case demo's indexes take a quarter of a minute) is not taken for a hang.
    func update(_ done: Int, _ total: Int, then: String) {
        update(done, total)
        if enabled, total > 0, done >= total { FileHandle.standardError.write(Data("\(label): \(then)\n".utf8)) }
    }
}
