// MARK: - Context managers (`with`)

extension Operations {
    /// Enters a context manager: a native object, or an instance with `__enter__` and `__exit__`.
    /// - Returns: the value bound by `as`.
    /// - Throws: `TypeError` when the value is not a context manager.
    static func enterContext(_ manager: Value, _ vm: Interpreter) throws -> Value {
        if let cls = manager.userClass {
            guard let enter = cls.lookup("__enter__"), cls.lookup("__exit__") != nil else {
                let missing = cls.lookup("__enter__") == nil ? "" : " (missed __exit__ method)"
                throw RuntimeError.typeError(
                    "'\(cls.messageName)' object does not support the context manager protocol\(missing)")
            }
            return try vm.invoke(enter, manager, cls, [])
        }
        guard case .object(let object) = manager else {
            throw RuntimeError.typeError(
                "'\(manager.messageTypeName)' object does not support the context manager protocol")
        }
        return try object.enter(vm)
    }

    /// Leaves a context manager entered by `enterContext`, after its body ran to its end or `raised` an
    /// exception: an instance's `__exit__` gets the exception (type, value, traceback) or three `None`s.
    /// - Returns: whether the exception is swallowed (`__exit__` returned a true value).
    static func exitContext(_ manager: Value, raised: RuntimeError?, _ vm: Interpreter) throws -> Bool {
        if let cls = manager.userClass, let exit = cls.lookup("__exit__") {
            guard let exception = raised?.exception else {
                _ = try vm.invoke(exit, manager, cls, [.none, .none, .none])
                return false
            }
            vm.handling.append(exception)
            defer { vm.handling.removeLast() }
            return try vm.invoke(exit, manager, cls, [.type(exception.type), .exception(exception), .none])
                .isTruthyOrThrow()
        }
        if case .object(let object) = manager { try object.exit(vm) }
        return false
    }
}
