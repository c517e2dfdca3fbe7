/// What a method call `receiver.name(arguments)` found when it looked the method up, before its arguments were
/// evaluated (CPython's `LOAD_METHOD`/`LOAD_ATTR`, then the arguments, then `CALL`). See
/// `Interpreter.lookUpMethod(_:_:)` and `Interpreter.call(_:_:_:_:)`.
enum MethodTarget {
    /// A class attribute of `cls` called with `receiver` first (the instance; for `super().name`, the instance
    /// `super` stands for), as `Interpreter.invoke` calls it (a function, a static or class method, a built-in
    /// method descriptor), without a bound method.
    case unbound(Value, receiver: Value, cls: TypeObject)
    /// A method of a built-in value or native object, called by name (`Interpreter.callMethod`): the lookup
    /// found it.
    case byName
    /// The attribute's value, called with the arguments (an instance's own attribute, one that `__getattr__`,
    /// a property or a module gives).
    case value(Value)
}
