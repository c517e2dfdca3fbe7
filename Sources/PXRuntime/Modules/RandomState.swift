import PXNumeric

/// numpy's legacy global generator behind `np.random.seed`, `rand`, `randn`, `random` and `randint`: numpy's
/// `RandomState` stream (`PXNumeric.RandomState`), one per interpreter.
public final class RandomState {
    var state: PXNumeric.RandomState

    /// Seeds from the system's entropy, as numpy does at import.
    public init() {
        state = RandomState.entropySeeded()
    }

    static func entropySeeded() -> PXNumeric.RandomState {
        var system = SystemRandomNumberGenerator()
        return PXNumeric.RandomState(entropy: (0..<MT19937.stateLength).map { _ in system.next() })
    }

    /// A float in [0, 1) (`random_sample`).
    public func random() -> Double { state.randomSample() }

    /// An int in [0, n), drawn as `randint(0, n)` draws it.
    public func below(_ n: Int) -> Int {
        guard n > 0, let drawn = try? state.randint(low: 0, high: n, count: 1).first else { return 0 }
        return drawn
    }

    /// A standard normal deviate (numpy's legacy polar method, with its cached second value).
    public func gaussian() -> Double { state.gauss() }

    /// `np.random.seed(value)`: an int in 0...2³²-1, a list or tuple of them, or None.
    /// - Throws: numpy's `ValueError` and `TypeError` texts.
    func seed(with value: Value) throws {
        do {
            switch value {
            case .none: state = RandomState.entropySeeded()
            case .int(let i): state = try PXNumeric.RandomState(seed: i)
            case .bool(let b): state = try PXNumeric.RandomState(seed: b ? 1 : 0)
            case .list, .tuple:
                let items = try Operations.collect(value, nil)
                if items.contains(where: { if case .list = $0 { return true }; if case .tuple = $0 { return true }; return false }) {
                    throw RuntimeError.valueError("Seed array must be 1-d")
                }
                state = try PXNumeric.RandomState(seedArray: try items.map(RandomArguments.index))
            case .float:
                throw RuntimeError.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
            default:
                throw RuntimeError.typeError("Cannot cast scalar from dtype('\(value.typeName)') to dtype('int64') according to the rule 'safe'")
            }
        } catch let error as RandomError {
            throw RuntimeError(randomError: error)
        }
    }
}
