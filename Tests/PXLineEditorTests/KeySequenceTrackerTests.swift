import Testing

@testable import PXLineEditor

@Suite struct KeySequenceTrackerTests {
    private func state(after keys: String) -> Bool {
        var tracker = KeySequenceTracker()
        for key in keys.unicodeScalars {
            tracker.record(key)
        }
        return tracker.isInSequence
    }

    @Test(arguments: [
        ("abc", false),
        ("\u{1B}", true),
        ("\u{1B}[", true),
        ("\u{1B}[1;5", true),
        ("\u{1B}[A", false),
        ("\u{1B}[1;5C", false),
        ("\u{1B}O", true),
        ("\u{1B}OH", false),
        ("\u{1B}b", false),
        ("\u{18}", true),
        ("\u{18}\u{18}", false),
        ("\u{16}", true),
        ("\u{16}\u{9}", false),
    ])
    func knowsWhenACommandNeedsMoreKeys(keys: String, isInSequence: Bool) {
        #expect(state(after: keys) == isInSequence)
    }
}
