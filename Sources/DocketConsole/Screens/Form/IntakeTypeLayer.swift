/// The first step of an intake as a layer: the agency's case types, type-ahead filtered;
/// Enter hands the chosen type to the root to open its form.
struct IntakeTypeLayer: ConsoleLayer {
    var picker: IntakeTypePicker

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        guard case .key(let key) = message else { return .stays }
        switch picker.list.handle(key, keys: context.keymaps.picker) {
        case .picked(let index):
            return LayerUpdate(requests: [.openIntakeForm(picker.codes[index])], pops: true)
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
