/// A result handed from a task to the thread waiting for it (``Blocking``): written once
/// before the semaphore is signalled, read after it.
final class ResultBox<T>: @unchecked Sendable {
    /// The task's result.
    var result: Result<T, any Error>?
}
