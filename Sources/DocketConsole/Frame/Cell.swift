/// One column of the screen.
///
/// A wide grapheme (Korean, CJK, most emoji) occupies two columns: the first cell holds
/// the grapheme with `width == 2`, the second is a continuation cell (`width == 0`,
/// empty text) that backends never draw on their own.
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn here; empty for a continuation cell.
    public var grapheme: String
    /// 1 or 2 for a cell that starts a grapheme, 0 for a continuation cell.
    public var width: Int
    /// What this cell means; the theme turns it into colours and attributes.
    public var role: StyleRole

    public init(grapheme: String, width: Int, role: StyleRole) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    /// A space in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(grapheme: " ", width: 1, role: role)
    }

    /// The right half of a wide grapheme.
    public static func continuation(_ role: StyleRole) -> Cell {
        Cell(grapheme: "", width: 0, role: role)
    }

    public var isContinuation: Bool { width == 0 }
}
