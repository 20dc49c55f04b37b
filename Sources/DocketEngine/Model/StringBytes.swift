extension String {
    /// The UTF-8 bytes, read in place when the string stores them contiguously (every native
    /// string does), without the copy of the string that the mutating `withUTF8` needs.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
