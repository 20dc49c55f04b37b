import DocketEngine

/// The table of departments and their figures, the agency total last. The selected figure's
/// heading is bracketed; overdue counts carry a marker as well as their colour.
enum DashboardDepartmentTable {
    /// The table's column for a selectable figure.
    static func column(of figure: BacklogFigure, withNames: Bool) -> Int {
        (withNames ? 2 : 1) + (BacklogFigure.allCases.firstIndex(of: figure) ?? 0)
    }

    static func table(_ report: BacklogReport, _ selection: DashboardSelection, width: Int) -> Table {
        let withNames = width >= 120
        let headings: [BacklogFigure: String] = [.open: "Open", .unassigned: "Unasg", .onHold: "Hold", .overdue: "Overdue",
                                                 .dueSoon: "Due 5d", .referrals: "Refs"]
        var titles = ["Dept"] + (withNames ? ["Name"] : [])
        titles += BacklogFigure.allCases.map { f in
            let title = headings[f] ?? f.title
            return f == selection.figure ? "[\(title)]" : title
        }
        titles += [">\(report.thresholdDays)", "Median", "P90", "Clear"]

        let overdueColumn = column(of: .overdue, withNames: withNames)
        var rows: [TableRow] = []
        for (code, name, f) in report.departments.map({ ($0.code, $0.name, $0.figures) }) + [("Total", "whole agency", report.total)] {
            var cells = [UntrustedText.sanitize(code)]
            if withNames { cells.append(UntrustedText.sanitize(name)) }
            for figure in BacklogFigure.allCases {
                let value = figure.value(in: f)
                cells.append(figure == .overdue && value > 0 ? DashboardFormat.attention + DashboardFormat.count(value)
                                                             : DashboardFormat.count(value))
            }
            cells += [DashboardFormat.count(f.overThreshold), DashboardFormat.days(f.medianAgeDays),
                      DashboardFormat.days(f.p90AgeDays), DashboardFormat.clear(f.projection)]
            rows.append(TableRow(cells, cellRoles: f.overdue > 0 ? [overdueColumn: .overdue] : [:]))
        }
        // A figure is shown whole or not at all: narrow screens drop columns from the right
        // rather than cut numbers to "…".
        let columns = titles.enumerated().map { i, title in
            let natural = rows.reduce(DisplayWidth.of(title)) { max($0, DisplayWidth.of($1.cells[i])) }
            if withNames && i == 1 { return TableColumn(title, minWidth: 8, maxWidth: 24) }
            return TableColumn(title, minWidth: natural, alignment: i == 0 ? .left : .right)
        }
        return Table(columns: columns, rows: rows, selectedRow: selection.row)
    }
}
