/// The interpreter as hot compiled closures hold it: unretained, and lent to the body without reference
/// counting (`unowned(unsafe)` retains and releases it around every method call). Compiled code runs only
/// while its interpreter is alive, as with `Compiler.vm`.
struct InterpreterRef {
    /// The interpreter, unretained.
    let unmanaged: Unmanaged<Interpreter>

    /// A reference to `vm` that does not keep it alive.
    init(_ vm: Interpreter) { unmanaged = .passUnretained(vm) }

    /// Runs `body` with the interpreter.
    @inline(__always)
    func callAsFunction<R>(_ body: (Interpreter) throws -> R) rethrows -> R {
        try unmanaged._withUnsafeGuaranteedRef(body)
    }
}
