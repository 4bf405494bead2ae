namespace DigitalWorkplace.Launcher;
public static class LauncherModule;
