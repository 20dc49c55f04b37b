@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The dashboard with `--read-db`: when the read database cannot be reached, the figures come
/// from the primary and the status line says so.
final class DashboardReadDatabaseTests: ConsoleTestCase {
    func testAnUnreachableReadDatabaseIsSaidAndThePrimaryAnswers() async throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let root = try engine.staffMember(login: "root")
        let reads = try ReadDatabase("host=127.0.0.1 port=1 dbname=docket connect_timeout=2", clock: .fixed(ConsoleFixtures.now))
        let context = LayerContext(screen: Size(width: 100, height: 30), keymaps: .standard, screenKeymap: ConsoleKeymaps.standard.dashboard,
                                   session: ConsoleSession(engine: engine, actor: root, reads: reads),
                                   today: Day(unixSeconds: ConsoleFixtures.now))
        var layer = DashboardLayer()
        let started = layer.start(id: LayerID(number: 3), context: context)
        guard case .task(_, let work)? = started.effects.first?.kind, let answer = await work() else {
            return XCTFail("the dashboard reads its report in the background")
        }
        guard case .dashboardLoaded(_, .success(let report), let notice?) = answer else { return XCTFail("\(answer)") }
        XCTAssertEqual(report, try engine.backlogReport(as: root), "the primary's figures")
        let update = layer.update(.answer(answer), id: LayerID(number: 3), context: context)
        XCTAssertNotNil(layer.dashboard.report)
        guard case .say(let said, .warning)? = update.requests.last else { return XCTFail("\(update.requests)") }
        XCTAssertEqual(said, UntrustedText.sanitize(notice))
        XCTAssertTrue(said.contains("read from the primary (--db) instead"), said)
    }
}
