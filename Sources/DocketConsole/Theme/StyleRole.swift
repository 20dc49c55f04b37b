/// What a cell means, not how it looks. Views pick roles; a Theme decides the colours
/// and attributes. The raw value is the role's name in theme files.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case muted
    case title
    case header
    case selected
    case tab
    case tabActive = "tab-active"
    case statusBar = "status-bar"
    case footerKey = "footer-key"
    case footerText = "footer-text"
    case border
    case overdue
    case dueSoon = "due-soon"
    case onTrack = "on-track"
    case onHold = "on-hold"
    case priorityHigh = "priority-high"
    case masked
    case fieldLabel = "field-label"
    case field
    case fieldFocused = "field-focused"
    case fieldError = "field-error"
    case required
    case error
    case warning
    case success
    case chartBar = "chart-bar"
    case chartBarAlt = "chart-bar-alt"
    case chartLine = "chart-line"
    case overlay
    case search

    /// The name used in theme files (`tab-active`, `status-bar`, …).
    public var name: String { rawValue }

    /// Every role with one line saying where it is used, in declaration order (for the
    /// README and for theme authors).
    public static let documentation: [(role: StyleRole, meaning: String)] = [
        (.normal, "ordinary text and the screen background"),
        (.muted, "secondary text: hints, timestamps, empty-state notes"),
        (.title, "screen and box titles"),
        (.header, "table column headings"),
        (.selected, "the selected row or item (the cursor sits on it too)"),
        (.tab, "an inactive tab in a tab bar"),
        (.tabActive, "the active tab (also shown in brackets)"),
        (.statusBar, "the status line: where you are, counts, messages"),
        (.footerKey, "a key name in the footer hints (F1, n, /)"),
        (.footerText, "what that footer key does"),
        (.border, "box and divider lines"),
        (.overdue, "work past its SLA due date (also marked with a symbol)"),
        (.dueSoon, "work due within the warning window"),
        (.onTrack, "work comfortably inside its SLA"),
        (.onHold, "work paused on hold"),
        (.priorityHigh, "priority 1 and 2 markers"),
        (.masked, "masked personal identifiers (***-**-1234)"),
        (.fieldLabel, "a form field's label"),
        (.field, "a form field's value"),
        (.fieldFocused, "the form field being edited"),
        (.fieldError, "a form field's validation message"),
        (.required, "the marker of a required field"),
        (.error, "error messages"),
        (.warning, "warnings and confirmations of destructive actions"),
        (.success, "confirmation that something was done"),
        (.chartBar, "bars in bar charts"),
        (.chartBarAlt, "alternate or highlighted bars (over the backlog threshold)"),
        (.chartLine, "sparklines and trend lines"),
        (.overlay, "help and confirmation overlays"),
        (.search, "search input and matched text"),
    ]
}
