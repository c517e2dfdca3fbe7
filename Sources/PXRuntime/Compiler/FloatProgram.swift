import PXLang

/// A float expression flattened into instructions run in one loop (`dx * dx + dy * dy + dz * dz` is five):
/// instruction `i` computes `a op b` into register `i`, its operands being leaves read in place or registers of
/// earlier instructions; the last register is the result.
///
/// Reading a leaf runs no code of the program, so when a leaf is not a `float` (or a division is by zero) the
/// run gives nil and the caller evaluates the expression in general from the start; nothing observable
/// happened meanwhile. The registers belong to the program: a run calls nothing that could run it again.
final class FloatProgram {
    /// An arithmetic operation on doubles.
    enum Operation {
        case add, subtract, multiply, divide

        init?(_ op: BinaryOperator) {
            switch op {
            case .add: self = .add
            case .subtract: self = .subtract
            case .multiply: self = .multiply
            case .divide: self = .divide
            default: return nil
            }
        }
    }

    /// Where an instruction reads an operand. (The references are unretained, so that instructions are
    /// copied without reference counting; the program keeps the objects alive.)
    enum Operand {
        /// A local holding a `float`.
        case local(Int)
        /// A global holding a `float`.
        case global(Unmanaged<Namespace.Slot>)
        /// An attribute of the instance in a local, from its slot (through the site's cache).
        case attribute(Int, Unmanaged<AttributeSite>)
        /// A numeric constant.
        case constant(Double)
        /// The result of an earlier instruction.
        case register(Int)
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

        /// Appends `a op b`; the operand naming its result.
        mutating func append(_ operation: Operation, _ a: Operand, _ b: Operand) -> Operand {
            code.append(Instruction(operation: operation, a: a, b: b))
            return .register(code.count - 1)
        }

        /// The program's closure.
        func finish() -> FloatEval {
            let program = FloatProgram(code: code, owned: owned)
            return { fp in program.run(fp) }
        }

        /// The closure of a program without instructions: reading one operand.
        func finish(reading operand: Operand) -> FloatEval {
            let program = FloatProgram(code: [], owned: owned)
            return { fp in program.read(operand, fp) }
        }
    }

    private let code: UnsafeMutableBufferPointer<Instruction>
    private let registers: UnsafeMutablePointer<Double>
    private let owned: [AnyObject]

    private init(code: [Instruction], owned: [AnyObject]) {
        self.code = .allocate(capacity: code.count)
        _ = self.code.initialize(from: code)
        registers = .allocate(capacity: max(code.count, 1))
        self.owned = owned
    }

    deinit {
        code.deallocate()
        registers.deallocate()
    }

    /// The value of an operand, or nil when it is not a `float` (registers hold floats).
    @inline(__always)
    func read(_ operand: Operand, _ fp: UnsafeMutablePointer<Value>) -> Double? {
        switch operand {
        case .register(let r):
            return registers[r]
        case .local(let slot):
            if case .float(let d) = fp[slot] { return d }
            return nil
        case .attribute(let slot, let site):
            guard let inst = (fp + slot).borrowedInstance else { return nil }
            return site._withUnsafeGuaranteedRef { site in inst._withUnsafeGuaranteedRef { site.float(of: $0) } }
        case .constant(let d):
            return d
        case .global(let g):
            return g._withUnsafeGuaranteedRef { g in
                if case .float(let d) = g.value { return d }
                return nil
            }
        }
    }

    /// Runs the program: the expression's value, or nil when the general path must compute it.
    func run(_ fp: UnsafeMutablePointer<Value>) -> Double? {
        var result = 0.0
        for i in code.indices {
            let instruction = code[i]
            guard let x = read(instruction.a, fp), let y = read(instruction.b, fp) else { return nil }
            switch instruction.operation {
            case .add: result = x + y
            case .subtract: result = x - y
            case .multiply: result = x * y
            case .divide:
                if y == 0 { return nil }
                result = x / y
            }
            registers[i] = result
        }
        return result
    }
}
