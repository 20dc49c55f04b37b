/// One element of a JSON import: the top-level array's Nth item, or the Nth line of JSON Lines.
struct JSONElement {
    /// The element's number in the array (from 1), or its line number in JSON Lines.
    var number: Int
    var start: Int64
    var bytes: [UInt8]
    /// The element's size when it was over the limit (its bytes are then cut short).
    var oversize: Int64?
}

/// Splits a JSON array or JSON Lines file into elements as a stream, so a million-element
/// array never sits in memory whole: strings and nesting are followed byte by byte to find
/// where each element ends; each element is then parsed on its own.
final class JSONRecordReader {
    enum Mode { case array, lines }
    static let maxElementBytes = 16 << 20

    private let file: ChunkedFile
    private let display: String
    let mode: Mode
    private var pos = 0
    private var started = false
    private(set) var hadBOM = false

    private enum State { case beforeArray, beforeElement, inElement, afterElement, ended }
    private var state = State.beforeArray
    private var count = 0
    private var line = 1
    private var bytes: [UInt8] = []
    private var size: Int64 = 0
    private var start: Int64 = 0
    // Where the scanner stands inside an element.
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var scalar = false

    init(file: ChunkedFile, display: String, mode: Mode) {
        self.file = file
        self.display = display
        self.mode = mode
    }

    var position: Int64 { file.chunkOffset + Int64(pos) }

    func next() throws -> JSONElement? {
        if !started {
            started = true
            if try file.next(), file.count >= 3, file.chunk[0] == 0xEF, file.chunk[1] == 0xBB, file.chunk[2] == 0xBF {
                hadBOM = true
                pos = 3
            }
        }
        while true {
            if pos >= file.count {
                if try !file.next() { return try endOfFile() }
                pos = 0
            }
            let done = try file.chunk.withUnsafeBufferPointer { buf in
                mode == .lines ? scanLines(buf) : try scanArray(buf)
            }
            if let done { return done }
        }
    }

    private func keep(_ b: UInt8) {
        size += 1
        if bytes.count < JSONRecordReader.maxElementBytes { bytes.append(b) }
    }

    private func element(number: Int) -> JSONElement {
        let e = JSONElement(number: number, start: start, bytes: bytes,
                            oversize: size > Int64(JSONRecordReader.maxElementBytes) ? size : nil)
        bytes.removeAll(keepingCapacity: true)
        size = 0
        return e
    }

    private func endOfFile() throws -> JSONElement? {
        switch mode {
        case .lines:
            if state == .inElement {
                state = .ended
                return lineElement()
            }
            return nil
        case .array:
            switch state {
            case .ended: return nil
            case .beforeArray:
                return nil
            case .inElement where scalar && !inString:
                count += 1
                state = .afterElement
                let e = element(number: count)
                throw DocketError.refused("\(display):\(e.number): the JSON array never closes (no ] at the end); is the file cut short?")
            default:
                throw DocketError.refused("\(display):\(count + (state == .inElement ? 1 : 0)): the JSON array never closes (an element or the ] at the end is missing); is the file cut short?")
            }
        }
    }

    // MARK: JSON Lines

    private func lineElement() -> JSONElement? {
        while let last = bytes.last, last == 0x0D { bytes.removeLast(); size -= 1 }
        let number = line
        line += 1
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            bytes.removeAll(keepingCapacity: true)
            size = 0
            return nil
        }
        return element(number: number)
    }

    private func scanLines(_ buf: UnsafeBufferPointer<UInt8>) -> JSONElement? {
        let n = file.count
        var i = pos
        defer { pos = i }
        while i < n {
            if state != .inElement {
                state = .inElement
                start = file.chunkOffset + Int64(i)
            }
            var j = i
            while j < n, buf[j] != 0x0A { j += 1 }
            let run = j - i
            size += Int64(run)
            if bytes.count + run <= JSONRecordReader.maxElementBytes {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<j]))
            }
            i = j
            guard j < n else { return nil }
            i += 1
            state = .beforeElement
            if let e = lineElement() { return e }
        }
        return nil
    }

    // MARK: JSON array

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private func scanArray(_ buf: UnsafeBufferPointer<UInt8>) throws -> JSONElement? {
        let n = file.count
        var i = pos
        defer { pos = i }
        while i < n {
            let b = buf[i]
            switch state {
            case .beforeArray:
                i += 1
                if isSpace(b) { continue }
                guard b == 0x5B else {
                    throw DocketError.refused("\(display): a JSON import is an array of objects ([{…}, {…}]) or JSON Lines (one object per line); this file starts with something else")
                }
                state = .beforeElement
            case .beforeElement:
                if isSpace(b) { i += 1; continue }
                if b == 0x5D { state = .ended; i += 1; continue }
                start = file.chunkOffset + Int64(i)
                depth = (b == 0x7B || b == 0x5B) ? 1 : 0
                inString = b == 0x22
                scalar = depth == 0
                escaped = false
                keep(b)
                i += 1
                state = .inElement
            case .inElement:
                if inString {
                    keep(b)
                    i += 1
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 {
                        inString = false
                        if scalar { state = .afterElement; count += 1; return element(number: count) }
                    }
                    continue
                }
                if scalar {
                    if b == 0x2C || b == 0x5D || isSpace(b) {
                        state = .afterElement
                        count += 1
                        return element(number: count)
                    }
                    keep(b)
                    i += 1
                    continue
                }
                keep(b)
                i += 1
                switch b {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { state = .afterElement; count += 1; return element(number: count) }
                default: break
                }
            case .afterElement:
                i += 1
                if isSpace(b) { continue }
                if b == 0x2C { state = .beforeElement; continue }
                if b == 0x5D { state = .ended; continue }
                throw DocketError.refused("\(display):\(count): expected , or ] after element \(count) of the array (byte offset \(file.chunkOffset + Int64(i - 1)))")
            case .ended:
                i += 1
                if isSpace(b) { continue }
                throw DocketError.refused("\(display): text after the array's closing ] (byte offset \(file.chunkOffset + Int64(i - 1))); a JSON import is one array")
            }
        }
        return nil
    }
}
