import PXRuntime
import PXSession

/// `with ar.stream_output():` shows a result's output while the block runs, as ipyparallel streams it outside
/// IPython: `[stdout:0] ` on a line of its own whenever the engine or stream changes, then the text as printed;
/// a task that failed shows its traceback on stderr (the first `CompositeError.tb_limit`, then one line each).
/// Output is shown when the block starts (what has arrived), after every wait inside the block, and when it ends.
final class StreamingOutput: NativeObject {
    let result: AsyncResultObject
    /// UTF-8 bytes of each task's stdout and stderr already shown.
    var shown: [(stdout: Int, stderr: Int)]
    /// Tasks whose error has been shown.
    var shownErrors: Set<Int> = []
    /// The last `[stdout:0] ` prefix shown, and whether the text after it ended a line.
    var lastPrefix = ""
    var endsLine = true

    init(result: AsyncResultObject) {
        self.result = result
        self.shown = Array(repeating: (0, 0), count: result.records.count)
    }

    static let type = TypeObject(name: "_GeneratorContextManager", module: "contextlib",
                                 doc: "The context manager of AsyncResult.stream_output().")
    var pythonType: TypeObject { Self.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        result.client.streams.append(self)
        show(interpreter)
        return Value.none
    }

    func exit(_ interpreter: Interpreter) throws {
        show(interpreter)
        result.client.streams.removeAll { $0 === self }
    }

    /// Shows what arrived since the last call.
    func show(_ vm: Interpreter) {
        let snapshots = result.connection.snapshots(of: result.records)
        for (i, task) in snapshots.enumerated() {
            let engine = task.engine.map { String($0.rawValue) } ?? "None"
            shown[i].stdout = display(task.stdout, from: shown[i].stdout, prefix: "[stdout:\(engine)] ", to: .stdout, vm)
            shown[i].stderr = display(task.stderr, from: shown[i].stderr, prefix: "[stderr:\(engine)] ", to: .stderr, vm)
            guard task.status == .error, !shownErrors.contains(i), case .failure(let error) = result.outcome(i) else { continue }
            shownErrors.insert(i)
            let e = error.exception
            let lines = shownErrors.count <= RemoteErrors.tracebackLimit
                ? RemoteErrorText.traceback(e, mode: .context) ?? [e.message] : [e.message]
            vm.output.write(lines.joined(separator: "\n") + "\n", to: .stderr)
        }
    }

    /// Writes the part of `text` after `offset` bytes with its prefix; returns the new offset.
    func display(_ text: String, from offset: Int, prefix: String, to stream: OutputStream, _ vm: Interpreter) -> Int {
        let bytes = Array(text.utf8)
        guard bytes.count > offset else { return offset }
        let new = String(decoding: bytes[offset...], as: UTF8.self)
        var head = ""
        if prefix != lastPrefix {
            lastPrefix = prefix
            head = (endsLine ? "" : "\n") + prefix + "\n"
        }
        endsLine = new.hasSuffix("\n")
        vm.output.write(head + new, to: stream)
        return bytes.count
    }
}
