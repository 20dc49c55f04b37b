import DocketEngine

/// The dashboard's keys as they stand: Enter and the moves of work disabled where they
/// cannot work, with the engine's reason (who may) or the figures' (nothing to move).
enum DashboardKeymap {
    static func current(_ base: Keymap, _ dashboard: DashboardScreenState, actor: StaffMember) -> Keymap {
        var keymap = base
        guard let view = dashboard.view else {
            for action in [DashboardAction.open, .rebalance, .reassign] { keymap.setDisabled(.dashboard(action), reason: "the figures are not read yet") }
            return keymap
        }
        let drill = view.drillDown
        if drill.query == nil {
            keymap.setDisabled(.dashboard(.open), reason: "no queue lists \(drill.figure.title) \(drill.department == nil ? "agency-wide" : "cases") yet")
        } else if let department = drill.department, !actor.seesAllDepartments, !actor.worksIn(department) {
            keymap.setDisabled(.dashboard(.open), reason: "\(department) is not one of your departments (\(actor.departments.joined(separator: ", ")))")
        }
        // Who may is the engine's answer; whether there is anything to move is the figures'.
        let department = view.selection.department(in: view.report)
        let nothingToMove: [DashboardAction: String?] = [
            .rebalance: department.flatMap { $0.figures.unassigned == 0 ? "\($0.code) has no unassigned cases" : nil },
            .reassign: department.flatMap { $0.figures.workload.isEmpty ? "nobody works in \($0.code)" : nil },
        ]
        for (action, kind) in [(DashboardAction.rebalance, StaffActionKind.rebalance), (.reassign, .reassign)] {
            let why = StaffActions.whyNot(kind, actor: actor, department: department?.code)
                ?? (department == nil ? "select a department (the total row is the whole agency)" : nothingToMove[action] ?? nil)
            keymap.setDisabled(.dashboard(action), reason: why)
        }
        return keymap
    }
}
