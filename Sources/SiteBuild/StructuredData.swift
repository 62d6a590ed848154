/// A page's structured data for search engines: schema.org types as JSON-LD, in a
/// `<script type="application/ld+json">` element (``JSONText/scriptSafe(_:)`` keeps feed text
/// from closing it). Written only when the site has a base URL, since every address in it must
/// be absolute.
struct StructuredData: Encodable {
    /// One thing the page describes.
    enum Node: Encodable {
        case article(Article)
        case breadcrumbs(BreadcrumbList)
        case website(WebSite)

        /// Encodes the node as the object it holds.
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .article(let article): try container.encode(article)
            case .breadcrumbs(let list): try container.encode(list)
            case .website(let site): try container.encode(site)
            }
        }
    }

    /// An article page: `NewsArticle`, `BlogPosting` or `Article` (`article_type` in site.yml).
    struct Article: Encodable {
        var type: String
        var headline: String
        var description: String?
        var datePublished: String?
        var dateModified: String?
        var author: [Agent]?
        var image: [String]?
        var url: String
        var mainEntityOfPage: String
        var keywords: [String]?
        var inLanguage: String
        var publisher: Agent

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case headline, description, datePublished, dateModified, author, image, url, mainEntityOfPage, keywords
            case inLanguage, publisher
        }
    }

    /// A `Person` or an `Organization`, by name.
    struct Agent: Encodable {
        var type: String
        var name: String
        var url: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url
        }
    }

    /// The way from the home page to this page, the page last.
    struct BreadcrumbList: Encodable {
        var type = "BreadcrumbList"
        var itemListElement: [Crumb]

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case itemListElement
        }
    }

    /// One step of a ``BreadcrumbList``, numbered from 1.
    struct Crumb: Encodable {
        var type = "ListItem"
        var position: Int
        var name: String
        var item: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case position, name, item
        }
    }

    /// The site itself, on its home page.
    struct WebSite: Encodable {
        var type = "WebSite"
        var name: String
        var url: String
        var description: String?
        var inLanguage: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url, description, inLanguage
        }
    }

    var context = "https://schema.org"
    var graph: [Node]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case graph = "@graph"
    }
}
