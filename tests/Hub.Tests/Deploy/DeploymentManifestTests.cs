using YamlDotNet.RepresentationModel;

namespace Hub.Tests.Deploy;

/// <summary>
/// No cluster or Docker engine runs here, so the manifests are checked for what matters most: they parse, every
/// Deployment is probed on Hub's health endpoints and runs a real service, and every listed resource exists.
/// </summary>
public class DeploymentManifestTests
{
    static readonly string Root = FindRoot();
    static readonly string[] Services = ["ingestion", "normalizer", "casestore", "publisher"];

    [Fact]
    public void Every_kubernetes_deployment_runs_a_hub_service_with_both_probes()
    {
        var deployments = K8sDocuments().Where(d => Scalar(d, "kind") == "Deployment").ToList();

        Assert.Equal(Services.Order(), deployments.Select(d => Arguments(d)[1]).Order());
        foreach (var deployment in deployments)
        {
            var container = Container(deployment);
            Assert.Equal("/health/ready", Scalar(Path(container, "readinessProbe", "httpGet")!, "path"));
            Assert.Equal("/health/live", Scalar(Path(container, "livenessProbe", "httpGet")!, "path"));
            Assert.Equal("run", Arguments(deployment)[0]);
        }
    }

    [Fact]
    public void The_kustomization_lists_only_files_that_exist()
    {
        var kustomization = Load(System.IO.Path.Combine(Root, "deploy/k8s/kustomization.yaml")).Single();
        var resources = ((YamlSequenceNode)Path(kustomization, "resources")!).Children.Select(r => ((YamlScalarNode)r).Value!).ToList();
        Assert.All(resources, r => Assert.True(File.Exists(System.IO.Path.Combine(Root, "deploy/k8s", r)), r));
        Assert.Equal(Directory.GetFiles(System.IO.Path.Combine(Root, "deploy/k8s"), "*.yaml").Length - 1, resources.Count);
    }

    [Fact]
    public void Compose_runs_every_service_against_rabbitmq_and_postgres()
    {
        var compose = Load(System.IO.Path.Combine(Root, "deploy/compose/docker-compose.yml")).Single();
        var services = (YamlMappingNode)Path(compose, "services")!;
        var names = services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        Assert.Contains("rabbitmq", names);
        Assert.Contains("postgres", names);
        foreach (var service in Services)
        {
            var command = ((YamlSequenceNode)((YamlMappingNode)services.Children[new YamlScalarNode(service)]).Children[new YamlScalarNode("command")]).Children;
            Assert.Equal(["run", service], command.Take(2).Select(c => ((YamlScalarNode)c).Value));
        }
    }

    static IEnumerable<YamlMappingNode> K8sDocuments() =>
        Directory.GetFiles(System.IO.Path.Combine(Root, "deploy/k8s"), "*.yaml").SelectMany(Load);

    static List<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    static YamlNode Container(YamlMappingNode deployment) =>
        ((YamlSequenceNode)Path(deployment, "spec", "template", "spec", "containers")!).Children[0];

    static string[] Arguments(YamlMappingNode deployment) =>
        ((YamlSequenceNode)Path(Container(deployment), "args")!).Children.Select(a => ((YamlScalarNode)a).Value!).ToArray();

    static YamlNode? Path(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Hub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
