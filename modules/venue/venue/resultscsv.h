#pragma once

#include "venue/ratingfit.h"

#include <core/result.h>

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <vector>

namespace dojo::venue {

// Results entered by hand, as a CSV file (RFC 4180, UTF-8) with the header
// `date,player_a,player_b,racks_a,racks_b`: one row a match or a night between two players,
// the date as YYYY-MM-DD, the racks each won as whole numbers from 0. A byte order mark, CRLF
// line ends, spaces around fields, quoted fields and blank lines are all read.

// One row: the racks, its date and the line it starts on.
struct DatedRacks
{
    QDate date;
    RacksPlayed racks; // indexes into ResultsSheet::players
    int line = 0;
};

struct ResultsSheet
{
    QStringList players; // every name, in the order the file first names them
    std::vector<DatedRacks> results;
};

// Refused with one sentence naming the line: `line 7: racks_a is "x", not a whole number of
// racks.`
Result<ResultsSheet> readResultsCsv(const QByteArray &csv);

} // namespace dojo::venue
