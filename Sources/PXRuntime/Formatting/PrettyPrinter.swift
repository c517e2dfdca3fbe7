/// IPython's pretty printer (`IPython.lib.pretty`) for displayed values: lists, tuples, dicts and sets that do
/// not fit in the width break between elements, one per line, nested containers indented under their
/// opening bracket; a container that fits stays on one line. Other values print as their `repr`.
///
/// This is a port of IPython's streaming algorithm: text is buffered until a line would overflow, and then
/// the outermost group with pending break points breaks at all of them.
public struct PrettyPrinter {
    /// The widest a line may be (IPython: 79).
    let maxWidth: Int
    /// Items shown per container before `...` (IPython: 1000).
    let maxSequenceLength = 1000
    let interpreter: Interpreter?

    final class Group {
        let depth: Int
        var breakables: [Breakable] = []
        var wantBreak = false
        init(depth: Int) { self.depth = depth }
    }

    final class Breakable {
        let separator: String
        let indentation: Int
        let group: Group
        init(_ separator: String, indentation: Int, group: Group) {
            self.separator = separator
            self.indentation = indentation
            self.group = group
        }
    }

    enum Item {
        case text([String], width: Int)
        case breakable(Breakable)

        var width: Int {
            switch self {
            case .text(_, let width): return width
            case .breakable(let b): return b.separator.count
            }
        }
    }

    /// The printer's state while one value is printed.
    final class State {
        let maxWidth: Int
        var output = ""
        var outputWidth = 0
        var bufferWidth = 0
        var buffer: [Item] = []
        var indentation = 0
        var groupStack: [Group]
        var queue: [[Group]] = []

        init(maxWidth: Int) {
            self.maxWidth = maxWidth
            let root = Group(depth: 0)
            groupStack = [root]
            enqueue(root)
        }

        func enqueue(_ group: Group) {
            while group.depth > queue.count - 1 { queue.append([]) }
            queue[group.depth].append(group)
        }

        func remove(_ group: Group) {
            guard group.depth < queue.count, let i = queue[group.depth].firstIndex(where: { $0 === group }) else { return }
            queue[group.depth].remove(at: i)
        }

        /// The outermost group with pending break points, now breaking (IPython's `GroupQueue.deq`, including
        /// its choice of which entry leaves the stack).
        func dequeue() -> Group? {
            for depth in queue.indices {
                for (index, group) in queue[depth].reversed().enumerated() where !group.breakables.isEmpty {
                    queue[depth].remove(at: index)
                    group.wantBreak = true
                    return group
                }
                for group in queue[depth] { group.wantBreak = true }
                queue[depth].removeAll()
            }
            return nil
        }

        func write(_ item: Item) {
            switch item {
            case .text(let parts, let width):
                for part in parts { output += part }
                outputWidth += width
            case .breakable(let b):
                b.group.breakables.removeFirst()
                if b.group.wantBreak {
                    output += "\n" + String(repeating: " ", count: b.indentation)
                    outputWidth = b.indentation
                } else {
                    if b.group.breakables.isEmpty { remove(b.group) }
                    output += b.separator
                    outputWidth += b.separator.count
                }
            }
        }

        func text(_ text: String) {
            let width = StringIndexing.codePoints(text)
            if buffer.isEmpty {
                output += text
                outputWidth += width
                return
            }
            if case .text(let parts, let old)? = buffer.last {
                buffer[buffer.count - 1] = .text(parts + [text], width: old + width)
            } else {
                buffer.append(.text([text], width: width))
            }
            bufferWidth += width
            breakOuterGroups()
        }

        func breakable(_ separator: String = " ") {
            guard let group = groupStack.last else { return }
            if group.wantBreak {
                flush()
                output += "\n" + String(repeating: " ", count: indentation)
                outputWidth = indentation
                bufferWidth = 0
            } else {
                let b = Breakable(separator, indentation: indentation, group: group)
                group.breakables.append(b)
                buffer.append(.breakable(b))
                bufferWidth += separator.count
                breakOuterGroups()
            }
        }

        /// A line break that is always taken (between the lines of a multi-line repr).
        func forcedBreak() {
            if let group = dequeue() { breakGroup(group) }
            flush()
            output += "\n" + String(repeating: " ", count: indentation)
            outputWidth = indentation
            bufferWidth = 0
        }

        func breakOuterGroups() {
            while maxWidth < outputWidth + bufferWidth {
                guard let group = dequeue() else { return }
                breakGroup(group)
            }
        }

        func breakGroup(_ group: Group) {
            while !group.breakables.isEmpty, !buffer.isEmpty {
                let item = buffer.removeFirst()
                write(item)
                bufferWidth -= item.width
            }
            while case .text? = buffer.first {
                let item = buffer.removeFirst()
                write(item)
                bufferWidth -= item.width
            }
        }

