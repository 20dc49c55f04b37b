import Foundation
import XCTest

/// Runs the built `docket` executable as a separate process, as scripts and cron would.
enum ProcessRunner {
    /// The built `docket` executable: beside the test bundle in the products folder
    /// (`swift test`, any --scratch-path), else under the package's default `.build`.
    static func docketBinary() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("docket"))
            dir = dir.deletingLastPathComponent()
        }
        var bundle = Bundle(for: BenchTests.self).bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            candidates.append(bundle.appendingPathComponent("docket"))
            bundle = bundle.deletingLastPathComponent()
        }
        // Tests/DocketCLITests/ConcurrencyTests.swift -> the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates += ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/docket") }
        return candidates.first { url in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: url.path)
        }
    }

    struct Run { var code: Int32; var out: String; var err: String }

    /// Runs a program to completion with the given environment; output goes through files so a
    /// full pipe can never stall the child.
    static func run(_ executable: String, _ arguments: [String], env: [String: String], in dir: String) throws -> Run {
        let tag = UUID().uuidString
        let outPath = dir + "/run-\(tag).out", errPath = dir + "/run-\(tag).err"
        let p = try start(executable, arguments, env: env, out: outPath, err: errPath)
        p.waitUntilExit()
        return Run(code: p.terminationStatus, out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                   err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    static func start(_ executable: String, _ arguments: [String], env: [String: String], out: String, err: String) throws -> Process {
        for path in [out, err] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try p.run()
        return p
    }

}
