import PXWire
import Testing

@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ConnectionInfoTests {
    @Test func writeThenReadRoundTripsWithOwnerOnlyPermissions() throws {
        let directory = temporaryDirectory() + "/cluster"
        let info = ConnectionInfo(
            role: .engine, addresses: [.unix(path: "/tmp/a.sock"), .tcp(host: "127.0.0.1", port: 5_000)], key: .random()
        )
        let path = try info.write(directory: directory, clusterID: "c1")
        #expect(path.hasSuffix("/swiftpx-c1-engine.json"))
        #expect(try ConnectionInfo.read(path: path) == info)
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(stat(directory, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700)
    }

    @Test func aMissingFileIsOneClearError() {
        #expect(throws: ConnectionFileError(path: "/tmp/pxt-missing.json", reason: "no such file")) {
            try ConnectionInfo.read(path: "/tmp/pxt-missing.json")
        }
    }

    @Test func aBadFileIsOneClearError() throws {
        let path = temporaryDirectory() + "/bad.json"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        _ = write(fd, "{\"role\": 1}", 11)
        close(fd)
        #expect {
            try ConnectionInfo.read(path: path)
        } throws: { error in
            (error as? ConnectionFileError)?.description.hasPrefix(
                "connection file \(path): not a swiftpx connection file") == true
        }
    }

    @Test func aFileWithAShortKeyIsRefused() throws {
        let directory = temporaryDirectory()
        let info = ConnectionInfo(role: .client, addresses: [.unix(path: "/tmp/a.sock")], key: .random())
        let path = try info.write(directory: directory)
        let text = String(decoding: info.encoded(), as: UTF8.self).replacingOccurrences(of: info.key.hex, with: "abcd")
        let fd = open(path, O_WRONLY | O_TRUNC)
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        #expect(throws: ConnectionFileError(path: path, reason: "the key is not at least 16 bytes of hexadecimal")) {
            try ConnectionInfo.read(path: path)
        }
    }

    @Test func addressesParseFromTheirText() {
        #expect(PeerAddress(url: "unix:/tmp/x.sock") == .unix(path: "/tmp/x.sock"))
        #expect(PeerAddress(url: "tcp://10.0.0.2:4000") == .tcp(host: "10.0.0.2", port: 4_000))
        #expect(PeerAddress(url: "tcp://[::1]:4000") == .tcp(host: "::1", port: 4_000))
        #expect(PeerAddress.tcp(host: "::1", port: 4_000).description == "tcp://[::1]:4000")
        #expect(PeerAddress(url: "tcp://host") == nil)
        #expect(PeerAddress(url: "http://x:1") == nil)
        #expect(PeerAddress(url: "unix:") == nil)
    }
}
