import PXWire
import Testing

@testable import PXLaunch

/// The text of `cluster start` and `cluster status`.
@Suite struct ClusterReportTests {
    static let state: ClusterState = {
        var state = ClusterState(
            clusterID: "100-abcd", profile: "work", launcher: .mpi, engineCount: 3, created: 100, localHost: "box",
            clientFile: "/s/profile_work/swiftpx-100-abcd-client.json",
            engineFile: "/s/profile_work/swiftpx-100-abcd-engine.json")
        state.controller = ClusterState.Process(name: "controller", pid: 10, log: "/s/log", marker: "100-abcd")
        state.engines = [ClusterState.Engine(id: 0, host: "box", pid: 11)]
        return state
    }()

    static let engines = [
        EngineRecord(id: EngineID(0), state: .registered, host: "box", pid: 11, uuid: "a", clockOffsetNanoseconds: 0),
        EngineRecord(
            id: EngineID(1), state: .registered, host: "node-two", pid: 12345, uuid: "b",
            clockOffsetNanoseconds: 0),
        EngineRecord(
            id: EngineID(2), state: .dead, host: "box", pid: 13, uuid: "c", clockOffsetNanoseconds: 0,
            note: "no heartbeat for 10.0 seconds"),
    ]

    @Test func startSaysWhatRunsAndHowToConnect() {
        let started = ClusterManager.Started(state: Self.state, address: "tcp://127.0.0.1:5000", engines: Self.engines)
        #expect(
            ClusterReport.started(started) == [
                "cluster 100-abcd is running: 3 engines (launcher mpi, profile work), "
                    + "controller at tcp://127.0.0.1:5000",
                "connect with: swiftpx --connect /s/profile_work/swiftpx-100-abcd-client.json",
                "or in a session: rc = ipp.Client(\"/s/profile_work/swiftpx-100-abcd-client.json\")",
                "stop with: swiftpx cluster stop --profile work",
            ])
    }

    @Test func statusListsEveryEngineWithHostPidAndState() {
        let status = ClusterManager.Status(
            state: Self.state, isControllerRunning: true,
            address: "tcp://127.0.0.1:5000", engines: Self.engines, problem: nil)
        #expect(
            ClusterReport.status(status) == [
                "cluster 100-abcd (profile work, launcher mpi)",
                "controller: pid 10, running, at tcp://127.0.0.1:5000",
                "ID  HOST      PID    STATE       NOTE",
                "0   box       11     registered",
                "1   node-two  12345  registered",
                "2   box       13     dead        no heartbeat for 10.0 seconds",
                "2 of 3 engines registered",
                "connect with: swiftpx --connect /s/profile_work/swiftpx-100-abcd-client.json",
            ])
    }

    @Test func statusOfACrashedControllerShowsWhatWasSaved() {
        let status = ClusterManager.Status(
            state: Self.state, isControllerRunning: false, address: nil, engines: [],
            problem: "the controller is not running")
        #expect(
            ClusterReport.status(status) == [
                "cluster 100-abcd (profile work, launcher mpi)",
                "controller: pid 10, not running",
                "problem: the controller is not running",
                "ID  HOST  PID  STATE    NOTE",
                "0   box   11   unknown  as registered at start",
            ])
    }
}
