import PXCodec
import PXRuntime
import PXTransport

/// The plugin side of a loaded plugin: its registry and the interpreter its functions run on.
///
/// Calls arrive from the host's interpreter threads; `lock` runs them one at a time, as an interpreter
/// requires. The interpreter is made on first use, so loading a plugin stays cheap.
final class PluginRuntime: @unchecked Sendable {
    // @unchecked Sendable: `interpreter` is created and used only while holding `lock`.
    let registry = Registry()
    let lock = ConditionLock()
    private var interpreter: Interpreter?

    /// Runs `body` with the interpreter, holding the lock.
    func withInterpreter<R>(_ body: (Interpreter) throws -> R) rethrows -> R {
        try lock.withLock {
            let vm = interpreter ?? Interpreter(registry: registry)
            interpreter = vm
            return try body(vm)
        }
    }
}
