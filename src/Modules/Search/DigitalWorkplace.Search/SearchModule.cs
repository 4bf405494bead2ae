namespace DigitalWorkplace.Search;
public static class SearchModule;
