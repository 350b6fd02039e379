using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

public class GaugeThresholdsTests
{
    private static readonly GaugeThresholds Ok = GaugeScenario.Katulampa;

    [Fact]
    public void Katulampa_and_the_default_are_valid()
    {
        Ok.Validate();
        GaugeThresholds.Default.Validate();
    }

    public static TheoryData<GaugeThresholds, string> Broken => new()
    {
        { Ok with { Siaga3Cm = double.NaN }, "siaga3Cm" },
        { Ok with { Siaga3Cm = -150 }, "siaga3Cm" },
        { Ok with { Siaga1Cm = 2500 }, "siaga1Cm" },
        { Ok with { Siaga2Cm = 80 }, "siaga2Cm" },
        { Ok with { Siaga2Cm = 210 }, "siaga1Cm" },
        { Ok with { Siaga1Cm = 150 }, "siaga1Cm" },
        { Ok with { RiseAlarmCmPer10Min = 0 }, "riseAlarmCmPer10Min" },
        { Ok with { HysteresisMarginCm = -1 }, "hysteresisMarginCm" },
        { Ok with { HysteresisMarginCm = 50 }, "hysteresisMarginCm" },
        { Ok with { HoldTime = TimeSpan.FromHours(-1) }, "holdTime" },
        { Ok with { StaleTimeout = TimeSpan.FromSeconds(30) }, "staleTimeout" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validation_names_the_offending_field(GaugeThresholds thresholds, string field)
    {
        var ex = Assert.Throws<ArgumentException>(thresholds.Validate);
        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void The_classifier_refuses_invalid_thresholds()
    {
        var ex = Assert.Throws<ArgumentException>(() => new GaugeClassifier(Ok with { Siaga2Cm = 70 }));
        Assert.Equal("siaga2Cm", ex.ParamName);
    }
}
