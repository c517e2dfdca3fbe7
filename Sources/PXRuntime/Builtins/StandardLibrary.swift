/// Installs the language's built-ins and standard modules into a registry.
enum StandardLibrary {
    static func install(into r: Registry) {
        Builtins.install(into: r)
        MathModule.install(into: r)
        TimeModule.install(into: r)
        SystemModules.install(into: r)
        SysModule.install(into: r)
        IOModule.install(into: r)
        TempfileModule.install(into: r)
        RandomModule.install(into: r)
        FunctionalModules.install(into: r)
        ItertoolsModule.install(into: r)
        KeywordModule.install(into: r)
        CollectionsModule.install(into: r)
        FunctoolsDecorators.install(into: r)
        JSONModule.install(into: r)
        RegexModule.install(into: r)
        SourceModules.install(into: r)
        FuturesModule.install(into: r)
        TracebackModule.install(into: r)
        DataclassesModule.install(into: r)
        AbcModule.install(into: r)
        NumpyModule.install(into: r)
    }
}
