// Tests for SiteBuild land here.
