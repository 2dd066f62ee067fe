using System;

namespace NewsContent.Cli.Commands;

/// <summary>The command line was wrong: the message says how, and the tool exits with code 2 after the usage text.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
