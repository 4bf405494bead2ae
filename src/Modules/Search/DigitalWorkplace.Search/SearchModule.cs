using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Search.Contracts;
using DigitalWorkplace.Search.Elasticsearch;
using DigitalWorkplace.Search.Features.Reindex;
using DigitalWorkplace.Search.Features.SearchEverything;
using DigitalWorkplace.Search.Indexing;
using DigitalWorkplace.Search.IntegrationEventHandlers;
using DigitalWorkplace.Search.Lucene;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Search;

/// <summary>The Search module's only public surface.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearchModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        if (options.Provider == SearchProvider.Elasticsearch)
        {
            var url = options.Url ?? throw new InvalidOperationException("Search:Url is required when Search:Provider is Elasticsearch.");
            services.TryAddSingleton<ISearchIndex>(_ =>
            {
                var settings = new ElasticsearchClientSettings(url);
                if (!string.IsNullOrEmpty(options.ApiKey))
                {
                    settings.Authentication(new ApiKey(options.ApiKey));
                }

                return new ElasticsearchSearchIndex(new ElasticsearchClient(settings), options.IndexName);
            });
        }
        else
        {
            var path = Path.Combine(database.DataDirectory, "search");
            services.TryAddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(path, sp.GetRequiredService<ILogger<LuceneSearchIndex>>()));
        }

        services.TryAddScoped<ISearchService, SearchService>();
        services.TryAddScoped<ISearchAdministration, SearchAdministration>();
        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, IndexPublishedPost>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, IndexAddedComment>();
        services.AddIntegrationEventHandler<CommunityCreatedIntegrationEvent, IndexCommunity>();
        services.AddIntegrationEventHandler<CommunityChangedIntegrationEvent, IndexCommunity>();
        services.AddIntegrationEventHandler<PersonRegisteredIntegrationEvent, IndexRegisteredPerson>();
        services.AddIntegrationEventHandler<PersonUpdatedIntegrationEvent, IndexUpdatedPerson>();
        services.AddIntegrationEventHandler<PersonErasedIntegrationEvent, ForgetErasedPerson>();
        services.AddIntegrationEventHandler<ContentRemovedIntegrationEvent, RemoveErasedContent>();
        services.AddIntegrationEventHandler<ContentRestoredIntegrationEvent, IndexRestoredContent>();
        services.AddIntegrationEventHandler<PostEditedIntegrationEvent, IndexEditedPost>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search", tags: ["ready"]);
        return services;
    }

    public static void MapSearchEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        SearchEverythingEndpoint.Map(endpoints.Api);
    }
}
