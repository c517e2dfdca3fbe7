import PXCodec
import PXRuntime
import PXTransport
import PXWire

/// Sends what a task prints to its client as `taskOutput` messages, line by line as it is printed (so
/// output is live), always before the task's reply; and what the task publishes with `publish_data`.
final class TaskOutputSink: OutputSink, DataPublisher {
    let link: PeerLink
    var task: TaskID?
    var client: ClientID?
    var engine: EngineID?
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []

    init(link: PeerLink) {
        self.link = link
    }

    func begin(task: TaskID?, client: ClientID?, engine: EngineID?) {
        self.task = task
        self.client = client
        self.engine = engine
    }

    func write(_ text: String, to stream: PXRuntime.OutputStream) {
        switch stream {
        case .stdout:
            stdout.append(contentsOf: text.utf8)
            if stdout.contains(10) || stdout.count > 1 << 16 { send(&stdout, stderr: false) }
        case .stderr:
            stderr.append(contentsOf: text.utf8)
            if stderr.contains(10) || stderr.count > 1 << 16 { send(&stderr, stderr: true) }
        }
    }

    func flush() {
        send(&stdout, stderr: false)
        send(&stderr, stderr: true)
    }

    /// Sends a published dict after the output printed before it.
    func publishData(_ encoded: [UInt8]) {
        flush()
        let header = Header(kind: .taskOutput, flags: [.publishedData], engine: engine, client: client, task: task)
        try? link.send(Envelope(header, payload: Payload(encoded)))
    }

    func send(_ buffer: inout [UInt8], stderr: Bool) {
        guard !buffer.isEmpty else { return }
        let header = Header(kind: .taskOutput, flags: stderr ? [.stderr] : [], engine: engine, client: client, task: task)
        try? link.send(Envelope(header, payload: Payload(buffer)))
        buffer.removeAll(keepingCapacity: true)
    }
}
