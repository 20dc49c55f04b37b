import DocketEngine

/// `N` on the case screen: the letter to the case's constituent as `docket notice` makes it,
/// in a scrollable box; `w` writes it to a file in the current folder. The engine decides
/// what the person may see (the address only for those who may reveal it) and records that
/// the letter was produced.
struct NoticeLayer: ConsoleLayer {
    var ref: String
    var notice: Notice?
    /// The letter as shown: isolates removed (the terminal shows text in logical order),
    /// untrusted text sanitized, a rule where a page ends.
    var lines: [String] = []
    var scrollOffset = 0
    var isWriting = false

    init(ref: String) {
        self.ref = ref
    }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        let ref = ref, session = context.session
        return LayerUpdate(effects: [.run { .layerAnswer(id, NoticeRequests.load(ref: ref, session: session)) }])
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .answer(let result as Result<Notice, ConsoleFailure>):
            switch result {
            case .success(let n):
                notice = n
                lines = NoticeLayer.shownLines(n.text)
                var said = "\(ref): \(n.kind.rawValue) letter in \(n.language)"
                if let from = n.fallbackFrom { said += " (no letters in \(from): the agency's default language)" }
                if n.addressWithheld { said += "; the address is masked for you" }
                return LayerUpdate(requests: [.say(said, n.fallbackFrom == nil && !n.addressWithheld ? .muted : .warning)])
            case .failure(let failure):
                return LayerUpdate(requests: [.say("No notice: \(failure.message)", .error)], pops: true)
            }
        case .answer(let result as Result<String, ConsoleFailure>):
            isWriting = false
            switch result {
            case .success(let path): return LayerUpdate(requests: [.say("\(ref): letter written to \(path) (mode 0600)", .muted)])
            case .failure(let failure): return LayerUpdate(requests: [.say("Not written: \(failure.message)", .error)])
            }
        case .answer:
            return .stays
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        let page = max(1, context.screen.height - 4)
        let limit = max(0, lines.count - page)
        switch context.keymaps.notice.action(for: key) {
        case .notice(.close)?:
            return .popped
        case .notice(.write)?:
            guard let notice, !isWriting else { return .stays }
            isWriting = true
            let path = notice.suggestedFileName
            return LayerUpdate(effects: [.run { .layerAnswer(id, NoticeRequests.write(notice, to: path)) }])
        case .move(let move)?:
            switch move {
            case .down: scrollOffset += 1
            case .up: scrollOffset -= 1
            case .pageDown, .halfDown: scrollOffset += move == .pageDown ? page : page / 2
            case .pageUp, .halfUp: scrollOffset -= move == .pageUp ? page : page / 2
            case .top: scrollOffset = 0
            case .bottom: scrollOffset = limit
            }
            scrollOffset = min(limit, max(0, scrollOffset))
            return .stays
        default:
            return .stays
        }
    }

    static func shownLines(_ text: String) -> [String] {
        var out: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            var line = BidiIsolate.stripped(String(raw))
            if line.hasPrefix("\u{0C}") {
                out.append(String(repeating: "─", count: 24) + " ✂ " + String(repeating: "─", count: 24))
                line.removeFirst()
            }
            out.append(UntrustedText.sanitize(line))
        }
        return out
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let name = { (action: NoticeAction) in keymaps.notice.binding(forAction: .notice(action))?.keys.first?.name ?? "?" }
        let title = notice.map { "Notice \(ref) · \($0.kind.rawValue) · \($0.language) · \($0.pages) p." } ?? "Notice \(ref)"
        let shown = notice == nil ? ["…"] : lines
        let footer = "\(name(.write)) write  j/k scroll  \(name(.close)) close"
        Overlay(title: title, lines: shown, footer: footer, scrollOffset: scrollOffset).render(into: &frame)
    }
}
