/// A terminal in memory: keys come from a script, presented frames are kept, and every
/// present records how many cells it wrote. Screens are tested against it as text.
public final class VirtualTerminal: TerminalBackend {
    public private(set) var size: Size
    /// What is on the virtual screen now (nil before the first present).
    public private(set) var screen: Frame?
    /// Cells written by each present, in order.
    public private(set) var writesPerPresent: [Int] = []
    public private(set) var cursor: Point?
    public private(set) var bellCount = 0
    public private(set) var isShutDown = false
    /// The theme last applied (frames hold roles; this records which theme would colour them).
    public private(set) var theme: Theme = .default
    /// When true (the default), an empty key script means the input is closed, so a
    /// runtime under test stops once its script is played.
    public var closesWhenScriptEnds: Bool
    /// Called before every read (tests use it to advance a manual clock).
    public var beforeEachRead: (() -> Void)?
    private var keys: [Key]
    private var pendingSignal: Int32?

    public init(width: Int = 80, height: Int = 24, keys: [Key] = [], closesWhenScriptEnds: Bool = true) {
        self.size = Size(width: width, height: height)
        self.keys = keys
        self.closesWhenScriptEnds = closesWhenScriptEnds
    }

    /// Adds keys to the end of the script.
    public func enqueue(_ more: [Key]) {
        keys.append(contentsOf: more)
    }

    /// Adds keys by name, separated by spaces: `"j j Enter C-d"`. Traps on a bad name,
    /// which is a mistake in the test itself.
    public func enqueue(names: String) {
        for name in names.split(separator: " ") {
            guard let key = Key(name: String(name)) else { preconditionFailure("no key named '\(name)'") }
            keys.append(key)
        }
    }

    /// Types every character of `text` as a key.
    public func type(_ text: String) {
        keys.append(contentsOf: text.map { Key.character($0) })
    }

    /// Keys not yet read.
    public var remainingKeys: [Key] { keys }

    /// Changes the size, as a terminal window resize would, and queues `.resize` to be
    /// read next.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        keys.insert(.resize, at: 0)
    }

    /// Simulates SIGINT/SIGTERM/SIGHUP arriving.
    public func deliverSignal(_ signal: Int32) {
        pendingSignal = signal
    }

    /// The last presented screen as text (empty before the first present).
    public var text: String { screen?.text ?? "" }

    @discardableResult
    public func present(_ frame: Frame) -> Int {
        var written = 0
        if let previous = screen, previous.size == frame.size {
            for index in frame.cells.indices where frame.cells[index] != previous.cells[index] {
                // The right half of a wide grapheme is drawn with its left half.
                if !frame.cells[index].isContinuation { written += 1 }
            }
        } else {
            written = frame.cells.filter { !$0.isContinuation }.count
        }
        screen = frame
        cursor = frame.cursor
        writesPerPresent.append(written)
        return written
    }

    public func readKey(timeoutMs: Int) -> Key? {
        beforeEachRead?()
        return keys.isEmpty ? nil : keys.removeFirst()
    }

    public var stopRequest: StopRequest? {
        if let pendingSignal { return .signal(pendingSignal) }
        if closesWhenScriptEnds && keys.isEmpty { return .inputClosed }
        return nil
    }

    public func setCursor(_ position: Point?) {
        cursor = position
    }

    public func bell() {
        bellCount += 1
    }

    public func invalidate() {
        screen = nil
    }

    public func apply(theme: Theme) {
        self.theme = theme
        invalidate()
    }

    public func shutdown() {
        isShutDown = true
    }
}
