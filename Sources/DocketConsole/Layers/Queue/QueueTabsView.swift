/// The queue's tab line: `[My work 3]  Unassigned 4,812  Department 10k+ …`. The active
/// tab is bracketed as well as coloured. When the line is too narrow, short names are
/// used, then initials without padding for the tabs not shown (`M 0 [Unasg 5] D 6 …`),
/// then the longest titles give way; counts are always kept whole.
enum QueueTabsView {
    typealias Tab = (title: String, short: String, count: String?)

    /// `initials: false` skips the initials step (for bars whose initials would repeat).
    static func draw(tabs: [Tab], active: Int, into frame: inout Frame, y: Int, width: Int, initials: Bool = true) {
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), role: .normal)
        guard !tabs.isEmpty, width > 0 else { return }
        var compact = false
        func decoration(_ index: Int) -> Int { index == active || !compact ? 2 : 0 }
        func total(_ titles: [String]) -> Int {
            titles.indices.reduce(0) { sum, index in
                sum + DisplayWidth.of(titles[index]) + (tabs[index].count.map { DisplayWidth.of($0) + 1 } ?? 0)
                    + decoration(index) + 1
            } - 1
        }
        var titles = tabs.map(\.title)
        if total(titles) > width { titles = tabs.map(\.short) }
        if initials && total(titles) > width {
            compact = true
            titles = tabs.enumerated().map { index, tab in index == active ? tab.short : String(tab.short.prefix(1)) }
        }
        // Shorten the longest title a column at a time until everything fits.
        var widths = titles.map { DisplayWidth.of($0) }
        var excess = total(titles) - width
        while excess > 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1 {
            widths[widest] -= 1
            excess -= 1
        }
        var x = 0
        for (index, tab) in tabs.enumerated() {
            let title = DisplayWidth.truncate(titles[index], to: widths[index])
            let label = title + (tab.count.map { " " + $0 } ?? "")
            let text = index == active ? "[" + label + "]" : compact ? label : " " + label + " "
            guard x < width else { break }
            x += frame.put(text, x: x, y: y, role: index == active ? .tabActive : .tab, maxWidth: width - x)
            x += 1
        }
    }
}
