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
