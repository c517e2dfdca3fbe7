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
}
