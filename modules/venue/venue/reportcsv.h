#pragma once

#include "venue/reports.h"

#include <core/result.h>

#include <QString>
#include <QStringList>

namespace dojo::venue {

// The reports as CSV files (RFC 4180): a header row, fields with a comma, a quote or a line
// break quoted (quotes doubled), every line ended by CRLF. Money is plain decimal in the
// venue's currency ("12.50", "-3.05"), with the currency in a column of its own; minutes are
// whole; percentages have one decimal. The columns are listed in docs/reports.md.

// One field as it goes in a line.
QString csvField(const QString &text);
// One line, CRLF included.
QString csvLine(const QStringList &fields);
// Cents as plain decimal: 1250 -> "12.50".
QString csvMoney(Cents cents);

QString useByDayCsv(const VenueReport &report);
QString useByHourCsv(const VenueReport &report);
QString useByTableCsv(const VenueReport &report);
QString useByWeekCsv(const VenueReport &report);
QString peakHoursCsv(const VenueReport &report);
QString noShowsByDayCsv(const VenueReport &report);

// Writes `csv` as UTF-8 to `path`, replacing the file; refused with a sentence.
Result<void> writeCsvFile(const QString &path, const QString &csv);

} // namespace dojo::venue
