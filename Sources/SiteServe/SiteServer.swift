import FlyingFox
import FlyingSocks
import Foundation

/// A built site served on 127.0.0.1 for `broadsheet serve`, with live reload: pages get a
/// small script (``ReloadScript``) that listens for ``BuildEvent``s on a Server-Sent Events
/// stream and reloads, or shows why the build failed. Nothing is served from outside the
/// folder (``RequestPath``, ``ServedFolder``); the built files are never changed.
///
/// ```swift
/// let server = SiteServer(folder: URL(fileURLWithPath: "Site/public"))
/// let port = try await server.start(port: nil)   // the first free port from 8000
/// await server.announce(.built("2"))              // open pages reload
/// await server.stop()
/// ```
public final class SiteServer: Sendable {
    /// The first port tried when none is given.
    public static let firstPort: UInt16 = 8000
    /// How many ports from ``firstPort`` are tried.
    public static let portsTried: UInt16 = 100

    private let channel = ReloadChannel()
    private let folder: ServedFolder
    private let running = RunningServer()

    /// A server for the files of `folder` (read at each request: it may be rebuilt at any time).
    public init(folder: URL) {
        self.folder = ServedFolder(root: folder)
    }

    /// Starts listening on 127.0.0.1 at `port`, or at the first free port from ``firstPort``
    /// when nil; returns the port. Throws ``ServeError`` when the port (or every port tried)
    /// is taken.
    public func start(port: UInt16?) async throws -> UInt16 {
        let ports = port.map { [$0] } ?? Array(Self.firstPort..<(Self.firstPort + Self.portsTried))
        var lastProblem = ""
        for candidate in ports {
            switch await listen(on: candidate) {
            case .success(let bound):
                startPings()
                return bound
            case .failure(let problem):
                lastProblem = problem.description
            }
        }
        if let port {
            throw ServeError("cannot listen on 127.0.0.1:\(port): \(lastProblem)",
                             hint: "give another port with --port, or leave --port out to take the first free one from \(Self.firstPort)")
        }
        throw ServeError("no free port on 127.0.0.1 from \(Self.firstPort) to \(Self.firstPort + Self.portsTried - 1) (\(lastProblem))",
                         hint: "give one with --port N")
    }

    /// Tells every open page about a build: reload after ``BuildEvent/built(_:)``, an overlay
    /// after ``BuildEvent/failed(_:)``. Pages served from now on carry the new build's id.
    public func announce(_ event: BuildEvent) async {
        await channel.publish(event)
    }

    /// How many pages are listening for events.
    public var listeners: Int {
        get async { await channel.count }
    }

    /// Ends every event stream, stops listening and closes the connections left (kept-alive ones waiting for a request).
    public func stop() async {
        await channel.close()
        guard let running = running.take() else { return }
        running.pings?.cancel()
        await running.server.stop(timeout: 0)
        running.task.cancel()
    }

    /// Starts a FlyingFox server on `port` and waits until it listens or fails.
    private func listen(on port: UInt16) async -> Result<UInt16, ServeError> {
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch { return .failure(ServeError("\(error)", hint: "")) }
        let handler = ServeHandler(folder: folder, channel: channel)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
        let failure = StartFailure()
        let task = Task {
            do { try await server.run() } catch { failure.record(error) }
        }
        for _ in 0..<500 {
            if await server.isListening, case .ip4(_, let bound)? = await server.listeningAddress {
                running.set(server, task)
                return .success(bound)
            }
            if let error = failure.error { return .failure(ServeError("\(error.localizedDescription)", hint: "")) }
            try? await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        return .failure(ServeError("the server did not start listening within 5 s", hint: ""))
    }

    /// A comment on every stream every 15 s, so streams of closed pages are noticed and ended.
    private func startPings() {
        let channel = self.channel
        running.setPings(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await channel.ping()
            }
        })
    }
}
