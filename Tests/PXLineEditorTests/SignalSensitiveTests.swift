import Testing

/// Tests that block in `read` or `poll`, or raise SIGINT in the test process.
///
/// A SIGINT raised by one test would end another test's blocking read with
/// `.interrupted`, so these run one at a time.
@Suite(.serialized) enum SignalSensitiveTests {}
