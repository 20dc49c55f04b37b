extension String {
    /// The string without the given characters at either end (Foundation-free, so it
    /// cannot clash with `trimmingCharacters(in: CharacterSet)`).
    func trimming(_ characters: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
