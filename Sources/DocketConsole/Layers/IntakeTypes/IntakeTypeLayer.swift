/// The first step of an intake as a layer: the agency's case types, type-ahead filtered;
/// Enter opens the chosen type's form in its place.
struct IntakeTypeLayer: ConsoleLayer {
    var picker: IntakeTypePicker

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        guard case .key(let key) = message else { return .stays }
        switch picker.list.handle(key, keys: context.keymaps.picker, text: context.keymaps.textInput) {
        case .picked(let index):
            var update = FormLayer.openIntake(type: picker.codes[index], context: context)
            update.pops = true
            return update
        case .cancelled:
            return .popped
        case .changed, .ignored:
            return .stays
        }
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        picker.render(into: &frame)
    }
}
