/// What a command accepts: named options (with a value, repeatable or not), flags, positionals.
struct CommandSpec {
    var path: [String]
    var summary: String
    var usage: String
    var options: [String] = []
    var repeatable: [String] = []
    var flags: [String] = []
    var positionals: ClosedRange<Int> = 0...0
    var details: String = ""
}

/// The parsed words of one invocation.
struct ParsedArguments: Equatable {
    var positionals: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let raw = value(name) else { return fallback }
        guard let n = Int(raw.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")) else {
            throw CLIError.usage("--\(name) wants a whole number, got '\(raw)'")
        }
        return n
    }
}

enum CLIError: Error, Equatable {
    case usage(String)
}

/// Hand-written and strict: an unknown option or a missing value is a usage error that names
/// the command's help, never silently ignored.
enum ArgumentParser {
    /// Options every command takes, wherever they appear.
    static let globalOptions = ["db", "read-db", "as", "theme"]

    static func parse(_ words: [String], spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        let command = "docket " + spec.path.joined(separator: " ")
        while i < words.count {
            let word = words[i]
            i += 1
            if onlyPositionals || !word.hasPrefix("--") || word == "--" {
                if word == "--" && !onlyPositionals { onlyPositionals = true; continue }
                if word.hasPrefix("-") && word.count > 1 && !onlyPositionals && Int(word) == nil {
                    throw CLIError.usage("unknown option \(word) for `\(command)`; see `\(command) --help`")
                }
                result.positionals.append(word)
                continue
            }
            var name = String(word.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if spec.flags.contains(name) || name == "help" {
                if inline != nil { throw CLIError.usage("--\(name) takes no value; see `\(command) --help`") }
                result.flags.insert(name)
            } else if spec.options.contains(name) || spec.repeatable.contains(name) || globalOptions.contains(name) {
                let value: String
                if let inline { value = inline }
                else if i < words.count, !(words[i].hasPrefix("--") && words[i].count > 2) {
                    value = words[i]
                    i += 1
                } else {
                    throw CLIError.usage("--\(name) needs a value; see `\(command) --help`")
                }
                if result.options[name] != nil && !spec.repeatable.contains(name) {
                    throw CLIError.usage("--\(name) given twice; give it once")
                }
                result.options[name, default: []].append(value)
            } else {
                throw CLIError.usage("unknown option --\(name) for `\(command)`; see `\(command) --help`")
            }
        }
        if result.has("help") { return result }
        let n = result.positionals.count
        if n < spec.positionals.lowerBound {
            throw CLIError.usage("`\(command)` is missing arguments; usage: \(spec.usage)")
        }
        if n > spec.positionals.upperBound {
            throw CLIError.usage("`\(command)` got an unexpected argument '\(result.positionals[spec.positionals.upperBound])'; usage: \(spec.usage)")
        }
        return result
    }
}
