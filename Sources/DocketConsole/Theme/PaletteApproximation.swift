/// Maps colours a terminal lacks onto the nearest ones it has, so a 256-colour theme
/// still reads on an 8- or 16-colour terminal.
extension TerminalColor {
    /// This colour as it should be drawn on a terminal with `colorCount` colours.
    public func approximated(forColorCount colorCount: Int) -> TerminalColor {
        guard case .palette(let index) = self else { return self }
        if index < colorCount { return self }
        if colorCount < 8 { return .terminalDefault }
        if index < 16 { return .palette(index - 8) }
        let target = TerminalColor.rgb(ofPaletteIndex: index)
        let candidates = 0..<min(colorCount, 16)
        let nearest = candidates.min { a, b in
            TerminalColor.distance(TerminalColor.rgb(ofPaletteIndex: a), target)
                < TerminalColor.distance(TerminalColor.rgb(ofPaletteIndex: b), target)
        } ?? 7
        return .palette(nearest)
    }

    /// The xterm default RGB value of a palette index.
    static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }
}
