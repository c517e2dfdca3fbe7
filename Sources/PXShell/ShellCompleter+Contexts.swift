@preconcurrency import Glibc
import PXLineEditor
import PXRuntime

// MARK: - Completion of magic options, file paths, dictionary keys and subscripted objects

extension ShellCompleter {
    /// `%pxconfig --t` → `--targets`, `--timing`: the options of the magic on the line.
    func magicOptionCompletion(_ text: String) -> Completion? {
        guard let magic = InputCell.magicName(text), let options = magicOptions[magic.name] else { return nil }
        let start = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.endIndex
        let word = text[start...]
        guard word.hasPrefix("-"), start > text.startIndex else { return nil }
        return Completion(wordStart: start, candidates: options.filter { $0.hasPrefix(word) })
    }

    /// A file path after `%run `, `%%file `, `open('` or `np.load('`.
    func pathCompletion(_ text: String) -> Completion? {
        let start: String.Index
        if let magic = InputCell.magicName(text), ["run", "file"].contains(magic.name),
           let space = text.lastIndex(of: " ") {
            start = text.index(after: space)
        } else if let quote = text.lastIndex(where: { $0 == "'" || $0 == "\"" }),
                  ShellCompleter.opensFile(text[..<quote]),
                  !text[text.index(after: quote)...].contains(text[quote]) {
            start = text.index(after: quote)
        } else {
            return nil
        }
        let word = String(text[start...])
        return Completion(wordStart: start, candidates: ShellCompleter.paths(startingWith: word))
    }

    /// Whether the text before a quote opens a call that takes a file name.
    static func opensFile(_ head: Substring) -> Bool {
        let callee = head.hasSuffix("(") ? head.dropLast() : ""
        return ["open", "np.load", "numpy.load", "np.loadtxt", "np.genfromtxt", "np.save", "np.savetxt"]
            .contains { callee.hasSuffix($0) && !(callee.dropLast($0.count).last.map { $0.isLetter || $0 == "_" } ?? false) }
    }

    /// Entries of the folder in `word` that start with its last part; folders end with `/`.
    static func paths(startingWith word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folder = slash.map { String(word[...$0]) } ?? ""
        let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(prefix), !name.hasPrefix(".") || prefix.hasPrefix(".") else {
                continue
            }
            var info = stat()
            let path = folder + name
            let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            names.append(path + (isFolder ? "/" : ""))
        }
        return names.sorted()
    }

    /// `d['` → the string keys of dict `d`, closed with their quote.
    func keyCompletion(_ text: String, _ vm: Interpreter) -> Completion? {
        guard let quote = text.lastIndex(where: { $0 == "'" || $0 == "\"" }), quote > text.startIndex else { return nil }
        let bracket = text.index(before: quote)
        guard text[bracket] == "[", !text[text.index(after: quote)...].contains(text[quote]) else { return nil }
        let base = ShellCompleter.objectPath(before: text[..<bracket])
        guard !base.isEmpty, case .dict(let dict)? = evaluatePath(base, vm) else { return nil }
        let start = text.index(after: quote)
        let word = text[start...]
        let keys = dict.keys.compactMap { key -> String? in
            guard case .str(let name) = key, name.hasPrefix(word) else { return nil }
            return name + String(text[quote]) + "]"
        }
        return Completion(wordStart: start, candidates: keys)
    }

    /// `rc[0].` or `d['a'].k`: attributes of a subscripted object.
    func subscriptedAttributeCompletion(_ text: String, _ vm: Interpreter) -> Completion? {
        guard let dot = text.lastIndex(of: "."), dot > text.startIndex, text[text.index(before: dot)] == "]" else {
            return nil
        }
        let partial = text[text.index(after: dot)...]
        guard partial.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        let base = ShellCompleter.objectPath(before: text[..<dot])
        guard !base.isEmpty, let value = evaluatePath(base, vm) else { return nil }
        let start = text.index(text.endIndex, offsetBy: -(base.count + 1 + partial.count))
        let names = vm.attributeNames(of: value).filter { $0.hasPrefix(partial) && (!$0.hasPrefix("_") || partial.hasPrefix("_")) }
        return Completion(wordStart: start, candidates: names.map { base + "." + $0 })
    }

    /// The name path (names, dots and bracketed literals) that ends `text`: `rc[0]` in `x = rc[0]`.
    static func objectPath(before text: Substring) -> String {
        var index = text.endIndex
        var depth = 0
        while index > text.startIndex {
            let previous = text.index(before: index)
            let c = text[previous]
            if c == "]" {
                depth += 1
            } else if c == "[" {
                guard depth > 0 else { break }
                depth -= 1
            } else if depth == 0 && !(c.isLetter || c.isNumber || c == "_" || c == ".") {
                break
            }
            index = previous
        }
        return depth == 0 ? String(text[index...]) : ""
    }

    /// The value of a name path that calls nothing (as `obj?` accepts), or nil.
    func evaluatePath(_ path: String, _ vm: Interpreter) -> Value? {
        guard Inspector.isObjectName(path),
              case .success(let value?) = vm.run(path, fileName: "<completion>", firstLine: 1, mode: .interactive)
        else { return nil }
        return value
    }
}
