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
}
