import DocketEngine

/// The signed-in person and the engine they work through. Effects carry it into the
/// background, so screens never hold a database handle of their own.
public struct ConsoleSession: Sendable {
    public let engine: Engine
    public let actor: StaffMember
    /// Where the dashboard reads (`--read-db`, a standby); nil: from `engine`.
    public let reads: ReadDatabase?

    public init(engine: Engine, actor: StaffMember, reads: ReadDatabase? = nil) {
        self.engine = engine
        self.actor = actor
        self.reads = reads
    }

    /// A report's reads, from the read database when there is one; the notice says when it
    /// could not be used and the primary answered instead.
    func reportRead<T>(_ body: (Engine) throws -> T) throws -> (value: T, notice: String?) {
        guard let reads else { return (try body(engine), nil) }
        return try reads.read(primary: engine, body)
    }

    var agency: Agency { engine.agency }
}
