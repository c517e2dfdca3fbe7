import PXRuntime

/// The `examples` module: Swift functions registered through the public typed API, as a program of your own
/// would register them. Every swiftpx has it (so its engines do too); the tutorial maps them over engines and
/// `swiftpx bench compute` times them.
public enum ExampleModule {
    /// Registers `examples.monte_carlo_pi` and `examples.collatz_steps`.
    public static func install(into registry: Registry) {
        registry.declareModule("examples", doc: "Swift functions registered with the typed API, for the tutorial.")
        registry.register(
            "examples.monte_carlo_pi",
            doc: """
                Estimate pi from `samples` random points in the unit square: four times
                the share that falls inside the quarter circle. The same `seed` gives the
                same estimate.
                """,
            parameters: ["samples", Parameter("seed", default: 0)]
        ) { (samples: Int, seed: Int) in
            guard samples > 0 else { throw RuntimeError.valueError("samples must be positive, not \(samples)") }
            return 4 * Double(insideQuarterCircle(samples: samples, seed: seed)) / Double(samples)
        }
        registry.register(
            "examples.collatz_steps", doc: "How many Collatz steps take n down to 1.",
            parameters: ["n"]
        ) { (n: Int) in
            guard n > 0 else { throw RuntimeError.valueError("n must be positive, not \(n)") }
            var (x, steps) = (n, 0)
            while x != 1 {
                if x % 2 == 0 {
                    x /= 2
                } else {
                    let (tripled, overflow) = x.multipliedReportingOverflow(by: 3)
                    guard !overflow, tripled < Int.max else { throw RuntimeError.overflow() }
                    x = tripled + 1
                }
                steps += 1
            }
            return steps
        }
    }

    /// How many of `samples` SplitMix64 points fall inside the quarter circle of radius 1.
    static func insideQuarterCircle(samples: Int, seed: Int) -> Int {
        var state = UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
        @inline(__always) func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) * 0x1p-53
        }
        var inside = 0
        for _ in 0..<samples {
            let x = next(), y = next()
            // Branch-free: a point is inside about 79% of the time, too often for the branch predictor.
            inside &+= x * x + y * y <= 1 ? 1 : 0
        }
        return inside
    }
}
