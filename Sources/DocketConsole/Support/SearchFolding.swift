import Foundation

/// Folds text for forgiving matching: case, accents and the letters Unicode does not
/// decompose (ł, ø, đ, ß, æ, ı), so "lukasz" finds "Łukasz" and "jose" finds "José".
enum SearchFolding {
    static func fold(_ text: String) -> String {
        let basic = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var folded = ""
        for character in basic {
            switch character {
            case "ł": folded += "l"
            case "ø": folded += "o"
            case "đ": folded += "d"
            case "ß": folded += "ss"
            case "æ": folded += "ae"
            case "ı": folded += "i"
            default: folded.append(character)
            }
        }
        return folded
    }
}
