/// A typed place for state kept on one interpreter outside the language: a module's generator (`random`), or
/// what a host lends a module (the shell's cluster, for `swiftpx.Client()`).
///
/// A slot is a type naming the class it holds, as SwiftUI's environment keys do: `vm.slot(RandomSlot.self)`
/// returns a `RandomState`, created by ``makeValue()`` on first use. Nothing is looked up by name, and no caller
/// casts.
public protocol InterpreterSlot {
    /// The class the slot holds.
    associatedtype Value: AnyObject
    /// Creates the value the first time the slot is read on an interpreter.
    static func makeValue() -> Value
}

extension Interpreter {
    /// The value of `slot` on this interpreter, created on first use.
    /// - Parameter slot: the slot's type.
    /// - Returns: the one instance this interpreter keeps for it.
    public func slot<Slot: InterpreterSlot>(_ slot: Slot.Type) -> Slot.Value {
        let key = ObjectIdentifier(slot)
        if let value = slots[key] as? Slot.Value { return value }
        let value = Slot.makeValue()
        slots[key] = value
        return value
    }
}
