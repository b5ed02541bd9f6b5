// Cold-start runner that loads nothing: the cost of starting a .NET process and printing a line.
public static class Program
{
    public static int Main()
    {
        RunnerOutput.Result(0, "", "");
        RunnerOutput.Memory(0, () => 0);
        return 0;
    }
}
