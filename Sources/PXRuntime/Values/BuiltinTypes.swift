/// The catalog of built-in types and exception classes.
public enum BuiltinTypes {
    // MARK: - Value types
    public static let noneType = TypeObject(name: "NoneType")
    public static let bool = TypeObject(name: "bool", base: int, constructor: Constructors.bool)
    public static let int = TypeObject(name: "int", doc: CPythonDocs.int, constructor: Constructors.int)
    public static let float = TypeObject(name: "float", doc: CPythonDocs.float, constructor: Constructors.float)
    public static let str = TypeObject(name: "str", doc: CPythonDocs.str, constructor: Constructors.str)
    public static let bytes = TypeObject(name: "bytes", constructor: Constructors.bytes)
    public static let tuple = TypeObject(name: "tuple", doc: CPythonDocs.tuple, constructor: Constructors.tuple)
    public static let list = TypeObject(name: "list", doc: CPythonDocs.list, constructor: Constructors.list)
    public static let dict = TypeObject(name: "dict", doc: CPythonDocs.dict, constructor: Constructors.dict)
    public static let set = TypeObject(name: "set", constructor: Constructors.set)
    public static let frozenset = TypeObject(name: "frozenset", constructor: Constructors.frozenset)
    public static let range = TypeObject(name: "range", constructor: Constructors.range)
    public static let slice = TypeObject(name: "slice", constructor: Constructors.slice)
    public static let ndarray = TypeObject(name: "ndarray", module: "numpy")
    public static let function = TypeObject(name: "function")
    public static let builtinFunction = TypeObject(name: "builtin_function_or_method")
    public static let method = TypeObject(name: "method")
    public static let module = TypeObject(name: "module")
    public static let type = TypeObject(name: "type", constructor: Constructors.type)
    public static let cell = TypeObject(name: "cell")
    public static let object = TypeObject(root: "object")

