namespace DigitalWorkplace.Feeds;
public static class FeedsModule;
