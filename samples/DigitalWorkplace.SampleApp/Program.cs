using DigitalWorkplace.SampleApp;

await ShiftPlanner.Build(args).RunAsync();
