namespace NewsContent.Report.Tests.Browser;

/// <summary>
/// A test that needs headless Chromium. It runs, and fails when Chromium is missing, unless the environment
/// says NEWSCONTENT_SKIP_BROWSER=1: skipping is a decision someone makes explicitly, never a silent pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string SkipVariable = "NEWSCONTENT_SKIP_BROWSER";

    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = SkipVariable + "=1: browser tests skipped on request.";
        }
    }
}
