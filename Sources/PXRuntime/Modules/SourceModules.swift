/// The standard modules written wholly in the language (`heapq`, `bisect`, `copy`, `string`, `statistics`,
/// `typing`, `datetime`, `contextlib`, `types`), as CPython writes them in Python: each is its source, run when the module is first imported.
enum SourceModules {
    static func install(into r: Registry) {
        r.declareModule("heapq", doc: "Heap queue algorithm (a.k.a. priority queue).")
        r.registerSource("heapq", HeapqSource.text)
        r.declareModule("bisect", doc: "Bisection algorithms.")
        r.registerSource("bisect", BisectSource.text)
        r.declareModule("copy", doc: "Generic (shallow and deep) copying operations.")
        r.registerSource("copy", CopySource.text)
        r.declareModule("string", doc: "A collection of string constants.")
        r.registerSource("string", StringSource.text)
        r.declareModule("statistics", doc: "Basic statistics module.")
        r.registerSource("statistics", StatisticsSource.text)
        r.declareModule("datetime", doc: "Fast implementation of the datetime type.")
        r.registerSource("datetime", DatetimeSource.text)
        r.declareModule("typing", doc: "Names for type annotations (accepted and not checked).")
        r.registerSource("typing", TypingSource.text)
        r.declareModule("contextlib", doc: "Utilities for with-statement contexts.  See PEP 343.")
        r.registerSource("contextlib", ContextlibSource.text)
        r.declareModule("types", doc: "Define names for built-in types that aren't directly accessible as a builtin.")
        r.registerSource("types", TypesSource.text)
    }
}
