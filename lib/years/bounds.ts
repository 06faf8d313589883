// The years the application works with: a year outside them in a URL or a form is not a year of ours.
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
