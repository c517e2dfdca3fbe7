/// A small structure that travels as a message payload and that the controller reads
/// (registration data, engine tables, failures, queue status) — never a user value.
public protocol ControlBody: Hashable, Sendable {
    /// Appends the encoding to `writer`.
    func encode(into writer: inout ByteWriter)

    /// Reads the encoding from `reader`.
    /// - Throws: ``WireError`` when the bytes are not a valid encoding.
    init(from reader: inout ByteReader) throws(WireError)
}

extension ControlBody {
    /// The encoding as a payload.
    public var payload: Payload {
        var writer = ByteWriter(capacity: 64)
        encode(into: &writer)
        return Payload(writer.bytes)
    }

    /// Decodes the body of `envelope`.
    /// - Parameter envelope: a message whose payload is this kind of body.
    /// - Throws: ``WireError/malformedBody(kind:reason:)`` when the payload is not a valid encoding
    ///   (including trailing bytes).
    public init(decoding envelope: Envelope) throws(WireError) {
        var reader = ByteReader(envelope.payload)
        do {
            self = try Self(from: &reader)
            try reader.expectEnd()
        } catch {
            throw WireError.malformedBody(kind: envelope.kind, reason: error.description)
        }
    }
}
