namespace Hub.Cli;

/// <summary>A quiet host for one-off verbs: same configuration sources as the service host, logs only warnings.</summary>
public static class CliHost
{
    public static IHost Build(string[] args, Action<IServiceCollection, IConfiguration> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        configure(builder.Services, builder.Configuration);
        var host = builder.Build();
        ValidateOptions(host.Services);
        return host;
    }

    /// <summary>ValidateOnStart only fires when a host starts; one-off verbs check the same rules up front.</summary>
    static void ValidateOptions(IServiceProvider services)
    {
        var validator = services.GetService<Microsoft.Extensions.Options.IStartupValidator>();
        validator?.Validate();
    }
}
