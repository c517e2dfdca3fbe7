/// The body `if test: return x` then `return y`, as one object: a call reads the fields it needs rather
/// than every capture of a closure.
final class ReturnChoice {
    /// The interpreter (compiled code runs only while it is alive).
    unowned(unsafe) let vm: Interpreter
    /// The lines of the `if`, of its `return` and of the `return` after it.
    let line: Int, valueLine: Int, otherLine: Int
    /// The test.
    let condition: InlineCondition
    /// The value returned when the test holds.
    let value: InlineExpr
    /// The value returned otherwise.
    let other: InlineExpr

    /// Creates the body from its parts; `lines` are those of the `if` and the two `return`s.
    init(vm: Interpreter, lines: (Int, Int, Int), condition: InlineCondition, value: InlineExpr,
         other: InlineExpr) {
        self.vm = vm
        (line, valueLine, otherLine) = lines
        self.condition = condition
        self.value = value
        self.other = other
    }

    /// Runs the body in frame `fp`.
    @inline(__always)
    func run(_ fp: UnsafeMutablePointer<Value>) throws -> Value {
        let ref = InterpreterRef(vm)
        vm.currentLine = line
        if try condition.evaluate(fp, ref) {
            vm.currentLine = valueLine
            return try value.result(fp, ref)
        }
        vm.currentLine = otherLine
        return try other.result(fp, ref)
    }
}
