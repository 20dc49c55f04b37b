import Foundation
import XCTest
@testable import DocketEngine

/// Writing import files for tests and reading back what an import did.
extension WorkflowWorld {
    /// Writes `text` (or raw bytes) to a file in this world's folder and returns its path.
    func file(_ name: String, _ text: String) -> String {
        let path = dir.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func file(_ name: String, bytes: [UInt8]) -> String {
        let path = dir.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func importing(_ path: String, form: String = "claim_form", dryRun: Bool = false, rejects: String? = nil,
                   as who: StaffMember? = nil) throws -> ImportReport {
        var options = ImportOptions()
        options.dryRun = dryRun
        options.skipInvalid = rejects != nil
        options.rejectsPath = rejects
        return try engine.importFile(path, display: (path as NSString).lastPathComponent, form: form, options: options, as: who ?? ana)
    }

    func caseCount() throws -> Int { try engine.overview().cases }

    /// Every case's stored form, by ref.
    func forms() throws -> [String: FormValues] {
        var out: [String: FormValues] = [:]
        var q = CaseQuery()
        q.includeClosed = true
        q.limit = 10_000
        for c in try engine.listCases(q, as: boss) {
            out[c.ref] = JSONText.decodeForm(try engine.store.formJSON(caseId: c.id))
        }
        return out
    }
}
