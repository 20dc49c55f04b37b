import DocketEngine

/// Draws the stack for one frame: the screen in front, the status line and the footer under
/// it, then every layer over that screen, bottom first.
enum ConsoleView {
    /// The order hints appear in the footer, most used first; the rest follow as declared.
    static let footerOrder: [ConsoleAction] = [
        .general(.help), .form(.submit), .form(.fieldNext), .form(.fieldPrevious), .form(.leave), .queue(.open),
        .dashboard(.open), .queue(.back), .caseScreen(.back), .dashboard(.back), .dashboard(.rebalance), .dashboard(.reassign),
        .dashboard(.ageBucket1), .dashboard(.refresh), .command(.nextCase), .command(.claim), .command(.route), .command(.refer),
        .command(.hold), .command(.note), .general(.search), .general(.intake), .command(.changeState), .command(.decide),
        .caseScreen(.nextPane), .caseScreen(.reveal), .queue(.sort), .queue(.filter), .general(.quit),
    ]

    static func draw(_ state: ConsoleState, context: LayerContext, into frame: inout Frame) {
        // After idle logoff the screen is left blank: nothing personal stays on it.
        if state.farewell != nil {
            frame.cursor = nil
            return
        }
        let front = state.layers.frontScreenIndex
        state.layers.view(from: front, to: front + 1, into: &frame, keymaps: state.keymaps)
        let cursor = frame.cursor

        var line = StatusLine()
        if let status = state.status {
            line.message = status.text
            line.messageRole = status.role == .normal || status.role == .muted ? .statusBar : status.role
        }
        for layer in state.layers.layers.dropFirst(front) { layer.status(&line, context: context) }
        line.render(into: &frame, y: frame.height - 2)
        let keymap = state.layers.frontScreen?.footerKeymap(context: context)
        Footer(hints: keymap.map { footerHints($0, width: frame.width) } ?? []).render(into: &frame, y: frame.height - 1)
        frame.cursor = cursor

        state.layers.view(from: front + 1, into: &frame, keymaps: state.keymaps)
    }

    static func footerHints(_ keymap: Keymap, width: Int) -> [FooterHint] {
        var ordered = keymap
        // Ranked, with declaration order breaking ties (sort itself is not stable).
        ordered.bindings = keymap.bindings.enumerated().sorted { a, b in
            let ra = footerOrder.firstIndex(of: a.element.action) ?? footerOrder.count
            let rb = footerOrder.firstIndex(of: b.element.action) ?? footerOrder.count
            return (ra, a.offset) < (rb, b.offset)
        }.map(\.element)
        return ordered.footerHints(width: width)
    }
}
