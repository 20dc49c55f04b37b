import DocketEngine

/// Draws the form screen: a title line, the body (sections, labels with `*` for required
/// fields, values, notes), and the picker or intake overlays on top. The hardware cursor
/// sits in the focused field.
enum FormView {
    /// Rows the body has on a screen this tall (title above, status and footer below).
    static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 3) }

    static func draw(_ screen: FormScreenState, keymaps: ConsoleKeymaps, into frame: inout Frame) {
        let width = frame.width
        let editor = screen.editor
        let layout = FormLayout(editor, width: width, keymaps: keymaps)
        let height = bodyHeight(frame.size)
        let offset = layout.scroll(keeping: editor.focus, height: height, current: screen.scroll)

        // Whether the form goes on above or below is said in the title line, where it covers
        // no field's value.
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        let right = scrollText(above: offset > 0, below: offset + height < layout.lines.count) + draftText(screen)
        let titleWidth = max(0, width - DisplayWidth.of(right) - 1)
        frame.put(DisplayWidth.truncate(screen.title, to: titleWidth), x: 0, y: 0, role: .title)
        if !right.isEmpty, DisplayWidth.of(right) < width {
            frame.put(right, x: width - DisplayWidth.of(right), y: 0, role: .title)
        }

        frame.fill(Rect(x: 0, y: 1, width: width, height: height))
        frame.cursor = nil
        for (row, line) in layout.lines.dropFirst(offset).prefix(height).enumerated() {
            draw(line, editor: editor, layout: layout, y: 1 + row, into: &frame)
        }

        switch screen.stage {
        case .choosingPerson(let choice):
            choice.overlay(keys: keymaps.picker).render(into: &frame)
        case .resolvingConflict(let choice):
            choice.overlay(keys: keymaps.picker).render(into: &frame)
        case .done(let done):
            done.overlay(keys: keymaps.intakeDone).render(into: &frame)
        default:
            editor.picker?.render(into: &frame, keys: keymaps.optionList)
        }
    }

    private static func draw(_ line: FormLayout.Line, editor: FormEditor, layout: FormLayout, y: Int, into frame: inout Frame) {
        let width = frame.width
        switch line {
        case .blank:
            break
        case .section(let title):
            let text = "── " + UntrustedText.sanitize(title) + " "
            let used = frame.put(DisplayWidth.truncate(text, to: width), x: 0, y: y, role: .header)
            if used < width { frame.put(String(repeating: "─", count: width - used), x: used, y: y, role: .header) }
        case .note(_, let text, let role):
            frame.put(DisplayWidth.truncate(text, to: width - layout.noteX), x: layout.noteX, y: y, role: role)
        case .value(let id, let index):
            guard let field = editor.form.field(id) else { return }
            let focused = id == editor.focus
            let valueX = layout.labelWidth
            let valueWidth = max(1, width - valueX)
            if index == 0 {
                let marker = editor.errors[id] != nil ? "!" : (field.required ? "*" : " ")
                let markerRole: StyleRole = editor.errors[id] != nil ? .fieldError : .required
                frame.put(marker, x: 0, y: y, role: markerRole)
                let label = DisplayWidth.truncate(UntrustedText.sanitize(field.label), to: max(0, valueX - 3))
                frame.put(label, x: 2, y: y, role: focused ? .fieldFocused : .fieldLabel)
            }
            let typed = ![.choice, .multiChoice, .yesNo].contains(field.type)
            if focused && typed && !editor.input.acceptsNewlines {
                editor.input.render(into: &frame, x: valueX, y: y, width: valueWidth, role: .fieldFocused,
                                    placeholder: keptText(editor, field))
                return
            }
            if index == 0, (editor.values[id] ?? "").isEmpty, let kept = keptText(editor, field) {
                frame.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: focused ? .fieldFocused : .field)
                frame.put(DisplayWidth.truncate(kept, to: valueWidth), x: valueX, y: y, role: .masked)
                if focused { frame.cursor = Point(x: valueX, y: y) }
                return
            }
            let shown = FormValueText.shown(focused && typed ? editor.input.text : (editor.values[id] ?? ""), field: field,
                                            rules: editor.rules, width: valueWidth)
            let text = shown.indices.contains(index) ? shown[index] : ""
            frame.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), role: focused ? .fieldFocused : .field)
            frame.put(DisplayWidth.truncate(text, to: valueWidth), x: valueX, y: y, role: focused ? .fieldFocused : .field)
            if focused {
                if typed {
                    let cursor = FormValueText.cursorRow(in: editor.input, width: valueWidth)
                    if cursor.row == index {
                        frame.cursor = Point(x: valueX + min(valueWidth - 1, cursor.column), y: y)
                    }
                } else if index == 0 {
                    frame.cursor = Point(x: valueX, y: y)
                }
            }
        }
    }

    /// A personal value of the case being corrected, masked: kept unless something is typed.
    static func keptText(_ editor: FormEditor, _ field: FormField) -> String? {
        guard let value = editor.hidden[field.id] else { return nil }
        let masked = field.type == .nationalId ? Constituent.mask(value) : "•••"
        return "kept: \(UntrustedText.sanitize(masked)) (type to replace)"
    }

    /// The title line's right side: how the draft stands.
    static func scrollText(above: Bool, below: Bool) -> String {
        switch (above, below) {
        case (true, true): return "↑↓ more "
        case (true, false): return "↑ more "
        case (false, true): return "↓ more "
        case (false, false): return ""
        }
    }

    static func draftText(_ screen: FormScreenState) -> String {
        let draft = screen.draft
        guard draft.enabled else { return "" }
        if draft.failure != nil { return "draft NOT saved " }
        if draft.saving || draft.dirty { return "saving draft… " }
        if let saved = draft.savedAt { return "draft saved " + String(Timestamp.iso(saved).dropFirst(11).prefix(8)) + " " }
        return ""
    }
}
