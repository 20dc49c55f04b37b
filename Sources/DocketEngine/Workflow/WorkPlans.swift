/// Who gets which piece of work when a supervisor spreads it: each piece, in order, to whoever
/// has the fewest open tasks at that moment (ties by login). Plans only: nothing is saved here.
enum WorkPlans {
    /// The candidate with the lightest load, or nil when there is nobody.
    static func lightest(_ candidates: [String], loads: [String: Int]) -> String? {
        candidates.min { a, b in
            let la = loads[a, default: 0], lb = loads[b, default: 0]
            return la == lb ? a < b : la < lb
        }
    }

    /// A department's oldest unassigned cases over its workers; `loads` is everyone's open tasks.
    static func rebalance(_ cases: [CaseSummary], workers: [String], loads start: [String: Int], today: Day) -> [Engine.RebalanceStep] {
        var loads = start
        var plan: [Engine.RebalanceStep] = []
        for c in cases {
            guard let pick = lightest(workers, loads: loads) else { break }
            plan.append(Engine.RebalanceStep(ref: c.ref, taskId: c.mainTaskId ?? 0, ageDays: today - Day(unixSeconds: c.openedAt),
                                             to: pick, loadBefore: loads[pick, default: 0]))
            loads[pick, default: 0] += 1
        }
        return plan
    }

    /// One person's open tasks over the others who work in each task's department; `loads`
    /// gives, per department, each person's open tasks there. A task nobody else can take goes
    /// back to its queue (`to` nil).
    static func reassign(_ tasks: [(task: TaskRecord, ref: String)], colleagues: [StaffMember],
                         loads start: [String: [String: Int]], today: Day? = nil) -> [Engine.ReassignmentStep] {
        var loads = start
        return tasks.map { t, ref in
            let d = t.department
            let pick = lightest(WorkTakers.members(of: d, among: colleagues, on: today).map(\.login), loads: loads[d] ?? [:])
            if let pick { loads[d, default: [:]][pick, default: 0] += 1 }
            return Engine.ReassignmentStep(ref: ref, taskId: t.id, department: d, isReferral: t.isReferral, to: pick)
        }
    }
}
