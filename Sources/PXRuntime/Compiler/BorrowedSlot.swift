// MARK: - Reading frame slots without reference counting

extension UnsafeMutablePointer where Pointee == Value {
    /// The instance the slot holds, unretained, or nil when it holds something else.
    ///
    /// Hot closures read attributes of a local (`self.x`, `b.vx`) through it without retaining and releasing
    /// the instance: the slot keeps it alive, and only the code of the slot's own frame rebinds a local, so
    /// nothing the attribute access runs (a property, `__getattr__`) can release it meanwhile. The payload of a
    /// case holding one class reference is that reference, at offset 0 of the value (pinned by `FastPathTests`).
    @inline(__always)
    var borrowedInstance: Unmanaged<Instance>? {
        guard case .instance = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Unmanaged<Instance>.self)
    }

    /// The function defined in the language the slot holds, unretained, or nil (see `borrowedInstance`).
    @inline(__always)
    var borrowedFunction: Unmanaged<Function>? {
        guard case .function = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Unmanaged<Function>.self)
    }

    /// The list the slot holds, unretained, or nil (see `borrowedInstance`).
    @inline(__always)
    var borrowedList: Unmanaged<ListObject>? {
        guard case .list = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Unmanaged<ListObject>.self)
    }

    /// The iterator the slot holds, unretained, or nil (see `borrowedInstance`).
    @inline(__always)
    var borrowedIterator: Unmanaged<IteratorObject>? {
        guard case .iterator = pointee else { return nil }
        return UnsafeRawPointer(self).load(as: Unmanaged<IteratorObject>.self)
    }

    /// A copy of the value; an `int` or `float` is copied without the outlined copy of `Value`.
    @inline(__always)
    var copy: Value {
        switch pointee {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        default: return pointee
        }
    }

    /// Stores into an initialized slot; an old value owning nothing is overwritten without the outlined
    /// destroy.
    @inline(__always)
    func store(_ value: consuming Value) {
        switch pointee {
        case .none, .bool, .int, .float, .undefined: initialize(to: value)
        default: pointee = value
        }
    }
}
