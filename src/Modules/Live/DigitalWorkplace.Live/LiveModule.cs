namespace DigitalWorkplace.Live;
public static class LiveModule;
