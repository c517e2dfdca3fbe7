// MARK: - Typed registration

/// Typed Swift closures of zero to four parameters become built-in functions: each argument converts to the
/// parameter's Swift type (`ArgumentConvertible`) and the result back to a language value (`ResultConvertible`).
///
/// ```swift
/// registry.register("stats.norm", doc: "Euclidean norm", parameters: ["xs"]) { (xs: [Double]) in
///     xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
/// }
/// ```
///
/// Parameters may be passed by position or by keyword when `parameters` names them; those with a default,
/// and optionals, may be left out. A wrong argument raises `TypeError` naming the function, the parameter and
/// both types (`stats.norm() argument 'xs' must be list[float], not str`). Errors the closure throws
/// propagate: throw `RuntimeError.valueError(…)` and the like to raise a language exception; any other Swift
/// error becomes a `RuntimeError` exception carrying its description.
extension Registry {
    /// Registers a typed function of no parameters.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<R: ResultConvertible>(
        _ name: String, doc: String = "", origin: String? = nil,
        body: @escaping () throws -> R
    ) {
        add0(name, doc, origin, R.typeDescription) { try body().makeValue() }
    }

    /// Registers a typed function of no parameters that returns nothing (None).
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register(_ name: String, doc: String = "", origin: String? = nil, body: @escaping () throws -> Void) {
        add0(name, doc, origin, nil) {
            try body()
            return .none
        }
    }

    /// Registers a typed function of one parameter.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameter's name and default. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible, R: ResultConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A) throws -> R
    ) {
        add1(name, doc, parameters, origin, R.typeDescription) { (a: A) in try body(a).makeValue() }
    }

    /// Registers a typed function of one parameter that returns nothing (None).
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameter's name and default. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A) throws -> Void
    ) {
        add1(name, doc, parameters, origin, nil) { (a: A) in
            try body(a)
            return .none
        }
    }

    /// Registers a typed function of two parameters.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible, B: ArgumentConvertible, R: ResultConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B) throws -> R
    ) {
        add2(name, doc, parameters, origin, R.typeDescription) { (a: A, b: B) in try body(a, b).makeValue() }
    }

    /// Registers a typed function of two parameters that returns nothing (None).
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible, B: ArgumentConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B) throws -> Void
    ) {
        add2(name, doc, parameters, origin, nil) { (a: A, b: B) in
            try body(a, b)
            return .none
        }
    }

    /// Registers a typed function of three parameters.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible, R: ResultConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B, C) throws -> R
    ) {
        add3(name, doc, parameters, origin, R.typeDescription) { (a: A, b: B, c: C) in try body(a, b, c).makeValue() }
    }

    /// Registers a typed function of three parameters that returns nothing (None).
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible>(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B, C) throws -> Void
    ) {
        add3(name, doc, parameters, origin, nil) { (a: A, b: B, c: C) in
            try body(a, b, c)
            return .none
        }
    }

    /// Registers a typed function of four parameters.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<
        A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible,
        D: ArgumentConvertible, R: ResultConvertible
    >(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B, C, D) throws -> R
    ) {
        add4(name, doc, parameters, origin, R.typeDescription) { (a: A, b: B, c: C, d: D) in
            try body(a, b, c, d).makeValue()
        }
    }

    /// Registers a typed function of four parameters that returns nothing (None).
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: the parameters' names and defaults, in order. Default: unnamed (positional only).
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation.
    public func register<
        A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible,
        D: ArgumentConvertible
    >(
        _ name: String, doc: String = "", parameters: [Parameter] = [], origin: String? = nil,
        body: @escaping (A, B, C, D) throws -> Void
    ) {
        add4(name, doc, parameters, origin, nil) { (a: A, b: B, c: C, d: D) in
            try body(a, b, c, d)
            return .none
        }
    }

    // MARK: - Untyped

    /// Registers an untyped function: it receives the call's arguments as they are and checks them itself.
    /// - Parameters:
    ///   - name: `f` for a built-in, `module.f` for a module function (dotted names make modules).
    ///   - doc: the doc string `help()` shows. Default: none.
    ///   - parameters: keyword names, for Tab completion inside calls. Default: none.
    ///   - origin: where the function comes from (a plugin path), for error messages. Default: this program.
    ///   - body: the implementation; `Arguments.check` words count errors as Python does.
    public func register(
        _ name: String, doc: String = "", parameters: [String] = [], origin: String? = nil,
        body: @escaping (Arguments) throws -> Value
    ) {
        register(name, doc: doc, parameters: parameters, origin: origin) { args, _ in
            try Registry.invoke { try body(args) }
        }
    }
}

