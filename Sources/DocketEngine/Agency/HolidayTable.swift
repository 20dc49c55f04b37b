/// A set of holidays as one bit per day from the first holiday to the last: due dates are
/// counted a day at a time for every case a demo or an import makes, and a range test and a
/// bit test are much cheaper than hashing a `Day` into a set.
struct HolidayTable: Sendable, Equatable {
    /// The day of bit 0.
    private let first: Int
    private let words: [UInt64]

    init(_ holidays: Set<Day>) {
        guard let low = holidays.min(), let high = holidays.max() else {
            first = 0
            words = []
            return
        }
        first = low.number
        var words = [UInt64](repeating: 0, count: (high.number - low.number) / 64 + 1)
        for day in holidays {
            let offset = day.number - low.number
            words[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.words = words
    }

    func contains(_ day: Int) -> Bool {
        // One unsigned test for both ends: a day before `first` wraps to a huge offset.
        let offset = UInt(bitPattern: day &- first)
        guard offset < UInt(words.count) &* 64 else { return false }
        return words[Int(offset >> 6)] >> (offset & 63) & 1 != 0
    }
}