    // MARK: - Exceptions
    public static let baseException = TypeObject(name: "BaseException")
    static func exception(_ name: String, _ base: TypeObject, module: String? = nil) -> TypeObject {
        TypeObject(name: name, base: base, module: module)
    }
    public static let systemExit = exception("SystemExit", baseException)
    public static let keyboardInterrupt = exception("KeyboardInterrupt", baseException)
    public static let generatorExit = exception("GeneratorExit", baseException)
    public static let exceptionType = exception("Exception", baseException)
    public static let stopIteration = exception("StopIteration", exceptionType)
    public static let arithmeticError = exception("ArithmeticError", exceptionType)
    public static let overflowError = exception("OverflowError", arithmeticError)
    public static let zeroDivisionError = exception("ZeroDivisionError", arithmeticError)
    public static let floatingPointError = exception("FloatingPointError", arithmeticError)
    public static let assertionError = exception("AssertionError", exceptionType)
    public static let attributeError = exception("AttributeError", exceptionType)
    public static let importError = exception("ImportError", exceptionType)
    public static let moduleNotFoundError = exception("ModuleNotFoundError", importError)
    public static let lookupError = exception("LookupError", exceptionType)
    public static let indexError = exception("IndexError", lookupError)
    public static let keyError = exception("KeyError", lookupError)
    public static let nameError = exception("NameError", exceptionType)
    public static let unboundLocalError = exception("UnboundLocalError", nameError)
    public static let osError = exception("OSError", exceptionType)
    public static let fileNotFoundError = exception("FileNotFoundError", osError)
    public static let permissionError = exception("PermissionError", osError)
    public static let timeoutError = exception("TimeoutError", osError)
    public static let fileExistsError = exception("FileExistsError", osError)
    public static let isADirectoryError = exception("IsADirectoryError", osError)
    public static let notADirectoryError = exception("NotADirectoryError", osError)
    public static let interruptedError = exception("InterruptedError", osError)
    public static let blockingIOError = exception("BlockingIOError", osError)
    public static let childProcessError = exception("ChildProcessError", osError)
    public static let processLookupError = exception("ProcessLookupError", osError)
    public static let connectionError = exception("ConnectionError", osError)
    public static let brokenPipeError = exception("BrokenPipeError", connectionError)
    public static let connectionAbortedError = exception("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = exception("ConnectionRefusedError", connectionError)
    public static let connectionResetError = exception("ConnectionResetError", connectionError)
    public static let runtimeError = exception("RuntimeError", exceptionType)
    public static let memoryError = exception("MemoryError", exceptionType)
    public static let notImplementedError = exception("NotImplementedError", runtimeError)
    public static let recursionError = exception("RecursionError", runtimeError)
    public static let syntaxError = exception("SyntaxError", exceptionType)
    public static let indentationError = exception("IndentationError", syntaxError)
    public static let typeError = exception("TypeError", exceptionType)
    public static let valueError = exception("ValueError", exceptionType)
    public static let unicodeError = exception("UnicodeError", valueError)
    public static let unicodeDecodeError = exception("UnicodeDecodeError", unicodeError)
    public static let unicodeEncodeError = exception("UnicodeEncodeError", unicodeError)
    public static let warning = exception("Warning", exceptionType)
    public static let userWarning = exception("UserWarning", warning)
    public static let deprecationWarning = exception("DeprecationWarning", warning)

    // MARK: - ipyparallel's errors (module `ipyparallel.error`)
    static let errorModule = "ipyparallel.error"
    public static let ipythonError = exception("IPythonError", exceptionType, module: errorModule)
    public static let kernelError = exception("KernelError", ipythonError, module: errorModule)
    public static let engineError = exception("EngineError", kernelError, module: errorModule)
    public static let taskAborted = exception("TaskAborted", kernelError, module: errorModule)
    public static let taskTimeout = exception("TaskTimeout", kernelError, module: errorModule)
    public static let taskRejectError = exception("TaskRejectError", kernelError, module: errorModule)
    public static let unmetDependency = exception("UnmetDependency", kernelError, module: errorModule)
    public static let impossibleDependency = exception("ImpossibleDependency", unmetDependency, module: errorModule)
    public static let dependencyTimeout = exception("DependencyTimeout", impossibleDependency, module: errorModule)
    public static let invalidDependency = exception("InvalidDependency", impossibleDependency, module: errorModule)
    public static let noEnginesRegistered = exception("NoEnginesRegistered", kernelError, module: errorModule)
    public static let remoteError = exception("RemoteError", kernelError, module: errorModule)
    public static let compositeError = exception("CompositeError", remoteError, module: errorModule)

    /// The exception classes visible as built-in names.
    public static let builtinExceptions: [TypeObject] = [
        baseException, systemExit, keyboardInterrupt, generatorExit, exceptionType, stopIteration, arithmeticError, overflowError,
        zeroDivisionError, floatingPointError, assertionError, attributeError, importError, moduleNotFoundError,
        lookupError, indexError, keyError, nameError, unboundLocalError, osError, fileNotFoundError,
        permissionError, timeoutError, fileExistsError, isADirectoryError, notADirectoryError, interruptedError,
        blockingIOError, childProcessError, processLookupError, connectionError, brokenPipeError,
        connectionAbortedError, connectionRefusedError, connectionResetError, runtimeError, memoryError,
        notImplementedError, recursionError, syntaxError, indentationError, typeError, valueError, unicodeError,
        unicodeDecodeError, unicodeEncodeError, warning, userWarning, deprecationWarning,
    ]

    /// ipyparallel's error classes, exported by the `swiftpx`/`ipyparallel` module.
    public static let parallelErrors: [TypeObject] = [
        ipythonError, kernelError, engineError, taskAborted, taskTimeout, taskRejectError, unmetDependency,
        impossibleDependency, dependencyTimeout, invalidDependency, noEnginesRegistered, remoteError,
        compositeError,
    ]

    /// The built-in types classes may derive from (besides `object` and the exception classes).
    public static let subclassable: [TypeObject] = [object, dict, list, set, str, int, float, tuple, bytes]

    /// The built-in types visible as names (`int`, `list`, …).
    public static let namedTypes: [TypeObject] = [
        bool, int, float, str, bytes, tuple, list, dict, set, frozenset, range, slice, type, object,
    ]
}
