namespace Incidents.Api.Common;

/// <summary>
/// Keeps <see cref="HeadAnswersLikeGetConvention"/> off a GET action that changes state (the
/// double opt-in confirmation link): a HEAD — link checkers and mail scanners send them — must stay
/// safe and change nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class NoHeadAttribute : Attribute;
