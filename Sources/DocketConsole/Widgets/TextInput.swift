/// What a key did to a TextInput.
public enum TextInputEvent: Equatable, Sendable {
    /// The text changed.
    case edited
    /// Only the cursor moved.
    case moved
    /// Enter: the text as it stands.
    case submitted(String)
    /// Esc.
    case cancelled
    /// Tab found nothing to complete.
    case noCompletion
    /// The key means nothing to a text field; the screen may use it.
    case ignored
}

/// A single-line editor with readline-style keys, history and completion.
///
/// Keys: characters insert; Left/Right, C-b/C-f; Home/End, C-a/C-e; M-b/M-f by word;
/// Backspace, Del/C-d; C-u deletes to the start, C-k to the end, C-w the previous word,
/// M-d the next word; Up/Down and C-p/C-n walk the history; Tab and S-Tab cycle through
/// completions; Enter submits; Esc cancels.
public struct TextInput: Sendable {
    public private(set) var characters: [Character]
    /// Cursor position as a character index (0…count).
    public private(set) var cursor: Int
    /// Earlier entries, oldest first.
    public private(set) var history: [String]
    /// Longest text accepted, in characters.
    public var maxLength: Int?
    /// Given the current text, the full texts it could complete to.
    public var completer: (@Sendable (String) -> [String])?
    /// For multi-line fields: Enter inserts a line break, Home and End go to the start and
    /// end of the line the cursor is on.
    public var acceptsNewlines = false

    private var historyIndex: Int?
    private var draftBeforeHistory: [Character] = []
    private var completion: Completion?

    private struct Completion {
        var original: [Character]
        var candidates: [String]
        /// `candidates.count` stands for the original text.
        var index: Int
    }

    public init(text: String = "", history: [String] = [], maxLength: Int? = nil, completer: (@Sendable (String) -> [String])? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.history = history
        self.maxLength = maxLength
        self.completer = completer
    }

    public var text: String { String(characters) }

