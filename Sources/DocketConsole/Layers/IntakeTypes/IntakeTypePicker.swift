import DocketEngine

/// The first step of an intake: which kind of case is on the clerk's desk. The agency's
/// case types by name, filterable with `/`.
struct IntakeTypePicker: Sendable {
    let codes: [String]
    var list: ListPicker

    init(agency: Agency) {
        codes = agency.caseTypes.map(\.code)
        list = ListPicker(title: "New intake: which case type?",
                          items: agency.caseTypes.map { UntrustedText.sanitize($0.name) + "  (" + $0.code + ")" })
    }

    func render(into frame: inout Frame) {
        let bounds = frame.bounds
        let widest = list.items.map { DisplayWidth.of($0) }.max() ?? 20
        let width = min(max(widest, DisplayWidth.of(list.title) + 8) + 4, max(0, bounds.width - 2))
        let filtering = list.isFiltering || !list.filter.text.isEmpty
        let height = min(list.items.count + (filtering ? 3 : 2), max(0, bounds.height - 2))
        list.render(into: &frame, in: bounds.centered(width: width, height: height))
    }
}
