using System;
using System.Collections.Generic;

namespace NewsContent.Cli.Commands;

/// <summary>A command's options (--name value, -o value) and positional arguments, read once and checked as they are taken.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> aliases)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                positional.Add(arg);
                continue;
            }

            var name = aliases.TryGetValue(arg, out var longName) ? longName : arg;
            string value;
            var equals = name.IndexOf('=');
            if (equals > 0)
            {
                value = name.Substring(equals + 1);
                name = name.Substring(0, equals);
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException("Option " + name + " needs a value.");
            }

            if (!result.options.TryAdd(name, value))
            {
                throw new UsageException("Option " + name + " is given twice.");
            }
        }

        return result;
    }

    public string? Take(string name)
    {
        taken.Add(name);
        return options.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Fails on an option the command did not take: a typo must not be silently ignored.</summary>
    public void RejectUnknown()
    {
        foreach (var name in options.Keys)
        {
            if (!taken.Contains(name))
            {
                throw new UsageException("Unknown option " + name + ".");
            }
        }
    }
}
