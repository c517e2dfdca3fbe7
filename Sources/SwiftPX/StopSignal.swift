@preconcurrency import Glibc
import Synchronization

/// Whether SIGINT, SIGTERM or SIGHUP arrived since ``StopSignal/install()``, set by the handler.
private let stopRequested = Atomic<Bool>(false)

/// The handler: only records the signal (async-signal-safe).
private func recordStop(_: Int32) {
    stopRequested.store(true, ordering: .sequentiallyConsistent)
}

/// Ctrl-C (or SIGTERM, SIGHUP) during `swiftpx cluster start` as a request to stop what was started, instead of
/// an exit that would leave the detached controller and engines running.
enum StopSignal {
    /// Installs the handler for SIGINT, SIGTERM and SIGHUP.
    static func install() {
        _ = stopRequested.load(ordering: .sequentiallyConsistent)  // initialise the global outside the handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = recordStop
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaction(signal, &action, nil) }
    }

    /// Whether a stop was requested.
    static var isRaised: Bool { stopRequested.load(ordering: .sequentiallyConsistent) }
}
