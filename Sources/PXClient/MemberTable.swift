import PXRuntime

/// The members a client class shows to programs, as ipyparallel 9.2 declares them: methods with their
/// signatures, properties and attributes. Calls bind through the declared signature, so unknown keywords and
/// wrong argument counts fail with Python's `TypeError`; `MemberTableTests` checks every declaration against
/// ipyparallel's own (Tests/PXClientTests/Members).
struct MemberTable {
    /// One member.
    struct Member {
        enum Kind: String {
            case method, classmethod, property, attribute
        }

        let kind: Kind
        /// Methods: the signature.
        let signature: CallSignature?

        /// A method; `named` is how Python's errors name it (`View.abort`), nil for a decorated method whose
        /// errors name nothing. The default name is `<Type>.<member>`.
        static func method(_ text: String, named: String? = "") -> Member {
            Member(kind: .method, signature: CallSignature(text, name: named))
        }

        /// A class method (`AsyncResult.join`, `Cluster.from_file`).
        static func classmethod(_ text: String, named: String? = "") -> Member {
            Member(kind: .classmethod, signature: CallSignature(text, name: named))
        }

        static let property = Member(kind: .property, signature: nil)
        static let attribute = Member(kind: .attribute, signature: nil)
    }

    /// The class name (`Client`).
    let typeName: String
    let members: [String: Member]

    /// Declares the members of `typeName`; a method's empty name becomes `<typeName>.<member>`.
    init(_ typeName: String, _ members: [String: Member]) {
        self.typeName = typeName
        var resolved: [String: Member] = [:]
        for (name, member) in members {
            if let signature = member.signature, signature.functionName == "" {
                resolved[name] = Member(kind: member.kind,
                                        signature: CallSignature(signature.description, name: "\(typeName).\(name)"))
            } else {
                resolved[name] = member
            }
        }
        self.members = resolved
    }

    /// Every member name, sorted (for `dir()` and Tab completion).
    var names: [String] { members.keys.sorted() }

    /// Binds a call of method `name`.
    /// - Throws: Python's `TypeError` when the arguments do not fit.
    func bind(_ name: String, _ arguments: Arguments) throws -> BoundCall {
        guard let signature = members[name]?.signature else {
            fatalError("internal inconsistency: \(typeName).\(name) is not a declared method")
        }
        return try signature.bind(arguments)
    }

    /// The same table with more members (a subclass).
    func adding(_ typeName: String, _ more: [String: Member]) -> MemberTable {
        var all = members
        for (name, member) in MemberTable(typeName, more).members { all[name] = member }
        return MemberTable(typeName, all)
    }
}
