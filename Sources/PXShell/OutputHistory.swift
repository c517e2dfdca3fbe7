import PXLang
import PXRuntime

/// IPython's input and output caches: `In` (a list whose item n is cell n's source), `Out` (a dict of the
/// displayed values by cell number), `_`, `__`, `___` (the last three displayed values), `_N`, and `_i`,
/// `_ii`, `_iii`, `_iN` (sources).
final class OutputHistory {
    let inputs = ListObject([.str("")])
    let outputs = DictObject()
    private var previousInputs: [String] = ["", "", ""]

    /// Defines `In`, `Out` and the underscore names (empty) in `globals`.
    func install(in globals: Namespace) {
        globals["In"] = .list(inputs)
        globals["Out"] = .dict(outputs)
        for name in ["_", "__", "___", "_i", "_ii", "_iii"] { globals[name] = .str("") }
    }

    /// Records cell `count`'s source before it runs: `In[count]`, `_iN`, and `_i`, `_ii`, `_iii` for the
    /// earlier cells (as IPython sets them).
    func recordInput(_ source: String, count: Int, in globals: Namespace) {
        while inputs.items.count < count { inputs.items.append(.str("")) }
        inputs.items.append(.str(source))
        globals["_iii"] = .str(previousInputs[0])
        globals["_ii"] = .str(previousInputs[1])
        globals["_i"] = .str(previousInputs[2])
        previousInputs = [previousInputs[1], previousInputs[2], source]
        globals["_i\(count)"] = .str(source)
    }

    /// The last three displayed values, as the shell set `_`, `__`, `___`.
    private var unders: [Value] = [.str(""), .str(""), .str("")]

    /// Records a displayed value of cell `count`: `Out[count]`, `_count`, and shifts `_`, `__`, `___` unless
    /// the user assigned one of them. As in IPython, `Out` itself is never recorded.
    func recordOutput(_ value: Value, count: Int, in globals: Namespace) {
        guard !value.isIdentical(to: .dict(outputs)) else { return }
        let names = ["_", "__", "___"]
        let userAssigned = zip(names, unders).contains { name, mine in
            globals[name].map { !$0.isIdentical(to: mine) } ?? false
        }
        unders = [value, unders[0], unders[1]]
        if !userAssigned {
            for (name, value) in zip(names, unders) { globals[name] = value }
        }
        try? outputs.set(.int(count), value)
        globals["_\(count)"] = value
    }

    /// Whether a cell ends with `;` (comments aside): its value is not displayed, as in IPython.
    static func isSilenced(_ source: String) -> Bool {
        let tokens = Lexer.tokenize(source).tokens
        let last = tokens.last {
            switch $0.kind {
            case .newline, .indent, .dedent, .endOfFile: return false
            default: return true
            }
        }
        return last?.kind.isOp(.semicolon) == true
    }
}
