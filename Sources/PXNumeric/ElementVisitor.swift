/// Generic code run with the Swift element type of a dtype (`Double` for float64 …): `dtype.visit(visitor)`
/// calls `visitor.visit(Double.self)`, specialised per type, so kernels are written once as generics.
protocol ElementVisitor {
    associatedtype Output
    func visit<T: ArrayElement>(_ type: T.Type) -> Output
}

extension DType {
    /// Runs `visitor` with this dtype's element type.
    @inline(__always)
    func visit<V: ElementVisitor>(_ visitor: V) -> V.Output {
        switch self {
        case .float64: return visitor.visit(Double.self)
        case .float32: return visitor.visit(Float.self)
        case .int64: return visitor.visit(Int64.self)
        case .int32: return visitor.visit(Int32.self)
        case .bool: return visitor.visit(UInt8.self)
        case .complex128: return visitor.visit(Complex128.self)
        }
    }
}

/// A run of elements: `count` elements from `source` (stepping `sourceStride` bytes) to `destination`.
typealias UnaryRun = (Int, UnsafeRawPointer, Int, UnsafeMutableRawPointer, Int) -> Void

/// Element-wise casts between dtypes (numpy's unsafe casting).
enum CastKernels {
    /// The loop that casts a run of `from` elements to `to` elements.
    static func run(from: DType, to: DType) -> UnaryRun {
        from.visit(Outer(to: to))
    }

    private struct Outer: ElementVisitor {
        let to: DType
        func visit<S: ArrayElement>(_: S.Type) -> UnaryRun { to.visit(Inner<S>()) }
    }

    private struct Inner<S: ArrayElement>: ElementVisitor {
        func visit<D: ArrayElement>(_: D.Type) -> UnaryRun {
            if S.self == D.self { return CastKernels.copyRun(S.self) }
            if S.dtype.isComplex && D.dtype == .bool {
                return { n, s, ss, d, ds in
                    CastKernels.loop(n, s, ss, d, ds) { (x: S) -> D in D(castingInt64: x.isNonzero ? 1 : 0) }
                }
            }
            if S.dtype.isComplex {
                return { n, s, ss, d, ds in
                    CastKernels.loop(n, s, ss, d, ds) { (x: S) -> D in D(castingDouble: x.asDouble) }
                }
            }
            if S.dtype.isFloat {
                return { n, s, ss, d, ds in
                    CastKernels.loop(n, s, ss, d, ds) { (x: S) -> D in D(castingDouble: x.asDouble) }
                }
            }
            return { n, s, ss, d, ds in
                CastKernels.loop(n, s, ss, d, ds) { (x: S) -> D in D(castingInt64: x.asInt64) }
            }
        }
    }

    /// A same-type copy of a run of `dtype` elements (a source stride of 0 repeats one element).
    static func copyRun(_ dtype: DType) -> UnaryRun {
        switch dtype.itemSize {
        case 1: return copyRun(UInt8.self)
        case 4: return copyRun(UInt32.self)
        case 16: return copyRun(Complex128.self)
        default: return copyRun(UInt64.self)
        }
    }

    /// A same-type copy of a run.
    static func copyRun<T>(_: T.Type) -> UnaryRun {
        { n, s, ss, d, ds in
            let size = MemoryLayout<T>.stride
            if ss == size && ds == size {
                d.copyMemory(from: s, byteCount: n * size)
                return
            }
            loop(n, s, ss, d, ds) { (x: T) -> T in x }
        }
    }

    /// `destination[i] = f(source[i])` over a run, with a contiguous fast path.
    @inline(__always)
    static func loop<S, D>(_ n: Int, _ s: UnsafeRawPointer, _ ss: Int, _ d: UnsafeMutableRawPointer, _ ds: Int,
                           _ f: (S) -> D) {
        if ss == MemoryLayout<S>.stride && ds == MemoryLayout<D>.stride {
            let src = s.assumingMemoryBound(to: S.self)
            let dst = d.assumingMemoryBound(to: D.self)
            for i in 0..<n { dst[i] = f(src[i]) }
            return
        }
        if ss == 0 {
            let v = f(s.load(as: S.self))
            if ds == MemoryLayout<D>.stride {
                d.assumingMemoryBound(to: D.self).update(repeating: v, count: n)
                return
            }
            var q = d
            for _ in 0..<n {
                q.storeBytes(of: v, as: D.self)
                q += ds
            }
            return
        }
        var p = s, q = d
        for _ in 0..<n {
            q.storeBytes(of: f(p.load(as: S.self)), as: D.self)
            p += ss
            q += ds
        }
    }
}
