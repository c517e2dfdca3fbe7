import CArrayKernels

extension UnaryKernels {
    /// `sqrt` of floats through the C loop, which runs AVX2- or AVX-512-wide where the processor has it (Swift's
    /// loop stays SSE2-wide, as numpy's float64 loop does), for contiguous runs; other runs go to the Swift loop.
    /// The same bits either way: a square root is correctly rounded.
    static func squareRoot<T: FloatElement>(_: T.Type) -> UnaryRun {
        let size = MemoryLayout<T>.stride
        return { n, s, ss, d, ds in
            if ss == size && ds == size {
                if T.self == Double.self {
                    pxk_sqrt_f64(n, s.assumingMemoryBound(to: Double.self), d.assumingMemoryBound(to: Double.self))
                    return
                }
                if T.self == Float.self {
                    pxk_sqrt_f32(n, s.assumingMemoryBound(to: Float.self), d.assumingMemoryBound(to: Float.self))
                    return
                }
            }
            CastKernels.loop(n, s, ss, d, ds) { (x: T) in x.squareRoot() }
        }
    }

    /// float32 `exp`, `log`, `sin`, `cos`, `tanh` and float64 `tanh` through the C loops of numpy's own routines,
    /// which numpy 2 uses on x86-64 processors with AVX2 and FMA3 and whose last bits differ from the C library's
    /// for some inputs; without them the loops call the C library, as numpy does. Nil for the other functions.
    static func numpyRoutine<T: FloatElement>(_ op: UnaryOperation, _: T.Type) -> UnaryRun? {
        if T.self == Double.self {
            guard op == .tanh else { return nil }
            return { n, s, ss, d, ds in pxk_float_tanh_f64(1, n, s, ss, d, ds) }
        }
        guard T.self == Float.self else { return nil }
        let function: pxk_float_function
        switch op {
        case .exp: function = PXK_EXP
        case .log: function = PXK_LOG
        case .sin: function = PXK_SIN
        case .cos: function = PXK_COS
        case .tanh: function = PXK_TANH
        default: return nil
        }
        return { n, s, ss, d, ds in pxk_float_f32(function, 1, n, s, ss, d, ds) }
    }
}
