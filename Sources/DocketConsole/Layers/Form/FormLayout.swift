import DocketEngine

/// The form screen's body as lines: section headings, each shown field's value lines, and
/// the notes under a field (its problem, how a date or amount was read, the focused field's
/// help). The body scrolls so the focused field and its notes stay in sight.
struct FormLayout {
    enum Line: Equatable {
        case section(String)
        case value(field: String, line: Int)
        case note(field: String, text: String, role: StyleRole)
        case blank
    }

    let lines: [Line]
    let labelWidth: Int
    let noteX: Int

    init(_ editor: FormEditor, width: Int, keymaps: ConsoleKeymaps) {
        let widest = editor.visible.map { DisplayWidth.of($0.label) }.max() ?? 10
        labelWidth = max(8, min(widest + 3, 32, width * 2 / 5))
        noteX = width - labelWidth >= 30 ? labelWidth : 2
        let noteWidth = max(10, width - noteX)
        var out: [Line] = []
        let shown = Set(editor.visible.map(\.id))
        for section in editor.form.sections {
            let fields = section.fields.filter { shown.contains($0.id) }
            guard !fields.isEmpty else { continue }
            if !out.isEmpty { out.append(.blank) }
            out.append(.section(section.title))
            for field in fields {
                let raw = field.id == editor.focus ? editor.input.text : (editor.values[field.id] ?? "")
                let count = field.type == .multiline || field.type == .address
                    ? FormValueText.shown(raw, field: field, rules: editor.rules, width: max(1, width - labelWidth)).count : 1
                for line in 0..<max(1, count) { out.append(.value(field: field.id, line: line)) }
                var notes: [(String, StyleRole)] = []
                if let problem = editor.errors[field.id] { notes.append(("! " + problem, .fieldError)) }
                if let echo = FormValueText.echo(editor.values[field.id] ?? "", field: field, rules: editor.rules) {
                    notes.append((echo, .muted))
                }
                if field.id == editor.focus {
                    if let help = field.help { notes.append((UntrustedText.sanitize(help), .muted)) }
                    if let hint = FormValueText.keyHint(field, keymaps: keymaps) { notes.append((hint, .muted)) }
                }
                for (text, role) in notes {
                    for piece in DisplayWidth.wrap(text, to: noteWidth) {
                        out.append(.note(field: field.id, text: piece, role: role))
                    }
                }
            }
        }
        lines = out
    }

    /// The lines that belong to `field` (its values and notes).
    func range(of field: String) -> ClosedRange<Int>? {
        let indices = lines.indices.filter { index in
            switch lines[index] {
            case .value(let f, _), .note(let f, _, _): return f == field
            default: return false
            }
        }
        guard let first = indices.first, let last = indices.last else { return nil }
        return first...last
    }

    /// The first line to show in `height` rows so the focused field is in sight, moving as
    /// little as possible from `current`.
    func scroll(keeping field: String, height: Int, current: Int) -> Int {
        guard height > 0 else { return 0 }
        var offset = min(max(0, current), max(0, lines.count - height))
        guard let range = range(of: field) else { return offset }
        // The section heading above the first field comes along when it fits.
        var top = range.lowerBound
        if top > 0, case .section = lines[top - 1], range.upperBound - top + 1 < height { top -= 1 }
        if range.upperBound >= offset + height { offset = range.upperBound - height + 1 }
        if top < offset { offset = top }
        return max(0, offset)
    }
}
