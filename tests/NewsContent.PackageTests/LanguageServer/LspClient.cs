using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsContent.PackageTests.LanguageServer;

/// <summary>The client half of the Language Server Protocol over a server's stdio: Content-Length framed
/// JSON-RPC, requests matched to responses by id, server requests answered with empty results.</summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process server;
    private readonly Stream input;
    private readonly Stream outputStream;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly StringBuilder log = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task readLoop;
    private int nextId;

    public LspClient(ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        server = Process.Start(start) ?? throw new InvalidOperationException("the language server did not start");
        input = server.StandardInput.BaseStream;
        outputStream = server.StandardOutput.BaseStream;
        server.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        server.BeginErrorReadLine();
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Server messages and stderr, for failure messages.</summary>
    public string Log()
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var finished = await Task.WhenAny(response.Task, Task.Delay(timeout));
        if (finished != response.Task)
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} got no answer in {timeout.TotalSeconds} s. Server log:\n{Log()}");
        }

        return await response.Task;
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!server.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                await NotifyAsync("exit", null);
                server.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            // A server that will not stop politely is stopped below.
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await Task.WhenAny(readLoop, Task.Delay(2000));
            server.Dispose();
        }
    }

    private async Task SendAsync(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await writeLock.WaitAsync();
        try
        {
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Log("read loop ended: " + e.Message);
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new IOException("the language server closed its output. Log:\n" + Log()));
        }
    }

    private async Task HandleAsync(JsonNode message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (pending.TryRemove((int)id, out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException("server error: " + error.ToJsonString()));
                }
                else
                {
                    response.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        if (method is "window/logMessage" or "window/showMessage")
        {
            Log((string?)message["params"]?["message"]);
        }

        if (method is not null && id is not null)
        {
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = ServerRequestResult(method, message["params"]) });
        }
    }

    /// <summary>workspace/configuration wants one value per item asked; everything else is fine with null.</summary>
    private static JsonNode? ServerRequestResult(string method, JsonNode? parameters) =>
        method == "workspace/configuration" && parameters?["items"] is JsonArray items
            ? new JsonArray(items.Select(_ => (JsonNode?)null).ToArray())
            : null;

    private async Task<JsonNode?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await outputStream.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await outputStream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
