/// Row ids handed out in order, as SQLite would on a fresh table.
struct DemoIds {
    var constituent: Int64 = 0
    var kase: Int64 = 0
    var task: Int64 = 0
    var ledger: Int64 = 0

    static func next(_ counter: inout Int64) -> Int64 {
        counter += 1
        return counter
    }
}
