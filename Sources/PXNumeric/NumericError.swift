/// An error raised by an array operation, carrying the Python exception type numpy raises and numpy's text.
///
/// The runtime maps `kind` to the exception of the same name (`ValueError`, `IndexError`, …), so a program
/// sees exactly what numpy would have raised.
public struct NumericError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception type numpy raises.
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case attributeError = "AttributeError"
        case indexError = "IndexError"
        /// numpy's `AxisError` (a subclass of both `ValueError` and `IndexError`).
        case axisError = "AxisError"
        case memoryError = "MemoryError"
        /// A system library (OpenBLAS, LAPACKE) that cannot be loaded.
        case osError = "OSError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        /// numpy's `UFuncTypeError` (a `TypeError`): a ufunc without a loop for the types, or an output cast it
        /// refuses.
        case ufuncTypeError = "UFuncTypeError"
        /// `numpy.linalg.LinAlgError`.
        case linAlgError = "LinAlgError"
    }

    /// The exception type.
    public let kind: Kind
    /// numpy's message.
    public let message: String

    /// An error of the given kind and text.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `ValueError(message)`.
    public static func value(_ message: String) -> NumericError { NumericError(.valueError, message) }
    /// `TypeError(message)`.
    public static func type(_ message: String) -> NumericError { NumericError(.typeError, message) }
    /// `IndexError(message)`.
    public static func index(_ message: String) -> NumericError { NumericError(.indexError, message) }

    /// `AxisError: axis A is out of bounds for array of dimension N`.
    public static func axis(_ axis: Int, ndim: Int) -> NumericError {
        NumericError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }

    /// `MemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64`.
    public static func allocation(bytes: Int, shape: [Int], dtype: DType) -> NumericError {
        NumericError(.memoryError, "Unable to allocate \(ByteSize.describe(bytes)) for an array with shape "
            + "\(Shape.tuple(shape)) and data type \(dtype.name)")
    }

    /// `Kind: message`.
    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Byte counts as numpy words them in allocation errors (`7.45 GiB`, `800. KiB`).
enum ByteSize {
    /// numpy's `_size_to_string`.
    static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        let bitLength = Int.bitWidth - bytes.leadingZeroBitCount
        var unit = max(bitLength - 1, 1) / 10
        var amount = Double(bytes) / Double(1 << (unit * 10))
        if amount.rounded() == 1024 {
            unit += 1
            amount /= 1024
        }
        if unit >= units.count {
            amount *= Double(1 << ((unit - units.count + 1) * 10))
            unit = units.count - 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        if amount.rounded() < 1000 { return CFormat.double("%#.3g", amount) + " " + units[unit] }
        return CFormat.double("%#.0f", amount) + " " + units[unit]
    }
}
