namespace AmbonCC.Warnings.Cap;

/// <summary>
/// Which warnings the public feed lists: every active one, and a cancelled one for a day after its Cancel, so
/// that a consumer polling the feed learns the warning ended (its entry then carries msgType Cancel).
/// </summary>
public static class CapFeedSelection
{
    public static readonly TimeSpan CancelShownFor = TimeSpan.FromHours(24);

    public static bool Include(WarningSummary warning, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return warning.State switch
        {
            WarningState.Active => true,
            WarningState.Cancelled => now - warning.UpdatedAt <= CancelShownFor,
            _ => false, // drafts and withdrawn drafts were never published
        };
    }
}
