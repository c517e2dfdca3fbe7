import PXRuntime

/// What `ipp.require(...)` and `ipp.depend(f, ...)` return, as ipyparallel's `depend` class: a decorator that
/// makes a ``DependentFunction`` of the function it is applied to. It shows as ipyparallel's object does
/// (`<ipyparallel.controller.dependency.depend object at 0x…>`).
final class DependDecorator: NativeObject {
    /// Makes the dependent function of the decorated one.
    let make: (Value) -> DependentFunction

    init(make: @escaping (Value) -> DependentFunction) {
        self.make = make
    }

    static let type = TypeObject(name: "depend", module: "ipyparallel.controller.dependency",
                                 doc: "Dependency decorator, for use with tasks.")
    var pythonType: TypeObject { Self.type }
    var attributeNames: [String] { ["__call__"] }

    func call(_ arguments: Arguments, _ vm: Interpreter) throws -> Value {
        try arguments.check("__call__", min: 1, max: 1)
        return .object(make(arguments[0]))
    }

    func repr(_ interpreter: Interpreter?) -> String {
        "<ipyparallel.controller.dependency.depend object at \(ValueFormatter.address(self))>"
    }

    func display(_ interpreter: Interpreter) -> String {
        "<ipyparallel.controller.dependency.depend at \(ValueFormatter.address(self))>"
    }
}