// MARK: - Building the functions

extension Registry {
    typealias Body = (Arguments, Interpreter) throws -> Value
    typealias UnaryBody = (Value, Interpreter) throws -> Value

    func add0(_ name: String, _ doc: String, _ origin: String?, _ result: String?, _ body: @escaping () throws -> Value)
    {
        let s = TypedSignature(function: name, parameters: [], types: [], result: result)
        add(name, doc, s, origin, unary: nil) { args, _ in
            _ = try s.bind(args)
            return try Registry.invoke(body)
        }
    }

    func add1<A: ArgumentConvertible>(
        _ name: String, _ doc: String, _ parameters: [Parameter], _ origin: String?,
        _ result: String?, _ body: @escaping (A) throws -> Value
    ) {
        let s = TypedSignature(function: name, parameters: parameters, types: [slot(A.self)], result: result)
        let unary: UnaryBody? =
            s.isUnary
            ? { v, _ in
                let a: A = try s.convert(v, 0)
                return try Registry.invoke { try body(a) }
            } : nil
        add(name, doc, s, origin, unary: unary) { args, _ in
            let b = try s.bind(args)
            let a: A = try s.convert(b, 0)
            return try Registry.invoke { try body(a) }
        }
    }

    func add2<A: ArgumentConvertible, B: ArgumentConvertible>(
        _ name: String, _ doc: String, _ parameters: [Parameter], _ origin: String?, _ result: String?,
        _ body: @escaping (A, B) throws -> Value
    ) {
        let s = TypedSignature(
            function: name, parameters: parameters, types: [slot(A.self), slot(B.self)],
            result: result)
        add(name, doc, s, origin, unary: nil) { args, _ in
            let b = try s.bind(args)
            let x: A = try s.convert(b, 0), y: B = try s.convert(b, 1)
            return try Registry.invoke { try body(x, y) }
        }
    }

    func add3<A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible>(
        _ name: String, _ doc: String, _ parameters: [Parameter], _ origin: String?, _ result: String?,
        _ body: @escaping (A, B, C) throws -> Value
    ) {
        let s = TypedSignature(
            function: name, parameters: parameters,
            types: [slot(A.self), slot(B.self), slot(C.self)], result: result)
        add(name, doc, s, origin, unary: nil) { args, _ in
            let b = try s.bind(args)
            let x: A = try s.convert(b, 0), y: B = try s.convert(b, 1), z: C = try s.convert(b, 2)
            return try Registry.invoke { try body(x, y, z) }
        }
    }

    func add4<A: ArgumentConvertible, B: ArgumentConvertible, C: ArgumentConvertible, D: ArgumentConvertible>(
        _ name: String, _ doc: String, _ parameters: [Parameter], _ origin: String?, _ result: String?,
        _ body: @escaping (A, B, C, D) throws -> Value
    ) {
        let s = TypedSignature(
            function: name, parameters: parameters,
            types: [slot(A.self), slot(B.self), slot(C.self), slot(D.self)], result: result)
        add(name, doc, s, origin, unary: nil) { args, _ in
            let b = try s.bind(args)
            let w: A = try s.convert(b, 0), x: B = try s.convert(b, 1)
            let y: C = try s.convert(b, 2), z: D = try s.convert(b, 3)
            return try Registry.invoke { try body(w, x, y, z) }
        }
    }

    func slot<T: ArgumentConvertible>(_: T.Type) -> (description: String, canBeOmitted: Bool) {
        (T.typeDescription, T.omittedArgument != nil)
    }

    func add(
        _ name: String, _ doc: String, _ signature: TypedSignature, _ origin: String?, unary: UnaryBody?,
        body: @escaping Body
    ) {
        let (module, short) = Registry.split(name)
        let function = BuiltinFunction(
            name: short, module: module, doc: doc, parameterNames: signature.keywordNames,
            signature: signature, unary: unary, body: body)
        register(name, value: .builtin(function))
        if let origin { recordOrigin(origin, of: name) }
    }

    /// Runs a registered function's body, turning Swift errors that are not language exceptions into
    /// `RuntimeError` exceptions.
    static func invoke(_ work: () throws -> Value) throws -> Value {
        do {
            return try work()
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw RuntimeError(BuiltinTypes.runtimeError, String(describing: error))
        }
    }
}
