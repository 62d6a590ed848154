import ArticleModel
import Foundation

/// The compiled expressions of ``MetadataLine/dateExpression(_:)``, one per pattern, shared by
/// every conversion on every thread: articles of one day share one, and compiling it was 7.5%
/// of a 1,000-article build when each article compiled its own. At most `limit` are kept.
final class DateExpressions: @unchecked Sendable {
    /// The one cache.
    static let shared = DateExpressions()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]
    private let limit = 4096

    /// The case-insensitive expression for `pattern`, compiled once; nil when it does not compile.
    func expression(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        if let known = compiled[pattern] {
            lock.unlock()
            return known
        }
        lock.unlock()
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        lock.lock()
        if compiled.count >= limit { compiled.removeAll(keepingCapacity: true) }
        compiled[pattern] = expression
        lock.unlock()
        return expression
    }
}
