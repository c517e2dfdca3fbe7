import PXRuntime

/// A function with functional dependencies, made by `@ipp.require('re', helper)`, `@ipp.depend(check, *args)`
/// or `ipp.dependent(f, check, *args)`. Before each call — on the engine that runs it, or locally — it imports the
/// required modules and binds the required functions in the namespace by their names, then calls the check;
/// a check that returns a false value raises `UnmetDependency`, as does a module that cannot be imported.
///
/// It travels to engines as `functools.partial(swiftpx._run_dependent, spec, f)`, so the engine needs nothing
/// but the `swiftpx` module.
final class DependentFunction: NativeObject {
    let function: Value
    let modules: [String]
    /// Functions bound in the namespace before the call, with their names.
    let functions: [(name: String, value: Value)]
    let check: Value?
    let checkArguments: [Value]
    let checkKeywords: [(name: String, value: Value)]

    init(function: Value, modules: [String] = [], functions: [(name: String, value: Value)] = [], check: Value? = nil,
         checkArguments: [Value] = [], checkKeywords: [(name: String, value: Value)] = []) {
        self.function = function
        self.modules = modules
        self.functions = functions
        self.check = check
        self.checkArguments = checkArguments
        self.checkKeywords = checkKeywords
    }

    static let type = TypeObject(name: "dependent", module: "ipyparallel.controller.dependency",
                                 doc: "dependent(f, df, *dargs, **dkwargs): f, run only where df(*dargs, **dkwargs) "
                                     + "is true (raises UnmetDependency otherwise).")
    var pythonType: TypeObject { Self.type }
    var attributeNames: [String] { ["f", "df", "dargs", "dkwargs", "__name__"] }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "f": return function
        case "df": return check ?? Value.none
        case "dargs": return .tuple(checkArguments)
        case "__name__": return .str(ClientObject.functionName(function))
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String {
        "<ipyparallel.controller.dependency.dependent object at \(ValueFormatter.address(self))>"
    }

    func display(_ interpreter: Interpreter) -> String {
        "<ipyparallel.controller.dependency.dependent at \(ValueFormatter.address(self))>"
    }

    /// What the requirements are, as one value an engine decodes: `(modules, functions, check, args, kwargs)`.
    var spec: Value {
        let keywords = DictObject()
        for (k, v) in checkKeywords { keywords.set(k, v) }
        return .tuple([.tuple(modules.map { .str($0) }), .tuple(functions.map { .tuple([.str($0.name), $0.value]) }), check ?? Value.none, .tuple(checkArguments),
                       .dict(keywords)])
    }

    var shippedForm: Value? {
        .object(Partial(function: .builtin(Self.runner), arguments: [spec, function], keywords: []))
    }

    func call(_ arguments: Arguments, _ vm: Interpreter) throws -> Value {
        try Self.run(Arguments([spec, function] + arguments.positional, keywords: arguments.keywords), vm)
    }

    /// `swiftpx._run_dependent(spec, f, *args, **kwargs)`, registered so that engines find it.
    static var runner: BuiltinFunction { BuiltinFunction(name: "_run_dependent", module: "swiftpx", body: run) }

    static func run(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        guard args.count >= 2, case .tuple(let spec) = args[0], spec.count == 5 else {
            throw RuntimeError.typeError("_run_dependent(spec, f, *args, **kwargs) needs a dependency spec")
        }
        for module in try vm.collect(spec[0]) {
            guard case .str(let name) = module else { continue }
            do {
                let top = String(name.split(separator: ".").first ?? Substring(name))
                _ = try vm.importModule(name)
                vm.globals[top] = try vm.importModule(top)
            } catch let error as RuntimeError where error.kind === BuiltinTypes.moduleNotFoundError {
                throw RuntimeError(BuiltinTypes.unmetDependency, error.exception.message)
            }
        }
        for case .tuple(let pair) in try vm.collect(spec[1]) where pair.count == 2 {
            if case .str(let name) = pair[0] { vm.globals[name] = pair[1] }
        }
        if !spec[2].isNone {
            var keywords: [(name: String, value: Value)] = []
            if case .dict(let d) = spec[4] {
                for (k, v) in d.storage { if case .str(let name) = k.value { keywords.append((name, v)) } }
            }
            let met = try vm.call(spec[2], Arguments(try vm.collect(spec[3]), keywords: keywords))
            guard try vm.truth(met) else { throw RuntimeError(ExceptionObject(type: BuiltinTypes.unmetDependency, args: [])) }
        }
        return try vm.call(args[1], Arguments(Array(args.positional.dropFirst(2)), keywords: args.keywords))
    }

    // MARK: - The module's decorators

    /// `ipp.require(*objects, **mapping)`: a decorator; strings and modules name modules to import, functions
    /// are bound by their `__name__` (`mapping` binds them by the given names).
    static func require(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        var modules: [String] = []
        var functions: [(name: String, value: Value)] = []
        for object in args.positional {
            switch object {
            case .str(let name): modules.append(name)
            case .module(let m): modules.append(m.name)
            case .function, .builtin, .object: functions.append((ClientObject.functionName(object), object))
            default: throw RuntimeError.typeError("Objects other than modules and functions are not allowed, got \(object.typeName)")
            }
        }
        for (name, value) in args.keywords {
            if case .module(let m) = value { modules.append(m.name) } else { functions.append((name, value)) }
        }
        return .object(DependDecorator { DependentFunction(function: $0, modules: modules, functions: functions) })
    }

    /// `ipp.depend(f, *args, **kwargs)`: a decorator making `dependent(g, f, *args, **kwargs)`.
    static func depend(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        guard let check = args.positional.first else {
            throw RuntimeError.typeError("depend() missing 1 required positional argument: '_wrapped_f'")
        }
        let rest = Array(args.positional.dropFirst())
        return .object(DependDecorator {
            DependentFunction(function: $0, check: check, checkArguments: rest, checkKeywords: args.keywords)
        })
    }

    /// `ipp.dependent(f, df, *dargs, **dkwargs)`.
    static func dependent(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        guard args.count >= 2 else {
            throw RuntimeError.typeError("dependent() missing required positional arguments: '_wrapped_f' and '_wrapped_df'")
        }
        return .object(DependentFunction(function: args[0], check: args[1], checkArguments: Array(args.positional.dropFirst(2)),
                                         checkKeywords: args.keywords))
    }
}
