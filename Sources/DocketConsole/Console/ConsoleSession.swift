import DocketEngine

/// The signed-in person and the engine they work through. Effects carry it into the
/// background, so screens never hold a database handle of their own.
public struct ConsoleSession: Sendable {
    public let engine: Engine
    public let actor: StaffMember

    public init(engine: Engine, actor: StaffMember) {
        self.engine = engine
        self.actor = actor
    }

    var agency: Agency { engine.agency }
}
