import PXBigInt

// MARK: - The integer functions of `math`, on integers of any size

extension MathModule {
    /// An integer argument of any size (`'float' object cannot be interpreted as an integer`).
    static func bigInteger(_ v: Value) throws -> BigInt {
        guard let i = v.bigIntValue else {
            throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        return i
    }

    static func installIntegers(into r: Registry) {
        r.register("math.factorial", doc: "Find n!.", parameters: ["n"]) { (n: BigInt) in
            if n.isNegative { throw RuntimeError.valueError("factorial() not defined for negative values") }
            guard let small = n.asInt else {
                throw RuntimeError.overflow("factorial() argument should not exceed \(Int.max)")
            }
            return product(from: BigInt(1), count: small)
        }
        r.register("math.perm", doc: "Number of ways to choose k items from n items without repetition and with order.",
                   parameters: ["n", Parameter("k", default: Value.none)]) { (n: BigInt, k: BigInt?) in
            guard let k else {
                // perm(n) is n!, with factorial's messages.
                if n.isNegative { throw RuntimeError.valueError("factorial() not defined for negative values") }
                guard let small = n.asInt else {
                    throw RuntimeError.overflow("factorial() argument should not exceed \(Int.max)")
                }
                return product(from: BigInt(1), count: small)
            }
            if n.isNegative { throw RuntimeError.valueError("n must be a non-negative integer") }
            if k.isNegative { throw RuntimeError.valueError("k must be a non-negative integer") }
            if k > n { return BigInt.zero }
            guard let count = k.asInt else { throw RuntimeError.overflow("k must not exceed \(Int.max)") }
            return product(from: n - count + 1, count: count)
        }
        r.register("math.comb", doc: "Number of ways to choose k items from n items without repetition and without "
                   + "order.", parameters: ["n", "k"]) { (n: BigInt, k: BigInt) in
            if n.isNegative { throw RuntimeError.valueError("n must be a non-negative integer") }
            if k.isNegative { throw RuntimeError.valueError("k must be a non-negative integer") }
            if k > n { return BigInt.zero }
            let smaller = min(k, n - k)
            guard let count = smaller.asInt else {
                throw RuntimeError.overflow("min(n - k, k) must not exceed \(Int.max)")
            }
            let numerator = product(from: n - count + 1, count: count)
            return numerator.quotientAndRemainder(dividingBy: product(from: BigInt(1), count: count)).quotient
        }
        r.register("math.gcd", doc: "Greatest Common Divisor.") { args, _ in
            var g = BigInt.zero
            for v in args.positional { g = BigInt.gcd(g, try bigInteger(v)) }
            return .integer(g)
        }
        r.register("math.lcm", doc: "Least Common Multiple.") { args, _ in
            var l = BigInt(1)
            for v in args.positional {
                let x = try bigInteger(v).magnitude
                if x.isZero { return .int(0) }
                l = l.quotientAndRemainder(dividingBy: BigInt.gcd(l, x)).quotient * x
            }
            return .integer(l)
        }
        r.register("math.isqrt", doc: "Return the integer part of the square root of the input.",
                   parameters: ["n"]) { (n: BigInt) in
            if n.isNegative { throw RuntimeError.valueError("isqrt() argument must be nonnegative") }
            return n.squareRoot()
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            r.register("math." + name, doc: "Return the \(name) of x as an Integral.", parameters: ["x"]) { args, _ in
                try args.check(name, min: 1, max: 1)
                if let i = args[0].bigIntValue { return .integer(i) }
                return try Constructors.integer(try real(args[0]).rounded(rule))
            }
        }
    }

    /// The product of `count` consecutive integers starting at `first`, multiplied as a balanced tree so
    /// that the large multiplications have factors of similar size.
    static func product(from first: BigInt, count: Int) -> BigInt {
        if count <= 0 { return BigInt(1) }
        if count <= 16 {
            var result = first
            var factor = first
            for _ in 1..<count {
                factor = factor + 1
                result = result * factor
            }
            return result
        }
        let half = count / 2
        return product(from: first, count: half) * product(from: first + half, count: count - half)
    }

    /// CPython's `loghelper`: the logarithm of an int too large for a double is taken on its mantissa and
    /// exponent (`log(m) + log(2) · e`).
    static func logarithm(_ v: Value, _ f: (Double) -> Double) throws -> Double {
        if let i = v.bigIntValue {
            if i.isNegative || i.isZero { throw RuntimeError.valueError("math domain error") }
            if let d = i.doubleValue { return f(d) }
            let (mantissa, exponent) = i.frexp()
            return f(mantissa) + f(2.0) * Double(exponent)
        }
        let x = try real(v)
        let r = f(x)
        if r.isNaN && !x.isNaN || (r.isInfinite && x.isFinite) { throw RuntimeError.valueError("math domain error") }
        return r
    }
}
