// MARK: - Context managers (`with`)

extension Operations {
    /// Enters a context manager: the value bound by `as`.
    /// - Throws: `TypeError` when the value is not a context manager.
    static func enterContext(_ manager: Value, _ vm: Interpreter) throws -> Value {
        guard case .object(let object) = manager else {
            throw RuntimeError.typeError("'\(manager.typeName)' object does not support the context manager protocol")
        }
        return try object.enter(vm)
    }

    /// Leaves a context manager entered by `enterContext`.
    static func exitContext(_ manager: Value, _ vm: Interpreter) throws {
        guard case .object(let object) = manager else { return }
        try object.exit(vm)
    }
}
