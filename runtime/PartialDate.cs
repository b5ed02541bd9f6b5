using System;
using System.Globalization;

namespace Corpus;

/// <summary>
/// A date known to a year, a month or a day, in the ISO 8601 / EDTF level 0–1 form the
/// annotations use: <c>2021</c>, <c>2021-05</c>, <c>2021-05-13</c>, each optionally followed by
/// <c>?</c> (uncertain), <c>~</c> (approximate) or <c>%</c> (both).
/// </summary>
/// <remarks>
/// Ordering compares the first day each date covers, then the coarser date first, so
/// <c>2021 &lt; 2021-01 &lt; 2021-01-01 &lt; 2021-01-02</c>; qualifiers break the last ties
/// (<c>2021 &lt; 2021? &lt; 2021~ &lt; 2021%</c>), so ordering agrees with equality.
/// </remarks>
// Compiled into the generator too (internal there), so the build and the runtime read dates identically.
#if CORPUS_GENERATOR
internal
#else
public
#endif
readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;
    private readonly byte _flags;

    private const byte UncertainFlag = 1;
    private const byte ApproximateFlag = 2;

    /// <summary>Creates a partial date; <paramref name="month"/> and <paramref name="day"/> are optional.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or a day is given without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null, bool isUncertain = false, bool isApproximate = false)
    {
        if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        if (day is not null && month is null) throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
        if (day is not null && (day < 1 || day > DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        _year = (short)year;
        _month = (byte)(month ?? 0);
        _day = (byte)(day ?? 0);
        _flags = (byte)((isUncertain ? UncertainFlag : 0) | (isApproximate ? ApproximateFlag : 0));
    }

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>The month (1–12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The date is uncertain (<c>?</c>).</summary>
    public bool IsUncertain => (_flags & UncertainFlag) != 0;

    /// <summary>The date is approximate (<c>~</c>).</summary>
    public bool IsApproximate => (_flags & ApproximateFlag) != 0;

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Whether every day of <paramref name="other"/> lies within this date (<c>2021-05</c> contains <c>2021-05-13</c>).</summary>
    public bool Contains(PartialDate other)
    {
        if (other._year != _year) return false;
        if (_month == 0) return true;
        if (other._month != _month) return false;
        if (_day == 0) return true;
        return other._day == _day;
    }

    /// <summary>Whether this date lies entirely after <paramref name="other"/>: its first day is later than the other's last day.</summary>
    public bool IsAfter(PartialDate other) => FirstDayKey > other.LastDayKey;

    /// <summary>Whether this date lies entirely before <paramref name="other"/>.</summary>
    public bool IsBefore(PartialDate other) => LastDayKey < other.FirstDayKey;

    // yyyymmdd of the first and last day covered; used for interval comparisons.
    private int FirstDayKey => (_year * 100 + Math.Max((int)_month, 1)) * 100 + Math.Max((int)_day, 1);

    private int LastDayKey
    {
        get
        {
            int month = _month == 0 ? 12 : _month;
            int day = _day == 0 ? DaysInMonth(_year, month) : _day;
            return (_year * 100 + month) * 100 + day;
        }
    }

#if NET
    /// <summary>The first day this date covers.</summary>
    public DateOnly FirstDay => new(_year, Math.Max((int)_month, 1), Math.Max((int)_day, 1));

    /// <summary>The last day this date covers.</summary>
    public DateOnly LastDay
    {
        get
        {
            int month = _month == 0 ? 12 : _month;
            return new DateOnly(_year, month, _day == 0 ? DaysInMonth(_year, month) : _day);
        }
    }
#endif

    /// <summary>Parses the ISO/EDTF form; see <see cref="TryParse(string?, out PartialDate)"/>.</summary>
    /// <exception cref="FormatException">The text is not a partial date.</exception>
    public static PartialDate Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date such as 2021, 2021-05 or 2021-05-13, optionally followed by ?, ~ or %.");
    }

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> with an optional trailing
    /// <c>?</c>, <c>~</c> or <c>%</c>. The date must exist (no 2021-02-30).
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        int length = text.Length;
        bool uncertain = false, approximate = false;
        if (length > 0)
        {
            switch (text[length - 1])
            {
                case '?': uncertain = true; length--; break;
                case '~': approximate = true; length--; break;
                case '%': uncertain = approximate = true; length--; break;
            }
        }
        if (length != 4 && length != 7 && length != 10) return false;
        if (!TryDigits(text, 0, 4, out int year) || year < 1) return false;
        int? month = null, day = null;
        if (length >= 7)
        {
            if (text[4] != '-' || !TryDigits(text, 5, 2, out int m) || m < 1 || m > 12) return false;
            month = m;
        }
        if (length == 10)
        {
            if (text[7] != '-' || !TryDigits(text, 8, 2, out int d) || d < 1 || d > DaysInMonth(year, month!.Value)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day, uncertain, approximate);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static int DaysInMonth(int year, int month) => DateTime.DaysInMonth(year, month);

    /// <summary>The ISO/EDTF form, as written in the annotations.</summary>
    public override string ToString()
    {
        string core = _day != 0
            ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", _year, _month, _day)
            : _month != 0
                ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", _year, _month)
                : _year.ToString("D4", CultureInfo.InvariantCulture);
        return (IsUncertain, IsApproximate) switch
        {
            (true, true) => core + "%",
            (true, false) => core + "?",
            (false, true) => core + "~",
            _ => core,
        };
    }

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        int byFirstDay = FirstDayKey.CompareTo(other.FirstDayKey);
        if (byFirstDay != 0) return byFirstDay;
        // The coarser date first: 2021 < 2021-01 < 2021-01-01; then by qualifiers, so only equal dates compare as 0.
        int byPrecision = Precision.CompareTo(other.Precision);
        return byPrecision != 0 ? byPrecision : _flags.CompareTo(other._flags);
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        _year == other._year && _month == other._month && _day == other._day && _flags == other._flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 16) ^ (_month << 8) ^ (_day << 3) ^ _flags;

    /// <summary>Equality of all components and qualifiers.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality of any component or qualifier.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Ordering as in <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering as in <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering as in <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering as in <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
#if CORPUS_GENERATOR
internal
#else
public
#endif
enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>Year and month.</summary>
    Month,
    /// <summary>Year, month and day.</summary>
    Day,
}
