/// Where the case screen's parts go at a given size. Wide terminals show every pane in
/// two columns of boxes; narrow ones show one pane at a time under a pane bar. Update uses
/// the same layout to know how far a pane can scroll.
struct CaseLayout {
    static let headerHeight = 3
    static let wideFromWidth = 110
    static let wideFromHeight = 28

    let size: Size
    let isWide: Bool
    /// The pane bar (narrow layout only).
    let paneBar: Rect?
    /// Each shown pane's box (wide) or area (narrow).
    let panes: [CasePane: Rect]

    static let leftColumn: [CasePane] = [.constituent, .form, .tasks, .ledger]
    static let rightColumn: [CasePane] = [.timeline, .notes]

    init(size: Size, focus: CasePane, lineCounts: (CasePane, Int) -> Int) {
        self.size = size
        let bodyTop = CaseLayout.headerHeight
        let bodyHeight = max(0, size.height - bodyTop - 2)
        isWide = size.width >= CaseLayout.wideFromWidth && size.height >= CaseLayout.wideFromHeight
        if isWide {
            paneBar = nil
            let leftWidth = size.width / 2
            var rects: [CasePane: Rect] = [:]
            let leftInner = leftWidth - 2, rightInner = size.width - leftWidth - 2
            CaseLayout.stack(CaseLayout.leftColumn, x: 0, y: bodyTop, width: leftWidth, height: bodyHeight, grows: .form,
                             wants: { lineCounts($0, leftInner) + 2 }, into: &rects)
            CaseLayout.stack(CaseLayout.rightColumn, x: leftWidth, y: bodyTop, width: size.width - leftWidth, height: bodyHeight,
                             grows: .timeline, wants: { lineCounts($0, rightInner) + 2 }, into: &rects)
            panes = rects
        } else {
            paneBar = Rect(x: 0, y: bodyTop, width: size.width, height: 1)
            panes = [focus: Rect(x: 0, y: bodyTop + 1, width: size.width, height: max(0, bodyHeight - 1))]
        }
    }

    /// Rows of text a pane shows at once (inside its box in the wide layout).
    func visibleLines(_ pane: CasePane) -> Int {
        guard let rect = panes[pane] else { return 0 }
        return isWide ? max(0, rect.height - 2) : rect.height
    }

    /// Columns of text a pane has.
    func textWidth(_ pane: CasePane) -> Int {
        guard let rect = panes[pane] else { return 0 }
        return isWide ? max(0, rect.width - 2) : rect.width
    }

    /// Splits a column's height between its panes: each gets what its content wants when
    /// there is room; when there is not, every pane keeps at least a title and a line and
    /// the rest is shared in proportion to what each wants. Spare rows go to `grows`.
    static func stack(_ column: [CasePane], x: Int, y: Int, width: Int, height: Int, grows: CasePane,
                      wants: (CasePane) -> Int, into rects: inout [CasePane: Rect]) {
        let minimum = 3
        let desired = column.map { max(minimum, wants($0)) }
        var heights: [Int]
        if desired.reduce(0, +) <= height {
            heights = desired
            heights[column.firstIndex(of: grows) ?? heights.count - 1] += height - desired.reduce(0, +)
        } else {
            heights = column.map { _ in minimum }
            var spare = height - minimum * column.count
            let extra = desired.map { $0 - minimum }
            let totalExtra = max(1, extra.reduce(0, +))
            if spare > 0 {
                for index in heights.indices {
                    let share = extra[index] * spare / totalExtra
                    heights[index] += share
                }
                spare = height - heights.reduce(0, +)
                // Rounding leftovers go to the panes that still want more.
                var index = 0
                while spare > 0 && index < heights.count * 4 {
                    let slot = index % heights.count
                    if heights[slot] < desired[slot] {
                        heights[slot] += 1
                        spare -= 1
                    }
                    index += 1
                }
                if spare > 0 { heights[heights.count - 1] += spare }
            }
        }
        var top = y
        for (index, pane) in column.enumerated() {
            let h = min(heights[index], max(0, y + height - top))
            rects[pane] = Rect(x: x, y: top, width: width, height: h)
            top += h
        }
    }
}
