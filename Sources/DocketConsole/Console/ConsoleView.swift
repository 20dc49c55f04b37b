import DocketEngine

/// Puts the console together for one frame: the screen in front, the status line, the
/// footer (or the prompt that replaces it), and anything drawn over them.
enum ConsoleView {
    /// The order hints appear in the footer, most used first; the rest follow as declared.
    static let footerOrder: [ConsoleAction] = [
        .general(.help), .form(.submit), .form(.fieldNext), .form(.fieldPrevious), .form(.leave), .queue(.open),
        .dashboard(.open), .queue(.back), .caseScreen(.back), .dashboard(.back), .dashboard(.rebalance), .dashboard(.reassign),
        .dashboard(.ageBucket1), .dashboard(.refresh), .command(.nextCase), .command(.claim), .command(.route), .command(.refer),
        .command(.hold), .command(.note), .general(.search), .general(.intake), .command(.changeState), .command(.decide),
        .caseScreen(.nextPane), .caseScreen(.reveal), .queue(.sort), .queue(.filter), .general(.quit),
    ]

    static func draw(_ state: ConsoleState, widths: QueueColumnWidths, into frame: inout Frame) {
        // After idle logoff the screen is left blank: nothing personal stays on it.
        if state.farewell != nil {
            frame.cursor = nil
            return
        }
        let statusY = frame.height - 2
        let footerY = frame.height - 1
        if let form = state.form {
            FormView.draw(form, keymaps: state.keymaps, into: &frame)
        } else if state.isOnDashboard, let dashboard = state.dashboard {
            drawDashboard(dashboard, into: &frame, in: Rect(x: 0, y: 0, width: frame.width, height: max(0, frame.height - 2)))
        } else if let screen = state.caseScreen {
            CaseScreenView.draw(screen, into: &frame)
        } else {
            QueueView.draw(state, widths: widths, into: &frame)
        }
        let cursor = frame.cursor

        drawStatus(state, into: &frame, y: statusY)
        Footer(hints: footerHints(state.currentKeymap, width: frame.width)).render(into: &frame, y: footerY)
        frame.cursor = cursor

        state.layers.view(into: &frame, keymaps: state.keymaps)
    }

    static func drawStatus(_ state: ConsoleState, into frame: inout Frame, y: Int) {
        var line = StatusLine()
        if let form = state.form {
            let editor = form.editor
            line.left = "\(state.actor.login) · field \(editor.focusIndex + 1)/\(editor.visible.count)"
            switch form.stage {
            case .opening: line.right = "opening…"
            case .checking: line.right = "checking…"
            case .submitting: line.right = "submitting…"
            default: line.right = editor.errors.isEmpty ? "" : "\(editor.errors.count) problem\(editor.errors.count == 1 ? "" : "s")"
            }
        } else if state.isOnDashboard, let dashboard = state.dashboard {
            line.left = "\(state.actor.login) · dashboard"
            if let rebalance = state.rebalance, rebalance.isWaiting {
                line.right = rebalance.plan.working(department: rebalance.department)
            } else if let reassign = state.reassign, reassign.isWaiting {
                line.right = reassign.plan.working(department: reassign.department)
            } else {
                line.right = dashboard.isLoading ? "reading…" : (dashboard.report.map { "as of " + Timestamp.iso($0.asOf).dropFirst(11).prefix(5) } ?? "")
            }
        } else if let screen = state.caseScreen {
            line.left = "\(state.actor.login) · \(screen.ref)" + (screen.isLoading && screen.model != nil ? " · reloading…" : "")
        } else {
            line.left = QueueView.statusLeft(state)
            line.right = QueueView.statusRight(state)
        }
        if let problem = state.flow?.problem {
            line.message = problem
            line.messageRole = .warning
        } else if let status = state.status {
            line.message = status.text
            line.messageRole = status.role == .normal || status.role == .muted ? .statusBar : status.role
        }
        line.render(into: &frame, y: y)
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

    /// The dashboard, or what stands in for it until the first report arrives.
    static func drawDashboard(_ dashboard: DashboardScreenState, into frame: inout Frame, in rect: Rect) {
        if let view = dashboard.view {
            view.render(into: &frame, in: rect)
            return
        }
        frame.fill(rect)
        let text = dashboard.failure ?? "Reading the backlog figures…"
        frame.put(DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y, role: dashboard.failure == nil ? .muted : .error)
        frame.cursor = Point(x: rect.x, y: rect.y)
    }
}
