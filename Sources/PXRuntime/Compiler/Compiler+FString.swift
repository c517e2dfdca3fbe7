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
        // The text is gathered as UTF-8 bytes and becomes a string once (appending to a `String` piece by piece
        // costs more per piece); the literal text and a few bytes per field are reserved up front.
        let estimate = pieces.reduce(0) { total, piece in
            if case .text(let t) = piece { return total + t.utf8.count }
            return total + 8
        }
        return { fp in
            var out: [UInt8] = []
            out.reserveCapacity(estimate)
            for piece in pieces {
                switch piece {
                case .text(let t): out.append(contentsOf: t.utf8)
                case .field(let eval, let conversion, let spec, let label):
                    if let label { out.append(contentsOf: label.utf8) }
                    let value = try converted(try eval(fp), conversion)
                    var specText = ""
                    if let spec, case .str(let s) = try spec(fp) { specText = s }
                    if specText.isEmpty {
                        switch value {
                        case .str(let s): out.append(contentsOf: s.utf8)
                        case .instance: out.append(contentsOf: try FormatSpec.format(value, "", vm).utf8)
                        default: out.append(contentsOf: try ValueFormatter.checkedStr(value, vm).utf8)
                        }
                    } else {
                        out.append(contentsOf: try FormatSpec.format(value, specText, vm).utf8)
                    }
                case .formatted(let eval, let conversion, let text, let spec, let label):
                    if let label { out.append(contentsOf: label.utf8) }
                    let value = try converted(try eval(fp), conversion)
                    if case .instance = value {
                        out.append(contentsOf: try FormatSpec.format(value, text, vm).utf8)
                    } else {
                        out.append(contentsOf: try spec.apply(value, vm).utf8)
                    }
                }
            }
            return .str(String(decoding: out, as: UTF8.self))
        }
    }
}
