import PXLang

/// A numeric expression flattened into instructions run in one loop (`dx * dx + dy * dy + dz * dz` is five,
/// `(i + j) * (i + j + 1) // 2 + i + 1` six): instruction `i` computes `a op b` into register `i`, its operands
/// being leaves read in place or registers of earlier instructions; the last register is the result.
///
/// Registers hold an `int` or a `float`, and each operation follows Python's rules for its operands' types
/// where they need nothing more than machine arithmetic: an `int` result that overflows, a division by zero,
/// `//` or `%` of floats, or `int / int` beyond 2⁵³ make the run give `.other`, as a leaf that is neither
/// an `int` nor a `float` does. Reading a leaf runs no code of the program, so the caller then evaluates the
/// expression in general from the start; nothing observable happened meanwhile. The registers belong to the
/// program: a run calls nothing that could run it again.
final class FloatProgram {
    /// An arithmetic operation. (`squareRoot` is `math.sqrt` of its first operand; its second is the callee,
    /// read as 0 while it is `math.sqrt`.)
    enum Operation {
        case add, subtract, multiply, divide, floorDivide, modulo, squareRoot

        init?(_ op: BinaryOperator) {
            switch op {
            case .add: self = .add
            case .subtract: self = .subtract
            case .multiply: self = .multiply
            case .divide: self = .divide
            case .floorDivide: self = .floorDivide
            case .modulo: self = .modulo
            default: return nil
            }
        }
    }

    /// Where an instruction reads an operand. (The references are unretained, so that instructions are
    /// copied without reference counting; the program keeps the objects alive.)
    enum Operand {
        /// A local holding an `int` or a `float`.
        case local(Int)
        /// A global holding an `int` or a `float`.
        case global(Unmanaged<Namespace.Slot>)
        /// A `float` attribute of the instance in a local, from its slot (through the site's cache).
        case attribute(Int, Unmanaged<AttributeSite>)
        /// A `float` constant.
        case constant(Double)
        /// An `int` constant.
        case integer(Int)
        /// The result of an earlier instruction.
        case register(Int)
        /// The callee of a `squareRoot` instruction: 0 while it is `math.sqrt`, not a number otherwise.
        case squareRootCallee(Unmanaged<SquareRootCallee>)
    }

    struct Instruction {
        let operation: Operation
        let a: Operand
        let b: Operand
    }

    /// Collects the instructions of an expression being compiled.
    struct Builder {
        private(set) var code: [Instruction] = []
        /// The objects the operands refer to.
        private(set) var owned: [AnyObject] = []
        /// Leaves read (names and attributes), and attributes among them: what decides whether the program
        /// gains over the general path.
        var leaves = 0
        var attributes = 0

        var isEmpty: Bool { code.isEmpty }

        /// The operand reading global `slot`.
        mutating func global(_ slot: Namespace.Slot) -> Operand {
            owned.append(slot)
            return .global(.passUnretained(slot))
        }

        /// The operand reading attribute `name` of the instance in local `slot`.
        mutating func attribute(_ slot: Int, _ name: String) -> Operand {
            let site = AttributeSite(name: name)
            owned.append(site)
            return .attribute(slot, .passUnretained(site))
        }

        /// The operand checking the callee of a `squareRoot` instruction.
        mutating func squareRootCallee(_ callee: SquareRootCallee) -> Operand {
            owned.append(callee)
            return .squareRootCallee(.passUnretained(callee))
        }

        /// Appends `a op b`; the operand naming its result.
        mutating func append(_ operation: Operation, _ a: Operand, _ b: Operand) -> Operand {
            code.append(Instruction(operation: operation, a: a, b: b))
            return .register(code.count - 1)
        }

        /// The program.
        func finish() -> FloatProgram {
            FloatProgram(code: code, owned: owned, reading: nil)
        }

        /// A program without instructions: reading one operand.
        func finish(reading operand: Operand) -> FloatProgram {
            FloatProgram(code: [], owned: owned, reading: operand)
        }
    }

    private let code: UnsafeMutableBufferPointer<Instruction>
    private let registers: UnsafeMutablePointer<NumericOperand.Number>
    /// The registers of a run on floats alone.
    private let floats: UnsafeMutablePointer<Double>
    /// Whether every operation is defined on floats (no `//` or `%`): a run tries floats alone first, as the
    /// float arithmetic of `dx * dx + dy * dy` always is.
    private let floatsFirst: Bool
    private let owned: [AnyObject]
    /// The operand a program without instructions reads.
    private let reading: Operand?

    private init(code: [Instruction], owned: [AnyObject], reading: Operand?) {
        self.code = .allocate(capacity: code.count)
        _ = self.code.initialize(from: code)
        registers = .allocate(capacity: max(code.count, 1))
        registers.initialize(repeating: .other, count: max(code.count, 1))
        floats = .allocate(capacity: max(code.count, 1))
        floatsFirst = !code.contains { $0.operation == .floorDivide || $0.operation == .modulo }
        self.owned = owned
        self.reading = reading
    }

    deinit {
        code.deallocate()
        registers.deallocate()
        floats.deallocate()
    }

    /// The number an operand holds (`.other` when it is neither an `int` nor a `float`).
    @inline(__always)
    func read(_ operand: Operand, _ fp: UnsafeMutablePointer<Value>) -> NumericOperand.Number {
        switch operand {
        case .register(let r):
            return registers[r]
        case .local(let slot):
            switch fp[slot] {
            case .float(let d): return .float(d)
            case .int(let i): return .int(i)
            default: return .other
            }
        case .integer(let i):
            return .int(i)
        case .global(let g):
            return g._withUnsafeGuaranteedRef { g in
                switch g.value {
                case .float(let d): return .float(d)
                case .int(let i): return .int(i)
                default: return .other
                }
            }
        default:
            return readFloat(operand, fp).map { .float($0) } ?? .other
        }
    }

