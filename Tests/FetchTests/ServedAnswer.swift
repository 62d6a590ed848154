import Foundation

/// What a route of the test server answers: status, headers, body, and seconds to wait first.
struct ServedAnswer: Sendable {
    var status: Int = 200
    var headers: [String: String] = [:]
    var body = Data()
    var delay: Double = 0
    /// When set, the body is instead this many bytes dripped out without a `Content-Length`.
    var dripped: Int?

    /// A 302 to `location`.
    static func redirect(_ location: String) -> ServedAnswer { ServedAnswer(status: 302, headers: ["Location": location]) }
}
