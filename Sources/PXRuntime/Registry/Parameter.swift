/// One parameter of a typed registered function: its name, and its default when it may be left out.
///
/// A string literal is a required parameter that may be passed by position or by keyword:
///
/// ```swift
/// registry.register("stats.mean", parameters: ["xs", Parameter("trim", default: 0.0)]) {
///     (xs: [Double], trim: Double) in ...
/// }
/// ```
///
/// Parameters after the first one with a default must have defaults too, as in Python.
public struct Parameter: ExpressibleByStringLiteral, @unchecked Sendable {
    // @unchecked Sendable: a default is an immutable value (a number, a string, None) set at registration.

    /// The name, used for keyword arguments, Tab completion, `help()` and error messages.
    public let name: String
    /// The value used when the caller leaves the parameter out, or nil if it is required.
    public let defaultValue: Value?
    /// Whether the parameter can only be passed by keyword (`*, rel_tol=1e-09`).
    public let isKeywordOnly: Bool

    /// A required parameter that may be passed by position or by keyword.
    public init(stringLiteral name: String) {
        self.init(name: name, defaultValue: nil, isKeywordOnly: false)
    }

    /// A required parameter.
    /// - Parameters:
    ///   - name: the keyword name.
    ///   - keywordOnly: whether it can only be passed by keyword. Default: false.
    public init(_ name: String, keywordOnly: Bool = false) {
        self.init(name: name, defaultValue: nil, isKeywordOnly: keywordOnly)
    }

    /// A parameter that may be left out.
    /// - Parameters:
    ///   - name: the keyword name.
    ///   - defaultValue: the value when left out: a Swift value (`0.0`, `"mean"`, `true`) or a language
    ///     value (`Value.none`).
    ///   - keywordOnly: whether it can only be passed by keyword. Default: false.
    public init<T: ResultConvertible>(_ name: String, default defaultValue: T, keywordOnly: Bool = false) {
        self.init(name: name, defaultValue: defaultValue.makeValue(), isKeywordOnly: keywordOnly)
    }

    init(name: String, defaultValue: Value?, isKeywordOnly: Bool) {
        self.name = name
        self.defaultValue = defaultValue
        self.isKeywordOnly = isKeywordOnly
    }
}
