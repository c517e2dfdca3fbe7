import PXLang

// MARK: - f-strings

extension Compiler {
    mutating func compileFString(_ parts: [FStringPart]) -> Eval {
        unowned(unsafe) let vm = self.vm
        enum Piece {
            case text(String)
            case field(Eval, Character?, Eval?, String?)
            /// A field with a constant spec, parsed once (`{x:8.2f}`).
            case formatted(Eval, Character?, String, FormatSpec, String?)
        }
        let pieces: [Piece] = parts.map { part in
            switch part {
            case .literal(let t): return .text(t)
            case .field(let value, let conversion, let spec, let selfDocumenting):
                if let spec, spec.count == 1, case .literal(let text) = spec[0], !text.isEmpty,
                   let parsed = try? FormatSpec(text) {
                    return .formatted(compile(value), conversion, text, parsed, selfDocumenting)
                }
                return .field(compile(value), conversion, spec.map { compileFString($0) }, selfDocumenting)
            }
        }
        /// The value after a `!r`, `!a` or `!s` conversion.
        func converted(_ value: Value, _ conversion: Character?) throws -> Value {
            switch conversion {
            case "r", "a": return .str(try ValueFormatter.checkedRepr(value, vm))
            case "s": return .str(try ValueFormatter.checkedStr(value, vm))
            default: return value
            }
        }
        return { fp in
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let t): out += t
                case .field(let eval, let conversion, let spec, let label):
                    if let label { out += label }
                    let value = try converted(try eval(fp), conversion)
                    var specText = ""
                    if let spec, case .str(let s) = try spec(fp) { specText = s }
                    if specText.isEmpty {
                        switch value {
                        case .str(let s): out += s
                        case .instance: out += try FormatSpec.format(value, "", vm)
                        default: out += try ValueFormatter.checkedStr(value, vm)
                        }
                    } else {
                        out += try FormatSpec.format(value, specText, vm)
                    }
                case .formatted(let eval, let conversion, let text, let spec, let label):
                    if let label { out += label }
                    let value = try converted(try eval(fp), conversion)
                    if case .instance = value {
                        out += try FormatSpec.format(value, text, vm)
                    } else {
                        out += try spec.apply(value, vm)
                    }
                }
            }
            return .str(out)
        }
    }
}
