/// Name search on PostgreSQL with SQLite's results: the folded search text is cut into words
/// where FTS5's unicode61 tokenizer cuts it (NameFolding's term characters), the words are
/// stored as a tsvector's lexemes as they are (no parser, no dictionary: the 'simple' config
/// would cut by the server's locale instead), and an FTS5 query of NameFolding's shape
/// (`"word"*` prefixes, `"word"` whole words, all required) becomes the same tsquery.
enum PostgresNameSearch {
    /// The words of a folded search text.
    static func words(_ searchTerms: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in searchTerms.unicodeScalars {
            if NameFolding.isTermScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                out.append(String(current))
                current.removeAll()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// A tsvector's text form holding exactly these words.
    static func vector(_ searchTerms: String) -> String {
        words(searchTerms).map(quoted).joined(separator: " ")
    }

    /// The tsquery for an FTS5 expression made by NameFolding.ftsQuery; nil when it has no word.
    static func query(_ fts: String) -> String? {
        var terms: [String] = []
        let scalars = Array(fts.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\"" else { i += 1; continue }
            var word = String.UnicodeScalarView()
            i += 1
            while i < scalars.count {
                if scalars[i] == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { word.append("\""); i += 2; continue }
                    break
                }
                word.append(scalars[i])
                i += 1
            }
            i += 1
            let prefix = i < scalars.count && scalars[i] == "*"
            // A quoted phrase is cut into words as the tokenizer would; each is required.
            let parts = words(String(word))
            for (n, part) in parts.enumerated() {
                terms.append(quoted(part) + (prefix && n == parts.count - 1 ? ":*" : ""))
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " & ")
    }

    /// A lexeme quoted for tsvector and tsquery input.
    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
