import ArticleModel

/// The paths the streaming site build has handed on: each group is checked before it goes
/// (every path safe, none handed on before), and the pages the sitemap lists are remembered.
struct GroupSink {
    /// Every HTML page handed on but the 404 page, for the sitemap.
    private(set) var pages: [String] = []
    private var paths: Set<String> = []

    /// Records the paths of `files`.
    /// - Throws: ``SiteBuildError`` for a path that leaves the output or is used twice.
    mutating func check(_ files: [OutputFile]) throws {
        for file in files {
            guard file.hasSafePath else { throw SiteBuildError.unsafePath(file.path) }
            guard paths.insert(file.path).inserted else { throw SiteBuildError.duplicatePath(file.path) }
            if file.path.hasSuffix(".html") && file.path != SitePaths.notFound { pages.append(file.path) }
        }
    }
}
