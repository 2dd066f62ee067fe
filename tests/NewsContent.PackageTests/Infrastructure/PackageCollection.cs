namespace NewsContent.PackageTests.Infrastructure;

/// <summary>One packed feed shared by every package test; the tests in it run one after another (builds
/// are CPU-bound and the machine has few cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packages";
}
