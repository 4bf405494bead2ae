namespace DigitalWorkplace.Communities;
public static class CommunitiesModule;
