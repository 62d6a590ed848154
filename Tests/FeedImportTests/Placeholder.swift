// Tests for FeedImport land here.
