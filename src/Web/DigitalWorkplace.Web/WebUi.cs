namespace DigitalWorkplace.Web;
