import PXRuntime

/// `ipp.Reference("name")`: an argument replaced, on each engine, by the value of `name` in that engine's
/// namespace.
public final class ReferenceObject: NativeObject {
    /// The referenced name.
    public let name: String

    /// Creates a reference.
    public init(name: String) {
        self.name = name
    }

    /// The `Reference` type; calling it makes a reference.
    public static let type = TypeObject(name: "Reference", module: "ipyparallel",
                                        doc: "Reference(name): an argument evaluated on each engine as the value of "
                                            + "`name` in that engine's namespace.") { args, _ in
        try args.check("Reference", min: 1, max: 1)
        guard case .str(let name) = args[0] else {
            throw RuntimeError.typeError("Reference name must be a string, not \(args[0].typeName)")
        }
        return .object(ReferenceObject(name: name))
    }

    public var pythonType: TypeObject { ReferenceObject.type }
    public var attributeNames: [String] { ["name"] }

    public func attribute(_ attribute: String, _ interpreter: Interpreter) throws -> Value? {
        attribute == "name" ? .str(name) : nil
    }

    public func repr(_ interpreter: Interpreter?) -> String { "<Reference: \(ValueFormatter.reprString(name))>" }

    /// Replaces references in `values` by the named values of the namespace.
    /// - Throws: `NameError` when a referenced name is not defined.
    public static func resolve(_ values: [Value], in namespace: Namespace) throws -> [Value] {
        try values.map { v in
            if case .object(let o) = v, let reference = o as? ReferenceObject {
                guard let value = namespace.lookup(reference.name) else { throw RuntimeError.nameError(reference.name) }
                return value
            }
            return v
        }
    }
}
