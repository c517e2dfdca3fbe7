/// `yield from`: a generator delegating to a sub-iterator. Values it sends and exceptions thrown into it
/// go on to the sub-iterator; the sub-iterator's return value (its `StopIteration` value) is the value of
/// the `yield from` expression.
enum Delegation {
    /// The iterator a `yield from` delegates to: the generator itself, or `iter(value)`.
    static func target(_ value: Value, _ vm: Interpreter) throws -> Value {
        if case .iterator = value { return value }
        return .iterator(try Operations.makeIterator(value, vm))
    }

    /// Resumes the sub-iterator with the value sent to (or the exception thrown into) the delegating
    /// generator.
    static func resume(_ target: Value, input: Value, throwing: Bool, _ vm: Interpreter) throws
        -> GeneratorFrame.Outcome {
        if case .iterator(let generator as GeneratorIterator) = target {
            if throwing, case .exception(let e) = input, e.type.isSubtype(of: BuiltinTypes.generatorExit) {
                try generator.frame.close()
                throw RuntimeError(e)
            }
            return try generator.frame.resume(input: input, throwing: throwing)
        }
        if throwing {
            guard case .exception(let e) = input else { throw GeneratorFrame.raising(input) }
            if e.type.isSubtype(of: BuiltinTypes.generatorExit) {
                if let close = try? Operations.attribute(target, "close", vm) { _ = try vm.call(close, Arguments()) }
                throw RuntimeError(e)
            }
            guard let method = try? Operations.attribute(target, "throw", vm) else { throw RuntimeError(e) }
            return try outcome { try vm.call(method, .exception(e)) }
        }
        if input.isNone {
            if case .iterator(let it) = target {
                return try it.next().map { .yielded($0) } ?? .returned(.none)
            }
            let method = try Operations.attribute(target, "__next__", vm)
            return try outcome { try vm.call(method, Arguments()) }
        }
        let send = try Operations.attribute(target, "send", vm)
        return try outcome { try vm.call(send, input) }
    }

    /// Resumes a sub-iterator for `next()` (nothing sent, nothing thrown).
    @inline(__always)
    static func next(_ iterator: IteratorObject) throws -> GeneratorFrame.Outcome {
        if let generator = iterator as? GeneratorIterator { return try generator.frame.resume() }
        return try iterator.next().map { .yielded($0) } ?? .returned(.none)
    }

    /// The outcome of calling a sub-iterator's method: its result, or the value of its `StopIteration`.
    private static func outcome(_ call: () throws -> Value) throws -> GeneratorFrame.Outcome {
        do {
            return .yielded(try call())
        } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.stopIteration) {
            return .returned(error.exception.args.first ?? .none)
        }
    }
}
