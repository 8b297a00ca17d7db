import Testing

/// Every render test runs one at a time: Graphviz keeps global state, and some tests
/// call its parser directly, outside the renderer's lock.
@Suite(.serialized) enum RenderSuites {}
