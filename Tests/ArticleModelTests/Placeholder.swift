// Tests for ArticleModel land here.
