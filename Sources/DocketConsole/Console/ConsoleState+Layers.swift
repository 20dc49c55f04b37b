/// Looking into the stack by kind of layer: what the status line, tests and the launcher ask
/// (the queue being looked at, the case in front, an open form). Only the root's requests
/// change the stack; these read it (and let tests set a field in place).
extension ConsoleState {
    /// The screen in front, the form aside (a form is opened over it).
    var frontScreen: (any ConsoleLayer)? {
        layers.layers.last { $0.isScreen && !($0 is FormLayer) }
    }

    private func lastIndex<T: ConsoleLayer>(_ type: T.Type) -> Int? {
        layers.layers.lastIndex { $0 is T }
    }

    /// The queue being looked at (a drill-down's when one is open).
    var queue: QueueState {
        // The bottom layer is a queue from the first state on, so there always is one.
        get { (layers.layers.last { $0 is QueueLayer } as! QueueLayer).queue }
        set { if let index = lastIndex(QueueLayer.self) { layers.modify(QueueLayer.self, at: index) { $0.queue = newValue } } }
    }

    /// The case screen in front, if a case is (under a form, too).
    var caseScreen: CaseScreenState? { (frontScreen as? CaseLayer)?.screen }

    /// The dashboard, while it is open (in front, or under a drill-down).
    var dashboard: DashboardScreenState? { (layers.layers.last { $0 is DashboardLayer } as? DashboardLayer)?.dashboard }

    var isOnDashboard: Bool { frontScreen is DashboardLayer }
    var isOnQueue: Bool { frontScreen is QueueLayer }

    /// The form screen, while one is open.
    var form: FormScreenState? {
        get { (layers.layers.last { $0 is FormLayer } as? FormLayer)?.form }
        set {
            guard let index = lastIndex(FormLayer.self), let newValue else { return }
            layers.modify(FormLayer.self, at: index) { $0.form = newValue }
        }
    }

    /// The layers over the screen in front (help, search, prompts …).
    var overlays: [any ConsoleLayer] { Array(layers.layers.dropFirst(layers.frontScreenIndex + 1)) }

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
}
