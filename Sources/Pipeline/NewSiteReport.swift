import Foundation

/// What `broadsheet new` made.
public struct NewSiteReport: Sendable {
    /// The site folder.
    public var folder: URL
    /// The files written, relative to the folder, in order.
    public var files: [String]
    /// The feeds copied into `feeds/`, as `site.yml` lists them.
    public var copiedFeeds: [String]
    /// The web addresses listed under `sources:`, for `broadsheet fetch` to download.
    public var webSources: [String]

    /// Creates a report.
    public init(folder: URL, files: [String], copiedFeeds: [String], webSources: [String]) {
        self.folder = folder
        self.files = files
        self.copiedFeeds = copiedFeeds
        self.webSources = webSources
    }
}
