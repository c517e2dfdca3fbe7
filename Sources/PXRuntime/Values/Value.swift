import PXBigInt
import PXLang
import PXNumeric

/// A value of the language.
///
/// Immutable values (numbers, strings, tuples, bytes) are stored inline; mutable containers and objects are
/// class references, so `b = a` shares a list as Python does.
///
/// `@unchecked Sendable`: the mutable containers inside are confined to the one interpreter thread that owns
/// them; values that cross to another thread or process are copied by the codec first.
public enum Value: @unchecked Sendable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer that does not fit in 64 bits. Arithmetic produces it only on overflow and turns results that
    /// fit back into `.int`, so an in-range integer is always `.int` (construct with `Value.integer(_:)`).
    case bigint(BigInt)
    case float(Double)
    case str(String)
    case bytes([UInt8])
    case tuple([Value])
    case list(ListObject)
    case dict(DictObject)
    case set(SetObject)
    case range(RangeObject)
    case slice(SliceObject)
    case ndarray(NDArray)
    /// A numpy scalar (`np.float64(30.0)`, `np.int64(5)`, `np.True_`): what reductions and indexing return.
    case scalar(ArrayScalar)
    case function(Function)
    case builtin(BuiltinFunction)
    case boundMethod(BoundMethod)
    case module(Module)
    case type(TypeObject)
    case exception(ExceptionObject)
    case iterator(IteratorObject)
    /// An instance of a class defined in the language.
    case instance(Instance)
    case object(any NativeObject)
    /// A closure cell in a frame slot; never visible to programs.
    case cell(Cell)
    /// An unassigned variable slot; never visible to programs.
    case undefined
}

extension Value {
    /// The empty tuple.
    public static let emptyTuple = Value.tuple([])

    /// Python's truth value of the value.
    public var isTruthy: Bool {
        switch self {
        case .none, .undefined: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigint: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .dict(let d): return d.count != 0
        case .set(let s): return s.count != 0
        case .range(let r): return r.count != 0
        case .ndarray(let a):
            return a.count == 1 ? a.scalar(flat: 0).boolValue : true
        case .scalar(let s): return s.boolValue
        case .object(let o): return o.isTruthy
        case .instance(let i): return (try? Operations.truth(i)) ?? true
        default: return true
        }
    }

    /// The type of the value, as `type(x)` reports it.
    public var type: TypeObject {
        switch self {
        case .none, .undefined: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int, .bigint: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .str: return BuiltinTypes.str
        case .bytes: return BuiltinTypes.bytes
        case .tuple: return BuiltinTypes.tuple
        case .list: return BuiltinTypes.list
        case .dict: return BuiltinTypes.dict
        case .set(let s): return s.isFrozen ? BuiltinTypes.frozenset : BuiltinTypes.set
        case .range: return BuiltinTypes.range
        case .slice: return BuiltinTypes.slice
        case .ndarray: return BuiltinTypes.ndarray
        case .scalar(let s): return NumpyTypes.scalarType(s.dtype)
        case .function: return BuiltinTypes.function
        case .builtin: return BuiltinTypes.builtinFunction
        case .boundMethod(let m): return m.isBuiltin ? BuiltinTypes.builtinFunction : BuiltinTypes.method
        case .module: return BuiltinTypes.module
        case .type: return BuiltinTypes.type
        case .exception(let e): return e.type
        case .iterator(let it): return it.type
        case .object(let o): return o.pythonType
        case .instance(let i): return i.cls
        case .cell: return BuiltinTypes.cell
        }
    }

    /// The name of the value's type (`int`, `list`, `AsyncResult`).
    public var typeName: String { type.name }

    /// Wraps a Swift array as a new list.
    public static func list(_ items: [Value]) -> Value { .list(ListObject(items)) }

    /// Wraps a Swift string as a `str`.
    public init(_ string: String) { self = .str(string) }
}
