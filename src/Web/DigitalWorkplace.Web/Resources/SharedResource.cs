namespace DigitalWorkplace.Web.Resources;

/// <summary>Names the UI's strings (SharedResource.resx in English, SharedResource.fr.resx in French).</summary>
public sealed class SharedResource;