    /// The completions Tab is cycling through (empty when not completing).
    public var completionCandidates: [String] { completion?.candidates ?? [] }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        completion = nil
        historyIndex = nil
    }

    /// Adds an entry to the history (not empty ones, not a repeat of the last).
    public mutating func remember(_ entry: String) {
        guard !entry.isEmpty, history.last != entry else { return }
        history.append(entry)
        historyIndex = nil
    }

    /// A key, read through the text boxes' keymap (`text-input`): a bound key edits or
    /// moves; an unbound printable character is typed.
    public mutating func handle(_ key: Key, keys: Keymap = TextInput.standardKeys) -> TextInputEvent {
        guard case .textInput(let action)? = keys.action(for: key) else {
            completion = nil
            if case .character(let c) = key { return insert(c) }
            return .ignored
        }
        if action != .completeNext && action != .completePrevious {
            completion = nil
        }
        switch action {
        case .submit:
            if acceptsNewlines { return insertLineBreak() }
            return .submitted(text)
        case .cancel:
            return .cancelled
        case .deleteBack:
            guard cursor > 0 else { return .ignored }
            characters.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .deleteForward:
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
            return .edited
        case .left:
            return move(to: cursor - 1)
        case .right:
            return move(to: cursor + 1)
        case .lineStart:
            return move(to: acceptsNewlines ? lineStart(before: cursor) : 0)
        case .lineEnd:
            return move(to: acceptsNewlines ? lineEnd(after: cursor) : characters.count)
        case .wordBack:
            return move(to: wordStart(before: cursor))
        case .wordForward:
            return move(to: wordEnd(after: cursor))
        case .killToStart:
            return deleteRange(0..<cursor)
        case .killToEnd:
            return deleteRange(cursor..<characters.count)
        case .killWordBack:
            return deleteRange(spaceSeparatedWordStart(before: cursor)..<cursor)
        case .killWordForward:
            return deleteRange(cursor..<wordEnd(after: cursor))
        case .historyBack:
            return showHistory(step: -1)
        case .historyForward:
            return showHistory(step: 1)
        case .completeNext:
            return cycleCompletion(step: 1)
        case .completePrevious:
            return cycleCompletion(step: -1)
        }
    }

    private mutating func insert(_ c: Character) -> TextInputEvent {
        guard DisplayWidth.of(grapheme: c) > 0 else { return .ignored }
        if let maxLength, characters.count >= maxLength { return .ignored }
        characters.insert(c, at: cursor)
        cursor += 1
        return .edited
    }

    private mutating func insertLineBreak() -> TextInputEvent {
        if let maxLength, characters.count >= maxLength { return .ignored }
        characters.insert("\n", at: cursor)
        cursor += 1
        return .edited
    }

    private func lineStart(before index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && characters[i] != "\n" { i += 1 }
        return i
    }

    /// The line the cursor is on (0 first) and the text before it on that line.
    public var cursorLine: (line: Int, before: String) {
        let start = lineStart(before: cursor)
        let line = characters[..<start].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        return (line, String(characters[start..<cursor]))
    }

    private mutating func move(to position: Int) -> TextInputEvent {
        let clamped = min(max(0, position), characters.count)
        guard clamped != cursor else { return .ignored }
        cursor = clamped
        return .moved
    }

    private mutating func deleteRange(_ range: Range<Int>) -> TextInputEvent {
        guard !range.isEmpty else { return .ignored }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        return .edited
    }

    private func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    /// Start of the word before `index` (letters and digits; punctuation separates).
    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    /// End of the word after `index`.
    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count && isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    /// C-w deletes back to whitespace, as in a shell.
    private func spaceSeparatedWordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    private mutating func showHistory(step: Int) -> TextInputEvent {
        guard !history.isEmpty else { return .ignored }
        let current = historyIndex ?? history.count
        let next = current + step
        guard next >= 0, next <= history.count else { return .ignored }
        if historyIndex == nil { draftBeforeHistory = characters }
        if next == history.count {
            // Walking past the newest entry returns to what was being typed.
            characters = draftBeforeHistory
            historyIndex = nil
        } else {
            characters = Array(history[next])
            historyIndex = next
        }
        cursor = characters.count
        return .edited
    }

    private mutating func cycleCompletion(step: Int) -> TextInputEvent {
        if completion == nil {
            guard let completer else { return .ignored }
            let candidates = completer(text)
            guard !candidates.isEmpty else { return .noCompletion }
            completion = Completion(original: characters, candidates: candidates, index: candidates.count)
        }
        guard var state = completion else { return .ignored }
        // Cycle through every candidate, then back to what was typed.
        let slots = state.candidates.count + 1
        state.index = ((state.index + step) % slots + slots) % slots
        characters = state.index == state.candidates.count ? state.original : Array(state.candidates[state.index])
        cursor = characters.count
        completion = state
        return .edited
    }

    /// Draws the field on row `y` from `x`, `width` columns wide, scrolled so the cursor
    /// shows, and puts the hardware cursor there. An empty field shows `placeholder`.
    public func render(into frame: inout Frame, x: Int, y: Int, width: Int, role: StyleRole = .fieldFocused, placeholder: String? = nil, showsCursor: Bool = true) {
        guard width > 0 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        if characters.isEmpty, let placeholder {
            frame.put(DisplayWidth.truncate(placeholder, to: width), x: x, y: y, role: .muted)
        }
        // Keep one column free for the cursor after the last character.
        var start = 0
        while start < cursor && DisplayWidth.of(String(characters[start..<cursor])) > width - 1 {
            start += 1
        }
        frame.put(String(characters[start...]), x: x, y: y, role: role, maxWidth: width)
        if showsCursor {
            let column = min(width - 1, DisplayWidth.of(String(characters[start..<cursor])))
            frame.cursor = Point(x: x + column, y: y)
        }
    }
}
