/// A generator, as programs see it: what calling a generator function or evaluating a generator
/// expression returns. It is an iterator whose elements are the values its body yields; `send`, `throw`
/// and `close` resume it in other ways.
final class GeneratorIterator: IteratorObject {
    let frame: GeneratorFrame

    init(frame: GeneratorFrame) {
        self.frame = frame
        super.init(type: IteratorObject.generatorType) { nil }
    }

    /// A generator dropped while suspended inside `try` or `with` is closed at the interpreter's next safe
    /// point (the end of a loop or call), as CPython closes it when its last reference goes.
    deinit {
        guard frame.isSuspended, frame.code.needsFinalization, frame.code.globals.interpreter != nil else { return }
        frame.code.vm.scheduleFinalization(frame)
    }

    /// The generator's name, as its repr shows it.
    var name: String { frame.code.name }

    override func next() throws -> Value? {
        switch try frame.resume() {
        case .yielded(let value): return value
        case .returned: return nil
        }
    }

    /// `send(value)`: resumes with `value` as the result of the suspended `yield`.
    /// - Returns: the next value yielded.
    /// - Throws: `StopIteration(result)` when the generator returns instead.
    func send(_ value: Value) throws -> Value {
        try GeneratorIterator.yieldedValue(try frame.resume(input: value))
    }

    /// `throw(exception)`: raises the exception at the suspended `yield`.
    /// - Returns: the next value yielded, when the generator handles it.
    func throwing(_ exception: ExceptionObject) throws -> Value {
        try GeneratorIterator.yieldedValue(try frame.resume(input: .exception(exception), throwing: true))
    }

    /// The value of an outcome for `send` and `throw`, or `StopIteration` carrying the returned value.
    static func yieldedValue(_ outcome: GeneratorFrame.Outcome) throws -> Value {
        switch outcome {
        case .yielded(let value): return value
        case .returned(let value): throw stopIteration(value)
        }
    }

    /// `StopIteration` for a generator that returned `value` (`e.value`).
    static func stopIteration(_ value: Value) -> RuntimeError {
        RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: value.isNone ? [] : [value]))
    }
}
