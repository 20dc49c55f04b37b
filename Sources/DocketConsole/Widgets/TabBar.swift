/// A row of tabs with optional counts: `[My work 3]  Unassigned 41  Referrals 7`.
/// The active tab is bracketed as well as coloured, so it shows in monochrome too.
public struct TabBar: Equatable, Sendable {
    public struct Tab: Equatable, Sendable {
        public var title: String
        public var count: Int?

        public init(_ title: String, count: Int? = nil) {
            self.title = title
            self.count = count
        }

        var label: String { count.map { "\(title) \($0)" } ?? title }
    }

    public var tabs: [Tab]
    public var activeIndex: Int

    public init(tabs: [Tab], activeIndex: Int = 0) {
        self.tabs = tabs
        self.activeIndex = activeIndex
    }

    /// Draws the bar on row `y`, `width` columns from `x`. Titles are shortened evenly
    /// when they do not all fit; counts are kept.
    public func render(into frame: inout Frame, x: Int, y: Int, width: Int) {
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: .normal)
        guard !tabs.isEmpty, width > 0 else { return }
        let separator = 1
        let labels = tabs.map(\.label)
        // Each tab is drawn as " label " or "[label]": two columns of decoration.
        let natural = labels.reduce(0) { $0 + DisplayWidth.of($1) + 2 } + separator * (tabs.count - 1)
        var budget: Int? = nil
        if natural > width {
            budget = max(1, (width - separator * (tabs.count - 1)) / tabs.count - 2)
        }
        var column = x
        for (index, tab) in tabs.enumerated() {
            let active = index == activeIndex
            var label = tab.label
            if let budget {
                let countText = tab.count.map { " \($0)" } ?? ""
                let titleBudget = max(1, budget - DisplayWidth.of(countText))
                label = DisplayWidth.truncate(tab.title, to: titleBudget) + countText
            }
            let text = active ? "[" + label + "]" : " " + label + " "
            let remaining = x + width - column
            if remaining <= 0 { break }
            column += frame.put(text, x: column, y: y, role: active ? .tabActive : .tab, maxWidth: remaining)
            column += separator
        }
    }
}
