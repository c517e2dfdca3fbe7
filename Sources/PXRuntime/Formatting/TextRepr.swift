/// `pydoc.text.repr`, which IPython's Verbose tracebacks use for the arguments in a frame's heading
/// (`in g(a=5, *args=(4,), **kw={'name': 10})`): `reprlib` with at most 20 items of a list or tuple, 10 of a
/// dict (keys sorted), 6 of a set, 6 levels deep, strings and other values crammed to 100 characters, integers
/// to 40 digits, and object addresses (` at 0x…>`) left out.
enum TextRepr {
    static func repr(_ value: Value, _ vm: Interpreter, level: Int = 6) -> String {
        switch value {
        case .str(let s):
            let test = cram(s, 100)
            let text = ValueFormatter.repr(.str(test))
            if test.contains("\\"), !text.replacing("\\\\", with: "").contains("\\"), let quote = text.first {
                return "r\(quote)\(test)\(quote)"
            }
            return text
        case .int, .bigint:
            let s = Array(ValueFormatter.repr(value))
            guard s.count > 40 else { return String(s) }
            return String(s[..<18]) + "..." + String(s[(s.count - 19)...])
        case .list(let list):
            return iterable(list.items, level, "[", "]", maximum: 20, trail: "", vm)
        case .tuple(let items):
            return iterable(items, level, "(", ")", maximum: 20, trail: ",", vm)
        case .set(let set):
            if set.elements.isEmpty { return "set()" }
            return iterable(sortedIfPossible(set.elements, vm), level, "{", "}", maximum: 6, trail: "", vm)
        case .dict(let dict):
            if dict.count == 0 { return "{}" }
            if level <= 0 { return "{...}" }
            let keys = sortedIfPossible(dict.keys, vm)
            var pieces: [String] = []
            for key in keys.prefix(10) {
                let item = (try? dict.get(key)) ?? nil
                pieces.append(repr(key, vm, level: level - 1) + ": " + repr(item ?? .none, vm, level: level - 1))
            }
            if dict.count > 10 { pieces.append("...") }
            return "{" + pieces.joined(separator: ", ") + "}"
        default:
            return cram(stripID(ValueFormatter.repr(value, vm)), 100)
        }
    }

    static func iterable(_ items: [Value], _ level: Int, _ left: String, _ right: String, maximum: Int, trail: String,
                         _ vm: Interpreter) -> String {
        var body: String
        if level <= 0 && !items.isEmpty {
            body = "..."
        } else {
            var pieces = items.prefix(maximum).map { repr($0, vm, level: level - 1) }
            if items.count > maximum { pieces.append("...") }
            body = pieces.joined(separator: ", ")
            if items.count == 1 { body += trail }
        }
        return left + body + right
    }

    /// The values sorted when they can be (`reprlib`'s `_possibly_sorted`).
    static func sortedIfPossible(_ values: [Value], _ vm: Interpreter) -> [Value] {
        guard let sorted = vm.globals.builtins["sorted"],
              case .list(let list)? = try? vm.call(sorted, Arguments([.list(ListObject(values))])) else { return values }
        return list.items
    }

    /// `pydoc.cram`: the text with its middle replaced by `...` when longer than `size`.
    static func cram(_ text: String, _ size: Int) -> String {
        let characters = Array(text)
        guard characters.count > size else { return text }
        let left = max(0, (size - 3) / 2)
        let right = max(0, size - 3 - left)
        return String(characters[..<left]) + "..." + String(characters[(characters.count - right)...])
    }

    /// `pydoc.stripid`: `<C object at 0x7f…>` without the address.
    static func stripID(_ text: String) -> String {
        guard let range = text.ranges(of: " at 0x").last else { return text }
        let rest = text[range.upperBound...]
        let digits = rest.prefix { $0.isHexDigit }
        let tail = rest.dropFirst(digits.count)
        guard (6...16).contains(digits.count), !tail.isEmpty, tail.allSatisfy({ $0 == ">" }) else { return text }
        return String(text[..<range.lowerBound]) + tail
    }
}
