// Tests for SiteFiles land here.
