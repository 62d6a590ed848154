import MarkupTree

/// Escapes text for use between tags.
func text(_ value: String) -> String { MarkupSerializer.escapeText(value) }

/// Escapes text for use in a double-quoted attribute.
func attr(_ value: String) -> String { MarkupSerializer.escapeAttribute(value) }
