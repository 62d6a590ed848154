/// A complete EPUB content document: XML declaration, doctype, both namespaces, both
/// language attributes (and `dir="rtl"` for a book in a right-to-left language) and the
/// book's stylesheet.
enum XHTMLDocument {
    /// The page of `plan`'s book with `title` and the XHTML `body` content.
    static func page(title: String, plan: BookPlan, body: String) -> String {
        let language = plan.language
        let direction = plan.direction == .rtl ? " dir=\"rtl\"" : ""
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
        xml:lang="\(attr(language))" lang="\(attr(language))"\(direction)>
        <head>
        <meta charset="UTF-8" />
        <title>\(text(title))</title>
        <link rel="stylesheet" type="text/css" href="\(EPUBLayout.stylesheet)" />
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
