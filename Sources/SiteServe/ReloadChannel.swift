import Foundation

/// The open event streams of `/__broadsheet/events`, one per page, and the state a page that
/// connects now is told first: the id of the build being served, and the last failure when
/// the latest build failed.
actor ReloadChannel {
    /// The build id before any build succeeded (a page served then reloads after the first).
    static let noBuild = "none"

    private var streams: [Int: AsyncStream<Data>.Continuation] = [:]
    private var nextStream = 0
    private var isClosed = false
    /// The id of the output being served.
    private(set) var buildID = ReloadChannel.noBuild
    private var failure: String?

    /// A new stream: a reconnection delay, then the current state, then every event to come.
    func subscribe() -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(16))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = nextStream
        nextStream += 1
        streams[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        continuation.yield(Data("retry: 1000\n\n".utf8))
        continuation.yield(Data(BuildEvent.built(buildID).eventText.utf8))
        if let failure { continuation.yield(Data(BuildEvent.failed(failure).eventText.utf8)) }
        return stream
    }

    /// Records `event` and sends it to every open stream.
    func publish(_ event: BuildEvent) {
        switch event {
        case .built(let id): buildID = id; failure = nil
        case .failed(let message): failure = message
        }
        send(Data(event.eventText.utf8))
    }

    /// A comment line every stream ignores, so a stream whose page has gone is found and closed.
    func ping() {
        send(Data(": ping\n\n".utf8))
    }

    /// How many streams are open.
    var count: Int { streams.count }

    /// Ends every stream, and every stream asked for from now on.
    func close() {
        isClosed = true
        for continuation in streams.values { continuation.finish() }
        streams = [:]
    }

    private func send(_ data: Data) {
        for (id, continuation) in streams {
            if case .terminated = continuation.yield(data) { streams[id] = nil }
        }
    }

    private func remove(_ id: Int) {
        streams[id] = nil
    }
}
