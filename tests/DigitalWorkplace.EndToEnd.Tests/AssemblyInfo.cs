using DigitalWorkplace.Testing;

// One Chromium for the assembly. Classes run one at a time (xunit.runner.json) so browser timings are not starved on 2 cores.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
