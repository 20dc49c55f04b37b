/// Decides column widths for a table of a given total width, by display width.
enum TableLayout {
    /// Widths per column; 0 means the column is hidden because even at its minimum it
    /// does not fit (columns are dropped from the right).
    static func widths(columns: [TableColumn], naturalWidths: [Int], totalWidth: Int, gap: Int) -> [Int] {
        guard !columns.isEmpty, totalWidth > 0 else { return columns.map { _ in 0 } }
        var widths = zip(columns, naturalWidths).map { column, natural in
            min(max(natural, column.minWidth), column.maxWidth ?? Int.max)
        }
        var shown = columns.count
        func available() -> Int { totalWidth - gap * (shown - 1) }

        var excess = widths.prefix(shown).reduce(0, +) - available()
        if excess < 0 {
            // Spare room goes to the flexible columns, shared evenly.
            let flexible = columns.indices.filter { columns[$0].isFlexible }
            if !flexible.isEmpty {
                let spare = -excess
                for (order, index) in flexible.enumerated() {
                    widths[index] += spare / flexible.count + (order < spare % flexible.count ? 1 : 0)
                }
            }
            return widths
        }
        // Too wide: shrink flexible columns first, then the others from the right.
        let shrinkOrder = columns.indices.filter { columns[$0].isFlexible }
            + columns.indices.reversed().filter { !columns[$0].isFlexible }
        for index in shrinkOrder where excess > 0 {
            let give = min(excess, widths[index] - columns[index].minWidth)
            widths[index] -= give
            excess -= give
        }
        // Still too wide: hide columns from the right, keeping at least the first.
        while shown > 1 && widths.prefix(shown).reduce(0, +) > available() {
            shown -= 1
            widths[shown] = 0
        }
        if widths[0] > available() {
            widths[0] = max(0, available())
        }
        return widths
    }
}
