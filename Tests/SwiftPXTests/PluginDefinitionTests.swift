import PXRuntime
import Testing

@testable import SwiftPX

/// What a plugin registered crosses to the host intact: names, docs, keyword names and typed signatures.
@Suite("Plugin definitions")
struct PluginDefinitionTests {
    func roundTrip(_ definition: PluginDefinition) throws -> PluginDefinition {
        let bytes = try definition.encoded()
        return try #require(
            InterpreterThread.run {
                PluginDefinition.decode(bytes, interpreter: Interpreter(registry: Registry(empty: ())))
            })
    }

    @Test("a typed function keeps its signature")
    func typedFunction() throws {
        let registry = Registry(empty: ())
        registry.register(
            "stats.mean", doc: "Mean.",
            parameters: ["xs", "weights", Parameter("trim", default: 0, keywordOnly: true)]
        ) {
            (xs: [Double], weights: [Double]?, trim: Int) in Double(xs.count - trim) + Double(weights?.count ?? 0)
        }
        let definition = try #require(PluginDefinition(name: "stats.mean", in: registry))
        guard case .function(let name, let doc, let names, let signature?) = try roundTrip(definition) else {
            Issue.record("not a typed function")
            return
        }
        #expect(name == "stats.mean" && doc == "Mean." && names == ["xs", "weights", "trim"])
        #expect(signature.text == "(xs: list[float], weights: list[float] | None = None, *, trim: int = 0) -> float")
    }

    @Test("modules, constants and untyped functions")
    func others() throws {
        let registry = Registry(empty: ())
        registry.declareModule("plug", doc: "Doc.")
        registry.register("plug.k", value: .tuple([.int(1), .str("a")]))
        registry.register("plug.u", parameters: ["a"]) { (args: Arguments) in .int(args.count) }
        guard case .module("plug", "Doc.") = try roundTrip(try #require(PluginDefinition(name: "plug", in: registry))),
            case .value("plug.k", let value) = try roundTrip(
                try #require(PluginDefinition(name: "plug.k", in: registry))),
            case .function("plug.u", "", ["a"], nil) = try roundTrip(
                try #require(PluginDefinition(name: "plug.u", in: registry)))
        else {
            Issue.record("a definition did not survive")
            return
        }
        #expect(ValueFormatter.repr(value) == "(1, 'a')")
        #expect(PluginDefinition(name: "plug.nothing", in: registry) == nil)
    }

    @Test("bytes that are not a definition are refused")
    func garbage() {
        let refused = InterpreterThread.run {
            PluginDefinition.decode([0xff, 1, 2], interpreter: Interpreter(registry: Registry(empty: ()))) == nil
        }
        #expect(refused)
    }
}
