import PXLineEditor
import PXRuntime

/// Tab completion: magics after `%` and their options, names, attributes after `.` (also of subscripted
/// objects, `rc[0].`), module names after `import`, keyword names inside a call, dictionary keys after
/// `d['`, and file paths after `%run`, `%%file`, `open('` and `np.load('`.
final class ShellCompleter: CompletionProvider {
    weak var interpreter: Interpreter?
    var magicNames: [String] = []
    /// The option spellings of each magic (`--targets`, `-t`).
    var magicOptions: [String: [String]] = [:]

    func completions(for text: String) -> Completion {
        guard let vm = interpreter else { return .none(in: text) }
        if let found = magicOptionCompletion(text) ?? pathCompletion(text) ?? keyCompletion(text, vm)
            ?? subscriptedAttributeCompletion(text, vm) {
            return found
        }
        let wordStart = text.lastIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            .map { text.index(after: $0) } ?? text.startIndex
        let word = String(text[wordStart...])
        let head = text[..<wordStart]
        if String(head).trimming(" ").hasSuffix("%") || (head.hasSuffix("%") && word.isEmpty) {
            let start = text.index(before: wordStart)
            let candidates = magicNames.filter { $0.hasPrefix(word) }.map { "%" + $0 }
            return Completion(wordStart: start, candidates: candidates)
        }
        let trimmedHead = String(head).trimming(" ")
        if trimmedHead == "import" || trimmedHead == "from" {
            return Completion(wordStart: wordStart, candidates: vm.importableModules.filter { $0.hasPrefix(word) })
        }
        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot])
            let partial = word[word.index(after: dot)...]
            guard let value = vm.lookupPath(base) else { return Completion(wordStart: wordStart, candidates: []) }
            let names = vm.attributeNames(of: value).filter { $0.hasPrefix(partial) && (!$0.hasPrefix("_") || partial.hasPrefix("_")) }
            return Completion(wordStart: wordStart, candidates: names.map { base + "." + $0 })
        }
        var candidates = vm.visibleNames.filter { $0.hasPrefix(word) && (!$0.hasPrefix("_") || word.hasPrefix("_")) }
        if let callee = ShellCompleter.enclosingCallee(head), let value = vm.lookupPath(callee) {
            let keywords = vm.parameterNames(of: value).filter { $0.hasPrefix(word) }.map { $0 + "=" }
            candidates = keywords + candidates
        }
        return Completion(wordStart: wordStart, candidates: candidates)
    }

    /// The dotted name before the innermost unclosed `(` in `text`, if any.
    static func enclosingCallee(_ text: Substring) -> String? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let c = text[index]
            if c == ")" || c == "]" { depth += 1 }
            if c == "(" || c == "[" {
                if depth == 0 {
                    guard c == "(" else { return nil }
                    let before = text[..<index]
                    let nameStart = before.lastIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
                        .map { before.index(after: $0) } ?? before.startIndex
                    let name = String(before[nameStart...])
                    return name.isEmpty ? nil : name
                }
                depth -= 1
            }
        }
        return nil
    }
}
