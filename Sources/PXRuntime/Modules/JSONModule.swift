/// The `json` module: the encoder (`JSONWriter`) and the scanner (`JSONScanner`) in Swift; `dumps`, `loads`,
/// `dump`, `load`, `JSONEncoder`, `JSONDecoder` and `JSONDecodeError` written in the language over them
/// (`JSONSource`), with CPython's signatures and errors.
enum JSONModule {
    static func install(into r: Registry) {
        r.declareModule("json", doc: "JSON (JavaScript Object Notation) <https://json.org> is a subset of JavaScript "
                        + "syntax (ECMA-262 3rd edition) used as a lightweight data interchange format.")
        r.register("json._encode", doc: "Return the JSON text of an object (the options of JSONEncoder).",
                   parameters: ["o", "indent", "item_separator", "key_separator", "sort_keys", "skipkeys",
                                "ensure_ascii", "allow_nan", "check_circular", "default"]) { args, vm in
            try args.check("_encode", min: 10, max: 10)
            var options = JSONWriter.Options()
            switch args[1].unwrappingBuiltin {
            case .none: options.indent = nil
            case .str(let s): options.indent = s
            case .int(let n): options.indent = String(repeating: " ", count: max(0, n))
            default: throw RuntimeError.typeError("indent must be None, an int or a str, not \(args[1].typeName)")
            }
            options.itemSeparator = try StringMethods.string(args[2], "item_separator must be a str")
            options.keySeparator = try StringMethods.string(args[3], "key_separator must be a str")
            options.sortKeys = args[4].isTruthy
            options.skipKeys = args[5].isTruthy
            options.ensureASCII = args[6].isTruthy
            options.allowNaN = args[7].isTruthy
            options.checkCircular = args[8].isTruthy
            options.fallback = args[9]
            var writer = JSONWriter(options: options, interpreter: vm)
            try writer.write(args[0])
            return .str(writer.text)
        }
        r.register("json._decode", doc: "Decode a JSON document from s starting at character idx; return the value "
                   + "and the character index where it ended.",
                   parameters: ["s", "idx", "object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                "parse_constant", "strict", "whole"]) { args, vm in
            try args.check("_decode", min: 9, max: 9)
            let text = try StringMethods.string(args[0], "the JSON object must be str")
            let start = try StringMethods.integer(args[1])
            let hooks = JSONScanner.Hooks(object: args[2], objectPairs: args[3], parseFloat: args[4],
                                          parseInt: args[5], parseConstant: args[6], strict: args[7].isTruthy)
            var scanner = JSONScanner(text, hooks: hooks, interpreter: vm)
            do {
                let wholeDocument = args[8].isTruthy
                var i = scanner.byteOffset(start)
                if wholeDocument { i = scanner.skipSpace(i) }
                let (value, end) = try scanner.value(at: i)
                if wholeDocument {
                    let rest = scanner.skipSpace(end)
                    if rest != scanner.bytes.count { throw JSONScanner.Failure(message: "Extra data", offset: rest) }
                }
                return .tuple([value, .int(scanner.characterOffset(end))])
            } catch let failure as JSONScanner.Failure {
                throw try decodeError(failure.message, text, scanner.characterOffset(failure.offset), vm)
            }
        }
        r.registerSource("json", JSONSource.text)
    }

    /// `json.JSONDecodeError(message, document, position)`, the class the module's source defines.
    static func decodeError(_ message: String, _ document: String, _ position: Int, _ vm: Interpreter) throws
        -> RuntimeError {
        guard case .module(let module) = try vm.importModule("json"), let type = module.attribute("JSONDecodeError"),
              case .exception(let exception) = try vm.call(type, Arguments([.str(message), .str(document),
                                                                                 .int(position)]))
        else { return RuntimeError.valueError(message) }
        return RuntimeError(exception)
    }
}
