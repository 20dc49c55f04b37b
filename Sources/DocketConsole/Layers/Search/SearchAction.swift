/// The search box's keys (printable keys and the text box's editing keys type the search).
public enum SearchAction: String, CaseIterable, Sendable {
    case nextResult = "next-result", previousResult = "previous-result"
    case pageDown = "page-down", pageUp = "page-up"
    case open, close
}

enum SearchKeymap {
    static let keymap = Keymap(screen: "search", bindings: [
        Binding(keys: [.down, .ctrl("n"), .tab], action: .search(.nextResult), help: "next result", group: "Search"),
        Binding(keys: [.up, .ctrl("p"), .backTab], action: .search(.previousResult), help: "previous result", group: "Search"),
        Binding(keys: [.pageDown], action: .search(.pageDown), help: "a page of results down", group: "Search"),
        Binding(keys: [.pageUp], action: .search(.pageUp), help: "a page of results up", group: "Search"),
        Binding(keys: [.enter], action: .search(.open), help: "open the selected person's case", group: "Search"),
        Binding(keys: [.escape], action: .search(.close), help: "close the search", group: "Search"),
    ])
}
