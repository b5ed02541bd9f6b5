using System;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

public class PartialDateTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    [Theory]
    [InlineData("2021", 2021, null, null, false, false)]
    [InlineData("2021-05", 2021, 5, null, false, false)]
    [InlineData("2021-05-13", 2021, 5, 13, false, false)]
    [InlineData("2021?", 2021, null, null, true, false)]
    [InlineData("2025-01?", 2025, 1, null, true, false)]
    [InlineData("2021-05~", 2021, 5, null, false, true)]
    [InlineData("2021-05-13%", 2021, 5, 13, true, true)]
    [InlineData("2020-02-29", 2020, 2, 29, false, false)]
    [InlineData("0001-01-01", 1, 1, 1, false, false)]
    [InlineData("9999-12-31", 9999, 12, 31, false, false)]
    public void Parses_and_formats_the_same_form(string text, int year, int? month, int? day, bool uncertain, bool approximate)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(uncertain, date.IsUncertain);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(text, date.ToString());
        Assert.Equal(new PartialDate(year, month, day, uncertain, approximate), date);
        Assert.True(PartialDate.TryParse(date.ToString(), out var again));
        Assert.Equal(date, again);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2021-04-31")]
    [InlineData("2021-13")]
    [InlineData("2021-00")]
    [InlineData("2021-05-00")]
    [InlineData("2021-05-32")]
    [InlineData("21")]
    [InlineData("2021-5")]
    [InlineData("2021-05-1")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("2021??")]
    [InlineData("2021?~")]
    [InlineData(" 2021")]
    [InlineData("2021 ")]
    [InlineData("2021/05")]
    [InlineData("2021-05-13T10")]
    [InlineData("+2021")]
    [InlineData("２０２１")]
    [InlineData("May 2021")]
    public void Rejects_what_is_not_a_partial_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains(text, error.Message);
    }

    [Fact]
    public void Null_is_not_a_date()
    {
        Assert.False(PartialDate.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
    }

    [Fact]
    public void The_constructor_rejects_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2021, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2021, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2021, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2021, null, 5));
    }

    [Fact]
    public void Precision_follows_the_components()
    {
        Assert.Equal(DatePrecision.Year, D("2021").Precision);
        Assert.Equal(DatePrecision.Month, D("2021-05").Precision);
        Assert.Equal(DatePrecision.Day, D("2021-05-13?").Precision);
    }

    [Fact]
    public void Orders_by_first_day_then_coarser_first()
    {
        string[] ordered = { "2020-12-31", "2021", "2021-01", "2021-01-01", "2021-01-02", "2021-02", "2021-05-12", "2021-05-13", "2021-12-31", "2022" };
        var shuffled = ordered.Reverse().Select(D).ToList();
        shuffled.Sort();
        Assert.Equal(ordered, shuffled.Select(d => d.ToString()));

        Assert.True(D("2021-05") < D("2021-05-13"));
        Assert.True(D("2021-05-13") > D("2021-05"));
        Assert.True(D("2021-05-12") <= D("2021-05-13"));
        Assert.True(D("2021-05-13") >= D("2021-05-13"));
        Assert.False(D("2021-05-13") < D("2021-05-13"));
    }

    [Fact]
    public void Qualifiers_take_part_in_equality_and_break_ordering_ties()
    {
        Assert.NotEqual(D("2021"), D("2021?"));
        Assert.True(D("2021") != D("2021~"));
        Assert.True(D("2021-05") < D("2021-05?"));
        Assert.True(D("2021-05?") < D("2021-05~"));
        Assert.True(D("2021-05~") < D("2021-05%"));
        Assert.True(D("2021-05%") < D("2021-05-01"));
        Assert.Equal(0, D("2021-05?").CompareTo(D("2021-05?")));
        Assert.Equal(D("2021-05-13?"), D("2021-05-13?"));
        Assert.True(D("2021-05-13?") == D("2021-05-13?"));
        Assert.Equal(D("2021-05-13?").GetHashCode(), PartialDate.Parse("2021-05-13?").GetHashCode());
        Assert.False(D("2021").Equals((object)"2021"));
    }

    [Fact]
    public void Equal_looking_dates_of_different_precision_differ()
    {
        Assert.NotEqual(D("2021"), D("2021-01"));
        Assert.NotEqual(D("2021-01"), D("2021-01-01"));
        Assert.NotEqual(D("2021").GetHashCode(), D("2021-01-01").GetHashCode());
    }

    [Theory]
    [InlineData("2021-05", "2021-05-13", true)]
    [InlineData("2021", "2021-05", true)]
    [InlineData("2021", "2021-05-13", true)]
    [InlineData("2021-05-13", "2021-05-13", true)]
    [InlineData("2021-05", "2021-05", true)]
    [InlineData("2021-05-13", "2021-05", false)]
    [InlineData("2021-05", "2021", false)]
    [InlineData("2021-06", "2021-05-13", false)]
    [InlineData("2021-05-12", "2021-05-13", false)]
    [InlineData("2022", "2021-05", false)]
    [InlineData("2021-05?", "2021-05-13", true)]
    public void Contains_every_day_of_a_finer_date(string outer, string inner, bool contains)
    {
        Assert.Equal(contains, D(outer).Contains(D(inner)));
    }

    [Theory]
    [InlineData("2021-05-12", "2021-05-13", true, false)]
    [InlineData("2021-04", "2021-05-13", true, false)]
    [InlineData("2020", "2021-01-01", true, false)]
    [InlineData("2020-12-31", "2021", true, false)]
    [InlineData("2021-05", "2021-05-13", false, false)] // overlapping: neither wholly before nor after
    [InlineData("2021", "2021-12-31", false, false)]
    [InlineData("2021-05-13", "2021-05-13", false, false)]
    [InlineData("2021-06-01", "2021-05", false, true)]
    [InlineData("2022", "2021-12-31", false, true)]
    [InlineData("2021-03", "2021-02", false, true)]
    public void IsBefore_and_IsAfter_compare_whole_intervals(string left, string right, bool before, bool after)
    {
        Assert.Equal(before, D(left).IsBefore(D(right)));
        Assert.Equal(after, D(left).IsAfter(D(right)));
        Assert.Equal(before, D(right).IsAfter(D(left)));
        Assert.Equal(after, D(right).IsBefore(D(left)));
    }

    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2021-05-13", "2021-05-13", "2021-05-13")]
    public void FirstDay_and_LastDay_span_the_date(string text, string first, string last)
    {
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), D(text).FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), D(text).LastDay);
    }

    [Fact]
    public void Role_validity_uses_whole_intervals()
    {
        // Sullivan's role runs 2021-01 to 2025-01: a statement of 2025-01 (any day) may fall in it.
        var sullivan = Officials.JakeSullivan;
        Assert.NotNull(sullivan.RoleAt(D("2025-01")));
        Assert.NotNull(sullivan.RoleAt(D("2025-01-31")));
        Assert.NotNull(sullivan.RoleAt(D("2021")));
        Assert.Null(sullivan.RoleAt(D("2025-02")));
        Assert.Null(sullivan.RoleAt(D("2020-12-31")));
    }
}
