import DocketEngine

/// Keys that are not a screen's action: the top layer's, the form's (a clerk types into
/// fields), or kept while a case screen waits; and the `:` commands the root runs.
extension ConsoleProgram {
    func handleInput(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if state.isWaiting {
            state.typeAhead.append(key)
            return []
        }
        if !state.layers.isEmpty { return apply(state.layers.key(key, context: layerContext(state)), &state) }
        if state.form != nil { return formKey(key, &state) }
        return []
    }

    /// Plays keys typed while waiting, as if typed now.
    func replay(_ keys: [Key], _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var effects: [Effect<ConsoleMessage>] = []
        for key in keys {
            if let message = message(for: key, in: state) { effects += update(&state, message) }
        }
        return effects
    }

    // MARK: command line

    func newCommandLine(_ state: ConsoleState, text: String) -> TextInput {
        let agency = state.agency
        let vocabulary = ConsoleCommandLine.Vocabulary(
            departments: agency.departments.map(\.code),
            states: Array(Set(agency.lifecycles.flatMap { $0.states.map(\.id) })).sorted(),
            types: agency.caseTypes.map(\.code),
            themes: themeNames,
            logins: agency.staff.map(\.login))
        return TextInput(text: text, history: state.commandHistory, maxLength: 500) { typed in
            ConsoleCommandLine.completions(for: typed, vocabulary: vocabulary)
        }
    }

    func runCommandLine(_ text: String, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch ConsoleCommandLine.parse(text) {
        case .failure(let problem):
            say(problem.message, .error, &state)
            return []
        case .success(let command):
            switch command {
            case .open(let ref):
                return openCase(ref, &state)
            case .queue(let code):
                let target: QueueScope
                if code == nil {
                    target = QueueScope.initial(for: state.actor)
                } else if code == "all" {
                    guard state.actor.seesAllDepartments else {
                        say("Only admins and auditors see every department at once; :queue DEPT shows one", .warning, &state)
                        return []
                    }
                    target = .allDepartments
                } else {
                    let department = code ?? ""
                    guard state.agency.department(department) != nil else {
                        say("No department \(department); departments: \(state.agency.departments.map(\.code).joined(separator: ", "))", .error, &state)
                        return []
                    }
                    guard state.actor.worksIn(department) else {
                        say("\(department) is not one of your departments (\(state.actor.departments.joined(separator: ", ")))", .warning, &state)
                        return []
                    }
                    target = .department(department)
                }
                dropDashboard(&state)
                state.cases.removeAll()
                return setScope(target, &state)
            case .tab(let tab):
                dropDashboard(&state)
                state.cases.removeAll()
                return switchTab(tab, &state)
            case .filter(let filter):
                dropDashboard(&state)
                state.cases.removeAll()
                return setFilter(filter, &state)
            case .sort(let column, let descending):
                guard let sort = QueueColumn.sortable(named: column) else { return [] }
                dropDashboard(&state)
                state.cases.removeAll()
                return setSort(QueueSort(sort: sort, descending: descending ?? (sort == .closed)), &state)
            case .theme(let name):
                let loader = themeLoader
                return [.run {
                    let result: Result<LoadedTheme, ConsoleFailure>
                    do {
                        result = .success(try loader.load(named: name))
                    } catch {
                        result = .failure(ConsoleFailure(message: String(describing: error)))
                    }
                    return .themeLoaded(name: name, result)
                }]
            case .next(let department):
                if let why = StaffActions.whyNot(.next, actor: state.actor) {
                    say("Cannot take the next case: \(why)", .warning, &state)
                    return []
                }
                guard state.flow == nil else { return [] }
                return runNext(department: department, &state)
            case .search(let text):
                return push(SearchLayer(text: text), &state)
            case .dashboard:
                return openDashboard(&state)
            case .intake(let type):
                return startIntake(type: type, &state)
            case .drafts:
                return openDrafts(&state)
            case .help:
                return push(HelpLayer(overlay: HelpContent.overlay(for: state)), &state)
            case .quit:
                return [.quit]
            }
        }
    }
}
