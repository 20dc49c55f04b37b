/// The dashboard's keys as data, for the keymap, the footer and the help overlay. The screen's
/// update switches on the typed actions.
public enum DashboardBindings {
    public static let all: [Binding] = [
        Binding(keys: [.down, .character("j")], action: .dashboard(.nextRow), help: "next department (the total is last)", group: "Navigation"),
        Binding(keys: [.up, .character("k")], action: .dashboard(.previousRow), help: "previous department", group: "Navigation"),
        Binding(keys: [.right, .character("l")], action: .dashboard(.nextFigure), help: "next figure: open, unassigned, on hold, overdue, due soon, referrals", group: "Navigation"),
        Binding(keys: [.left, .character("h")], action: .dashboard(.previousFigure), help: "previous figure", group: "Navigation"),
        Binding(keys: [.character("1")], action: .dashboard(.ageBucket1), help: "select the youngest age bucket (0-30 days) of the row; Enter opens its cases; again or h/l goes back to the figure", group: "Navigation", footerLabel: "Age 1-5"),
        Binding(keys: [.character("2")], action: .dashboard(.ageBucket2), help: "select the second age bucket (31-60 days)", group: "Navigation"),
        Binding(keys: [.character("3")], action: .dashboard(.ageBucket3), help: "select the third age bucket (61-90 days)", group: "Navigation"),
        Binding(keys: [.character("4")], action: .dashboard(.ageBucket4), help: "select the fourth age bucket (91 days to the threshold)", group: "Navigation"),
        Binding(keys: [.character("5")], action: .dashboard(.ageBucket5), help: "select the last age bucket (over the threshold)", group: "Navigation"),
        Binding(keys: [.enter], action: .dashboard(.open), help: "open the queue of the cases the selected figure counts", group: "Dashboard", footerLabel: "Open"),
        Binding(keys: [.character("b")], action: .dashboard(.rebalance), help: "preview giving the oldest unassigned cases of the department to its caseworkers by load, then confirm", group: "Dashboard", footerLabel: "Rebalance"),
        Binding(keys: [.character("p")], action: .dashboard(.reassign), help: "pick a person of the department's workload, preview spreading their open tasks to colleagues, then confirm", group: "Dashboard", footerLabel: "Reassign"),
        Binding(keys: [.character("r")], action: .dashboard(.refresh), help: "read the figures again", group: "Dashboard", footerLabel: "Refresh"),
    ]
}
