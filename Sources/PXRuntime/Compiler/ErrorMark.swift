import PXLang

/// Where a compiled site (an operation, call, subscript, attribute access, name) gives an exception it raises
/// its source span, for PEP 657's `^`/`~` markers (see `ExceptionObject.locate`). A site runs its body through
/// its mark, which costs nothing until something throws: the span is given on the error path only, with no
/// closure around the site. The span is nil when the interpreter does not mark error locations.
struct ErrorMark {
    /// The span a traceback marks.
    let span: SourceSpan?

    /// A mark that gives no span.
    static let none = ErrorMark(span: nil)

    /// Runs `body`; a `RuntimeError` it raises takes this span, unless a site inside it gave one first.
    @inline(__always)
    func callAsFunction<T>(_ body: () throws -> T) rethrows -> T {
        do {
            return try body()
        } catch let error as RuntimeError {
            locate(error)
            throw error
        }
    }

    /// `error` with this span given to its exception (unless a site inside gave one first).
    @discardableResult
    func locate(_ error: RuntimeError) -> RuntimeError {
        if let span { error.exception.locate(span) }
        return error
    }

    /// `run` with this span given to the exceptions it raises: for the rare sites that wrap another closure
    /// (an extra call, so hot sites run their body through ``callAsFunction(_:)`` instead).
    func wrap(_ run: @escaping Eval) -> Eval {
        guard span != nil else { return run }
        return { fp in try self.callAsFunction { try run(fp) } }
    }
}

extension Compiler {
    /// The mark of `expr`: its span when the interpreter marks error locations
    /// (``Interpreter/marksErrorLocations``).
    func errorMark(_ expr: Expr) -> ErrorMark {
        vm.marksErrorLocations ? ErrorMark(span: expr.span) : .none
    }

    /// The mark of a statement from `first` to `last` (`target += value`: CPython marks the whole statement
    /// when the operation fails).
    func statementMark(_ first: Expr, _ last: Expr) -> ErrorMark {
        guard vm.marksErrorLocations, let start = first.span?.start, let end = last.span?.end else { return .none }
        return ErrorMark(span: SourceSpan(start: start, end: end))
    }
}
