using System.Globalization;

namespace AmbonCC.Simulator.Config;

/// <summary>
/// <c>--name value</c> and bare <c>--flag</c> options, each also readable from the environment as
/// <c>AMBONCC_SIM_NAME</c> (dashes become underscores), so run scripts and containers need no argument juggling.
/// The command line wins over the environment.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string, string?> _environment;

    public CommandLine(IReadOnlyList<string> args, Func<string, string?>? environment = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var name = args[i][2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                _values[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _values[name] = args[++i];
            }
            else
            {
                _values[name] = null;
            }
        }
    }

    public static string EnvironmentName(string option) =>
        "AMBONCC_SIM_" + option.Replace('-', '_').ToUpperInvariant();

    public string? String(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        var fromEnvironment = _environment(EnvironmentName(name));
        return string.IsNullOrEmpty(fromEnvironment) ? null : fromEnvironment;
    }

    public string String(string name, string fallback) => String(name) ?? fallback;

    public bool Flag(string name)
    {
        if (_values.ContainsKey(name))
        {
            return _values[name] is null || _values[name] is "true" or "1" or "yes";
        }

        return _environment(EnvironmentName(name)) is "true" or "1" or "yes";
    }

    public double Double(string name, double fallback, double min, double max)
    {
        var text = String(name);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ArgumentException($"--{name} must be a number from {min} to {max}, not '{text}'.");
        }

        return value;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var value = Double(name, fallback, min, max);
        return value == Math.Floor(value) ? (int)value : throw new ArgumentException($"--{name} must be a whole number.");
    }

    public IEnumerable<string> Unknown(IEnumerable<string> known) => _values.Keys.Except(known, StringComparer.OrdinalIgnoreCase);
}
