import DocketEngine

/// What a `:` command asks of the stack (the theme and help aside, which are the root's):
/// a case opened, the base queue changed, a layer pushed.
enum ConsoleCommands {
    static func update(for command: ConsoleCommandLine.Command, context: LayerContext) -> LayerUpdate {
        let actor = context.actor, agency = context.agency
        switch command {
        case .open(let ref):
            return LayerUpdate(requests: [.openCase(ref)])
        case .queue(let code):
            let target: QueueScope
            if code == nil {
                target = QueueScope.initial(for: actor)
            } else if code == "all" {
                guard actor.seesAllDepartments else {
                    return .say("Only admins and auditors see every department at once; :queue DEPT shows one", .warning)
                }
                target = .allDepartments
            } else {
                let department = code ?? ""
                guard agency.department(department) != nil else {
                    return .say("No department \(department); departments: \(agency.departments.map(\.code).joined(separator: ", "))", .error)
                }
                guard actor.worksIn(department) else {
                    return .say("\(department) is not one of your departments (\(actor.departments.joined(separator: ", ")))", .warning)
                }
                target = .department(department)
            }
            return LayerUpdate(requests: [.toBaseQueue(.scope(target))])
        case .tab(let tab):
            return LayerUpdate(requests: [.toBaseQueue(.tab(tab))])
        case .filter(let filter):
            return LayerUpdate(requests: [.toBaseQueue(.filter(filter))])
        case .sort(let column, let descending):
            guard let sort = QueueColumn.sortable(named: column) else { return .stays }
            return LayerUpdate(requests: [.toBaseQueue(.sort(QueueSort(sort: sort, descending: descending ?? (sort == .closed))))])
        case .next(let department):
            if let why = StaffActions.whyNot(.next, actor: actor) { return .say("Cannot take the next case: \(why)", .warning) }
            return LayerUpdate(requests: [.takeNext(department: department)])
        case .search(let text):
            return LayerUpdate(requests: [.push(SearchLayer(text: text))])
        case .dashboard:
            return LayerUpdate(requests: [.bringForward(DashboardLayer())])
        case .intake(let type):
            return FormLayer.startIntake(type: type, context: context)
        case .drafts:
            return DraftsLayer.open(context: context)
        case .quit:
            return LayerUpdate(effects: [.quit])
        case .theme, .help:
            return .stays
        }
    }
}
