namespace NewsContent.PackageTests.Infrastructure;

/// <summary>A console app made with `dotnet new console` in the package tests' temp folder, driven through
/// the same commands a user types. Every command's duration is kept in <see cref="Steps"/>.</summary>
internal sealed class ConsumerApp
{
    private readonly PackedPackages packages;

    private ConsumerApp(PackedPackages packages, string name, string directory)
    {
        this.packages = packages;
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public List<ProcessResult> Steps { get; } = new();

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public string ProgramFile => Path.Combine(Directory, "Program.cs");

    /// <summary>The assembly CoreCompile writes; its timestamp moves only when the compiler ran.</summary>
    public string IntermediateAssembly => Path.Combine(Directory, "obj", "Debug", "net10.0", Name + ".dll");

    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    public static ConsumerApp Create(PackedPackages packages, string name)
    {
        var app = new ConsumerApp(packages, name, packages.NewAppDirectory(name));
        app.Dotnet("new", "console", "--name", name, "--output", app.Directory).EnsureSuccess();
        return app;
    }

    public ProcessResult AddPackage(string id) => AddPackage(id, packages.Version);

    public ProcessResult AddPackage(string id, string version) => Dotnet("add", "package", id, "--version", version);

    public ProcessResult Build(params string[] extra) => Dotnet(["build", .. extra]);

    /// <summary>Runs the built app the way `dotnet run --no-build` would, without MSBuild in the way.</summary>
    public ProcessResult Run() => Dotnet(OutputAssembly);

    public void WriteProgram(string source) => File.WriteAllText(ProgramFile, source);

    /// <summary>Adds MSBuild items or properties just before the project's closing tag.</summary>
    public void AddToProject(string xml)
    {
        var project = File.ReadAllText(ProjectFile);
        var end = project.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(ProjectFile, project[..end] + xml + Environment.NewLine + project[end..]);
    }

    public string StepSummary() => string.Join(Environment.NewLine, Steps.Select(s => $"{s.Elapsed.TotalSeconds,6:F1} s  {s.CommandLine}"));

    private ProcessResult Dotnet(params string[] arguments)
    {
        var result = DotNet.Run(Directory, arguments, packages.PackagesFolder);
        Steps.Add(result);
        return result;
    }
}
