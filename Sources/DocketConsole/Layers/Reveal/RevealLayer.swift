import DocketEngine

/// `v` on the case screen: asks on the footer row why the identifiers are needed, then has
/// the engine reveal them (it checks who may and records the reason). The case screen shows
/// them whole until the person leaves it; a refusal goes to the status line.
struct RevealLayer: ConsoleLayer {
    var ref: String
    var input = TextInput(maxLength: 500)
    var isAsking = false
    /// Keys typed while the engine answers: the screen's once the layer has gone.
    var typeAhead: [Key] = []

    static let question = "Why reveal the identifiers? "

    init(ref: String) {
        self.ref = ref
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .answer(let result as Result<CaseLoad, ConsoleFailure>):
            let typed = typeAhead
            typeAhead = []
            switch result {
            case .success(let load):
                return LayerUpdate(requests: [.toBelow(.revealed(ref: ref, load)),
                                              .say("\(ref): identifiers shown until you leave the case; the reveal is recorded with your reason", .warning),
                                              .replay(typed)], pops: true)
            case .failure(let failure):
                return LayerUpdate(requests: [.say("Not revealed: \(failure.message)", .error), .replay(typed)], pops: true)
            }
        case .answer, .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        if isAsking {
            typeAhead.append(key)
            return .stays
        }
        switch context.keymaps.reason.action(for: key) {
        case .reason(.give)?:
            isAsking = true
            let ref = ref, reason = input.text, session = context.session
            return LayerUpdate(effects: [.run { .layerAnswer(id, CaseRequests.reveal(ref: ref, reason: reason, session: session)) }])
        case .reason(.cancel)?:
            return LayerUpdate(requests: [.say("Not revealed", .muted)], pops: true)
        default:
            _ = input.handle(key, keys: context.keymaps.textInput)
            return .stays
        }
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let y = frame.height - 1
        guard y >= 0 else { return }
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .normal)
        let used = frame.put(DisplayWidth.truncate(RevealLayer.question, to: frame.width), x: 0, y: y, role: .fieldLabel)
        let hints = "  " + PromptKeymaps.footer(keymaps.reason)
        let room = frame.width - used
        let showsHints = room > DisplayWidth.of(hints) + 20
        input.render(into: &frame, x: used, y: y, width: room - (showsHints ? DisplayWidth.of(hints) : 0), role: .fieldFocused)
        if showsHints {
            let cursor = frame.cursor
            frame.put(hints, x: frame.width - DisplayWidth.of(hints), y: y, role: .muted)
            frame.cursor = cursor
        }
    }
}
