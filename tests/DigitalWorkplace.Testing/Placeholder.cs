namespace DigitalWorkplace.Testing;
