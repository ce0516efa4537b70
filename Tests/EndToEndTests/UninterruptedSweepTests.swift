import Testing

extension EndToEnd {
    /// `govsweep sweep` start to finish: the export follows the findings contract, is
    /// reproducible, and finds what the province planted.
    @Suite("Uninterrupted sweep")
    struct UninterruptedSweepTests {
        @Test("sweep exits 0 and writes findings.jsonl and columns.jsonl", .timeLimit(.minutes(8)))
        func sweepCompletes() async throws {
            let run = try await Baseline.shared.uninterrupted()
            #expect(run.sweepExit.succeeded, "\(run.sweepLog)")
            #expect(!run.written.findings.isEmpty)
            #expect(!run.written.columns.isEmpty)
        }

        @Test("every line has exactly the contract's fields, types and order", .timeLimit(.minutes(8)))
        func exportFollowsTheContract() async throws {
            let run = try await Baseline.shared.uninterrupted()
            let validator = ContractValidator(siteIDs: run.siteIDs)
            let problems = validator.problems(findings: run.firstExport.findings) + validator.problems(columns: run.firstExport.columns)
            #expect(problems.isEmpty, "\(problems.prefix(30).joined(separator: "\n"))")
        }

        @Test("two exports of one sweep are byte-identical, and equal what sweep --out wrote", .timeLimit(.minutes(8)))
        func exportsAreReproducible() async throws {
            let run = try await Baseline.shared.uninterrupted()
            #expect(run.firstExport.findingsData == run.secondExport.findingsData)
            #expect(run.firstExport.columnsData == run.secondExport.columnsData)
            #expect(run.written.differences(from: run.firstExport).isEmpty,
                    "\(run.written.differences(from: run.firstExport).joined(separator: "\n"))")
        }

        @Test("scripts/accuracy: every planted defect found, no negative flagged", .timeLimit(.minutes(8)))
        func findsWhatWasPlanted() async throws {
            let run = try await Baseline.shared.uninterrupted()
            #expect(run.accuracyExit.succeeded, "scripts/accuracy (\(run.accuracyExit)):\n\(run.accuracyReport)")
        }
    }
}
