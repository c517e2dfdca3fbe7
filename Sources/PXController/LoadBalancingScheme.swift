/// How the load-balanced scheduler picks an engine, as ipyparallel's `TaskScheduler.scheme_name`.
///
/// Each scheme picks an index into `loads`, the outstanding task counts of the engines that can
/// take the task, listed least recently used first (ipyparallel's order).
public enum LoadBalancingScheme: String, Hashable, Sendable, CaseIterable {
    /// The lowest load; ties go to the least recently used engine (ipyparallel `leastload`, the default).
    case leastLoad = "leastload"
    /// The least recently used engine (ipyparallel `lru`).
    case lru
    /// A uniformly random engine (ipyparallel `plainrandom`).
    case random = "plainrandom"
    /// Two random picks, keeping the lower index, i.e. the less recently used (ipyparallel `twobin`).
    case twoBin = "twobin"
    /// Two random picks weighted by `1 / (1e-6 + load)`, keeping the less loaded (ipyparallel `weighted`).
    case weighted

    /// Parses a scheme name as ipyparallel spells it (`leastload`, `lru`, `plainrandom`/`random`,
    /// `twobin`, `weighted`), case-insensitively.
    /// - Parameter name: the name.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "random" {
            self = .random
            return
        }
        self.init(rawValue: lowered)
    }

    /// Picks an engine.
    /// - Parameters:
    ///   - loads: outstanding tasks per candidate engine, least recently used first; must not be empty.
    ///   - generator: randomness for the random schemes.
    /// - Returns: an index into `loads`.
    public func pick<Generator: RandomNumberGenerator>(loads: [Int], using generator: inout Generator) -> Int {
        precondition(!loads.isEmpty, "internal inconsistency: no candidate engines")
        switch self {
        case .leastLoad:
            var best = 0
            for index in loads.indices where loads[index] < loads[best] { best = index }
            return best
        case .lru:
            return 0
        case .random:
            return Int.random(in: loads.indices, using: &generator)
        case .twoBin:
            let first = Int.random(in: loads.indices, using: &generator)
            let second = Int.random(in: loads.indices, using: &generator)
            return min(first, second)
        case .weighted:
            let weights = loads.map { 1.0 / (1e-6 + Double($0)) }
            let total = weights.reduce(0, +)
            func draw() -> Int {
                let target = Double.random(in: 0..<total, using: &generator)
                var sum = 0.0
                for index in weights.indices {
                    sum += weights[index]
                    if sum > target { return index }
                }
                return weights.count - 1
            }
            let first = draw()
            let second = draw()
            return weights[second] > weights[first] ? second : first
        }
    }
}
