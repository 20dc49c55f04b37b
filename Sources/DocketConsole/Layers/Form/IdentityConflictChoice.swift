import DocketEngine

/// The national id keyed belongs to another person's record (the engine's message, masked as
/// it comes). Exactly two ways on: correct the id, or deliberately file the case under that
/// record. The first is where the choice starts, so a reflexive Enter attaches no one.
struct IdentityConflictChoice: Sendable, Equatable {
    enum Way: Sendable, Equatable {
        case correctTheId
        case fileUnderRecord(Int64)
    }

    var message: String
    var record: Int64
    var selection = 0

    var ways: [Way] { [.correctTheId, .fileUnderRecord(record)] }
    var chosen: Way { ways[selection] }

    mutating func move(_ step: Int) { selection = min(max(0, selection + step), ways.count - 1) }

    var lines: [String] {
        ["Correct the national id (back to the form)",
         "It is record #\(record): file the case under that person"]
    }

    /// The question's keys are the picker's.
    func overlay(keys: Keymap) -> Overlay {
        let marked = lines.enumerated().map { ($0.offset == selection ? "▸ " : "  ") + $0.element }
        return Overlay(title: "This national id belongs to someone else",
                       lines: [UntrustedText.sanitize(message), ""] + marked,
                       footer: PromptKeymaps.pickerFooter(keys, pick: "confirm"))
    }
}
