import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `docket` console on a pseudo-terminal, as over SSH: the child gets the pty's
/// slave side as stdin, stdout and stderr (so `isatty` holds and curses draws), the test
/// writes keys to the master side and a reader thread keeps draining what is drawn, so the
/// child never blocks on a full pty buffer.
final class PseudoTerminal: @unchecked Sendable {
    let process = Process()
    private let master: Int32
    private let lock = NSLock()
    private var output = Data()
    private var reader: Thread?

    init(executable: String, arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
        // posix_openpt and friends sit behind _XOPEN_SOURCE in <stdlib.h>, which Swift's Glibc
        // module does not define, so they are looked up in libc by name.
        guard let openpt = PseudoTerminal.libc("posix_openpt", as: IntFunction.self),
              let grantpt = PseudoTerminal.libc("grantpt", as: IntFunction.self),
              let unlockpt = PseudoTerminal.libc("unlockpt", as: IntFunction.self),
              let ptsname = PseudoTerminal.libc("ptsname", as: NameFunction.self) else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "libc has no posix_openpt"])
        }
        master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no pseudo-terminal: errno \(errno)"])
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        guard let slave = FileHandle(forUpdatingAtPath: String(cString: name)) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot open \(String(cString: name))"])
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // LINES and COLUMNS as well, in case the size set on the pty does not reach curses.
        process.environment = environment.merging(["LINES": "\(rows)", "COLUMNS": "\(columns)"]) { given, _ in given }
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try? slave.close()
        let thread = Thread { [self] in drain() }
        reader = thread
        thread.start()
    }

    private typealias IntFunction = @convention(c) (CInt) -> CInt
    private typealias NameFunction = @convention(c) (CInt) -> UnsafeMutablePointer<CChar>?

    private static func libc<T>(_ name: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            // EIO once the child has gone and the slave side is closed.
            if count <= 0 { break }
            lock.lock()
            output.append(contentsOf: buffer[0..<count])
            lock.unlock()
        }
    }

    /// Everything drawn so far, escape sequences and all.
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Types `keys` (raw bytes: `\t` Tab, `\r` Enter, `\u{1b}` Esc).
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        bytes.withUnsafeBufferPointer { pointer in
            var offset = 0
            while offset < pointer.count {
                let written = write(master, pointer.baseAddress! + offset, pointer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// Polls `condition` every 50 ms until it holds or `seconds` pass; true when it held.
    @discardableResult
    static func waitUntil(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return try condition()
    }

    /// The child's exit status once it has ended within `seconds`, else nil.
    func waitForExit(_ seconds: Double) -> Int32? {
        PseudoTerminal.waitUntil(seconds) { !process.isRunning } ? process.terminationStatus : nil
    }

    /// SIGKILL: no handler runs, nothing is flushed or saved on the way out.
    func killHard() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func close() {
        if process.isRunning { killHard() }
        Glibc.close(master)
        // The reader ends with EIO or EBADF now that both sides are gone.
    }
}
