/// `command --name value ...` arguments of the benchmark.
struct BenchmarkArguments {
    let command: String
    private var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) {
        command = arguments.first ?? ""
        var rest = arguments.dropFirst()
        while let name = rest.first, name.hasPrefix("--") {
            rest = rest.dropFirst()
            values[String(name.dropFirst(2))] = rest.first
            rest = rest.dropFirst()
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func int(_ name: String, _ fallback: Int) -> Int {
        values[name].flatMap { Int($0) } ?? fallback
    }
}
