import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory politeness budgets (host_concurrency, host_gap_ms)")
struct InventoryPolitenessTests {
    private func load() throws -> Inventory {
        try InventoryLoader.load(path: InventoryFixture.path("sites-politeness.csv"), strict: false)
    }

    @Test("a row's budget belongs to its politeness key: the host_group, else the homepage's host")
    func budgetsByKey() throws {
        let inventory = try load()
        #expect(inventory.politeness["group:srjyh"] == PolitenessOverride(concurrency: 8, gapMilliseconds: 100, line: 2))
        #expect(inventory.politeness["jyt.jiangxi.gov.cn:80"] == PolitenessOverride(concurrency: 1, gapMilliseconds: nil, line: 5))
        #expect(inventory.politeness["www.zgwn.gov.cn:80"] == PolitenessOverride(concurrency: nil, gapMilliseconds: 0, line: 10))
        #expect(inventory.politeness.count == 3)
    }

    @Test("values outside the limits or not whole numbers leave the row out and say the range")
    func badValuesAreErrors() throws {
        let inventory = try load()
        let errors = inventory.errors.map(\.description)
        #expect(errors.contains("line 6: host_concurrency \"0\" must be a whole number from 1 to 32"))
        #expect(errors.contains("line 7: host_concurrency \"64\" must be a whole number from 1 to 32"))
        #expect(errors.contains("line 8: host_gap_ms \"fast\" must be a whole number from 0 to 60000"))
        #expect(errors.contains("line 9: host_gap_ms \"60001\" must be a whole number from 0 to 60000"))
        #expect(errors.count == 4)
        #expect(!inventory.sites.map(\.id).contains("3611260004"))
        #expect(throws: InventoryError.self) {
            try InventoryLoader.load(path: InventoryFixture.path("sites-politeness.csv"), strict: true)
        }
    }

    @Test("a second, different budget for one host_group is a warning and the first one stays")
    func conflictingBudgetWarns() throws {
        let inventory = try load()
        let warnings = inventory.warnings.filter { $0.line == 4 }
        #expect(warnings.count == 1)
        #expect(warnings.first?.reason.contains("host_group srjyh already has the politeness budget of line 2") == true)
        #expect(inventory.sites.map(\.id).contains("3611250003"))
        // An empty row of the group neither conflicts nor clears the budget.
        #expect(!inventory.problems.contains { $0.line == 3 })
    }

    @Test("parts a row leaves empty come from the sweep's --per-host and --gap-ms")
    func completedFromSettings() throws {
        let inventory = try load()
        let settings = SweepSettings(asOf: CivilDate(year: 2024, month: 1, day: 8)!, perHostConcurrency: 2, perHostGapMilliseconds: 250)
        let budgets = try #require(PolitenessOverride.budgets(inventory.politeness, over: settings))
        #expect(budgets["group:srjyh"] == PolitenessBudget(concurrency: 8, gapMilliseconds: 100))
        #expect(budgets["jyt.jiangxi.gov.cn:80"] == PolitenessBudget(concurrency: 1, gapMilliseconds: 250))
        #expect(budgets["www.zgwn.gov.cn:80"] == PolitenessBudget(concurrency: 2, gapMilliseconds: 0))
        #expect(PolitenessOverride.budgets([:], over: settings) == nil)
    }

    @Test("an inventory without the columns sets no budget")
    func noColumnsNoBudgets() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-utf8.csv"), strict: true)
        #expect(inventory.politeness.isEmpty)
    }
}
