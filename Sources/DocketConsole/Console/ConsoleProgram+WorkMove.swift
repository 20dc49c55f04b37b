import DocketEngine

/// The dashboard's `b` (rebalance) and `p` (reassign): each pushes the one move layer with
/// its plan for the selected department.
extension ConsoleProgram {
    func startRebalance(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view, let department = view.selection.department(in: view.report) else { return [] }
        return push(DashboardRebalance(department: department.code,
                                       plan: RebalancePlan(unassigned: department.figures.unassigned, skipped: skipped(department)),
                                       stage: .choosing(TextInput(maxLength: 6))), &state)
    }

    func startReassign(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view, let department = view.selection.department(in: view.report) else { return [] }
        let people = department.figures.workload.map { (login: $0.login, active: $0.activeTasks) }
        guard !people.isEmpty else {
            say("Nobody works in \(department.code)", .warning, &state)
            return []
        }
        return push(DashboardReassign(department: department.code, plan: ReassignPlan(people: people, skipped: skipped(department)),
                                      stage: .choosing(0)), &state)
    }

    /// Who a spread passes over in the department, as the preview says it: away people.
    private func skipped(_ department: DepartmentBacklog) -> [String] {
        department.figures.workload.compactMap { w in w.awayUntil.map { "\(w.login) (away until \($0.iso))" } }
    }
}
