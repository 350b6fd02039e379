using AmbonCC.Platform;
using AmbonCC.Warnings;

namespace AmbonCC.Web.Api;

/// <summary>One gateway receipt as it arrives.</summary>
public sealed record ReceiptInput(string? MessageId, string? RecipientId, string? Status, DateTimeOffset? At, string? Error);

/// <summary>Checks receipts field by field so that a bad one names its place, e.g. <c>[2].status</c>.</summary>
public static class ReceiptValidation
{
    public const int MaxBatch = 1000;

    public static Dictionary<string, string[]> Validate(IReadOnlyList<ReceiptInput?> inputs, DateTimeOffset now, out IReadOnlyList<DeliveryReceipt> receipts)
    {
        var errors = new Dictionary<string, string[]>();
        var valid = new List<DeliveryReceipt>();
        receipts = valid;
        if (inputs.Count > MaxBatch)
        {
            errors["body"] = [$"At most {MaxBatch} receipts per request."];
            return errors;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var r = inputs[i];
            var before = errors.Count;
            if (r is null)
            {
                errors[$"[{i}]"] = ["A receipt object is required."];
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.MessageId))
            {
                errors[$"[{i}].messageId"] = ["Required."];
            }

            if (string.IsNullOrWhiteSpace(r.RecipientId))
            {
                errors[$"[{i}].recipientId"] = ["Required."];
            }

            if (r.Status is not ("delivered" or "failed"))
            {
                errors[$"[{i}].status"] = ["One of: delivered, failed."];
            }

            if (r.At is not { } at || at > now.AddMinutes(5))
            {
                errors[$"[{i}].at"] = ["Required, with an offset, not in the future."];
            }

            foreach (var (field, text, max) in new[] { ("messageId", r.MessageId, TextLimits.Code + 40), ("recipientId", r.RecipientId, TextLimits.Code), ("error", r.Error, TextLimits.ReceiptError) })
            {
                if (TextLimits.Problem(text, max) is { } tooLong)
                {
                    errors[$"[{i}].{field}"] = [tooLong];
                }
            }

            if (errors.Count == before)
            {
                valid.Add(new DeliveryReceipt(r.MessageId!, r.RecipientId!, r.Status == "delivered", r.At!.Value, r.Error));
            }
        }

        receipts = valid;
        return errors;
    }
}
