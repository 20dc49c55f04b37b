import DocketEngine
import Foundation

/// `docket import FILE --form FORM [--dry-run] [--skip-invalid --rejects FILE]`.
enum ImportCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let a = ctx.arguments
        let path = a.positionals[0]
        guard let form = a.value("form") else {
            throw CLIError.usage("--form FORM is required: the form the rows fill in (`docket form list` names them)")
        }
        var options = ImportOptions()
        options.dryRun = a.has("dry-run")
        options.skipInvalid = a.has("skip-invalid")
        options.rejectsPath = a.value("rejects")
        options.dropHidden = a.has("drop-hidden")
        options.again = a.has("again")
        if options.skipInvalid && options.rejectsPath == nil {
            throw CLIError.usage("--skip-invalid needs --rejects FILE: where the refused rows go, to fix and import again")
        }
        if options.rejectsPath != nil && !options.skipInvalid {
            throw CLIError.usage("--rejects goes with --skip-invalid (without it an import with a bad row imports nothing)")
        }
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let bar = ProgressBar(label: options.dryRun ? "checking (KB)" : "importing (KB)")
        let report = try engine.importFile(path, form: form, options: options, as: actor) { p in
            bar.update(Int(p.bytesRead >> 10), Int(max(1, p.bytesTotal >> 10)))
        }
        if !report.ignoredColumns.isEmpty {
            ctx.stderr("docket: ignoring columns that are case columns of an export, not fields of \(report.form): \(report.ignoredColumns.joined(separator: ", "))")
        }
        for e in report.errors { ctx.stderr(UntrustedText.sanitize(e.line(file: report.file))) }
        if report.moreErrors > 0 { ctx.stderr("… and \(report.moreErrors) more error\(report.moreErrors == 1 ? "" : "s")") }
        let rows = "\(report.rows) row\(report.rows == 1 ? "" : "s")"
        if report.invalid > 0 && !options.skipInvalid {
            let what = report.dryRun ? "dry run: importing this file would import nothing" : "nothing was imported"
            ctx.stderr("docket: \(what): \(report.invalid) of \(rows) have errors. Fix them and import \(report.file) again, or import the good rows with --skip-invalid --rejects FILE")
            return 1
        }
        var lines: [String] = []
        let created = report.constituentsCreated
        let people = "\(created) new constituent\(created == 1 ? "" : "s"), \(report.constituentsMatched) already known"
        let routed = report.routed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        if report.dryRun {
            lines.append("dry run of \(report.file) (\(report.format.rawValue), form \(report.form)): \(rows), \(report.valid) valid, \(report.invalid) invalid; nothing was written")
            lines.append("would create \(report.imported) \(report.caseType) case\(report.imported == 1 ? "" : "s"): \(people)")
            if !report.importedBefore.isEmpty {
                lines.append("but this file was imported already: \(ImportedFile.describe(report.importedBefore)); a real import is refused unless --again")
            }
            if !routed.isEmpty { lines.append("would route: \(routed)") }
        } else {
            let refs = report.firstRef.map { " (\($0)\(report.lastRef != $0 ? " … \(report.lastRef!)" : ""))" } ?? ""
            lines.append("imported \(report.imported) of \(rows) from \(report.file) as \(report.caseType) cases\(refs): \(people)")
            if !routed.isEmpty { lines.append("routed: \(routed)") }
            if let rejects = report.rejectsPath {
                lines.append(report.rejected == 0 ? "no rows rejected (\(rejects) holds only the header)"
                             : "rejected \(report.rejected) row\(report.rejected == 1 ? "" : "s") → \(rejects): fix them there and import that file as it is")
            }
        }
        if !report.possibleDuplicates.isEmpty {
            let shown = report.possibleDuplicates.map { d in
                "row \(d.row) ~ " + d.constituentIds.prefix(3).map { "#\($0)" }.joined(separator: "/")
                    + (d.constituentIds.count > 3 ? "/…" : "")
            }
            let more = report.moreDuplicates > 0 ? " and \(report.moreDuplicates) more" : ""
            lines.append("\(report.possibleDuplicates.count + report.moreDuplicates) row(s) may be people already known (same family name and birth date, or same name and birth year), kept as new people: \(shown.joined(separator: ", "))\(more)")
        }
        if report.droppedHidden > 0 {
            lines.append("\(report.dryRun ? "would drop" : "dropped") \(report.droppedHidden) value\(report.droppedHidden == 1 ? "" : "s") in fields the rows' other answers hide (--drop-hidden)")
        }
        if !report.checkedNameAndYear {
            lines.append("(a large file: near-duplicates by name and birth year were not searched for; same-birthday ones were)")
        }
        ctx.stdout(lines.joined(separator: "\n"))
        return 0
    }
}