        func flush() {
            for item in buffer { write(item) }
            buffer.removeAll()
            bufferWidth = 0
        }

        func beginGroup(_ indent: Int, _ open: String) {
            if !open.isEmpty { text(open) }
            let group = Group(depth: (groupStack.last?.depth ?? 0) + 1)
            groupStack.append(group)
            enqueue(group)
            indentation += indent
        }

        func endGroup(_ dedent: Int, _ close: String) {
            indentation -= dedent
            if let group = groupStack.popLast(), group.breakables.isEmpty { remove(group) }
            if !close.isEmpty { text(close) }
        }
    }

    /// A printer for lines of at most `maxWidth` characters.
    public init(maxWidth: Int = 79, interpreter: Interpreter? = nil) {
        self.maxWidth = maxWidth
        self.interpreter = interpreter
    }

    /// The pretty form of `value`.
    public func format(_ value: Value) -> String {
        let state = State(maxWidth: maxWidth)
        var visiting: Set<ObjectIdentifier> = []
        pretty(value, state, &visiting)
        state.flush()
        return state.output
    }

    func pretty(_ value: Value, _ p: State, _ visiting: inout Set<ObjectIdentifier>) {
        switch value {
        case .list(let list) where value.userClass == nil:
            sequence(list.items, "[", "]", identity: ObjectIdentifier(list), p, &visiting)
        case .tuple(let items):
            sequence(items, "(", ")", identity: nil, p, &visiting, trailingComma: items.count == 1)
        case .dict(let dict) where value.userClass == nil:
            let keys = dict.keys
            group(count: keys.count, "{", "}", identity: ObjectIdentifier(dict), p, &visiting) { index, visiting in
                pretty(keys[index], p, &visiting)
                p.text(": ")
                pretty((try? dict.get(keys[index])).flatMap { $0 } ?? .none, p, &visiting)
            }
        case .set(let set) where value.userClass == nil:
            let name = value.typeName
            guard set.count > 0 else { return p.text(name + "()") }
            let open = name == "set" ? "{" : name + "({"
            let close = name == "set" ? "}" : "})"
            sequence(sortedForDisplay(set.elements), open, close, identity: ObjectIdentifier(set), p, &visiting)
        case .type(let t):
            // IPython shows a class by its dotted name: `int`, `__main__.Point`.
            p.text(t.module.map { $0 == "builtins" ? t.qualifiedName : "\($0).\(t.qualifiedName)" } ?? t.qualifiedName)
        default:
            let lines = ValueFormatter.repr(value, interpreter).split(separator: "\n", omittingEmptySubsequences: false)
            p.beginGroup(0, "")
            for (index, line) in lines.enumerated() {
                if index > 0 { p.forcedBreak() }
                p.text(String(line))
            }
            p.endGroup(0, "")
        }
    }

    func sequence(_ items: [Value], _ open: String, _ close: String, identity: ObjectIdentifier?, _ p: State,
                  _ visiting: inout Set<ObjectIdentifier>, trailingComma: Bool = false) {
        group(count: items.count, open, close, identity: identity, p, &visiting, trailingComma: trailingComma) {
            index, visiting in pretty(items[index], p, &visiting)
        }
    }

    /// A bracketed group of `count` elements separated by `,` and a break point, at most `maxSequenceLength`
    /// of them (then `...`); a container already being printed shows as `[...]`.
    func group(count: Int, _ open: String, _ close: String, identity: ObjectIdentifier?, _ p: State,
               _ visiting: inout Set<ObjectIdentifier>, trailingComma: Bool = false,
               element: (Int, inout Set<ObjectIdentifier>) -> Void) {
        if let identity {
            guard !visiting.contains(identity) else { return p.text(open + "..." + close) }
            visiting.insert(identity)
        }
        defer { if let identity { visiting.remove(identity) } }
        let step = open.count
        p.beginGroup(step, open)
        for index in 0..<count {
            if index > 0 {
                p.text(",")
                p.breakable()
            }
            if index >= maxSequenceLength {
                p.text("...")
                break
            }
            element(index, &visiting)
        }
        if trailingComma { p.text(",") }
        p.endGroup(step, close)
    }

    /// Set elements sorted as IPython sorts them: by value, else by `str`, else as they are.
    func sortedForDisplay(_ items: [Value]) -> [Value] {
        var failed = false
        let sorted = items.sorted { a, b in
            guard !failed else { return false }
            do { return try Operations.compare(.less, a, b, interpreter) } catch {
                failed = true
                return false
            }
        }
        if !failed { return sorted }
        return items.map { (ValueFormatter.str($0, interpreter), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
