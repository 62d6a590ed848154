/// The paths the server keeps for itself, under `/__broadsheet/`: no built file is served
/// from there (Broadsheet writes none, and a name starting with `_` is not one a site would
/// hold by accident).
enum ServePaths {
    /// The folder of reserved paths.
    static let prefix = "/__broadsheet/"
    /// The live-reload script (``ReloadScript``).
    static let script = "/__broadsheet/reload.js"
    /// The stream of ``BuildEvent``s, `text/event-stream`.
    static let events = "/__broadsheet/events"
}
