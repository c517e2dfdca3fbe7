/// One instruction of a compiled regular expression (a backtracking machine's program).
enum RegexInstruction {
    case character(UInt32)
    /// A character compared without case.
    case characterFolded(UInt32)
    case any
    case anyButNewline
    case set(Int, fold: Bool)
    /// Try the first target; on failure, the second.
    case split(Int, Int)
    case jump(Int)
    /// Records the position in a capture slot.
    case save(Int)
    case assert(RegexAssertion)
    case backreference(Int, fold: Bool)
    /// Runs the sub-program that follows (up to its `match`), then continues at `end`.
    case look(end: Int, ahead: Bool, negative: Bool, width: Int)
    /// Records the position in a loop register (where an iteration began).
    case mark(Int)
    /// The end of an unbounded loop's body: loop again, unless the iteration matched nothing.
    case loopEnd(register: Int, loop: Int, exit: Int)
    case match
}

/// A compiled regular expression: its program, its classes, and its groups.
final class RegexProgram: NativeObject, @unchecked Sendable {
    // @unchecked Sendable: immutable after compilation except for the one-string cache, which only the
    // interpreter thread that owns the pattern touches.
    static let type = TypeObject(name: "_program", module: "re")

    private(set) var code: [RegexInstruction] = []
    private(set) var sets: [RegexCharacterSet] = []
    let groupCount: Int
    private(set) var registerCount = 0
    /// The last subject string and its code points (a tokenizer matches the same string many times).
    private var cachedText: (String, [UInt32])?

    var pythonType: TypeObject { RegexProgram.type }

    /// Compiles a parsed pattern.
    /// - Throws: `RegexParser.Failure` when the program would be unreasonably large.
    init(_ node: RegexNode, groupCount: Int) throws {
        self.groupCount = groupCount
        try emit(node)
        code.append(.match)
    }

    /// The code points of `text` (cached for the last string).
    func codePoints(_ text: String) -> [UInt32] {
        if let (last, points) = cachedText, last == text { return points }
        let points = text.unicodeScalars.map(\.value)
        cachedText = (text, points)
        return points
    }

    private func append(_ instruction: RegexInstruction) throws {
        guard code.count < 2_000_000 else {
            throw RegexParser.Failure(message: "pattern too large", position: nil)
        }
        code.append(instruction)
    }

    private func emit(_ node: RegexNode) throws {
        switch node {
        case .empty: break
        case .literal(let c, let fold):
            if fold && RegexCase.lower(c) != RegexCase.upper(c) {
                try append(.characterFolded(c))
            } else {
                try append(.character(c))
            }
        case .any(let dotAll): try append(dotAll ? .any : .anyButNewline)
        case .set(let set, let fold):
            sets.append(set)
            try append(.set(sets.count - 1, fold: fold))
        case .sequence(let items): for item in items { try emit(item) }
        case .alternation(let branches): try emitAlternation(branches)
        case .group(let number, let body):
            if let number { try append(.save(2 * number)) }
            try emit(body)
            if let number { try append(.save(2 * number + 1)) }
        case .repetition(let body, let min, let max, let greedy):
            try emitRepetition(body, min: min, max: max, greedy: greedy)
        case .assertion(let a): try append(.assert(a))
        case .backreference(let n, let fold): try append(.backreference(n, fold: fold))
        case .look(let body, let ahead, let negative):
            let at = code.count
            try append(.jump(0))
            try emit(body)
            try append(.match)
            code[at] = .look(end: code.count, ahead: ahead, negative: negative, width: body.fixedWidth ?? 0)
        }
    }

    private func emitAlternation(_ branches: [RegexNode]) throws {
        var exits: [Int] = []
        for (i, branch) in branches.enumerated() {
            if i == branches.count - 1 {
                try emit(branch)
                break
            }
            let split = code.count
            try append(.split(0, 0))
            try emit(branch)
            exits.append(code.count)
            try append(.jump(0))
            code[split] = .split(split + 1, code.count)
        }
        for exit in exits { code[exit] = .jump(code.count) }
    }

    private func emitRepetition(_ body: RegexNode, min: Int, max: Int?, greedy: Bool) throws {
        for _ in 0..<min { try emit(body) }
        guard let max else {
            let register = registerCount
            registerCount += 1
            let loop = code.count
            try append(.split(0, 0))
            try append(.mark(register))
            try emit(body)
            let exit = code.count + 1
            try append(.loopEnd(register: register, loop: loop, exit: exit))
            code[loop] = greedy ? .split(loop + 1, exit) : .split(exit, loop + 1)
            return
        }
        var splits: [Int] = []
        for _ in min..<Swift.max(min, max) {
            splits.append(code.count)
            try append(.split(0, 0))
            try emit(body)
        }
        let exit = code.count
        for s in splits { code[s] = greedy ? .split(s + 1, exit) : .split(exit, s + 1) }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<re._program object>" }
}
