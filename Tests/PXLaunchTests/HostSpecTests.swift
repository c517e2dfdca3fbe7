import PXLaunch
import Testing

@Suite struct HostSpecTests {
    @Test func parsesNamesAndCounts() throws {
        let hosts = try HostSpec.parseList("a, b:3,user@c")
        #expect(hosts == [HostSpec(name: "a"), HostSpec(name: "b", engines: 3), HostSpec(name: "user@c")])
    }

    @Test(arguments: ["", "a,,b", "a:0", "a:x", ":2"])
    func refusesBadLists(_ text: String) {
        #expect(throws: ClusterError.self) { try HostSpec.parseList(text) }
    }
}

@Suite struct HostDistributionTests {
    @Test func theRestIsSpreadOverHostsWithoutACount() throws {
        let hosts = [HostSpec(name: "a"), HostSpec(name: "b", engines: 3), HostSpec(name: "c")]
        let plan = try HostSpec.distribute(8, over: hosts)
        #expect(plan.map(\.host) == ["a", "b", "c"])
        #expect(plan.map(\.count) == [3, 3, 2])
    }

    @Test func explicitCountsGiveTheTotal() throws {
        let plan = try HostSpec.distribute(
            nil, over: [HostSpec(name: "a", engines: 2), HostSpec(name: "b", engines: 1)])
        #expect(plan.map(\.count) == [2, 1])
    }

    @Test func hostsThatGetNothingAreLeftOut() throws {
        let plan = try HostSpec.distribute(1, over: [HostSpec(name: "a"), HostSpec(name: "b")])
        #expect(plan.map(\.host) == ["a"])
    }

    @Test func countsThatDoNotAddUpAreRefused() {
        #expect(throws: ClusterError.invalidSettings("--hosts asks for 5 engines in all, but -n is 4")) {
            try HostSpec.distribute(4, over: [HostSpec(name: "a", engines: 5)])
        }
        #expect(throws: ClusterError.self) { try HostSpec.distribute(4, over: [HostSpec(name: "a", engines: 2)]) }
    }
}
