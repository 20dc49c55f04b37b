/// Safe retries (`--request-id ID`): the id is recorded in the same transaction as the
/// command's change, so a command whose acknowledgement was lost can be run again and is done
/// once; the answer it gave is kept and given again.
extension Engine {
    /// The request when it was done already (answer it with its answer); otherwise nil, and the
    /// next command of this engine records `id` with its change.
    public func begin(request id: String, command: String, as actor: StaffMember) throws -> RequestRecord? {
        guard !id.isEmpty, id.count <= 200, !id.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 32 } == true }) else {
            throw DocketError.usage("--request-id takes 1 to 200 printable characters (a UUID, say)")
        }
        if let done = try locked({ try store.request(id: id) }) {
            // An id answers only the retry of the same command by the same person: never
            // someone else's answer, and never silently instead of another command.
            guard done.actor == actor.login, done.command == command else {
                throw DocketError.refused("request id \(id) was used for another command (by \(done.actor) at \(Timestamp.iso(done.at))); nothing was done: give this command an id of its own")
            }
            return done
        }
        pendingRequest = RequestRecord(id: id, actor: actor.login, command: command, at: clock.now)
        return nil
    }

    /// Inside a command's transaction: records the pending request with its change.
    func recordPendingRequest() throws {
        guard let r = pendingRequest else { return }
        try store.recordRequest(r)
        pendingRequest = nil
    }

    /// What the command answered, kept for a retry of the same request.
    public func saveAnswer(_ answer: String, request id: String) throws {
        try locked { try store.transaction { try store.saveAnswer(requestId: id, answer: answer) } }
    }
}
