/// Ages of open cases from counts per opening day: buckets and nearest-rank percentiles, exact
/// and without touching a case row.
struct AgeProfile {
    /// Open cases per opening day, oldest day first.
    let opened: [OpenedDayCount]
    let today: Day

    var total: Int { opened.reduce(0) { $0 + $1.count } }

    func age(ofDay day: Int) -> Int { max(0, today.number - day) }

    func buckets(threshold: Int) -> [AgeBucket] {
        var buckets = AgeBucket.ranges(threshold: threshold)
        for entry in opened {
            let age = age(ofDay: entry.day)
            if let i = buckets.firstIndex(where: { $0.contains(age: age) }) { buckets[i].count += entry.count }
        }
        return buckets
    }

    /// The age at which `fraction` of open cases are no older: the case at rank ceil(fraction × n),
    /// youngest first. nil with no open cases.
    func percentile(_ fraction: Double) -> Int? {
        let n = total
        guard n > 0 else { return nil }
        let rank = max(1, Int((fraction * Double(n)).rounded(.up)))
        var seen = 0
        for entry in opened.reversed() {
            seen += entry.count
            if seen >= rank { return age(ofDay: entry.day) }
        }
        return opened.first.map { age(ofDay: $0.day) }
    }

    /// Several departments' counts as one profile.
    static func merged(_ lists: [[OpenedDayCount]], today: Day) -> AgeProfile {
        var byDay: [Int: Int] = [:]
        for list in lists { for e in list { byDay[e.day, default: 0] += e.count } }
        return AgeProfile(opened: byDay.keys.sorted().map { OpenedDayCount(day: $0, count: byDay[$0]!) }, today: today)
    }
}
