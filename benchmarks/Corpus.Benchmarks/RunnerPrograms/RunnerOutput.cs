using System;
using System.Globalization;

// The lines a runner prints for the timing parent: RESULT as soon as the first query is answered, then MEMORY.
internal static class RunnerOutput
{
    public static void Result(int count, string firstId, string firstText) =>
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT count={count} first={firstId} firstLength={firstText.Length}"));

    /// <summary>Memory right after the first query, then retained after a full collection, then with every article text read.</summary>
    public static void Memory(int statements, Func<long> readAllTexts)
    {
        long workingSet = Environment.WorkingSet;
        long heap = GC.GetTotalMemory(false);
        long retained = GC.GetTotalMemory(true);
        long characters = readAllTexts();
        long retainedWithTexts = GC.GetTotalMemory(true);
        long workingSetWithTexts = Environment.WorkingSet;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEMORY statements={statements} workingSet={workingSet} heap={heap} retained={retained} characters={characters} retainedWithTexts={retainedWithTexts} workingSetWithTexts={workingSetWithTexts} allocated={GC.GetTotalAllocatedBytes()}"));
    }
}
