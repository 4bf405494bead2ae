using DigitalWorkplace.Testing;

// One Chromium for the assembly; classes run one at a time so that browser timings are not starved on 2 cores.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
