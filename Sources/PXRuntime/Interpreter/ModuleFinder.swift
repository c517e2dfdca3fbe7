/// Finds the source of a module on the import path: a package folder holding `__init__.py`, or a `.py` file,
/// in the first folder that has either (as CPython's path finder does, a package before a module file of the
/// same name).
enum ModuleFinder {
    /// Where a module's source is.
    struct Location {
        /// The absolute path of the source file.
        let file: String
        /// For a package, its folder (the package's `__path__`); nil for a plain module.
        let package: String?
    }

    /// The source of module `name` (one component of a dotted name) in the first of `folders` that has it; the
    /// empty folder is the working directory.
    static func find(_ name: String, in folders: [String]) -> Location? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        for folder in folders {
            let base = FileSystem.absolute(folder)
            let package = base == "/" ? "/" + name : base + "/" + name
            let initializer = package + "/__init__.py"
            if FileSystem.isDirectory(package), FileSystem.isFile(initializer) {
                return Location(file: initializer, package: package)
            }
            if FileSystem.isFile(package + ".py") { return Location(file: package + ".py", package: nil) }
        }
        return nil
    }
}
