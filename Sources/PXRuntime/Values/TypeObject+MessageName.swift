// MARK: - The name of a type in error messages (CPython's `tp_name`)

extension TypeObject {
    /// The type's name as CPython's error messages give it (its `tp_name`): with the module for a type CPython
    /// writes in C outside `builtins` (`'collections.deque' object has no attribute 'x'`, `'numpy.float64'`,
    /// `'_io.TextIOWrapper'`), with numpy's internal module where it differs from the public one
    /// (`numpy.random._generator.Generator`); the plain `__name__` for every other type, classes written in
    /// Python included (`Counter`, `errstate`, ipyparallel's classes).
    public var messageName: String {
        guard let module, module != "builtins" else { return name }
        let path = module + "." + name
        if let cName = CTypeNames.renamed[path] { return cName }
        if CTypeNames.modules.contains(module) { return CTypeNames.writtenInPython.contains(path) ? name : path }
        return CTypeNames.qualified.contains(path) ? path : name
    }
}

/// Which types CPython 3.11 (with numpy 2) writes in C, so that its messages name them with their module. The
/// names were read from CPython's own messages (`type.__getattribute__(T, 'x')` names `T` by its `tp_name`).
enum CTypeNames {
    /// Modules whose every type swiftpx has is a C type in CPython, apart from `writtenInPython`.
    static let modules: Set<String> = ["_io", "datetime", "itertools", "numpy"]
    /// Types of `modules` that are Python classes.
    static let writtenInPython: Set<String> = ["numpy.errstate"]
    /// C types of other modules.
    static let qualified: Set<String> = [
        "collections.OrderedDict", "collections.defaultdict", "collections.deque",
        "functools._lru_cache_wrapper", "functools.partial",
        "os.stat_result", "re.Match", "re.Pattern", "sys.float_info", "sys.version_info",
    ]
    /// C types whose `tp_name` is not `module.name`.
    static let renamed: [String: String] = [
        "collections._deque_iterator": "_collections._deque_iterator",
        "collections._deque_reverse_iterator": "_collections._deque_reverse_iterator",
        "datetime._IsoCalendarDate": "datetime.IsoCalendarDate",
        "numpy.flagsobj": "numpy._core.multiarray.flagsobj",
        "numpy.random.Generator": "numpy.random._generator.Generator",
        "numpy.random.PCG64": "numpy.random._pcg64.PCG64",
        "numpy.random.RandomState": "numpy.random.mtrand.RandomState",
    ]
}

extension Value {
    /// The name of the value's type as CPython's error messages give it (`TypeObject.messageName`,
    /// `NativeObject.messageTypeName`).
    public var messageTypeName: String {
        if case .object(let o) = self { return o.messageTypeName }
        return type.messageName
    }
}
