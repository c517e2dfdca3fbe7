import PXBigInt

/// `randrange` and `randint` over ints of any size, with CPython's arithmetic and messages.
extension RandomObject {
    /// `randrange(start, stop=None, step=1)` when a bound or the step is beyond 64 bits; with `inclusive`,
    /// `stop` is included (`randint(a, b)` is `randrange(a, b + 1)`).
    func bigRandrange(_ start: Value, _ stop: Value?, _ step: Value?, _ vm: Interpreter,
                      inclusive: Bool = false) throws -> Value {
        let istart = try RandomArguments.bigRangeIndex(start, "arg 1", vm)
        guard let stop, !stop.isNone else {
            if step != nil { throw RuntimeError.typeError("Missing a non-None stop argument") }
            guard istart.signum > 0 else { throw RuntimeError.valueError("empty range for randrange()") }
            return .integer(below(istart))
        }
        var istop = try RandomArguments.bigRangeIndex(stop, "stop", vm)
        if inclusive { istop = istop + 1 }
        let width = istop - istart
        let istep = try step.map { try RandomArguments.bigRangeIndex($0, "step", vm) } ?? BigInt(1)
        if istep == BigInt(1) {
            guard width.signum > 0 else {
                throw RuntimeError.valueError("empty range for randrange() (\(istart), \(istop), \(width))")
            }
            return .integer(istart + below(width))
        }
        let n: BigInt
        switch istep.signum {
        case 1: n = (width + istep - 1).floorDivided(by: istep).quotient
        case -1: n = (width + istep + 1).floorDivided(by: istep).quotient
        default: throw RuntimeError.valueError("zero step for randrange()")
        }
        guard n.signum > 0 else { throw RuntimeError.valueError("empty range for randrange()") }
        return .integer(istart + istep * below(n))
    }

    /// `_randbelow(n)` for any positive `n`: `getrandbits(n.bit_length())` until the draw is below `n`.
    func below(_ n: BigInt) -> BigInt {
        let k = n.bitLength
        while true {
            if let r = RandomArguments.integer(words: generator.randomWords(bits: k)).bigIntValue, r < n { return r }
        }
    }
}
