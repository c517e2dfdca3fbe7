/// Installs the language's built-ins and standard modules into a registry.
enum StandardLibrary {
    static func install(into r: Registry) {
        Builtins.install(into: r)
        MathModule.install(into: r)
        TimeModule.install(into: r)
        SystemModules.install(into: r)
        RandomModule.install(into: r)
        FunctionalModules.install(into: r)
        FunctoolsDecorators.install(into: r)
        DataclassesModule.install(into: r)
        AbcModule.install(into: r)
        NumpyModule.install(into: r)
    }
}
