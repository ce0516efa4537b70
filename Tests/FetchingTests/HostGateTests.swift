@testable import Fetching
import Testing

@Suite("HostGate: checks wait for their host's scout without polling")
struct HostGateTests {
    private let host = "http://slow.example:81"

    /// Rules whose scout limit no test run reaches: these tests are about the scout's report, and a
    /// loaded test process can leave a task unscheduled for longer than the default two minutes
    /// (CI saw a waiting check start after the limit and become the next scout).
    private func patientRules(hostTries: Int) -> HostHealth.Rules {
        var rules = HostHealth.Rules(hostTries: hostTries)
        rules.scoutLimit = .seconds(86_400)
        return rules
    }

    /// Admits a second check while the first scouts, and waits until it is suspended in the gate.
    private func waitingCheck(_ gate: HostGate) async -> Task<HostGate.Pass, Never> {
        let waiting = Task { await gate.admit(host) }
        while await gate.admissionsAsked < 2 { await Task.yield() }
        return waiting
    }

    @Test("a check waiting for the scout goes once the scout reports, having asked twice")
    func scoutReportReleasesWaiters() async {
        let gate = HostGate(rules: patientRules(hostTries: 2))
        #expect(await gate.admit(host) == .probe)
        let waiting = await waitingCheck(gate)
        let other = Task { await gate.admit(host) }
        while await gate.admissionsAsked < 3 { await Task.yield() }
        // However long the scout takes, the waiting checks do not ask again until it reports.
        try? await Task.sleep(for: .milliseconds(300))
        #expect(await gate.admissionsAsked == 3)
        await gate.record(host, nil, pause: .zero)
        #expect(await waiting.value == .probe)
        #expect(await other.value == .probe)
        #expect(await gate.admissionsAsked == 5)
    }

    @Test("a scout that judges the host down gives every waiting check that verdict")
    func scoutVerdictReachesWaiters() async {
        let gate = HostGate(rules: patientRules(hostTries: 1))
        #expect(await gate.admit(host) == .probe)
        let waiting = await waitingCheck(gate)
        await gate.record(host, .dns("NXDOMAIN"), pause: .zero)
        #expect(await waiting.value == .judged(.dns("NXDOMAIN")))
    }

    @Test("a scout that never reports stops holding the others back at the scout limit")
    func silentScoutReleasedAtLimit() async {
        var rules = HostHealth.Rules(hostTries: 2)
        rules.scoutLimit = .milliseconds(100)
        let gate = HostGate(rules: rules)
        #expect(await gate.admit(host) == .probe)
        let waiting = await waitingCheck(gate)
        // Released by the limit's timer, the waiting check becomes the next scout, having asked
        // at most twice (once, when a loaded machine let the limit pass before it first asked).
        #expect(await waiting.value == .probe)
        #expect(await gate.admissionsAsked <= 3)
    }

    @Test("a waiting check that is cancelled returns at once and leaves the others waiting")
    func cancelledWaiter() async {
        let gate = HostGate(rules: patientRules(hostTries: 2))
        #expect(await gate.admit(host) == .probe)
        let cancelled = await waitingCheck(gate)
        let other = Task { await gate.admit(host) }
        while await gate.admissionsAsked < 3 { await Task.yield() }
        cancelled.cancel()
        #expect(await cancelled.value == .cancelled)
        await gate.record(host, nil, pause: .zero)
        #expect(await other.value == .probe)
    }

    @Test("after a failed try the next check waits for the pause, then scouts")
    func pauseAfterFailure() async {
        let gate = HostGate(rules: HostHealth.Rules(hostTries: 2))
        #expect(await gate.admit(host) == .probe)
        await gate.record(host, .connect("refused"), pause: .milliseconds(50))
        #expect(await gate.admit(host) == .probe)
        await gate.record(host, .connect("refused again"), pause: .milliseconds(50))
        #expect(await gate.admit(host) == .judged(.connect("refused again")))
    }
}
