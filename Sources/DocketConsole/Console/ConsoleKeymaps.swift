/// The console's keys, as data: one Keymap per screen. Help, the footer, the README's key
/// tables and the user's keymap file all work from these.
struct ConsoleKeymaps: Equatable, Sendable {
    var queue: Keymap
    var caseScreen: Keymap
    var dashboard: Keymap
    var form: Keymap = FormBindings.keymap
    var confirm: Keymap = PromptKeymaps.confirm
    var picker: Keymap = PromptKeymaps.picker
    var drafts: Keymap = PromptKeymaps.drafts
    var search: Keymap = SearchKeymap.keymap
    var reason: Keymap = PromptKeymaps.reason
    var intakeDone: Keymap = PromptKeymaps.intakeDone
    var yesNoField: Keymap = FieldKeymaps.yesNoField
    var optionList: Keymap = FieldKeymaps.optionList
    var choiceField: Keymap = FieldKeymaps.choiceField
    var textInput: Keymap = TextInput.standardKeys
    var notice: Keymap = NoticeKeymap.keymap
    var ledger: Keymap = LedgerKeymaps.ledger
    var money: Keymap = LedgerKeymaps.money

    static let standard = ConsoleKeymaps(queue: queueKeymap, caseScreen: caseKeymap, dashboard: dashboardKeymap)

    /// What quits while the terminal is too small for any screen: the quit key as bound (on
    /// the queue, the first screen), and Ctrl-C, which always stops the console.
    var quitKeysWhenTooSmall: [Key] {
        let bound = queue.binding(forAction: .general(.quit))?.keys ?? []
        return bound + (bound.contains(.ctrl("c")) ? [] : [.ctrl("c")])
    }

    var all: [Keymap] { [queue, caseScreen, dashboard, form, confirm, picker, drafts, search, reason, intakeDone, yesNoField, optionList, choiceField, textInput, notice, ledger, money] }

    /// These keymaps with the user's overrides applied.
    func applying(_ overrides: KeymapOverrides) -> ConsoleKeymaps {
        ConsoleKeymaps(queue: overrides.applied(to: queue), caseScreen: overrides.applied(to: caseScreen),
                       dashboard: overrides.applied(to: dashboard), form: overrides.applied(to: form),
                       confirm: overrides.applied(to: confirm), picker: overrides.applied(to: picker),
                       drafts: overrides.applied(to: drafts), search: overrides.applied(to: search),
                       reason: overrides.applied(to: reason), intakeDone: overrides.applied(to: intakeDone),
                       yesNoField: overrides.applied(to: yesNoField), optionList: overrides.applied(to: optionList),
                       choiceField: overrides.applied(to: choiceField), textInput: overrides.applied(to: textInput),
                       notice: overrides.applied(to: notice), ledger: overrides.applied(to: ledger),
                       money: overrides.applied(to: money))
    }

    // MARK: shared groups

    static let movement: [Binding] = [
        Binding(keys: [.character("j"), .down], action: .move(.down), help: "move down a row", group: "Move"),
        Binding(keys: [.character("k"), .up], action: .move(.up), help: "move up a row", group: "Move"),
        Binding(keys: [.pageDown, .ctrl("f")], action: .move(.pageDown), help: "move down a page", group: "Move"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .move(.pageUp), help: "move up a page", group: "Move"),
        Binding(keys: [.ctrl("d")], action: .move(.halfDown), help: "scroll down half a page", group: "Move"),
        Binding(keys: [.ctrl("u")], action: .move(.halfUp), help: "scroll up half a page", group: "Move"),
        Binding(keys: [.character("g"), .home], action: .move(.top), help: "go to the first row", group: "Move"),
        Binding(keys: [.character("G"), .end], action: .move(.bottom), help: "go to the last row", group: "Move"),
    ]

    static let caseActions: [Binding] = [
        Binding(keys: [.character("c")], action: .command(.claim), help: "claim the case (take it yourself)", group: "Case actions", footerLabel: "Claim"),
        Binding(keys: [.character("n")], action: .command(.nextCase), help: "next case: claim the next waiting case and open it", group: "Case actions", footerLabel: "Next"),
        Binding(keys: [.character("r")], action: .command(.route), help: "route to another department (pick, reason, Enter)", group: "Case actions", footerLabel: "Route"),
        Binding(keys: [.character("f")], action: .command(.refer), help: "refer to another department (a referral; the case waits)", group: "Case actions", footerLabel: "Refer"),
        Binding(keys: [.character("s")], action: .command(.changeState), help: "change the state (pick a target)", group: "Case actions", footerLabel: "State"),
        Binding(keys: [.character("h")], action: .command(.hold), help: "put on hold until a date, with a reason", group: "Case actions", footerLabel: "Hold"),
        Binding(keys: [.character("R")], action: .command(.resume), help: "resume a case that is on hold", group: "Case actions"),
        Binding(keys: [.character("a")], action: .command(.note), help: "add a note", group: "Case actions", footerLabel: "Note"),
        Binding(keys: [.character("A")], action: .command(.assign), help: "assign to a person of the department (supervisors)", group: "Case actions"),
        Binding(keys: [.character("D")], action: .command(.decide), help: "decide: outcome, reason code, rationale", group: "Case actions", footerLabel: "Decide"),
        Binding(keys: [.character("C")], action: .command(.complete), help: "complete a task or referral, with a note", group: "Case actions"),
        Binding(keys: [.character("u")], action: .command(.release), help: "release the case back to its department's queue", group: "Case actions"),
    ]

