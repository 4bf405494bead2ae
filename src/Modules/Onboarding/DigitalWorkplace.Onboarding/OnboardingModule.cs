namespace DigitalWorkplace.Onboarding;
public static class OnboardingModule;
