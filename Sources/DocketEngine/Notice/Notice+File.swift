import Foundation

extension Notice {
    /// Writes the letter to `path` as Docket writes every file: created 0600, never through a
    /// symbolic link, never into a file others may read.
    public func write(to path: String) throws {
        let fd = try PrivateFile.openForWriting(path, what: "the notice file")
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }

    /// The file name the console suggests: `BA-2026-000286-notice-es.txt`.
    public var suggestedFileName: String { "\(ref)-notice-\(language).txt" }
}
