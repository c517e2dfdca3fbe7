#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distributions numpy's `Generator` draws from a bit source (numpy's `distributions.c`).
extension BitSource {
    /// `random_standard_normal`: numpy's 256-layer ziggurat, with its tables (`ZigguratTables`).
    public mutating func standardNormal() -> Double {
        let tailStart = 3.6541528853610087963519472518
        let inverseTailStart = 0.27366123732975827203338247596
        while true {
            var r = next64()
            let idx = Int(r & 0xFF)
            r >>= 8
            let isNegative = r & 1 != 0
            let magnitude = (r >> 1) & 0x000F_FFFF_FFFF_FFFF
            var x = Double(magnitude) * ZigguratTables.wi[idx]
            if isNegative { x = -x }
            if magnitude < ZigguratTables.ki[idx] { return x }
            if idx == 0 {
                while true {
                    let xx = -inverseTailStart * log1p(-nextDouble())
                    let yy = -log1p(-nextDouble())
                    if yy + yy > xx * xx {
                        return (magnitude >> 8) & 1 != 0 ? -(tailStart + xx) : tailStart + xx
                    }
                }
            } else if (ZigguratTables.fi[idx - 1] - ZigguratTables.fi[idx]) * nextDouble() + ZigguratTables.fi[idx]
                < exp(-0.5 * x * x)
            {
                return x
            }
        }
    }

    /// `random_standard_normal_f` (`standard_normal(dtype=float32)`): the float32 ziggurat on 32-bit draws. The
    /// layer test compares in double precision, as numpy's C does (`exp(-0.5 * x * x)` with a double constant).
    public mutating func standardNormalFloat() -> Float {
        let tailStart: Float = 3.6541528853610087963519472518
        let inverseTailStart: Float = 0.27366123732975827203338247596
        while true {
            let r = next32()
            let idx = Int(r & 0xFF)
            let isNegative = (r >> 8) & 1 != 0
            let magnitude = (r >> 9) & 0x007F_FFFF
            var x = Float(magnitude) * ZigguratTables.wiFloat[idx]
            if isNegative { x = -x }
            if magnitude < ZigguratTables.kiFloat[idx] { return x }
            if idx == 0 {
                while true {
                    let xx = -inverseTailStart * log1pf(-nextFloat())
                    let yy = -log1pf(-nextFloat())
                    if yy + yy > xx * xx {
                        return (magnitude >> 8) & 1 != 0 ? -(tailStart + xx) : tailStart + xx
                    }
                }
            }
            let edge = (ZigguratTables.fiFloat[idx - 1] - ZigguratTables.fiFloat[idx]) * nextFloat()
                + ZigguratTables.fiFloat[idx]
            if Double(edge) < exp(-0.5 * Double(x) * Double(x)) { return x }
        }
    }
}
