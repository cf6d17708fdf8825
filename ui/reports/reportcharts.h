#pragma once

#include <venue/reports.h>

class QChart;

namespace dojo::ui {

// The Reports window's charts, each made anew from a report (the window owns them through its
// chart views). Money is shown in whole units of the venue's currency, time in hours.
QChart *revenueByDayChart(const venue::VenueReport &report);
// Each hour of the day's share of the table time played, the peak hours in their own colour.
QChart *useByHourChart(const venue::VenueReport &report);
// Horizontal bars per table: hours played, or revenue.
QChart *hoursByTableChart(const venue::VenueReport &report);
QChart *revenueByTableChart(const venue::VenueReport &report);
// Bookings and no-shows per day, as lines.
QChart *noShowsByDayChart(const venue::VenueReport &report);
// Hours played and revenue per ISO week.
QChart *hoursByWeekChart(const venue::VenueReport &report);
QChart *revenueByWeekChart(const venue::VenueReport &report);

} // namespace dojo::ui
