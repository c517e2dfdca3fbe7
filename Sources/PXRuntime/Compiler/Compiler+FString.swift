import PXLang

// MARK: - f-strings

extension Compiler {
    mutating func compileFString(_ parts: [FStringPart]) -> Eval {
        unowned(unsafe) let vm = self.vm
        enum Piece {
            case text(String)
            case field(Eval, Character?, Eval?, String?)
        }
        let pieces: [Piece] = parts.map { part in
            switch part {
            case .literal(let t): return .text(t)
            case .field(let value, let conversion, let spec, let selfDocumenting):
                return .field(compile(value), conversion, spec.map { compileFString($0) }, selfDocumenting)
            }
        }
        return { fp in
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let t): out += t
                case .field(let eval, let conversion, let spec, let label):
                    var value = try eval(fp)
                    if let label { out += label }
                    switch conversion {
                    case "r", "a": value = .str(try ValueFormatter.checkedRepr(value, vm))
                    case "s": value = .str(try ValueFormatter.checkedStr(value, vm))
                    default: break
                    }
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
                }
            }
            return .str(out)
        }
    }
}
