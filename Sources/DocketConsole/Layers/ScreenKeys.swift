import DocketEngine

/// What the queue, case and dashboard screens share: the general keys (help, search, the
/// command line, intake, drafts …) and disabling what the engine refuses, with its reasons.
enum ScreenKeys {
    /// A general key on a screen; `help` is that screen's `?` overlay.
    static func general(_ action: GeneralAction, help: Overlay, context: LayerContext) -> LayerUpdate {
        switch action {
        case .quit: return LayerUpdate(effects: [.quit])
        case .help: return LayerUpdate(requests: [.push(HelpLayer(overlay: help))])
        case .search: return LayerUpdate(requests: [.push(SearchLayer())])
        case .command: return LayerUpdate(requests: [.openCommandLine("")])
        case .redraw: return LayerUpdate(effects: [.redraw])
        case .dashboard: return LayerUpdate(requests: [.bringForward(DashboardLayer())])
        case .intake: return FormLayer.startIntake(type: nil, context: context)
        case .drafts: return DraftsLayer.open(context: context)
        }
    }

    /// A key handed to a screen as it is (played after a wait, say): its action through the
    /// screen's keymap, or why the action cannot be used now; nil when it is bound to nothing.
    static func resolve(_ key: Key, _ keymap: Keymap?) -> Result<ConsoleAction, ConsoleFailure>? {
        guard let binding = keymap?.binding(for: key) else { return nil }
        if let reason = binding.disabledReason {
            let verb: String
            if case .command(let command) = binding.action { verb = command.verb } else { verb = binding.action.id }
            return .failure(ConsoleFailure(message: "Cannot \(verb): \(reason)"))
        }
        return .success(binding.action)
    }

    /// Intake and drafts, as the engine allows them to this person.
    static func disableForms(_ keymap: inout Keymap, actor: StaffMember) {
        keymap.setDisabled(.general(.intake), reason: StaffActions.whyNot(.intake, actor: actor))
        keymap.setDisabled(.general(.drafts), reason: StaffActions.whyNot(.drafts, actor: actor))
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
