import ArgumentParser
import Rules

/// `govsweep rules`: the effective rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the effective rules (JSON): the built-in ones, or them overridden by --rules FILE.",
        discussion: "Save the output, change any value, and pass the file with --rules to sweep, export or report.")

    @Option(help: "A rules file overriding the built-in rules.")
    var rules: String?

    func run() throws {
        let effective = try rules.map { try RuleSet.load(overridesAt: $0) } ?? RuleSet.builtIn
        print(effective.canonicalJSON())
        print("// hash \(effective.hash)")
    }
}
