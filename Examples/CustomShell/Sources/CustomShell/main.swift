import SwiftPX

// A registry with the language's built-ins and standard modules, plus this program's own `mylib` module.
let registry = Registry()
MyLib.install(into: registry)
SwiftPX.main(registry: registry)
