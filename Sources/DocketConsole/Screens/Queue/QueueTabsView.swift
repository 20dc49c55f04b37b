/// The queue's tab line: `[My work 3]  Unassigned 4,812  Department 10k+ …`. The active
/// tab is bracketed as well as coloured. When the line is too narrow, short names are
/// used, then the longest titles give way first; counts are always kept whole.
enum QueueTabsView {
    static func draw(tabs: [(title: String, short: String, count: String?)], active: Int,
                     into frame: inout Frame, y: Int, width: Int) {
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), role: .normal)
        guard !tabs.isEmpty, width > 0 else { return }
        let decoration = 3  // brackets (or spaces) and the gap after
        func total(_ titles: [String]) -> Int {
            zip(titles, tabs).reduce(0) { sum, pair in
                sum + DisplayWidth.of(pair.0) + (pair.1.count.map { DisplayWidth.of($0) + 1 } ?? 0) + decoration
            } - 1
        }
        var titles = tabs.map(\.title)
        if total(titles) > width { titles = tabs.map(\.short) }
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
            let text = index == active ? "[" + label + "]" : " " + label + " "
            guard x < width else { break }
            x += frame.put(text, x: x, y: y, role: index == active ? .tabActive : .tab, maxWidth: width - x)
            x += 1
        }
    }
}
