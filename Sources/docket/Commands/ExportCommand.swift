import DocketEngine
import Foundation

/// `docket export cases|constituents [filters] --format csv|jsonl [--include-pii] [--bom] [--out FILE]`.
enum ExportCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let a = ctx.arguments
        guard let subject = ExportSubject(rawValue: a.positionals[0]) else {
            throw CLIError.usage("export what? `docket export cases` or `docket export constituents`, not '\(a.positionals[0])'")
        }
        let out = a.value("out")
        let formatText = a.value("format") ?? out.flatMap { path in
            ExportFormat.allCases.first { path.lowercased().hasSuffix("." + $0.rawValue) }?.rawValue
        } ?? "csv"
        guard let format = ExportFormat(rawValue: formatText.lowercased()) else {
            throw CLIError.usage("--format wants csv or jsonl, not '\(formatText)'")
        }
        var request = ExportRequest(subject: subject, format: format)
        request.query.department = a.value("dept")?.uppercased()
        request.query.state = a.value("state")
        request.query.type = a.value("type")
        if let assignee = a.value("assignee") { request.query.setAssignee(typed: assignee) }
        request.query.overdue = a.has("overdue")
        request.query.includeClosed = a.has("all")
        request.includePII = a.has("include-pii")
        request.reason = a.value("reason")
        guard request.includePII == (request.reason != nil) else {
            throw CLIError.usage("--include-pii needs --reason TEXT (why the identifiers leave Docket; it is recorded), and --reason goes with --include-pii")
        }
        request.bom = a.has("bom")
        request.destination = out ?? "stdout"
        if request.bom && format != .csv { throw CLIError.usage("--bom is for CSV (spreadsheets); JSON Lines has none") }

        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let result: ExportResult
        if let out {
            let sink = try ExportFile(path: out)
            let bar = ProgressBar(label: "exporting")
            let total = bar.enabled ? try engine.exportCount(request, as: actor) : 0
            result = try engine.export(request, as: actor, write: sink.write) { rows in bar.update(rows, max(total, rows)) }
            try sink.close()
            if bar.enabled && result.rows == 0 { bar.update(1, 1) }
            ctx.stderr("exported \(result.rows) \(subject.rawValue == "cases" && result.rows == 1 ? "case" : subject.rawValue) to \(out)\(request.includePII ? " with personal identifiers (recorded in the audit log)" : "")")
        } else {
            // Each chunk ends with a whole record; stdout adds the final line end back.
            result = try engine.export(request, as: actor, write: { chunk in ctx.stdout(String(decoding: chunk.utf8.dropLast(), as: UTF8.self)) })
        }
        _ = result
        return 0
    }
}

/// An export file (it may hold personal data: see PrivateFile), written through.
final class ExportFile {
    let path: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        fd = try PrivateFile.openForWriting(path, what: "the export file")
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                guard n > 0 else { throw DocketError.refused("writing \(path) failed: \(String(cString: strerror(errno)))") }
                done += n
            }
        }
    }

    func close() throws {
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw DocketError.refused("writing \(path) failed: \(String(cString: strerror(errno)))")
        }
        Glibc.close(fd)
    }
}
