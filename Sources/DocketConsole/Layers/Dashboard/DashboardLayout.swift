/// Where each part of the dashboard goes for a screen size: the title on top, the department
/// table under it, the panels below, and the drill-down hint on the last line. Three panel
/// columns from 120 columns wide, two below that.
struct DashboardLayout: Equatable {
    var title: Rect
    var table: Rect
    var ages: Rect
    var flow: Rect
    var workload: Rect
    var hint: Rect

    init(_ rect: Rect, tableRows: Int) {
        title = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
        hint = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: rect.height >= 2 ? 1 : 0)
        let middle = max(0, rect.height - 2)
        // The panels need six rows (a heading and five age bars); the table gets what is left.
        let tableHeight = min(tableRows + 1, max(middle - 6, min(middle, 4)))
        table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: tableHeight)
        let panelTop = table.maxY + (middle - tableHeight > 6 ? 1 : 0)
        let panelHeight = max(0, hint.y - panelTop)
        if rect.width >= 120 {
            let w = (rect.width - 4) / 3
            ages = Rect(x: rect.x, y: panelTop, width: w, height: panelHeight)
            flow = Rect(x: ages.maxX + 2, y: panelTop, width: w, height: panelHeight)
            workload = Rect(x: flow.maxX + 2, y: panelTop, width: rect.maxX - flow.maxX - 2, height: panelHeight)
        } else {
            let w = (rect.width - 2) / 2
            ages = Rect(x: rect.x, y: panelTop, width: w, height: panelHeight)
            let right = Rect(x: ages.maxX + 2, y: panelTop, width: rect.maxX - ages.maxX - 2, height: panelHeight)
            let flowHeight = min(4, right.height)
            flow = Rect(x: right.x, y: right.y, width: right.width, height: flowHeight)
            workload = Rect(x: right.x, y: right.y + flowHeight, width: right.width, height: right.height - flowHeight)
        }
    }
}
