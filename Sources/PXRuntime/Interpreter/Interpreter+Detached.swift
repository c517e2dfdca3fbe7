import PXLang

// MARK: - Functions received from elsewhere

extension Interpreter {
    /// Makes a function from a definition that arrived without its defining program (a function shipped to
    /// an engine). Its global names resolve in this interpreter's namespace; its captured variables get the
    /// values given.
    /// - Parameters:
    ///   - definition: the syntax tree of the `def` or `lambda`.
    ///   - freeNames: names of the variables it captured, in closure order.
    ///   - captured: their values, in the same order.
    ///   - defaults: default values by parameter index.
    ///   - cacheKey: when given, the compiled code is cached under this key (the function's encoding), so a
    ///     function sent with every task is compiled once.
    ///   - fileName: the file shown in tracebacks.
    public func makeFunction(definition: FunctionDef, freeNames: [String], captured: [Value], defaults: [Int: Value],
                             cacheKey: [UInt8]? = nil, fileName: String = "<remote>") -> Value {
        let code: CompiledFunction
        if let cacheKey, let cached = detachedCache[cacheKey] {
            code = cached
        } else {
            var compiler = Compiler(interpreter: self, fileName: fileName)
            code = compiler.compileDetached(definition, freeNames: freeNames)
            if let cacheKey {
                if detachedCache.count > 4096 { detachedCache.removeAll() }
                detachedCache[cacheKey] = code
            }
        }
        let cells = freeNames.indices.map { Cell($0 < captured.count ? captured[$0] : .undefined) }
        return .function(Function(code: code, defaults: defaults, closure: cells, globals: globals))
    }
}
