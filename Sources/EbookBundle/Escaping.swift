import ArticleModel
import MarkupTree

/// Escapes text for use between tags, without the characters XML does not allow.
func text(_ value: String) -> String { MarkupSerializer.escapeText(value.removingNonXMLCharacters) }

/// Escapes text for use in a double-quoted attribute, without the characters XML does not allow.
func attr(_ value: String) -> String { MarkupSerializer.escapeAttribute(value.removingNonXMLCharacters) }
