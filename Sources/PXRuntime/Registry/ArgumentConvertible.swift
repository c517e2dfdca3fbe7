import PXNumeric

/// A Swift type that a registered function can take as a parameter: it converts from a language value.
///
/// The library makes `Int`, `Double`, `String`, `Bool`, `NDArray`, `Value`, arrays and string-keyed
/// dictionaries of convertible types, and optionals of them, convertible. Conform your own types to accept
/// them in typed registrations:
///
/// ```swift
/// extension Celsius: ArgumentConvertible {
///     public static var typeDescription: String { "float" }
///     public init(argument: Value) throws {
///         self.init(degrees: try Double(argument: argument))
///     }
/// }
/// ```
public protocol ArgumentConvertible {
    /// The type as the language names it in signatures and errors (`int`, `list[float]`, `str | None`).
    static var typeDescription: String { get }

    /// Converts a language value.
    /// - Parameter argument: the value passed by the caller.
    /// - Throws: `ArgumentMismatch` when the value has the wrong type (the caller turns it into a `TypeError`
    ///   naming the function and the parameter); any other error propagates as it is.
    init(argument: Value) throws

    /// The value used when the caller leaves the parameter out and it has no default. Default: nil (the
    /// argument is required); optionals use `nil` (None), so optional parameters may be left out.
    static var omittedArgument: Self? { get }

    /// Converts every element of an ndarray at once (a fast path for `[Double]` and `[Int]` parameters).
    /// - Throws: `ArgumentMismatch` if the elements do not convert.
    static func elements(of array: NDArray) throws -> [Self]
}

/// A Swift type that a registered function can return: it converts to a language value.
public protocol ResultConvertible {
    /// The type as the language names it in signatures (`float`, `list[int]`).
    static var typeDescription: String { get }

    /// The language value for this Swift value.
    func makeValue() -> Value
}

/// A type that converts both ways.
public typealias ValueConvertible = ArgumentConvertible & ResultConvertible

/// The reason an argument did not convert: the registered function's caller turns it into a `TypeError`
/// (an `OverflowError` when the value has the right type but does not fit).
public struct ArgumentMismatch: Error, Sendable {
    /// What to add after the value's type (`item 2 is str`), or nil.
    public var detail: String?
    /// A complete message that replaces the generated one, or nil. The built-in modules use it to keep
    /// CPython's wording (`must be real number, not str`).
    public var message: String?
    /// Whether the value is of the right kind but too large for the Swift type (an int beyond 64 bits).
    public var isOverflow = false

    /// The mismatch of an `int` too large for a 64-bit Swift integer.
    public static let overflow = ArgumentMismatch(isOverflow: true)

    init(detail: String? = nil, isOverflow: Bool) {
        self.detail = detail
        self.isOverflow = isOverflow
    }

    /// The mismatch of item `index` of a sequence argument.
    func forItem(_ index: Int, _ item: Value) -> ArgumentMismatch {
        isOverflow ? ArgumentMismatch(detail: "item \(index)", isOverflow: true)
                   : ArgumentMismatch(detail: "item \(index) is \(item.typeName)")
    }

    /// Creates a mismatch.
    /// - Parameters:
    ///   - detail: what to add after the value's type. Default: nothing.
    ///   - message: a complete message replacing the generated one. Default: the generated one.
    public init(detail: String? = nil, message: String? = nil) {
        self.detail = detail
        self.message = message
    }
}

extension ArgumentConvertible {
    /// Arguments are required unless the type says otherwise.
    public static var omittedArgument: Self? { nil }

    /// Converts the ndarray's elements one at a time.
    public static func elements(of array: NDArray) throws -> [Self] {
        var result: [Self] = []
        result.reserveCapacity(array.count)
        for i in 0..<array.count {
            // Elements convert as the Python numbers they equal.
            let element = ArrayConversion.pythonValue(array.scalar(flat: i))
            do {
                result.append(try Self(argument: element))
            } catch let mismatch as ArgumentMismatch {
                throw mismatch.forItem(i, element)
            }
        }
        return result
    }
}
