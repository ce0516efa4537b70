import ArgumentParser
import Fetching
import GovSweepProtocol
import PageAnalysis

/// `govsweep`: sweeps a province's government websites against the national inspection indicators.
@main
struct GovSweep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govsweep",
        abstract: "Sweep a province's government websites against the national inspection indicators.",
        discussion: """
            A coordinator shards the site inventory across worker processes; workers fetch with
            libcurl, read pages with libxml2 and report facts; the coordinator judges them against
            the rules and writes findings, columns and reports.
            """,
        version: "GovSweep \(ProtocolVersion.software) (protocol v\(ProtocolVersion.current); \(CurlRuntime.version); libxml2 \(LibXMLRuntime.version))",
        subcommands: [
            SweepCommand.self, ResumeCommand.self, CoordinatorCommand.self, WorkerCommand.self, StatusCommand.self,
            ExportCommand.self, ReportCommand.self, RulesCommand.self, DiffCommand.self, AnalyzeCommand.self,
            MonitorCommand.self, ProvinceCommand.self, DemoCommand.self,
        ]
    )
}
