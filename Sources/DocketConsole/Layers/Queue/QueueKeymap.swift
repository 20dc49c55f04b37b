import DocketEngine

/// The queue's keys as they stand: actions the engine refuses on the selected row disabled
/// with its reasons, and a drill-down's own meaning of q and Esc.
enum QueueKeymap {
    static func current(_ base: Keymap, _ queue: QueueState, actor: StaffMember) -> Keymap {
        var keymap = base
        if let drill = queue.spec.drill {
            let why = "a drill-down lists one figure (\(drill.title)); \(base.spoken(.queue(.back))) goes back to the dashboard"
            for action in [QueueAction.nextTab, .previousTab, .department, .filter] { keymap.setDisabled(.queue(action), reason: why) }
            for index in keymap.bindings.indices where [ConsoleAction.queue(.back), .queue(.clearFilter)].contains(keymap.bindings[index].action) {
                keymap.bindings[index].help = "back to the dashboard"
            }
        }
        ScreenKeys.disableForms(&keymap, actor: actor)
        if let row = queue.window.selectedRow {
            let known = queue.rowActions.flatMap { $0.ref == row.ref && $0.version == row.version ? $0.actions : nil }
            ScreenKeys.disable(&keymap, actions: known, actor: actor)
        } else {
            for command in CaseCommand.allCases where command != .nextCase {
                keymap.setDisabled(.command(command), reason: "no case is selected")
            }
            keymap.setDisabled(.queue(.open), reason: "no case is selected")
            keymap.setDisabled(.command(.nextCase), reason: StaffActions.whyNot(.next, actor: actor))
        }
        return keymap
    }
}
