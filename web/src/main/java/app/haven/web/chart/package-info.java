/** The client chart: the list of clients, a client's Docs &amp; Forms and notes, and a thread's chart actions. */
package app.haven.web.chart;
