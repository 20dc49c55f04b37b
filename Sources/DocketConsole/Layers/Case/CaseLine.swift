/// A piece of case-screen content before it is fitted to a width: a labelled field, a
/// block of wrapped text, or a plain line.
enum CaseLine: Equatable, Sendable {
    /// `label  value`, the value in `role` (masked identifiers, SLA colours).
    case field(label: String, value: String, role: StyleRole)
    /// A heading line inside a pane (a timeline entry's who and when).
    case heading(String, role: StyleRole)
    /// Text that wraps, indented by `indent` columns.
    case text(String, indent: Int, role: StyleRole)
    case blank

    /// The lines this becomes at `width` columns.
    func rendered(width: Int, labelWidth: Int) -> [RenderedLine] {
        guard width > 0 else { return [] }
        switch self {
        case .field(let label, let value, let role):
            let labelColumn = min(labelWidth, max(0, width / 2))
            let valueWidth = max(1, width - labelColumn - 1)
            let pieces = DisplayWidth.wrap(value, to: valueWidth)
            return pieces.enumerated().map { index, piece in
                let label = index == 0 ? DisplayWidth.pad(label, to: labelColumn) : String(repeating: " ", count: labelColumn)
                return RenderedLine(spans: [(label, .fieldLabel), (" " + piece, role)])
            }
        case .heading(let text, let role):
            return [RenderedLine(spans: [(DisplayWidth.truncate(text, to: width), role)])]
        case .text(let text, let indent, let role):
            let margin = min(indent, max(0, width - 1))
            let pad = String(repeating: " ", count: margin)
            return DisplayWidth.wrap(text, to: width - margin).map { RenderedLine(spans: [(pad + $0, role)]) }
        case .blank:
            return [RenderedLine(spans: [])]
        }
    }
}

/// One screen line of a pane: text spans with their roles.
struct RenderedLine: Sendable {
    var spans: [(String, StyleRole)]
}
