using AmbonCC.City;
using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class CaseLadderTests
{
    [Fact]
    public void Letters_need_a_field_check_and_go_up_one_rung_at_a_time()
    {
        Assert.NotNull(CaseLadder.Refusal(CaseStage.Open, CaseStage.None, fieldChecked: false, CaseAction.TeguranI));
        Assert.Null(CaseLadder.Refusal(CaseStage.FieldChecked, CaseStage.None, fieldChecked: true, CaseAction.TeguranI));
        Assert.Null(CaseLadder.Refusal(CaseStage.FieldChecked, CaseStage.None, fieldChecked: true, CaseAction.Imbauan));
        Assert.NotNull(CaseLadder.Refusal(CaseStage.TeguranI, CaseStage.TeguranI, true, CaseAction.TeguranIII));
        Assert.Null(CaseLadder.Refusal(CaseStage.TeguranIII, CaseStage.TeguranIII, true, CaseAction.RecommendSeal));
        Assert.NotNull(CaseLadder.Refusal(CaseStage.Closed, CaseStage.None, true, CaseAction.FieldCheck));
    }

    [Fact]
    public void Letter_numbers_carry_the_roman_month_and_year_in_wit()
    {
        var lateNightUtc = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero); // 1 Dec 01:00 WIT
        Assert.Equal("973/0012/BPPRD/XII/2026", CaseLadder.LetterNumber(12, lateNightUtc, CityClock.Ambon()));
    }

    [Fact]
    public void Letter_numbers_follow_the_configured_city_zone_not_a_fixed_offset()
    {
        var halfPastThreeUtc = new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero); // 00:30 WIT on 1 Dec, 23:30 WITA on 30 Nov
        Assert.Equal("973/0001/BPPRD/XII/2026", CaseLadder.LetterNumber(1, halfPastThreeUtc, CityClock.Ambon()));
        Assert.Equal("973/0001/BPPRD/XI/2026", CaseLadder.LetterNumber(1, halfPastThreeUtc, new CityClock(TimeProvider.System, "Asia/Makassar")));
    }
}
