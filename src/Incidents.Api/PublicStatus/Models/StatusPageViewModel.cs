using Incidents.Application.PublicStatus.Queries.GetPageSummary;

namespace Incidents.Api.PublicStatus.Models;

public sealed record StatusPageViewModel(PageSummaryDto Summary, bool ShowSubscribeForm);
