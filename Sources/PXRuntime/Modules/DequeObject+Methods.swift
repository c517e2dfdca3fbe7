// MARK: - The methods of `collections.deque`

extension DequeObject {
    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        name == "maxlen" ? maxLength.map { .int($0) } ?? Value.none : nil
    }

    func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        func one() throws -> Value {
            try args.check(name, min: 1, max: 1)
            return args[0]
        }
        func none() throws {
            try args.check(name, min: 0, max: 0)
        }
        switch name {
        case "append":
            append(try one())
        case "appendleft":
            appendLeft(try one())
        case "extend":
            try extend(try one(), vm)
        case "extendleft":
            let iterable = try one()
            let values = try Operations.collect(iterable, vm)
            for v in values { appendLeft(v) }
        case "pop", "popleft":
            try none()
            guard !items.isEmpty else { throw RuntimeError.indexError("pop from an empty deque") }
            mutations += 1
            return name == "pop" ? items.removeLast() : items.removeFirst()
        case "rotate":
            try args.check("rotate", min: 0, max: 1)
            rotate(args.count == 1 ? try StringMethods.integer(args[0]) : 1)
        case "clear":
            try none()
            mutations += 1
            items.removeAll()
        case "copy", "__copy__":
            try none()
            return .object(DequeObject(maxLength: maxLength, items: items))
        case "count":
            let target = try one()
            var n = 0
            let start = mutations
            for v in items {
                if try Operations.itemEquals(v, target) { n += 1 }
                try checkUnchanged(since: start)
            }
            return .int(n)
        case "index":
            try args.check("index", min: 1, max: 3)
            let count = items.count
            func bound(_ i: Int) throws -> Int {
                let v = try StringMethods.integer(args[i])
                return v < 0 ? max(0, v + count) : min(v, count)
            }
            let start = args.count > 1 ? try bound(1) : 0
            let stop = args.count > 2 ? try bound(2) : count
            let state = mutations
            for i in start..<max(start, stop) {
                let equal = try Operations.itemEquals(items[i], args[0])
                try checkUnchanged(since: state)
                if equal { return .int(i) }
            }
            throw RuntimeError.valueError("\(ValueFormatter.repr(args[0], vm)) is not in deque")
        case "insert":
            try args.check("insert", min: 2, max: 2)
            if let maxLength, items.count >= maxLength {
                throw RuntimeError.indexError("deque already at its maximum size")
            }
            let i = try StringMethods.integer(args[0])
            let count = items.count
            mutations += 1
            items.insert(args[1], at: i < 0 ? max(0, i + count) : min(i, count))
        case "remove":
            let target = try one()
            let state = mutations
            var found: Int?
            for (i, v) in items.enumerated() {
                let equal = try Operations.itemEquals(v, target)
                try checkUnchanged(since: state, error: BuiltinTypes.indexError)
                if equal {
                    found = i
                    break
                }
            }
            guard let i = found else { throw RuntimeError.valueError("deque.remove(x): x not in deque") }
            mutations += 1
            items.remove(at: i)
        case "reverse":
            try none()
            items.reverse()
        case "__reversed__":
            try none()
            var index = items.count - 1
            return .iterator(IteratorObject(type: DequeObject.reverseIteratorType) { [self] in
                guard index >= 0, index < items.count else { return nil }
                defer { index -= 1 }
                return items[index]
            })
        default:
            return nil
        }
        return Value.none
    }
}
