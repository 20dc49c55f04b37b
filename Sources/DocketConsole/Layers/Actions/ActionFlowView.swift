import DocketEngine

/// Draws the question an action is asking: a list to pick from, a prompt line at the
/// bottom (with the parsed date for date questions), or a yes/no box.
enum ActionFlowView {
    /// The picker's box for a screen size.
    static func pickerArea(in size: Size, itemCount: Int) -> Rect {
        let width = min(64, size.width - 4)
        let height = min(itemCount + 2, size.height - 4)
        return Rect(x: 0, y: 0, width: size.width, height: size.height - 2).centered(width: width, height: max(3, height))
    }

    static func drawOverlay(_ flow: ActionFlow, confirmKeys: Keymap, into frame: inout Frame) {
        guard let step = flow.currentStep else { return }
        switch step.kind {
        case .pick:
            guard var picker = flow.currentPicker else { return }
            let area = pickerArea(in: frame.size, itemCount: picker.items.count + (picker.isFiltering ? 1 : 0))
            picker.pageSize = max(1, area.height - 2)
            picker.render(into: &frame, in: area)
        case .confirm(let question):
            let text = flow.question(question)
            Overlay.confirmation(title: "Confirm", question: text, width: min(56, max(20, frame.width - 10)),
                                 footer: PromptKeymaps.confirmFooter(confirmKeys, scrolls: false)).render(into: &frame)
        case .text, .date:
            break
        }
    }

    /// The prompt line for typed steps, on row `y`.
    static func drawPrompt(_ flow: ActionFlow, into frame: inout Frame, y: Int) {
        guard let step = flow.currentStep, let input = flow.currentInput else { return }
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .normal)
        var label: String
        var preview = ""
        var previewRole: StyleRole = .muted
        var placeholder: String?
        switch step.kind {
        case .text(let prompt, _):
            label = prompt
        case .date(let prompt, let example):
            label = prompt
            placeholder = example
            if !input.text.isEmpty {
                switch flow.parsedDate(input.text) {
                case .success(let day): preview = "→ \(day.iso) \(weekday(day))"
                case .failure(let problem): preview = problem.message; previewRole = .fieldError
                }
            }
        default:
            return
        }
        if let target = flow.target { label = "\(target.ref) · \(label)" }
        if flow.isSubmitting { preview = "sending…" }
        let labelText = DisplayWidth.truncate(label + ": ", to: max(1, frame.width / 2))
        let x = frame.put(labelText, x: 0, y: y, role: .fieldLabel)
        let previewWidth = preview.isEmpty ? 0 : min(DisplayWidth.of(preview) + 1, max(0, (frame.width - x) / 2))
        let fieldWidth = max(1, frame.width - x - previewWidth)
        if previewWidth > 0 {
            frame.put(" " + DisplayWidth.truncate(preview, to: previewWidth - 1), x: x + fieldWidth, y: y, role: previewRole)
        }
        input.render(into: &frame, x: x, y: y, width: fieldWidth, role: .fieldFocused, placeholder: placeholder)
    }

    static func weekday(_ day: Day) -> String {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day.weekday]
    }
}
