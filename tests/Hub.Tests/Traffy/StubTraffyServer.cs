using System.Net;
using System.Text;

namespace Hub.Tests.Traffy;

/// <summary>Answers Traffy calls in-process from a script, counting them: for unit tests of the client's decisions.</summary>
public sealed class StubTraffyServer(Func<HttpRequestMessage, (HttpStatusCode Status, string Json)> answer) : IHttpClientFactory
{
    public List<string> Requests { get; } = [];

    public HttpClient CreateClient(string name) => new(new Handler(this));

    (HttpStatusCode Status, string Json) Answer(HttpRequestMessage request) => answer(request);

    sealed class Handler(StubTraffyServer server) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (server.Requests)
            {
                server.Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath} {request.Headers.Authorization}");
            }

            var (status, json) = server.Answer(request);
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
