/// Rows handed over together, with where the reader stood.
struct PreparedChunk {
    var rows: [PreparedRow]
    /// Invalid rows read so far (all-or-nothing stops writing at the first).
    var invalidSoFar: Int
    var progress: ImportProgress
}
