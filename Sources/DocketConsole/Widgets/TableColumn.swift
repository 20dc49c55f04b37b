/// One column of a Table: its heading and how it may be sized.
public struct TableColumn: Equatable, Sendable {
    public var title: String
    /// The column never gets narrower than this while it is shown.
    public var minWidth: Int
    /// The column never gets wider than this (nil: as wide as its content).
    public var maxWidth: Int?
    public var alignment: TextAlignment
    /// A flexible column takes the width left over, and gives width back first when space
    /// is short (the name column of a queue).
    public var isFlexible: Bool

    public init(_ title: String, minWidth: Int = 1, maxWidth: Int? = nil, alignment: TextAlignment = .left, flexible: Bool = false) {
        self.title = title
        self.minWidth = max(1, minWidth)
        self.maxWidth = maxWidth.map { max($0, max(1, minWidth)) }
        self.alignment = alignment
        self.isFlexible = flexible
    }
}

/// One row of a Table. Cells must already be sanitized (no control characters).
public struct TableRow: Equatable, Sendable {
    public var cells: [String]
    /// The role of the whole row (`overdue`, `onHold`, or `normal`).
    public var role: StyleRole
    /// Roles for single cells, by column index, overriding the row's role.
    public var cellRoles: [Int: StyleRole]

    public init(_ cells: [String], role: StyleRole = .normal, cellRoles: [Int: StyleRole] = [:]) {
        self.cells = cells
        self.role = role
        self.cellRoles = cellRoles
    }
}

/// Which column a table is sorted by, shown as ▲ or ▼ after its title.
public struct TableSort: Equatable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }

    var indicator: String { ascending ? "▲" : "▼" }
}
