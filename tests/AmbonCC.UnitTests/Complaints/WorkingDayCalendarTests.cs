using AmbonCC.Complaints.Rules;

namespace AmbonCC.UnitTests.Complaints;

public sealed class WorkingDayCalendarTests
{
    internal static WorkingDayCalendar Calendar2026()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "AmbonCC.sln")))
        {
            dir = dir.Parent;
        }

        return new WorkingDayCalendar([WorkingDayCalendar.ParseList(File.ReadAllText(Path.Combine(dir.FullName, "deploy", "config", "holidays-id-2026.json")))]);
    }

    private static DateTimeOffset Wit(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void The_2026_list_has_17_holidays_and_8_days_of_cuti_bersama()
    {
        var list = WorkingDayCalendar.ParseList(File.ReadAllText(Path.Combine(RepoRoot(), "deploy", "config", "holidays-id-2026.json")));
        Assert.Equal(17, list.Days.Count(d => d.Kind == "libur_nasional"));
        Assert.Equal(8, list.Days.Count(d => d.Kind == "cuti_bersama"));
    }

    [Fact]
    public void Weekends_holidays_and_cuti_bersama_are_not_working_days()
    {
        var calendar = Calendar2026();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 3))); // Saturday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 1))); // Tahun Baru (Thursday)
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 16))); // cuti bersama Imlek (Monday)
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 2))); // Friday
    }

    [Fact]
    public void Verification_deadline_from_a_Friday_skips_the_weekend()
    {
        // Fri 6 Nov 2026 → Mon, Tue, Wed → due at the end of Wednesday 11 Nov (WIT).
        var due = Calendar2026().Deadline(Wit(2026, 11, 6, 15), 3);
        Assert.Equal(Wit(2026, 11, 12, 0), due);
    }

    [Fact]
    public void A_holiday_in_the_week_moves_the_follow_up_deadline()
    {
        // Dispatched Mon 10 Aug 2026; Mon 17 Aug is Independence Day: 11,12,13,14,18 → due end of Tue 18 Aug.
        var calendar = Calendar2026();
        Assert.Equal(Wit(2026, 8, 19, 0), calendar.Deadline(Wit(2026, 8, 10), 5));
        Assert.Equal(Wit(2026, 8, 18, 0), WorkingDayCalendar.WeekdaysOnly.Deadline(Wit(2026, 8, 10), 5));
    }

    [Fact]
    public void Idul_Fitri_with_its_cuti_bersama_stretches_a_deadline_over_two_weeks()
    {
        // Received Tue 17 Mar 2026: 18 cuti, 19 Nyepi, 20 cuti, 23-24 cuti; working days 25, 26, 27 → due end of Fri 27 Mar.
        Assert.Equal(Wit(2026, 3, 28, 0), Calendar2026().Deadline(Wit(2026, 3, 17), 3));
    }

    [Fact]
    public void A_year_without_a_list_counts_weekdays_only_and_says_so()
    {
        var calendar = Calendar2026();
        Assert.True(calendar.HasList(2026));
        Assert.False(calendar.HasList(2027));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 1))); // a Friday; no decree loaded yet
        Assert.Equal(Wit(2027, 1, 5, 0), calendar.Deadline(Wit(2026, 12, 30), 3)); // 31 Dec, Fri 1 Jan, Mon 4 Jan
    }

    [Fact]
    public void A_list_naming_a_date_of_another_year_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => WorkingDayCalendar.ParseList("""{"year":2027,"holidays":[{"date":"2026-01-01"}]}"""));
    }

    [Fact]
    public void Working_days_left_counts_today()
    {
        var calendar = Calendar2026();
        var due = calendar.Deadline(Wit(2026, 11, 6, 15), 3);
        Assert.Equal(3, calendar.WorkingDaysLeft(Wit(2026, 11, 7), due));
        Assert.Equal(1, calendar.WorkingDaysLeft(Wit(2026, 11, 11, 23), due));
        Assert.Equal(0, calendar.WorkingDaysLeft(Wit(2026, 11, 12, 1), due));
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "AmbonCC.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
