/// The backlog as a supervisor reads it, per department and agency-wide, for one moment: the
/// dashboard draws it and `docket report backlog` prints it.
public struct BacklogReport: Sendable, Equatable {
    /// When the figures were read (seconds since 1970, UTC).
    public var asOf: Int64
    /// Cases older than this many days are the backlog the director asks about.
    public var thresholdDays: Int
    public var total: BacklogFigures
    /// Every department of the agency, in the agency file's order, empty or not.
    public var departments: [DepartmentBacklog]
    /// Whether this week's movement was asked for (`--week`); the figures are there either way.
    public var includesWeek: Bool
    /// The last day "due soon" reaches (five business days on); nil in reports built by hand.
    public var dueSoonThrough: Day?

    public init(asOf: Int64, thresholdDays: Int, total: BacklogFigures, departments: [DepartmentBacklog], includesWeek: Bool = false,
                dueSoonThrough: Day? = nil) {
        self.dueSoonThrough = dueSoonThrough
        self.asOf = asOf
        self.thresholdDays = thresholdDays
        self.total = total
        self.departments = departments
        self.includesWeek = includesWeek
    }

    public var today: Day { Day(unixSeconds: asOf) }

    public func department(_ code: String) -> DepartmentBacklog? { departments.first { $0.code == code } }
}

/// One department's figures.
public struct DepartmentBacklog: Sendable, Equatable {
    public var code: String
    public var name: String
    public var figures: BacklogFigures

    public init(code: String, name: String, figures: BacklogFigures) {
        self.code = code
        self.name = name
        self.figures = figures
    }
}
