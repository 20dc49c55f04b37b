import DocketEngine

/// The whole console in one value: the screens (the queue at the bottom, case screens above
/// it, the dashboard, the form) and the stack of layers over them (help, search, the command
/// line, action questions, pickers, the drafts list, moves of work), whose top one has the keyboard.
struct ConsoleState: Sendable {
    var actor: StaffMember
    var agency: Agency
    var keymaps: ConsoleKeymaps
    var queue: QueueState
    /// Case screens opened from the queue (or from each other), newest last.
    var cases: [CaseScreenState] = []
    /// The supervisor's dashboard, while it is open (in front, or under a drill-down).
    var dashboard: DashboardScreenState?
    /// Layers over the screens; the top one takes the keys.
    var layers = LayerStack()
    /// The form screen (intake or edit), in front of everything while it is open.
    var form: FormScreenState?
    /// Numbers draft saves so an older one never overwrites a newer one.
    var draftSequence = 0
    /// Keys typed while a case screen just opened waits for the engine; played when it answers.
    var typeAhead: [Key] = []
    var commandHistory: [String] = []
    var status: StatusMessage?
    var themeName: String
    /// The terminal's size, as last told by a `.resized` message (page moves and scroll limits depend on it).
    var screen: Size
    /// Monotonic milliseconds, as last told by a tick (never the engine's clock, which DOCKET_NOW may pin).
    var nowMs: Int
    /// The engine's date, as last told by a tick (hold dates, form date checks).
    var today: Day
    /// Milliseconds (monotonic) of the last key.
    var lastInputAt: Int
    /// Logged off after this long without a key (nil: never).
    var idleLimitMs: Int?
    var ticks = 0
    /// Set when the console is to end with a message (idle logoff).
    var farewell: String?

    var caseScreen: CaseScreenState? { cases.last }

    /// Keys wait (and are played afterwards) while a case screen that was just opened has
    /// nothing to show yet (layers that wait keep their own).
    var isWaiting: Bool {
        if let screen = caseScreen, screen.model == nil, screen.isLoading { return true }
        return false
    }
    var isOnDashboard: Bool { dashboard.map { !$0.isCovered } ?? false }
    var isOnQueue: Bool { cases.isEmpty && !isOnDashboard }
    /// The form screen has the keyboard.
    var formsHaveKeys: Bool { form != nil }

    /// The action being asked for or run, when its questions are the top layer.
    var flow: ActionFlow? { (layers.top as? ActionFlowLayer)?.flow }
    /// A rebalance being asked for, when it is the top layer.
    var rebalance: DashboardRebalance? { layers.top as? DashboardRebalance }
    /// Moving one person's tasks, when it is the top layer.
    var reassign: DashboardReassign? { layers.top as? DashboardReassign }
    /// The help overlay, when it is the top layer.
    var help: Overlay? { (layers.top as? HelpLayer)?.overlay }
    /// The intake's case type list, when it is the top layer.
    var intakeTypes: IntakeTypePicker? { (layers.top as? IntakeTypeLayer)?.picker }
    /// The drafts list, when it is the top layer.
    var draftsList: DraftsListState? { (layers.top as? DraftsLayer)?.list }
    /// The search box, when it is the top layer.
    var search: SearchState? { (layers.top as? SearchLayer)?.search }


    /// The keymap of the screen in front, with actions the engine refuses disabled.
    var currentKeymap: Keymap {
        if isOnDashboard, let dashboard {
            return Self.dashboardKeymap(keymaps.dashboard, dashboard, actor: actor)
        }
        if let form {
            var keymap = keymaps.form
            if !form.stage.takesFormKeys {
                let why = form.stage.isBusy ? "the engine is working on the form" : "answer the question in front first"
                for action in FormAction.allCases {
                    keymap.setDisabled(.form(action), reason: why)
                }
            }
            return keymap
        }
        if let screen = caseScreen {
            var keymap = keymaps.caseScreen
            Self.disable(&keymap, actions: screen.model == nil ? nil : screen.actions, actor: actor)
            Self.disableForms(&keymap, actor: actor)
            return keymap
        }
        var keymap = keymaps.queue
        if let drill = queue.spec.drill {
            let why = "a drill-down lists one figure (\(drill.title)); q goes back to the dashboard"
            for action in [QueueAction.nextTab, .previousTab, .department, .filter] { keymap.setDisabled(.queue(action), reason: why) }
            for index in keymap.bindings.indices where [ConsoleAction.queue(.back), .queue(.clearFilter)].contains(keymap.bindings[index].action) {
                keymap.bindings[index].help = "back to the dashboard"
            }
        }
        Self.disableForms(&keymap, actor: actor)
        if let row = queue.window.selectedRow {
            let known = queue.rowActions.flatMap { $0.ref == row.ref && $0.version == row.version ? $0.actions : nil }
            Self.disable(&keymap, actions: known, actor: actor)
        } else {
            for command in CaseCommand.allCases where command != .nextCase {
                keymap.setDisabled(.command(command), reason: "no case is selected")
            }
            keymap.setDisabled(.queue(.open), reason: "no case is selected")
            keymap.setDisabled(.command(.nextCase), reason: StaffActions.whyNot(.next, actor: actor))
        }
        return keymap
    }

    /// Intake and drafts, as the engine allows them to this person.
    static func disableForms(_ keymap: inout Keymap, actor: StaffMember) {
        keymap.setDisabled(.general(.intake), reason: StaffActions.whyNot(.intake, actor: actor))
        keymap.setDisabled(.general(.drafts), reason: StaffActions.whyNot(.drafts, actor: actor))
    }

    /// The dashboard's keys, with Enter and rebalance disabled where they cannot work.
    static func dashboardKeymap(_ base: Keymap, _ dashboard: DashboardScreenState, actor: StaffMember) -> Keymap {
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

    /// Disables each case action the engine said no to, with its reason. Unknown actions
    /// (not fetched yet) stay enabled: the engine is asked again when the key is pressed.
    static func disable(_ keymap: inout Keymap, actions: [AvailableAction]?, actor: StaffMember) {
        keymap.setDisabled(.command(.nextCase), reason: StaffActions.whyNot(.next, actor: actor))
        guard let actions else { return }
        for command in CaseCommand.allCases {
            guard let kind = command.engineKind, let action = actions.first(where: { $0.kind == kind }) else { continue }
            keymap.setDisabled(.command(command), reason: action.enabled ? nil : (action.whyNot ?? "not allowed"))
        }
        // Revealing identifiers is the engine's answer too (the case screen's `v`).
        if let reveal = actions.first(where: { $0.kind == .revealIdentifiers }) {
            keymap.setDisabled(.caseScreen(.reveal), reason: reveal.enabled ? nil : (reveal.whyNot ?? "not allowed"))
        }
    }
}

/// A line for the status bar and how it should look.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var role: StyleRole
    /// Tick count when it was set, so old news fades.
    var setAt: Int

    static let lifetimeTicks = 20
}
