namespace DigitalWorkplace.Identity;
public static class IdentityModule;