    static let forms: [Binding] = [
        Binding(keys: [.character("i")], action: .general(.intake), help: "new intake: pick a case type and key its form", group: "Forms", footerLabel: "Intake"),
        Binding(keys: [.character("I")], action: .general(.drafts), help: "your drafts: unfinished forms (Enter resumes, x discards)", group: "Forms"),
    ]

    static let general: [Binding] = [
        Binding(keys: [.character("/")], action: .general(.search), help: "search names, refs and ids", group: "General", footerLabel: "Search"),
        Binding(keys: [.character(":")], action: .general(.command), help: "command line (:open, :queue, :filter, :dash, :theme …)", group: "General"),
        Binding(keys: [.character("d")], action: .general(.dashboard), help: "the supervisor's dashboard (supervisors, admins, auditors)", group: "General"),
        Binding(keys: [.character("?"), .function(1)], action: .general(.help), help: "this help", group: "General", footerLabel: "Help"),
        Binding(keys: [.ctrl("l")], action: .general(.redraw), help: "redraw the screen", group: "General"),
        Binding(keys: [.character("Q")], action: .general(.quit), help: "quit Docket", group: "General", footerLabel: "Quit"),
    ]

    // MARK: screens

    static let queueKeymap = Keymap(screen: "queue", bindings: movement + [
        Binding(keys: [.enter], action: .queue(.open), help: "open the selected case", group: "Queue", footerLabel: "Open"),
        Binding(keys: [.tab, .right, .character("]")], action: .queue(.nextTab), help: "next tab", group: "Queue"),
        Binding(keys: [.backTab, .left, .character("[")], action: .queue(.previousTab), help: "previous tab", group: "Queue"),
        Binding(keys: [.character("t")], action: .queue(.department), help: "show the next of your departments", group: "Queue"),
        Binding(keys: [.character("o")], action: .queue(.sort), help: "sort by the next column", group: "Queue", footerLabel: "Sort"),
        Binding(keys: [.character("O")], action: .queue(.sortDirection), help: "reverse the sort direction", group: "Queue"),
        Binding(keys: [.character("F")], action: .queue(.filter), help: "filter: dept=, state=, type=, assignee=, overdue", group: "Queue", footerLabel: "Filter"),
        Binding(keys: [.ctrl("r"), .function(5)], action: .queue(.refresh), help: "refresh the queue and its counts", group: "Queue"),
        Binding(keys: [.escape], action: .queue(.clearFilter), help: "clear the filter", group: "Queue"),
        Binding(keys: [.character("q")], action: .queue(.back), help: "quit (the queue is the first screen)", group: "Queue"),
    ] + caseActions + forms + general)

    static let caseKeymap = Keymap(screen: "case", bindings: [
        Binding(keys: [.character("j"), .down], action: .move(.down), help: "scroll the pane down", group: "Move"),
        Binding(keys: [.character("k"), .up], action: .move(.up), help: "scroll the pane up", group: "Move"),
        Binding(keys: [.pageDown, .ctrl("f")], action: .move(.pageDown), help: "scroll the pane down a page", group: "Move"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .move(.pageUp), help: "scroll the pane up a page", group: "Move"),
        Binding(keys: [.ctrl("d")], action: .move(.halfDown), help: "scroll the pane down half a page", group: "Move"),
        Binding(keys: [.ctrl("u")], action: .move(.halfUp), help: "scroll the pane up half a page", group: "Move"),
        Binding(keys: [.character("g"), .home], action: .move(.top), help: "to the top of the pane", group: "Move"),
        Binding(keys: [.character("G"), .end], action: .move(.bottom), help: "to the bottom of the pane", group: "Move"),
        Binding(keys: [.tab, .right], action: .caseScreen(.nextPane), help: "next pane", group: "Move", footerLabel: "Pane"),
        Binding(keys: [.backTab, .left], action: .caseScreen(.previousPane), help: "previous pane", group: "Move"),
        Binding(keys: [.ctrl("r"), .function(5)], action: .caseScreen(.refresh), help: "reload the case", group: "Case"),
        Binding(keys: [.character("e")], action: .caseScreen(.editForm), help: "correct the case's form (Ctrl-S saves, version checked)", group: "Case"),
        Binding(keys: [.character("v")], action: .caseScreen(.reveal), help: "reveal the person's identifiers (asks why; recorded)", group: "Case", footerLabel: "Reveal"),
        Binding(keys: [.character("N")], action: .caseScreen(.notice), help: "preview the notice to the constituent (scroll; w writes it to a file)", group: "Case"),
        Binding(keys: [.character("$")], action: .caseScreen(.payment), help: "take a payment: amount, method, reference, Enter; shows the receipt", group: "Case"),
        Binding(keys: [.character("L")], action: .caseScreen(.ledger), help: "the ledger: entries, balance, receipts; refund and waive (supervisors)", group: "Case"),
        Binding(keys: [.character("q"), .escape], action: .caseScreen(.back), help: "back to the queue", group: "Case", footerLabel: "Back"),
    ] + caseActions + forms + general)

    /// The dashboard: its own moves and actions (DashboardBindings), going back, and the
    /// general keys but `d` (the dashboard is already in front).
    static let dashboardKeymap = Keymap(screen: "dashboard", bindings: DashboardBindings.all.map { binding in
        var binding = binding
        // Ctrl-r and F5 refresh on every screen; r is kept as the dashboard's own key.
        if binding.action == .dashboard(.refresh) { binding.keys += [.ctrl("r"), .function(5)] }
        return binding
    } + [
        Binding(keys: [.character("q"), .escape], action: .dashboard(.back), help: "back to the screen the dashboard was opened from", group: "Dashboard", footerLabel: "Back"),
    ] + general.filter { $0.action != .general(.dashboard) })
}
