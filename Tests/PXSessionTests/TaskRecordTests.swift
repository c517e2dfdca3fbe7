import Testing

@testable import PXSession

/// What a submitted task costs the client.
@Suite struct TaskRecordTests {
    @Test func aTaskRecordsStateTakes128Bytes() {
        // The record is 56 bytes of header and immutable fields, then its state: 184 bytes, one 192-byte heap block.
        // With its slot in the connection's table and the AsyncResult's references, 10⁶ queued tasks stay below
        // 512 bytes each (`swiftpx bench memory`).
        #expect(MemoryLayout<TaskRecord.State>.size <= 128)
    }
}
