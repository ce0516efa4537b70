import ArgumentParser
import Foundation
import Rules

/// `govsweep rules`: the effective rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the effective rules (JSON): the built-in ones, or them overridden by --rules FILE.",
        discussion: """
            Save the output (`govsweep rules > r.json`), change any value (give `name` a name of your own for the \
            reports to show), and pass the file with --rules to sweep, export or report. The rules' hash goes to \
            standard error, so the saved file is plain JSON.
            """)

    @Option(help: "A rules file overriding the built-in rules.")
    var rules: String?

    func run() throws {
        let effective = try rules.map { try RuleSet.load(overridesAt: $0) } ?? RuleSet.builtIn
        print(effective.canonicalJSON())
        FileHandle.standardError.write(Data("hash \(effective.hash)\n".utf8))
    }
}