    /// The value of an operand in a run on floats alone, or nil when it is not a `float` (an `int` constant
    /// counts when it converts exactly; registers hold floats).
    @inline(__always)
    func readFloat(_ operand: Operand, _ fp: UnsafeMutablePointer<Value>) -> Double? {
        switch operand {
        case .register(let r):
            return floats[r]
        case .local(let slot):
            if case .float(let d) = fp[slot] { return d }
            return nil
        case .attribute(let slot, let site):
            guard let inst = (fp + slot).borrowedInstance else { return nil }
            return site._withUnsafeGuaranteedRef { site in inst._withUnsafeGuaranteedRef { site.float(of: $0) } }
        case .constant(let d):
            return d
        case .integer(let i):
            return i.magnitude <= 1 << 53 ? Double(i) : nil
        case .global(let g):
            return g._withUnsafeGuaranteedRef { g in
                if case .float(let d) = g.value { return d }
                return nil
            }
        case .squareRootCallee(let callee):
            return callee._withUnsafeGuaranteedRef { $0.isSquareRoot } ? 0 : nil
        }
    }

    /// The expression's value, or `.other` when the general path must compute it.
    @inline(__always)
    func evaluate(_ fp: UnsafeMutablePointer<Value>) -> NumericOperand.Number {
        switch code.count {
        case 1: return runOne(fp)
        case 0: return reading.map { read($0, fp) } ?? .other
        default: return run(fp)
        }
    }

    /// Runs a program of several instructions.
    func run(_ fp: UnsafeMutablePointer<Value>) -> NumericOperand.Number {
        if floatsFirst, let d = runFloats(fp) { return .float(d) }
        var result = NumericOperand.Number.other
        for i in code.indices {
            let instruction = code[i]
            result = FloatProgram.apply(instruction.operation, read(instruction.a, fp), read(instruction.b, fp))
            if case .other = result { return result }
            registers[i] = result
        }
        return result
    }

    /// Runs a program of one instruction (`b1.x - b2.x`, `dx * m2`), which needs no register.
    func runOne(_ fp: UnsafeMutablePointer<Value>) -> NumericOperand.Number {
        let instruction = code[0]
        if floatsFirst, let x = readFloat(instruction.a, fp), let y = readFloat(instruction.b, fp),
           let d = FloatProgram.apply(instruction.operation, x, y) {
            return .float(d)
        }
        return FloatProgram.apply(instruction.operation, read(instruction.a, fp), read(instruction.b, fp))
    }

    /// The value of a program whose operands are all floats (and whose divisors are not zero), or nil.
    private func runFloats(_ fp: UnsafeMutablePointer<Value>) -> Double? {
        var result = 0.0
        for i in code.indices {
            let instruction = code[i]
            guard let x = readFloat(instruction.a, fp), let y = readFloat(instruction.b, fp),
                  let r = FloatProgram.apply(instruction.operation, x, y) else { return nil }
            result = r
            floats[i] = r
        }
        return result
    }

    /// `x op y` on floats for `+ - * /` (nil for a zero divisor, `//` and `%`).
    @inline(__always)
    static func apply(_ operation: Operation, _ x: Double, _ y: Double) -> Double? {
        switch operation {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return y == 0 ? nil : x / y
        case .floorDivide, .modulo: return nil
        case .squareRoot: return squareRoot(x)
        }
    }

    /// `x op y` by Python's rules, or `.other` where they need more than machine arithmetic.
    @inline(__always)
    static func apply(_ operation: Operation, _ x: NumericOperand.Number, _ y: NumericOperand.Number)
        -> NumericOperand.Number {
        let p: Double, q: Double
        switch (x, y) {
        case (.float(let a), .float(let b)): (p, q) = (a, b)
        case (.int(let i), .int(let j)):
            switch operation {
            case .add:
                let (r, o) = i.addingReportingOverflow(j)
                return o ? .other : .int(r)
            case .subtract:
                let (r, o) = i.subtractingReportingOverflow(j)
                return o ? .other : .int(r)
            case .multiply:
                let (r, o) = i.multipliedReportingOverflow(by: j)
                return o ? .other : .int(r)
            case .divide:
                // Both convert exactly, so one division of doubles is correctly rounded, as CPython's.
                guard j != 0, i.magnitude <= 1 << 53, j.magnitude <= 1 << 53 else { return .other }
                return .float(Double(i) / Double(j))
            case .floorDivide:
                guard j != 0, j != -1 else { return .other }
                return .int(Compiler.floorQuotient(i, j))
            case .modulo:
                guard j != 0, j != -1 else { return .other }
                return .int(Compiler.floorModulo(i, j))
            case .squareRoot:
                return .other
            }
        case (.int(let i), .float(let b)): (p, q) = (Double(i), b)
        case (.float(let a), .int(let j)): (p, q) = (a, Double(j))
        default: return .other
        }
        switch operation {
        case .add: return .float(p + q)
        case .subtract: return .float(p - q)
        case .multiply: return .float(p * q)
        case .divide: return q == 0 ? .other : .float(p / q)
        case .floorDivide, .modulo: return .other
        case .squareRoot: return squareRoot(p).map { .float($0) } ?? .other
        }
    }

    /// `math.sqrt(x)`, or nil where it raises (a negative `x`).
    @inline(__always)
    static func squareRoot(_ x: Double) -> Double? {
        x >= 0 || x.isNaN ? x.squareRoot() : nil
    }
}
