/// The dashboard's keys as data, for the keymap, the footer and the help overlay. The screen's
/// update switches on the action ids.
public enum DashboardBindings {
    public static let all: [Binding] = [
        Binding(keys: [.down, .character("j")], action: "dashboard-next-row", help: "next department (the total is last)", group: "Navigation"),
        Binding(keys: [.up, .character("k")], action: "dashboard-previous-row", help: "previous department", group: "Navigation"),
        Binding(keys: [.right, .character("l")], action: "dashboard-next-figure", help: "next figure: open, unassigned, on hold, overdue, due soon, referrals", group: "Navigation"),
        Binding(keys: [.left, .character("h")], action: "dashboard-previous-figure", help: "previous figure", group: "Navigation"),
        Binding(keys: [.enter], action: "dashboard-open", help: "open the queue of the cases the selected figure counts", group: "Dashboard", footerLabel: "Open"),
        Binding(keys: [.character("b")], action: "dashboard-rebalance", help: "preview giving the oldest unassigned cases of the department to its caseworkers by load, then confirm", group: "Dashboard", footerLabel: "Rebalance"),
        Binding(keys: [.character("r")], action: "dashboard-refresh", help: "read the figures again", group: "Dashboard", footerLabel: "Refresh"),
    ]
}
