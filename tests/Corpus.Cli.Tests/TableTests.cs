using System;
using System.Linq;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>An export table keeps every row as added, read back by row and by column, across the chunks it stores columns in.</summary>
public sealed class TableTests
{
    private static Table NewTable() => new("t", "A test table.",
        new Column("name", ColumnType.String, Nullable: false, "A name."),
        new Column("note", ColumnType.String, Nullable: true, "A note."),
        new Column("count", ColumnType.Int32, Nullable: false, "A count."),
        new Column("rank", ColumnType.Int32, Nullable: true, "A rank."),
        new Column("day", ColumnType.Date, Nullable: true, "A day."));

    private static object?[] Row(int i) =>
        new object?[] { "n" + i, i % 3 == 0 ? null : "note " + i, i * 7, i % 5 == 0 ? null : -i, i % 4 == 0 ? null : DateOnly.FromDayNumber(700_000 + i) };

    [Fact]
    public void Rows_read_back_as_added_by_row_and_by_column()
    {
        var table = NewTable();
        const int rows = 20_000; // more than two chunks of a column
        for (int i = 0; i < rows; i++) table.Add(Row(i));

        Assert.Equal(rows, table.RowCount);
        for (int i = 0; i < rows; i++)
        {
            var expected = Row(i);
            for (int c = 0; c < expected.Length; c++) Assert.Equal(expected[c], table.Value(i, c));
        }
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (string?)Row(i)[1]), table.Strings(1));
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (int?)Row(i)[2]), table.Ints(2));
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (DateOnly?)Row(i)[4]), table.Dates(4));
        Assert.Equal("n19999", table.Strings(0)[rows - 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Strings(0)[rows]);
    }

    [Fact]
    public void A_row_that_does_not_fit_is_refused_whole()
    {
        var table = NewTable();
        table.Add(Row(1));
        Assert.Throws<ArgumentException>(() => table.Add("n", null, "not a number", null, null));
        Assert.Throws<ArgumentException>(() => table.Add(null, null, 1, null, null));
        Assert.Throws<ArgumentException>(() => table.Add("n", null, 1));
        Assert.Equal(1, table.RowCount);
        Assert.Equal(new string?[] { "n1" }, table.Strings(0));
    }

    [Fact]
    public void A_column_is_read_only_as_its_type() =>
        Assert.Throws<InvalidOperationException>(() => NewTable().Strings(2));
}
