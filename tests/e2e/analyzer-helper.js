// Makes the page's shared analyzer panic (test builds of the package only) and waits for
// its fresh instance; resolves to the analyzer's generation.
export function panicSharedAnalyzer(page) {
  return page.evaluate(async () => {
    const { sharedAnalyzer, AnalyzerRestarted } = await import("/pkg/analyzer.js");
    const analyzer = sharedAnalyzer();
    try {
      analyzer.panicForTests();
    } catch (err) {
      if (!(err instanceof AnalyzerRestarted)) throw err;
    }
    await analyzer.ready();
    return analyzer.generation;
  });
}
