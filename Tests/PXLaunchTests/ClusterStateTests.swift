import Foundation
import Testing

@testable import PXLaunch

/// The state file: written 0600, read back whole; a damaged one is a clear error.
@Suite struct ClusterStateTests {
    static func directory() throws -> String {
        let path = NSTemporaryDirectory() + "pxstate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func roundTripsWithMode0600() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var state = ClusterState(
            clusterID: "1-a", profile: "p", launcher: .ssh, engineCount: 2, created: 1,
            localHost: "h", clientFile: "/c", engineFile: "/e")
        state.processes = [ClusterState.Process(name: "ssh n1 engine 0", pid: 5, log: "/l", marker: "1-a", host: "n1")]
        state.stopCommands = [LaunchCommand(name: "removal", arguments: ["ssh", "n1", "rm -f x"], host: "n1")]
        state.jobID = "9"
        let path = directory + "/cluster.json"
        try state.write(path: path)
        #expect(try ClusterState.read(path: path) == state)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try ClusterState.read(path: directory + "/missing.json") == nil)
    }

    @Test func aDamagedFileIsNamed() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/cluster.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data("{\"clusterID\": 3}".utf8))
        #expect {
            try ClusterState.read(path: path)
        } throws: { error in
            "\(error)".hasPrefix("cluster state file \(path): not a swiftpx cluster state file")
        }
    }

    @Test func shellQuotingKeepsWordsWhole() {
        #expect(ShellQuoting.quote("plain/path-1.json") == "plain/path-1.json")
        #expect(ShellQuoting.quote("two words") == "'two words'")
        #expect(ShellQuoting.quote("it's") == "'it'\\''s'")
        #expect(ShellQuoting.quote("") == "''")
        #expect(ShellQuoting.quote("$(rm -rf x)") == "'$(rm -rf x)'")
    }
}

/// `start` and `stop` hold the profile's lock, so two of them never work on one cluster at once.
@Suite struct ProfileLockTests {
    @Test func aSecondHolderIsRefusedUntilTheFirstReleases() throws {
        let directory = try ClusterStateTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = ClusterPaths(stateDirectory: directory, profile: "p")
        try FileManager.default.createDirectory(atPath: paths.profileDirectory, withIntermediateDirectories: true)
        let first = try ProfileLock(paths)
        #expect {
            try ProfileLock(paths)
        } throws: { error in
            "\(error)".hasPrefix("another 'swiftpx cluster' command is starting or stopping")
        }
        first.release()
        let second = try ProfileLock(paths)
        second.release()
    }
}
