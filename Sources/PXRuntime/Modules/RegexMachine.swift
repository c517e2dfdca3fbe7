/// Runs a `RegexProgram` over a string by backtracking, with an explicit stack (so no subject is too long for
/// the native stack): the first match in Python's (Perl's) leftmost, priority order.
struct RegexMachine {
    /// How a match must end.
    struct Acceptance {
        /// An empty match at this position is refused (after an empty match, `findall` and `sub` must advance).
        var refuseEmptyAt = -1
        /// The match must end at this position (`fullmatch`, look-behind), or anywhere when -1.
        var requiredEnd = -1
    }

    private enum Entry {
        case choice(pc: Int, sp: Int)
        case slot(Int, Int)
        case register(Int, Int)
    }

    let program: RegexProgram
    let text: [UInt32]
    /// Where matching stops (`endpos`).
    let end: Int
    /// Group boundaries (`2n`, `2n+1` for group n; -1 when unset), then the last group closed (`lastindex`).
    private(set) var slots: [Int]
    private var registers: [Int]
    private var stack: [Entry] = []
    private let code: [RegexInstruction]

    init(_ program: RegexProgram, text: [UInt32], end: Int) {
        self.program = program
        self.text = text
        self.end = end
        self.code = program.code
        self.slots = Array(repeating: -1, count: 2 * program.groupCount + 3)
        self.registers = Array(repeating: -1, count: program.registerCount)
    }

    private var lastIndexSlot: Int { slots.count - 1 }

    /// The first match starting at `start` or (when `scan`) later, up to `end`.
    /// - Returns: the slots (group 0 filled in) or nil.
    mutating func find(from start: Int, scan: Bool, acceptance: Acceptance) -> [Int]? {
        var first: UInt32?
        if case .character(let c) = code[0] { first = c }
        var position = start
        while position <= end {
            if let first, scan {
                while position < end && text[position] != first { position += 1 }
                if position >= end { return nil }
            }
            for i in slots.indices { slots[i] = -1 }
            stack.removeAll(keepingCapacity: true)
            if let stop = run(0, position, acceptance) {
                slots[0] = position
                slots[1] = stop
                return slots
            }
            guard scan else { return nil }
            position += 1
        }
        return nil
    }

    private func isWord(_ i: Int, ascii: Bool) -> Bool {
        i >= 0 && i < end && RegexCategory.isWord(text[i], ascii: ascii)
    }

    private func holds(_ assertion: RegexAssertion, _ sp: Int) -> Bool {
        switch assertion {
        case .lineStart(let multiline): return sp == 0 || (multiline && text[sp - 1] == 0x0A)
        case .lineEnd(let multiline):
            if sp == end { return true }
            if multiline { return text[sp] == 0x0A }
            return sp == end - 1 && text[sp] == 0x0A
        case .stringStart: return sp == 0
        case .stringEnd: return sp == end
        case .wordBoundary(let ascii): return isWord(sp - 1, ascii: ascii) != isWord(sp, ascii: ascii)
        case .notWordBoundary(let ascii):
            return sp > 0 && sp < end && isWord(sp - 1, ascii: ascii) == isWord(sp, ascii: ascii)
        }
    }

    private static func sameFolded(_ a: UInt32, _ b: UInt32) -> Bool {
        a == b || RegexCase.lower(a) == RegexCase.lower(b) || RegexCase.upper(a) == RegexCase.upper(b)
    }

    /// Runs from `pc` at `sp` until a `match` the acceptance allows.
    /// - Returns: the position where the match ends, or nil (the stack and slots back as they were).
    private mutating func run(_ startPC: Int, _ startSP: Int, _ acceptance: Acceptance) -> Int? {
        let base = stack.count
        var pc = startPC, sp = startSP
        while true {
            var failed = false
            switch code[pc] {
            case .character(let c):
                if sp < end && text[sp] == c { sp += 1; pc += 1 } else { failed = true }
            case .characterFolded(let c):
                if sp < end && RegexMachine.sameFolded(text[sp], c) { sp += 1; pc += 1 } else { failed = true }
            case .any:
                if sp < end { sp += 1; pc += 1 } else { failed = true }
            case .anyButNewline:
                if sp < end && text[sp] != 0x0A { sp += 1; pc += 1 } else { failed = true }
            case .set(let index, let fold):
                if sp < end && program.sets[index].contains(text[sp], fold: fold) { sp += 1; pc += 1 } else {
                    failed = true
                }
            case .split(let first, let second):
                stack.append(.choice(pc: second, sp: sp))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let slot):
                stack.append(.slot(slot, slots[slot]))
                slots[slot] = sp
                if slot & 1 == 1 {
                    stack.append(.slot(lastIndexSlot, slots[lastIndexSlot]))
                    slots[lastIndexSlot] = slot / 2
                }
                pc += 1
            case .assert(let assertion):
                if holds(assertion, sp) { pc += 1 } else { failed = true }
            case .backreference(let group, let fold):
                let from = slots[2 * group], to = slots[2 * group + 1]
                if from < 0 || to < 0 {
                    failed = true
                } else {
                    let length = to - from
                    if sp + length > end {
                        failed = true
                    } else {
                        var k = 0
                        while k < length {
                            let a = text[from + k], b = text[sp + k]
                            if a != b && !(fold && RegexMachine.sameFolded(a, b)) { break }
                            k += 1
                        }
                        if k == length { sp += length; pc += 1 } else { failed = true }
                    }
                }
            case .look(let after, let ahead, let negative, let width):
                let saved = slots
                let depth = stack.count
                let start = ahead ? sp : sp - width
                var inner = Acceptance()
                if !ahead { inner.requiredEnd = sp }
                let matched = start >= 0 && run(pc + 1, start, inner) != nil
                stack.removeSubrange(depth...)
                if matched != negative {
                    if matched {
                        for i in slots.indices where slots[i] != saved[i] { stack.append(.slot(i, saved[i])) }
                    }
                    pc = after
                } else {
                    slots = saved
                    failed = true
                }
            case .mark(let register):
                stack.append(.register(register, registers[register]))
                registers[register] = sp
                pc += 1
            case .loopEnd(let register, let loop, let exit):
                pc = sp == registers[register] ? exit : loop
            case .match:
                if (acceptance.refuseEmptyAt >= 0 && sp == startSP && sp == acceptance.refuseEmptyAt)
                    || (acceptance.requiredEnd >= 0 && sp != acceptance.requiredEnd) {
                    failed = true
                } else {
                    return sp
                }
            }
            guard failed else { continue }
            // Backtrack to the latest choice, undoing what was recorded after it.
            var resumed = false
            while stack.count > base {
                switch stack.removeLast() {
                case .choice(let p, let s):
                    pc = p
                    sp = s
                    resumed = true
                case .slot(let i, let v): slots[i] = v
                case .register(let r, let v): registers[r] = v
                }
                if resumed { break }
            }
            if !resumed { return nil }
        }
    }
}
