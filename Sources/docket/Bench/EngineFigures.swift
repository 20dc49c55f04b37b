import DocketEngine
import Foundation

/// The figures measured through the engine's own calls, as the console and commands make them.
struct EngineFigures {
    let engine: Engine
    let actor: StaffMember
    /// The same work straight through SQLite; nil on PostgreSQL.
    let floor: SQLiteFloor?

    func all() throws -> [Figure] {
        [try filterFirstPage(), try searchFirstPage(), try caseOpen(), try command()]
    }

    private var departments: [String] { engine.agency.departments.map(\.code) }

    /// A change of queue filter to its first page of 50.
    func filterFirstPage() throws -> Figure {
        let states = ["triage", "in_review", "new", "awaiting_info"]
        let samples = try Stopwatch.samples(count: 200) { i in
            var q = CaseQuery()
            q.department = departments[i % departments.count]
            switch i % 4 {
            case 0: break
            case 1: q.state = states[i % states.count]
            case 2: q.overdue = true
            default: q.unassigned = true
            }
            _ = try engine.listCases(q, as: actor)
        }
        let floorSamples = floor.map { floor in Stopwatch.samples(count: 200) { i in
            _ = floor.queuePage(department: departments[i % departments.count], state: i % 2 == 0 ? nil : states[i % states.count])
        } }
        return Figure(name: "filter_first_page_ms", unit: "ms", samples: samples, budget: 20,
                      floor: floorSamples.map { Figure.percentile($0.sorted(), 0.5) })
    }

    /// Name search to its first page: Latin with diacritics, Korean, Arabic, by prefix.
    func searchFirstPage() throws -> Figure {
        let queries = ["garcía", "łukasz", "kowal", "josé", "김", "민준", "حداد", "فاطمة", "smith", "núñez"]
        let samples = try Stopwatch.samples(count: 100) { i in _ = try engine.search(queries[i % queries.count], limit: 50, as: actor) }
        let floorSamples = floor.map { floor in Stopwatch.samples(count: 100) { i in
            _ = floor.nameSearch(NameFolding.ftsQuery(queries[i % queries.count]) ?? "x")
        } }
        return Figure(name: "search_first_page_ms", unit: "ms", samples: samples, budget: 20,
                      floor: floorSamples.map { Figure.percentile($0.sorted(), 0.5) },
                      note: "engine search also loads each person's cases; floor is the FTS page alone")
    }

    private func sampleRefs(_ n: Int) throws -> [String] {
        var q = CaseQuery()
        q.limit = n
        q.sort = .due
        return try engine.listCases(q, as: actor).map(\.ref)
    }

    /// Opening the case screen: the case, its tasks, timeline, form, ledger — and the view event.
    func caseOpen() throws -> Figure {
        let refs = try sampleRefs(300)
        let samples = try Stopwatch.samples(count: 200) { i in _ = try engine.caseDetail(ref: refs[i % refs.count], as: actor) }
        let floorSamples = floor.map { floor in Stopwatch.samples(count: 200) { i in _ = floor.caseOpen(ref: refs[i % refs.count]) } }
        return Figure(name: "case_open_ms", unit: "ms", samples: samples, floor: floorSamples.map { Figure.percentile($0.sorted(), 0.5) },
                      note: "includes the durable view event")
    }

    /// One durable case command (synchronous=FULL): claim, note, release, route, on unassigned cases.
    func command() throws -> Figure {
        var q = CaseQuery()
        q.unassigned = true
        q.limit = 100
        q.sort = .due
        let refs = try engine.listCases(q, as: actor).map(\.ref)
        var samples: [Double] = []
        for (i, ref) in refs.enumerated() {
            samples.append(try Stopwatch.ms { try engine.claim(ref, as: actor) })
            samples.append(try Stopwatch.ms { try engine.note(ref, text: "bench note \(i)", as: actor) })
            samples.append(try Stopwatch.ms { try engine.release(ref, as: actor) })
            let here = try engine.caseSummary(ref: ref, as: actor).department
            let dept = departments.first { $0 != here } ?? here
            samples.append(try Stopwatch.ms { try engine.route(ref, to: dept, reason: "bench", as: actor) })
        }
        return Figure(name: "command_ms", unit: "ms", samples: Array(samples.dropFirst(8)), budget: 5,
                      note: "claim, note, release, route; median judged; each commit fsyncs (WAL, synchronous=FULL)")
    }
}
