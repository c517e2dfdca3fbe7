import PXRuntime

/// Where `publish_data` sends a dict: the output sink of an engine running a task, which forwards it to the
/// task's client (the keys update the task's `data` metadata there).
public protocol DataPublisher: AnyObject {
    /// Sends an encoded dict (``ValueCodec``) to the client of the running task.
    func publishData(_ encoded: [UInt8])
}
