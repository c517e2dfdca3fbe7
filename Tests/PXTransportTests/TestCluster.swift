import Logging
import PXController
import PXWire
import Synchronization

@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

private let socketCounter = Atomic<Int>(0)

/// A temporary directory under /tmp, short enough for Unix socket paths.
func temporaryDirectory() -> String {
    var template = Array("/tmp/pxt-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
    return path.map { String(cString: $0) } ?? "/tmp"
}

/// A unique, short Unix socket path.
func temporarySocketPath() -> String {
    let number = socketCounter.wrappingAdd(1, ordering: .relaxed).newValue
    return "/tmp/pxt-\(getpid())-\(number).sock"
}

/// Starts a controller on a fresh Unix socket (and TCP on loopback when asked).
func startController(
    tcp: Bool = false, configure: (inout ControllerSettings) -> Void = { _ in },
    listen: (inout ServerSettings) -> Void = { _ in }
) async throws -> ControllerServer {
    var settings = ControllerSettings()
    configure(&settings)
    var server = ServerSettings()
    server.unixSocketPath = temporarySocketPath()
    if tcp { server.tcpHost = "127.0.0.1" }
    listen(&server)
    var logger = Logger(label: "test.controller")
    logger.logLevel = .critical
    return try await ControllerServer.start(settings: settings, listen: server, logger: logger)
}

extension ControllerServer {
    var unixAddress: PeerAddress { addresses[0] }
}
