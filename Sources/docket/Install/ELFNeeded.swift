import DocketEngine
import Foundation

/// The shared libraries an ELF binary asks the loader for (its DT_NEEDED entries), read from
/// the file. `docket install` uses it to refuse a binary that needs the Swift runtime beside it:
/// a setuid program ignores $ORIGIN in its RUNPATH (DESIGN.md §9), so only a build with
/// `--static-swift-stdlib` runs once installed, wherever the toolchain is.
enum ELFNeeded {
    static func libraries(of path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocketError.refused("cannot read \(path); give the path of a docket built with `swift build -c release --static-swift-stdlib`")
        }
        let bytes = [UInt8](data)
        func u(_ at: Int, _ size: Int) -> Int? {
            guard at >= 0, at + size <= bytes.count else { return nil }
            var v = 0
            for i in (0..<size).reversed() { v = v << 8 | Int(bytes[at + i]) }
            return v
        }
        // A 64-bit little-endian ELF file (x86_64 and arm64 Linux).
        guard bytes.count > 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46, bytes[4] == 2, bytes[5] == 1,
              let phoff = u(0x20, 8), let phsize = u(0x36, 2), let phnum = u(0x38, 2) else {
            throw DocketError.refused("\(path) is not a 64-bit Linux program; give the path of the docket you built")
        }
        var loads: [(vaddr: Int, offset: Int, size: Int)] = []
        var dynamic: (offset: Int, size: Int)?
        for i in 0..<phnum {
            let h = phoff + i * phsize
            guard let type = u(h, 4), let offset = u(h + 8, 8), let vaddr = u(h + 16, 8), let size = u(h + 32, 8) else { break }
            if type == 1 { loads.append((vaddr, offset, size)) }
            if type == 2 { dynamic = (offset, size) }
        }
        guard let dynamic else { return [] }  // linked statically throughout
        var needed: [Int] = []
        var strtab: Int?
        var at = dynamic.offset
        while at + 16 <= dynamic.offset + dynamic.size, let tag = u(at, 8), tag != 0, let value = u(at + 8, 8) {
            if tag == 1 { needed.append(value) }
            if tag == 5 { strtab = value }
            at += 16
        }
        guard let strtab, let load = loads.first(where: { strtab >= $0.vaddr && strtab < $0.vaddr + $0.size }) else { return [] }
        let base = strtab - load.vaddr + load.offset
        return needed.map { offset in
            var end = base + offset
            while end < bytes.count && bytes[end] != 0 { end += 1 }
            return String(decoding: bytes[min(base + offset, end)..<end], as: UTF8.self)
        }
    }

    /// The Swift runtime libraries the binary needs beside it (none for a static-stdlib build).
    static func swiftRuntime(of path: String) throws -> [String] {
        try libraries(of: path).filter { $0.hasPrefix("libswift") || $0.hasPrefix("libFoundation") || $0.hasPrefix("libdispatch") || $0.hasPrefix("libBlocksRuntime") }
    }
}
