/// Dashboard counters kept in the same transaction as every change to a case, so backlog
/// figures never need a scan of all cases. (Tables and figures arrive with the dashboard.)
extension Store {
    /// Called by every insert and update of a case row, inside its transaction. `old` is nil for
    /// a new case. Skipped during a bulk load, which rebuilds the counters once at the end.
    func caseChanged(from old: CaseSummary?, to new: CaseSummary) throws {
        guard !countersDeferred else { return }
    }

    /// Recomputes every counter from the case rows (after a bulk load, or to repair).
    func rebuildCounters() throws {}
}
