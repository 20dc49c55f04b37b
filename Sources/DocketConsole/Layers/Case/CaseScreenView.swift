/// Draws a case: a three-line header (what, SLA clock, where), then the panes — boxes in
/// two columns on wide terminals, one pane under a pane bar on narrow ones. The hardware
/// cursor sits at the top of the focused pane.
enum CaseScreenView {
    /// The lines of a pane at a width, the label column sized to its fields.
    static func rendered(_ lines: [CaseLine], width: Int) -> [RenderedLine] {
        let labelWidth = min(16, lines.compactMap { line -> Int? in
            if case .field(let label, _, _) = line { return DisplayWidth.of(label) }
            return nil
        }.max() ?? 0)
        return lines.flatMap { $0.rendered(width: width, labelWidth: labelWidth) }
    }

    static func layout(_ screen: CaseScreenState, size: Size) -> CaseLayout {
        CaseLayout(size: size, focus: screen.focus) { pane, width in
            guard let model = screen.model else { return 1 }
            return rendered(model.lines(pane), width: width).count
        }
    }

    static func draw(_ screen: CaseScreenState, into frame: inout Frame) {
        guard let model = screen.model else {
            let text = screen.failure ?? "Opening \(screen.ref)…"
            frame.put(DisplayWidth.truncate(screen.ref, to: frame.width), x: 0, y: 0, role: .title)
            for (row, line) in DisplayWidth.wrap(text, to: frame.width).prefix(max(0, frame.height - 4)).enumerated() {
                frame.put(line, x: 0, y: 2 + row, role: screen.failure == nil ? .muted : .error)
            }
            frame.cursor = Point(x: 0, y: 0)
            return
        }
        drawHeader(model, into: &frame)
        let layout = layout(screen, size: frame.size)
        if let bar = layout.paneBar {
            drawPaneBar(focus: screen.focus, in: bar, into: &frame)
        }
        for pane in CasePane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            let lines = rendered(model.lines(pane), width: layout.textWidth(pane))
            let visible = layout.visibleLines(pane)
            let offset = min(screen.offset(pane), max(0, lines.count - visible))
            let inner: Rect
            if layout.isWide {
                let focused = pane == screen.focus
                let more = lines.count > visible ? " \(offset + 1)–\(min(lines.count, offset + visible))/\(lines.count)" : ""
                frame.box(rect, role: focused ? .title : .border, title: (focused ? "▶ " : "") + pane.title + more,
                          titleRole: focused ? .title : .header)
                inner = rect.inset(by: 1)
            } else {
                inner = rect
            }
            for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
                var x = inner.x
                for (text, role) in line.spans where x < inner.maxX {
                    x += frame.put(text, x: x, y: inner.y + row, role: role, maxWidth: inner.maxX - x)
                }
            }
            if pane == screen.focus { frame.cursor = Point(x: inner.x, y: inner.y) }
        }
    }

    static func drawHeader(_ model: CaseDetailModel, into frame: inout Frame) {
        let width = frame.width
        frame.put(DisplayWidth.truncate(model.title, to: width), x: 0, y: 0, role: .title)
        let used = frame.put(DisplayWidth.truncate(model.sla, to: width), x: 0, y: 1, role: model.slaRole)
        if used + 3 < width {
            frame.put(DisplayWidth.truncate("· " + model.ages, to: width - used - 1), x: used + 1, y: 1, role: .muted)
        }
        var place = model.whereAbouts
        if let decision = model.decision { place += " · " + decision }
        frame.put(DisplayWidth.truncate(place, to: width), x: 0, y: 2, role: .normal)
    }

    static func drawPaneBar(focus: CasePane, in rect: Rect, into frame: inout Frame) {
        let tabs: [QueueTabsView.Tab] = CasePane.allCases.map { ($0.title, String($0.title.prefix(4)), nil) }
        QueueTabsView.draw(tabs: tabs, active: focus.rawValue, into: &frame, y: rect.y, width: rect.width, initials: false)
    }
}
